export { findRecordInScope, listRecords, recordsInScope } from './records.repository';
export { journalRecordRoutes } from './records.routes';
export { correctRecordById, createRecord, deleteRecordById } from './records.service';
export { correctRecord, deleteRecord, insertRecords, notesContext, type RecordDraft } from './records.writer';
export {
  centreKindChanged,
  expectedRollups,
  fillMissingRollups,
  rebuildRollups,
  refreshRollups,
  storedRollups,
} from './rollups';
