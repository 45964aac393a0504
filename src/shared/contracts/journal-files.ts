import { z } from 'zod';
import { fileFormatQuerySchema, importReportSchema } from './files';
import { journalListQuerySchema } from './journal-records';

/**
 * Files in and out of the journal and the youth registry (same rules as the registry's, see files.ts).
 *
 * - `GET /api/v1/journal/import-template?format=` and `POST /api/v1/journal/import?mode=dry-run|commit`:
 *   a historical journal. Above centre level every row names its centre by code; a centre's staff
 *   import for their own centre (the column may be left empty). The young person is a registry id, an
 *   IIN (found by its keyed hash among the young people of the caller's scope) or empty for an unnamed
 *   one where the service type allows it. Group types, future dates, people out of scope or whose
 *   consent was withdrawn are refused per row. Notes of confidential types are stored encrypted.
 * - `GET /api/v1/youth/import-template?format=` and `POST /api/v1/youth/import?mode=`: a list of young
 *   people. Every row needs the "consent recorded" column set to yes; an IIN known to the registry or
 *   repeated in the file is refused; the same names and birth date as someone in scope is a warning.
 * - `GET /api/v1/journal/export?format=&from=&to=&centreId=&directionId=&serviceTypeId=`: the journal
 *   of the caller's scope. Notes of confidential service types are never in the file. The young
 *   person is given by registry id; names only to a centre's own staff for people their centre
 *   registered (and whose consent is in force). Each export is audited with its filters and row count.
 */

/** Column ids of a journal import file; the `field` of a row error is one of these. */
export const JOURNAL_IMPORT_COLUMNS = [
  'serviceDate',
  'serviceTime',
  'centreCode',
  'serviceTypeCode',
  'youth',
  'format',
  'durationMinutes',
  'specialistEmail',
  'specialistName',
  'programmeCode',
  'referral',
  'outcome',
  'notes',
] as const;
export type JournalImportColumn = (typeof JOURNAL_IMPORT_COLUMNS)[number];

/** Column ids of a youth list import file; `categories` is a list separated by `;` or `,`. */
export const YOUTH_IMPORT_COLUMNS = [
  'centreCode',
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'gender',
  'district',
  'phone',
  'email',
  'status',
  'neetSubgroup',
  'categories',
  'iin',
  'consent',
] as const;
export type YouthImportColumn = (typeof YOUTH_IMPORT_COLUMNS)[number];

/** A row saved anyway but worth a look: the same names and birth date as people already registered. */
export const importWarningSchema = z
  .object({
    row: z.number().int(),
    field: z.string(),
    /** The warning in the caller's language. */
    message: z.string(),
    /** Registry ids of the look-alikes the caller may read. */
    ids: z.array(z.number().int()),
  })
  .meta({ id: 'ImportWarning' });
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** The youth import's report: the common one plus possible duplicates by name and birth date. */
export const youthImportReportSchema = importReportSchema
  .extend({ warnings: z.array(importWarningSchema) })
  .meta({ id: 'YouthImportReport' });
export type YouthImportReport = z.infer<typeof youthImportReportSchema>;

/** The journal list filters (without paging) plus the file format. */
export const journalExportQuerySchema = journalListQuerySchema
  .omit({ page: true, pageSize: true })
  .extend(fileFormatQuerySchema.shape);
export type JournalExportQuery = z.infer<typeof journalExportQuerySchema>;
