export { regionBoundingBox, regionContainsPoint } from './geo';
export { loadReferenceData, readReferenceCsv, regionsGeoJsonPath } from './reference.loader';
export { listDistricts, listRegions } from './reference.repository';
export { referenceRoutes } from './reference.routes';
export { districts, regions } from './reference.tables';
export { englishDistrictName, transliterate } from './translit';
