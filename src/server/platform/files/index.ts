export { attachmentDisposition } from './content-disposition';
export { type DateCell, isoToDotted, isoToUtcDate, parseDateCell } from './dates';
export type { Cell } from './grid';
export { type ColumnSpec, headerMatcher, normalizeLabel } from './headers';
export { type ReadTableOptions, readTable, type Table, type TableFormat, type TableRow } from './read-table';
export { type DownloadFile, sendFile, sendImportReport } from './replies';
export { readUploadedFile } from './upload';
export { addXlsxSheet, type OutColumn, writeCsv, writeXlsx, XLSX_CONTENT_TYPE } from './write-table';
