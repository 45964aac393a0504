export { eventRoutes } from './events.routes';
export { journalEventParticipants, journalEvents } from './events.tables';
