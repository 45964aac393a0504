import { and, asc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type { JournalExportQuery } from '../../../../shared/contracts/journal-files';
import { translator } from '../../../../shared/i18n';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import type { OutColumn } from '../../../platform/files';
import { type ExportFile, tableFile } from '../../registry/registry.export';
import { columnHeader } from '../../registry/registry.file-columns';
import { centres } from '../../registry/registry.tables';
import { serviceDirections, serviceTypes } from '../journal.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { consentInForce } from '../youth/youth.repository';
import { youth } from '../youth/youth.tables';
import { journalChoiceName } from './records.import';
import { recordsInScope } from './records.repository';
import { journalRecords } from './records.tables';

/**
 * The young person's name goes into a file only for the staff of the centre that registered them,
 * and only while their consent is in force; everyone else gets the registry id alone.
 */
function youthNameFor(scope: Scope): SQL<string | null> {
  if (scope.kind !== 'centre') return sql<null>`null`;
  return sql<string | null>`case when ${youth.centreId} = ${scope.centreId} and ${consentInForce}
    then concat_ws(' ', ${youth.lastName}, ${youth.firstName}, ${youth.middleName}) end`;
}

type Filters = Omit<JournalExportQuery, 'format'>;

/** The rows of the export. Notes of a confidential type are never selected, not even encrypted. */
async function exportRows(db: DbOrTx, scope: Scope, filters: Filters) {
  return db
    .select({
      id: journalRecords.id,
      serviceDate: journalRecords.serviceDate,
      serviceTime: journalRecords.serviceTime,
      centreCode: centres.code,
      centreKk: centres.nameKk,
      centreRu: centres.nameRu,
      centreEn: centres.nameEn,
      directionKk: serviceDirections.nameKk,
      directionRu: serviceDirections.nameRu,
      directionEn: serviceDirections.nameEn,
      typeCode: serviceTypes.code,
      typeKk: serviceTypes.nameKk,
      typeRu: serviceTypes.nameRu,
      typeEn: serviceTypes.nameEn,
      youthId: journalRecords.youthId,
      youthName: youthNameFor(scope),
      format: journalRecords.format,
      durationMinutes: journalRecords.durationMinutes,
      specialistEmail: users.email,
      specialistName: sql<string | null>`coalesce(${users.fullName}, ${journalRecords.specialistName})`,
      programmeCode: stateProgrammes.code,
      programmeKk: stateProgrammes.nameKk,
      programmeRu: stateProgrammes.nameRu,
      programmeEn: stateProgrammes.nameEn,
      referral: journalRecords.referral,
      outcome: journalRecords.outcome,
      notes: sql<
        string | null
      >`case when ${serviceTypes.isConfidential} or ${journalRecords.notesEncrypted} is not null then null else ${journalRecords.notes} end`,
    })
    .from(journalRecords)
    .innerJoin(centres, eq(centres.id, journalRecords.centreId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, journalRecords.serviceTypeId))
    .innerJoin(serviceDirections, eq(serviceDirections.id, journalRecords.directionId))
    .leftJoin(youth, eq(youth.id, journalRecords.youthId))
    .leftJoin(users, eq(users.id, journalRecords.specialistId))
    .leftJoin(stateProgrammes, eq(stateProgrammes.id, journalRecords.programmeId))
    .where(
      and(
        recordsInScope(scope),
        isNull(journalRecords.deletedAt),
        filters.from ? gte(journalRecords.serviceDate, filters.from) : undefined,
        filters.to ? lte(journalRecords.serviceDate, filters.to) : undefined,
        filters.centreId ? eq(journalRecords.centreId, filters.centreId) : undefined,
        filters.directionId ? eq(journalRecords.directionId, filters.directionId) : undefined,
        filters.serviceTypeId ? eq(journalRecords.serviceTypeId, filters.serviceTypeId) : undefined,
        filters.youthId ? eq(journalRecords.youthId, filters.youthId) : undefined,
        filters.specialistId ? eq(journalRecords.specialistId, filters.specialistId) : undefined,
      ),
    )
    .orderBy(asc(journalRecords.serviceDate), asc(journalRecords.serviceTime), asc(journalRecords.id));
}

type ExportRow = Awaited<ReturnType<typeof exportRows>>[number];

const byLocale = <K extends string>(
  row: Record<`${K}Kk` | `${K}Ru` | `${K}En`, unknown>,
  key: K,
  locale: Locale,
) =>
  (row[`${key}${locale === 'kk' ? 'Kk' : locale === 'ru' ? 'Ru' : 'En'}` as `${K}Kk`] as string | null) ??
  null;

/**
 * The journal of the caller's scope matching the list filters, as XLSX or CSV, with codes and
 * names in the caller's language; the columns re-import as they are. The export is audited with
 * its filters and row count (not its contents).
 */
export async function exportJournal(
  db: DbOrTx,
  scope: Scope,
  actor: Actor,
  locale: Locale,
  query: JournalExportQuery,
): Promise<ExportFile> {
  const { format, ...filters } = query;
  const rows = await exportRows(db, scope, filters);
  const t = translator(locale);
  const k = 'journal';
  const col = (
    id: string,
    value: OutColumn<ExportRow>['value'],
    extra: Partial<OutColumn<ExportRow>> = {},
  ): OutColumn<ExportRow> => ({ header: columnHeader(t, k, id), value, ...extra });
  const columns: OutColumn<ExportRow>[] = [
    col('id', (r) => r.id, { kind: 'number' }),
    col('serviceDate', (r) => r.serviceDate, { kind: 'date' }),
    col('serviceTime', (r) => r.serviceTime?.slice(0, 5) ?? null),
    col('centreCode', (r) => r.centreCode),
    col('centreName', (r) => byLocale(r, 'centre', locale)),
    col('direction', (r) => byLocale(r, 'direction', locale)),
    col('serviceTypeCode', (r) => r.typeCode),
    col('serviceType', (r) => byLocale(r, 'type', locale)),
    col('youth', (r) => r.youthId, { kind: 'number' }),
    ...(scope.kind === 'centre' ? [col('youthName', (r) => r.youthName)] : []),
    col('format', (r) => journalChoiceName(locale, 'format', r.format)),
    col('durationMinutes', (r) => r.durationMinutes, { kind: 'number' }),
    col('specialistEmail', (r) => r.specialistEmail),
    col('specialistName', (r) => r.specialistName),
    col('programmeCode', (r) => r.programmeCode),
    col('programme', (r) => byLocale(r, 'programme', locale)),
    col('referral', (r) => (r.referral ? journalChoiceName(locale, 'referral', r.referral) : null)),
    col('outcome', (r) => (r.outcome ? journalChoiceName(locale, 'outcome', r.outcome) : null)),
    col('notes', (r) => r.notes),
  ];
  const file = await tableFile(k, 'fileName', format, locale, columns, rows);
  await recordAudit(db, actor, {
    action: 'export',
    entityType: 'journal_record',
    entityId: 'export',
    regionCode: scope.kind === 'region' || scope.kind === 'centre' ? scope.regionCode : null,
    centreId: scope.kind === 'centre' ? scope.centreId : (filters.centreId ?? null),
    after: { format, filters, rows: rows.length },
  });
  return file;
}
