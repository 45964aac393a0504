import { inArray } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { CentresExportQuery, FileFormat, StaffExportQuery } from '../../../shared/contracts/files';
import type { Centre, StaffMember } from '../../../shared/contracts/registry';
import { translator } from '../../../shared/i18n';
import type { DbOrTx } from '../../db/client';
import {
  type DownloadFile,
  type OutColumn,
  writeCsv,
  writeXlsx,
  XLSX_CONTENT_TYPE,
} from '../../platform/files';
import { listCentres } from './centres.repository';
import { choiceName, columnHeader, type FileKind } from './registry.file-columns';
import { centres } from './registry.tables';
import { listStaff } from './staff.repository';

/** A file ready to send: bytes, type and the names for Content-Disposition. */
/** An export or template file, ready for `sendFile`. */
export type ExportFile = DownloadFile;

const CONTENT_TYPES: Record<FileFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: 'text/csv; charset=utf-8',
};

/** Writes rows in the requested format; CSV uses `;` where Excel's list separator is `;` (kk/ru). */
export async function tableFile<Row>(
  kind: FileKind,
  name: 'fileName' | 'templateFileName',
  format: FileFormat,
  locale: Locale,
  columns: OutColumn<Row>[],
  rows: readonly Row[],
): Promise<ExportFile> {
  const t = translator(locale);
  const en = translator('en');
  const date = new Date().toISOString().slice(0, 10);
  const body =
    format === 'xlsx'
      ? await writeXlsx(t(`files:${kind}.sheet`), columns, rows)
      : writeCsv(columns, rows, locale === 'en' ? ',' : ';');
  const suffix = name === 'fileName' ? `-${date}` : '';
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: `${t(`files:${kind}.${name}`)}${suffix}.${format}`,
    asciiFileName: `${en(`files:${kind}.${name}`).replace(/\s+/g, '-')}${suffix}.${format}`,
  };
}

const col = <Row>(
  t: TFunction,
  kind: FileKind,
  id: string,
  value: OutColumn<Row>['value'],
  extra: Partial<OutColumn<Row>> = {},
): OutColumn<Row> => ({
  header: columnHeader(t, kind, id),
  value,
  ...extra,
});

/** Codes of centres by id, for parent and staff centre columns (one query). */
async function codesOf(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const map = new Map<number, string>();
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .select({ id: centres.id, code: centres.code })
      .from(centres)
      .where(inArray(centres.id, unique.slice(i, i + 5000)));
    for (const r of rows) map.set(r.id, r.code);
  }
  return map;
}

/** The centres of the caller's scope matching the list filters, as XLSX or CSV; columns re-import as they are. */
export async function exportCentres(
  db: DbOrTx,
  scope: Scope,
  locale: Locale,
  query: CentresExportQuery,
): Promise<ExportFile> {
  const { format, ...filters } = query;
  const { items } = await listCentres(db, scope, filters, { unpaged: true, locale });
  const codes = await codesOf(
    db,
    items.flatMap((c) => (c.parentId ? [c.parentId] : [])),
  );
  const t = translator(locale);
  const k = 'centres';
  const columns: OutColumn<Centre>[] = [
    col(t, k, 'code', (c) => c.code),
    col(t, k, 'kind', (c) => choiceName(locale, 'kind', c.kind)),
    col(t, k, 'parentCode', (c) => (c.parentId ? codes.get(c.parentId) : null)),
    col(t, k, 'regionCode', (c) => c.regionCode),
    col(t, k, 'regionName', (c) => c.regionName[locale]),
    col(t, k, 'districtName', (c) => c.districtName?.[locale] ?? null),
    col(t, k, 'nameKk', (c) => c.name.kk),
    col(t, k, 'nameRu', (c) => c.name.ru),
    col(t, k, 'nameEn', (c) => c.name.en),
    col(t, k, 'address', (c) => c.address),
    col(t, k, 'latitude', (c) => c.latitude, { kind: 'number' }),
    col(t, k, 'longitude', (c) => c.longitude, { kind: 'number' }),
    col(t, k, 'phone', (c) => c.phone),
    col(t, k, 'email', (c) => c.email),
    col(t, k, 'openingHours', (c) => c.openingHours),
    col(t, k, 'services', (c) => c.services.map((s) => choiceName(locale, 'service', s)).join('; ')),
    col(t, k, 'status', (c) => t(`files:centres.status.${c.status}`)),
    col(t, k, 'staffCount', (c) => c.staffCount, { kind: 'number' }),
  ];
  return tableFile(k, 'fileName', format, locale, columns, items);
}

/** The staff of the caller's scope matching the list filters, as XLSX or CSV; columns re-import as they are. */
export async function exportStaff(
  db: DbOrTx,
  scope: Scope,
  locale: Locale,
  query: StaffExportQuery,
): Promise<ExportFile> {
  const { format, ...filters } = query;
  const { items } = await listStaff(db, scope, filters, { unpaged: true, locale });
  const codes = await codesOf(
    db,
    items.map((s) => s.centreId),
  );
  const t = translator(locale);
  const k = 'staff';
  const columns: OutColumn<StaffMember>[] = [
    col(t, k, 'centreCode', (s) => codes.get(s.centreId)),
    col(t, k, 'centreName', (s) => s.centreName[locale]),
    col(t, k, 'lastName', (s) => s.lastName),
    col(t, k, 'firstName', (s) => s.firstName),
    col(t, k, 'middleName', (s) => s.middleName),
    col(t, k, 'position', (s) => choiceName(locale, 'position', s.position)),
    col(t, k, 'hireDate', (s) => s.hireDate, { kind: 'date' }),
    col(t, k, 'leaveDate', (s) => s.leaveDate, { kind: 'date' }),
    col(t, k, 'phone', (s) => s.phone),
    col(t, k, 'email', (s) => s.email),
    col(t, k, 'status', (s) => t(`files:staff.status.${s.active ? 'active' : 'left'}`)),
  ];
  return tableFile(k, 'fileName', format, locale, columns, items);
}
