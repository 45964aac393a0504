import { z } from 'zod';
import { FIELD_ERROR_CODES } from '../errors';
import { centresQuerySchema, staffQuerySchema } from './registry';

/**
 * Excel (XLSX) and CSV in and out for the registry.
 *
 * Exports: `GET /api/v1/centres/export` and `GET /api/v1/staff/export` take the list filters plus
 * `format`, and answer the file as an attachment (CSV is UTF-8 with a BOM; `;`-separated for kk/ru
 * readers, `,` for en). Templates: `GET /api/v1/{staff|centres}/import-template?format=`.
 *
 * Imports: `POST /api/v1/{staff|centres}/import?mode=dry-run|commit`, `multipart/form-data` with
 * one file part (any field name), XLSX or CSV (comma or semicolon, UTF-8 with or without BOM).
 * - dry run → 200 `ImportReport` (mode `dry-run`, `created` 0), whether or not rows are bad;
 * - commit with no errors → 200 `ImportReport` (mode `commit`, `created` = rows written);
 * - commit with any error → 422 `ImportInvalidProblem` (code `import_invalid`, the same report), nothing written;
 * - not XLSX/CSV → 415 `unsupported_file`; over 20 MB or over `IMPORT_MAX_ROWS` rows → 413 `payload_too_large`;
 * - no file part → 400 `validation_failed` on field `file`.
 */
export const FILE_FORMATS = ['xlsx', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const IMPORT_MODES = ['dry-run', 'commit'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Most data rows one import accepts. */
export const IMPORT_MAX_ROWS = 50_000;

/** Column ids of a staff import file; the `field` of a row error is one of these. */
export const STAFF_IMPORT_COLUMNS = [
  'centreCode',
  'lastName',
  'firstName',
  'middleName',
  'position',
  'hireDate',
  'leaveDate',
  'phone',
  'email',
] as const;
export type StaffImportColumn = (typeof STAFF_IMPORT_COLUMNS)[number];

/** Column ids of a centre import file; `services` is a list separated by `;` (or `,`, or line breaks). */
export const CENTRE_IMPORT_COLUMNS = [
  'code',
  'kind',
  'parentCode',
  'regionCode',
  'districtName',
  'nameKk',
  'nameRu',
  'nameEn',
  'address',
  'latitude',
  'longitude',
  'phone',
  'email',
  'openingHours',
  'services',
] as const;
export type CentreImportColumn = (typeof CENTRE_IMPORT_COLUMNS)[number];

export const fileFormatQuerySchema = z.object({ format: z.enum(FILE_FORMATS).default('xlsx') });

export const importQuerySchema = z.object({ mode: z.enum(IMPORT_MODES) });

/**
 * The multipart body of an import, for the API document only: the server reads the file from the
 * stream itself (`readUploadedFile`), so validation sees no parsed body and lets it through.
 */
export const uploadBodySchema = z
  .object({
    file: z
      .any()
      .meta({ type: 'string', format: 'binary', description: 'One XLSX or CSV file, at most 20 MB' }),
  })
  .nullish()
  .meta({ id: 'UploadedFile' });

/** The centres list filters (without paging) plus the file format. */
export const centresExportQuerySchema = centresQuerySchema
  .omit({ page: true, pageSize: true })
  .extend(fileFormatQuerySchema.shape);
export type CentresExportQuery = z.infer<typeof centresExportQuerySchema>;

/** The staff list filters (without paging) plus the file format. */
export const staffExportQuerySchema = staffQuerySchema
  .omit({ page: true, pageSize: true })
  .extend(fileFormatQuerySchema.shape);
export type StaffExportQuery = z.infer<typeof staffExportQuerySchema>;

/** One problem found in an import file. */
export const importRowErrorSchema = z
  .object({
    /** Row number as the spreadsheet shows it (1-based, counting titles and blank rows); null for the file as a whole. */
    row: z.number().int().nullable(),
    /** The column's header as written in the file; for a missing column, its expected header in the caller's language; null when no column applies. */
    column: z.string().nullable(),
    /** Stable column id (see STAFF_IMPORT_COLUMNS / CENTRE_IMPORT_COLUMNS), or `file`. */
    field: z.string(),
    code: z.enum(FIELD_ERROR_CODES),
    /** The reason in the caller's language. */
    message: z.string(),
    /** The cell as read, for showing next to the reason. */
    value: z.string().nullable(),
  })
  .meta({ id: 'ImportRowError' });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** What a dry run found, or what a commit wrote. */
export const importReportSchema = z
  .object({
    mode: z.enum(IMPORT_MODES),
    /** True when every row is valid (a commit then writes them all). */
    ok: z.boolean(),
    format: z.enum(FILE_FORMATS),
    /** Worksheet the rows came from (XLSX), null for CSV. */
    sheet: z.string().nullable(),
    /** Row number of the header row found in the file, null when none was found. */
    headerRow: z.number().int().nullable(),
    /** Recognised columns: stable id and the header as written in the file. */
    columns: z.array(z.object({ field: z.string(), header: z.string() })),
    /** Headers in the file that name no known column; their cells are ignored. */
    ignoredColumns: z.array(z.string()),
    /** Data rows read (blank rows skipped). */
    totalRows: z.number().int(),
    validRows: z.number().int(),
    invalidRows: z.number().int(),
    /** Rows written: 0 in a dry run. */
    created: z.number().int(),
    /** Every problem, ordered by row; capped at IMPORT_MAX_ERRORS (then `errorsTruncated`). */
    errors: z.array(importRowErrorSchema),
    errorsTruncated: z.boolean(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

/** Most row errors listed in one report; counts stay exact beyond it. */
export const IMPORT_MAX_ERRORS = 20_000;

/** 422 answer of a commit with bad rows: problem+json with the dry-run report. */
export const importInvalidProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.literal(422),
    code: z.literal('import_invalid'),
    instance: z.string().optional(),
    report: importReportSchema,
  })
  .meta({ id: 'ImportInvalidProblem' });
export type ImportInvalidProblem = z.infer<typeof importInvalidProblemSchema>;
