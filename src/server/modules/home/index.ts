export { homeSummary } from './home.repository';
export { homeRoutes } from './home.routes';
export { PER_YOUTH, per10k } from './per-youth';
