export { loadServiceCatalogue, readSeedCatalogue } from './catalogue.loader';
export { listCatalogue } from './catalogue.repository';
export { catalogueRoutes } from './catalogue.routes';
export { serviceDirections, serviceTypes } from './journal.tables';
