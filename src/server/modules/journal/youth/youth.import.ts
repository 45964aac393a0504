import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { LOCALES, type Locale } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type { FileFormat, ImportMode } from '../../../../shared/contracts/files';
import type {
  ImportWarning,
  YouthImportColumn,
  YouthImportReport,
} from '../../../../shared/contracts/journal-files';
import {
  CONSENT_SCOPE_SERVICES,
  GENDERS,
  newYouthSchema,
  YOUTH_CATEGORIES,
  YOUTH_STATUSES,
} from '../../../../shared/contracts/youth';
import { translator } from '../../../../shared/i18n';
import { iinMatches, normalizeIin } from '../../../../shared/iin';
import type { AppDb, DbOrTx } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { dataProtection } from '../../../platform/crypto';
import {
  normalizeLabel,
  type OutColumn,
  parseDateCell,
  type Table,
  type TableRow,
} from '../../../platform/files';
import { districts } from '../../reference/reference.tables';
import { actorOfCaller, type Caller } from '../../registry/registry.caller';
import { tableFile } from '../../registry/registry.export';
import { columnHeader, type ImportColumnDef, importColumnSpecs } from '../../registry/registry.file-columns';
import { cellText, chunks, type ImportReportBuilder } from '../../registry/registry.import';
import { runImport } from '../../registry/registry.import-run';
import { centreInScope } from '../../registry/registry.scope';
import { centres } from '../../registry/registry.tables';
import { consentInForce, youthInScope } from './youth.repository';
import { youthWarnings } from './youth.rules';
import { youth, youthConsents } from './youth.tables';

type Col = YouthImportColumn;
type Row = TableRow<Col>;

const PHONE = ['тел', 'phone number', 'mobile', 'номер телефона', 'телефон нөмірі', 'ұялы телефон'];
const EMAIL = ['email', 'e-mail', 'электронная почта', 'почта', 'эл почта', 'электронды пошта'];

/** Columns of a youth list: our headers in kk/ru/en plus words seen in office lists. */
export const YOUTH_IMPORT_DEFS: readonly ImportColumnDef<Col>[] = [
  { id: 'centreCode', required: false, aliases: ['код мрц', 'код жро', 'center code', 'орталықтың коды'] },
  { id: 'lastName', required: true, aliases: ['surname', 'family name', 'фамилиясы'] },
  { id: 'firstName', required: true, aliases: ['name', 'given name', 'есімі'] },
  { id: 'middleName', required: false, aliases: ['patronymic', 'әкесінің есімі'] },
  {
    id: 'birthDate',
    required: true,
    aliases: ['дата рожд', 'д р', 'birth date', 'date of birth', 'туған жылы'],
  },
  { id: 'gender', required: true, aliases: ['sex', 'жыныс'] },
  { id: 'district', required: false, aliases: ['район', 'город', 'аудан', 'district', 'city'] },
  { id: 'phone', required: false, aliases: PHONE },
  { id: 'email', required: false, aliases: EMAIL },
  { id: 'status', required: true, aliases: ['занятость', 'social status', 'мәртебе'] },
  { id: 'neetSubgroup', required: false, aliases: ['подгруппа', 'neet subgroup', 'подгруппа neet'] },
  { id: 'categories', required: false, aliases: ['категория', 'category', 'санаты', 'санат'] },
  { id: 'iin', required: false, aliases: ['иин', 'жсн', 'iin'] },
  {
    id: 'consent',
    required: true,
    aliases: ['согласие', 'согласие на обработку данных', 'consent', 'келісім', 'consent given'],
  },
];

const SPECS = importColumnSpecs('youth', YOUTH_IMPORT_DEFS);
// Serialises youth imports, so two commits cannot both pass the IIN duplicate check.
const IMPORT_LOCK = 7_240_004;
const LOOKUP_CHUNK = 5000;
const INSERT_CHUNK = 1000;

// ---- choices by code or by name in any language ----

type Group = 'gender' | 'status' | 'category';
const CODES: Record<Group, readonly string[]> = {
  gender: GENDERS,
  status: YOUTH_STATUSES,
  category: YOUTH_CATEGORIES,
};
const EXTRA: Record<string, readonly string[]> = {
  male: ['м', 'муж', 'm', 'ер адам', 'мужчина', 'ер'],
  female: ['ж', 'жен', 'f', 'әйел адам', 'женщина', 'әйел'],
  neet: ['neet', 'не учится и не работает', 'оқымайды және жұмыс істемейді'],
  studying: ['студент', 'учащийся', 'оқушы', 'student'],
  employed: ['работающий', 'жұмыс істейтін'],
};

/** The name of a gender, status or category in a language (the code if untranslated). */
export const youthChoiceName = (locale: Locale, group: Group, code: string) =>
  translator(locale)(`files:youth.${group}.${code}`, { defaultValue: code });

const matchers = new Map<Group, Map<string, string>>();
function matchChoice(group: Group, text: string): string | undefined {
  let byLabel = matchers.get(group);
  if (!byLabel) {
    byLabel = new Map();
    for (const code of CODES[group]) {
      for (const locale of LOCALES) byLabel.set(normalizeLabel(youthChoiceName(locale, group, code)), code);
      for (const extra of EXTRA[code] ?? []) byLabel.set(normalizeLabel(extra), code);
      byLabel.set(normalizeLabel(code), code);
    }
    matchers.set(group, byLabel);
  }
  return byLabel.get(normalizeLabel(text));
}

const YES = new Set(
  ['да', 'иә', 'ия', 'yes', 'y', '+', '1', 'true', 'есть', 'бар', 'получено', 'записано', 'алынды'].map(
    normalizeLabel,
  ),
);
const isYes = (cell: unknown) => {
  const text = cellText(cell as never);
  return text !== null && (YES.has(normalizeLabel(text)) || text.trim() === '+' || text.trim() === '✓');
};

// ---- lookups ----

type CentreRef = { id: number; code: string; regionCode: string };

async function centresOf(tx: DbOrTx, scope: Scope, rows: readonly Row[]) {
  const codes = [
    ...new Set(rows.map((r) => cellText(r.cells.centreCode)?.toUpperCase()).filter(Boolean)),
  ] as string[];
  const byCode = new Map<string, CentreRef>();
  for (const part of chunks(codes, LOOKUP_CHUNK)) {
    const list = await tx
      .select({ id: centres.id, code: centres.code, regionCode: centres.regionCode })
      .from(centres)
      .where(and(centreInScope(scope), inArray(sql`upper(${centres.code})`, part)));
    for (const c of list) byCode.set(c.code.toUpperCase(), c);
  }
  let own: CentreRef | undefined;
  if (scope.kind === 'centre') {
    [own] = await tx
      .select({ id: centres.id, code: centres.code, regionCode: centres.regionCode })
      .from(centres)
      .where(eq(centres.id, scope.centreId));
  }
  return { byCode, own };
}

/** Districts and cities of the given regions by region and normalised name (kk, ru, en). */
async function districtsOf(tx: DbOrTx, regionCodes: string[]) {
  const map = new Map<string, number>();
  if (!regionCodes.length) return map;
  const list = await tx
    .select({
      id: districts.id,
      regionCode: districts.regionCode,
      nameKk: districts.nameKk,
      nameRu: districts.nameRu,
      nameEn: districts.nameEn,
      validTo: districts.validTo,
    })
    .from(districts)
    .where(inArray(districts.regionCode, regionCodes));
  // Current districts win over ones renamed or merged away.
  list.sort((a, b) => Number(a.validTo === null) - Number(b.validTo === null));
  for (const d of list)
    for (const name of [d.nameKk, d.nameRu, d.nameEn])
      map.set(`${d.regionCode}|${normalizeLabel(name)}`, d.id);
  return map;
}

/** IIN hashes already in the registry (anywhere: an IIN is one person, whoever registered them). */
async function takenHashes(tx: DbOrTx, hashes: string[]) {
  const taken = new Set<string>();
  for (const part of chunks(hashes, LOOKUP_CHUNK)) {
    const list = await tx.select({ h: youth.iinHash }).from(youth).where(inArray(youth.iinHash, part));
    for (const r of list) if (r.h) taken.add(r.h);
  }
  return taken;
}

const twinKey = (p: { lastName: string; firstName: string; birthDate: string }) =>
  `${normalizeLabel(p.lastName)}|${normalizeLabel(p.firstName)}|${p.birthDate}`;

/** People in scope with consent in force, registered with the file's birth dates, by names + birth date. */
async function twinsOf(tx: DbOrTx, scope: Scope, birthDates: string[]) {
  const map = new Map<string, number[]>();
  for (const part of chunks(birthDates, LOOKUP_CHUNK)) {
    const list = await tx
      .select({
        id: youth.id,
        lastName: youth.lastName,
        firstName: youth.firstName,
        birthDate: youth.birthDate,
      })
      .from(youth)
      .where(
        and(youthInScope(scope), consentInForce, isNull(youth.mergedIntoId), inArray(youth.birthDate, part)),
      );
    for (const p of list) map.set(twinKey(p), [...(map.get(twinKey(p)) ?? []), p.id]);
  }
  return map;
}

interface Valid {
  centre: CentreRef;
  districtId: number | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  gender: (typeof GENDERS)[number];
  phone: string | null;
  email: string | null;
  status: (typeof YOUTH_STATUSES)[number];
  neetSubgroup: string | null;
  categories: string[];
  iin: string | null;
  iinHash: string | null;
}

const columnOfField = (field: string): Col =>
  field === 'centreId'
    ? 'centreCode'
    : field === 'districtId'
      ? 'district'
      : field === 'consentGiven'
        ? 'consent'
        : (field as Col);

async function validate(
  tx: DbOrTx,
  scope: Scope,
  report: ImportReportBuilder<Col>,
  table: Table<Col>,
  warn: (
    w: Omit<ImportWarning, 'message'> & {
      reason: string;
      params: Record<string, string | number>;
      /** Where the text lives: `files:error` (default) or `errors:warning`. */
      namespace?: string;
    },
  ) => void,
): Promise<Valid[]> {
  const centreMap = await centresOf(tx, scope, table.rows);
  const regions = [
    ...new Set(
      [...centreMap.byCode.values(), ...(centreMap.own ? [centreMap.own] : [])].map((c) => c.regionCode),
    ),
  ];
  const districtMap = await districtsOf(tx, regions);
  const protection = dataProtection();
  const hashes = new Map<number, string>();
  for (const row of table.rows) {
    const text = cellText(row.cells.iin);
    if (text) hashes.set(row.rowNumber, protection.keyedHash(normalizeIin(text)));
  }
  const taken = await takenHashes(tx, [...new Set(hashes.values())]);
  const birthDates = table.rows.flatMap((r) => {
    const d = parseDateCell(r.cells.birthDate);
    return d.ok && d.value ? [d.value] : [];
  });
  const twins = await twinsOf(tx, scope, [...new Set(birthDates)]);
  const seenIin = new Map<string, number>();
  const seenTwin = new Map<string, number>();
  const valid: Valid[] = [];

  for (const row of table.rows) {
    const c = row.cells;
    const code = cellText(c.centreCode);
    let centre: CentreRef | undefined;
    if (scope.kind === 'centre') {
      centre = centreMap.own;
      if (code && code.toUpperCase() !== centre?.code.toUpperCase()) {
        report.rowError(row, 'centreCode', 'out_of_scope', { reason: 'centre_not_own' });
        centre = undefined;
      }
    } else if (!code) report.rowError(row, 'centreCode', 'required');
    else {
      centre = centreMap.byCode.get(code.toUpperCase());
      if (!centre) report.rowError(row, 'centreCode', 'not_found', { reason: 'centre_not_found' });
    }

    if (!isYes(c.consent)) report.rowError(row, 'consent', 'required', { reason: 'consent_missing' });

    const birth = parseDateCell(c.birthDate);
    if (!birth.ok) report.rowError(row, 'birthDate', 'invalid_date');

    const choice = (field: 'gender' | 'status', group: Group, reason: string) => {
      const text = cellText(c[field]);
      if (!text) return undefined;
      const code = matchChoice(group, text);
      if (!code) report.rowError(row, field, 'invalid_choice', { reason });
      return code;
    };
    const gender = choice('gender', 'gender', 'unknown_gender');
    const status = choice('status', 'status', 'unknown_status');

    const categories: string[] = [];
    for (const part of (cellText(c.categories) ?? '').split(/[;,\n]+/)) {
      if (!part.trim()) continue;
      const code = matchChoice('category', part);
      if (code) categories.push(code);
      else if (!report.has(row, 'categories'))
        report.rowError(row, 'categories', 'invalid_choice', {
          reason: 'unknown_category',
          params: { value: part.trim() },
        });
    }

    let districtId: number | null = null;
    const districtText = cellText(c.district);
    if (districtText && centre) {
      districtId = districtMap.get(`${centre.regionCode}|${normalizeLabel(districtText)}`) ?? null;
      if (districtId === null)
        report.rowError(row, 'district', 'not_found', { reason: 'district_not_found' });
    }

    const parsed = newYouthSchema.safeParse(
      {
        centreId: centre?.id,
        districtId,
        lastName: cellText(c.lastName) ?? '',
        firstName: cellText(c.firstName) ?? '',
        middleName: cellText(c.middleName),
        birthDate: birth.ok ? (birth.value ?? undefined) : undefined,
        gender: gender ?? cellText(c.gender) ?? undefined,
        phone: cellText(c.phone),
        email: cellText(c.email),
        status: status ?? cellText(c.status) ?? undefined,
        neetSubgroup: cellText(c.neetSubgroup),
        categories,
        iin: cellText(c.iin),
        consentGiven: true,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      report.schemaErrors(row, parsed.error.issues, columnOfField);
      continue;
    }
    const fields = parsed.data;
    const iin = fields.iin ? normalizeIin(fields.iin) : null;
    if (iin) {
      const match = iinMatches(iin, { birthDate: fields.birthDate, gender: fields.gender });
      if (!match.ok) report.rowError(row, 'iin', match.code);
    }
    if (!centre || report.isBad(row)) continue;

    const iinHash = iin ? (hashes.get(row.rowNumber) ?? null) : null;
    if (iinHash) {
      const first = seenIin.get(iinHash);
      if (first !== undefined) {
        report.rowError(row, 'iin', 'duplicate', { reason: 'iin_in_file', params: { row: first } });
        continue;
      }
      seenIin.set(iinHash, row.rowNumber);
      if (taken.has(iinHash)) {
        report.rowError(row, 'iin', 'duplicate', { reason: 'iin_taken' });
        continue;
      }
    }

    // Ages outside 14–35 are registered with a warning, as in the registration form.
    for (const code of youthWarnings(fields.birthDate, new Date().toISOString().slice(0, 10)))
      warn({
        row: row.rowNumber,
        field: 'birthDate',
        ids: [],
        reason: code,
        params: {},
        namespace: 'errors:warning',
      });

    // Same names and birth date: saved anyway, listed for a look (people do share them).
    const key = twinKey(fields);
    const existing = twins.get(key);
    if (existing?.length)
      warn({
        row: row.rowNumber,
        field: 'lastName',
        ids: existing,
        reason: 'possible_duplicate',
        params: { ids: existing.join(', ') },
      });
    const firstRow = seenTwin.get(key);
    if (firstRow !== undefined)
      warn({
        row: row.rowNumber,
        field: 'lastName',
        ids: [],
        reason: 'possible_duplicate_in_file',
        params: { row: firstRow },
      });
    else seenTwin.set(key, row.rowNumber);

    valid.push({
      centre,
      districtId: fields.districtId ?? null,
      lastName: fields.lastName,
      firstName: fields.firstName,
      middleName: fields.middleName ?? null,
      birthDate: fields.birthDate,
      gender: fields.gender,
      phone: fields.phone ?? null,
      email: fields.email ?? null,
      status: fields.status,
      neetSubgroup: fields.status === 'neet' ? (fields.neetSubgroup ?? null) : null,
      categories: [...new Set(fields.categories)],
      iin,
      iinHash,
    });
  }
  return valid;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Writes the people, their consents and one audit entry each in the caller's transaction. Ids are
 * drawn first, so each IIN is encrypted bound to its own record; the audit keeps whether there is
 * an IIN, never the IIN.
 */
async function insertAll(tx: DbOrTx, caller: Caller, rows: Valid[]) {
  const protection = dataProtection();
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const drawn = rowsOf<{ id: number; now: Date | string }>(
      await tx.execute(
        sql`select nextval(pg_get_serial_sequence('youth', 'id'))::int as id, now() as now from generate_series(1, ${part.length})`,
      ),
    );
    const stamp = new Date(drawn[0].now).toISOString();
    const people = part.map((p, i) => {
      const id = Number(drawn[i].id);
      return {
        id,
        centreId: p.centre.id,
        regionCode: p.centre.regionCode,
        districtId: p.districtId,
        lastName: p.lastName,
        firstName: p.firstName,
        middleName: p.middleName,
        birthDate: p.birthDate,
        gender: p.gender,
        phone: p.phone,
        email: p.email,
        status: p.status,
        neetSubgroup: p.neetSubgroup,
        categories: p.categories,
        iinHash: p.iinHash,
        iinEncrypted: p.iin ? protection.encrypt(p.iin, String(id)) : null,
        mergedIntoId: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
    });
    await tx.execute(sql`
      insert into ${youth} (id, centre_id, region_code, district_id, last_name, first_name, middle_name, birth_date,
        gender, phone, email, status, neet_subgroup, categories, iin_hash, iin_encrypted, created_at, updated_at)
      select id, "centreId", "regionCode", "districtId", "lastName", "firstName", "middleName", "birthDate",
        gender, phone, email, status, "neetSubgroup", array(select jsonb_array_elements_text(categories)),
        "iinHash", "iinEncrypted", "createdAt", "createdAt"
      from jsonb_to_recordset(${JSON.stringify(people)}::jsonb) as x(
        id int, "centreId" int, "regionCode" text, "districtId" int, "lastName" text, "firstName" text,
        "middleName" text, "birthDate" date, gender text, phone text, email text, status text,
        "neetSubgroup" text, categories jsonb, "iinHash" text, "iinEncrypted" text, "createdAt" timestamptz)`);
    await tx.execute(sql`
      insert into ${youthConsents} (youth_id, scope, recorded_by)
      select id, ${CONSENT_SCOPE_SERVICES}, ${caller.user.id}::int
      from jsonb_to_recordset(${JSON.stringify(people.map((p) => ({ id: p.id })))}::jsonb) as x(id int)`);
    await recordAudit(
      tx,
      actorOfCaller(caller),
      people.map(({ iinHash, iinEncrypted: _encrypted, ...rest }) => ({
        action: 'import',
        entityType: 'youth',
        entityId: rest.id,
        regionCode: rest.regionCode,
        centreId: rest.centreId,
        after: { ...rest, hasIin: iinHash !== null },
      })),
    );
  }
}

/**
 * Imports a list of young people into centres of the caller's scope, each with recorded consent.
 * A dry run only reports (with possible duplicates by names and birth date as warnings); a commit
 * re-checks under a lock and writes all rows with their consents and audit entries, or none.
 */
export async function importYouth(
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<YouthImportReport> {
  const t = translator(locale);
  let warnings: ImportWarning[] = [];
  const report = await runImport(
    {
      kind: 'youth',
      specs: SPECS,
      defs: YOUTH_IMPORT_DEFS,
      lock: IMPORT_LOCK,
      validate: (tx, scope, builder, table) => {
        // A commit validates again: only its own warnings count.
        warnings = [];
        return validate(tx, scope, builder, table, ({ reason, params, namespace, ...w }) =>
          warnings.push({ ...w, message: t(`${namespace ?? 'files:error'}.${reason}`, params) }),
        );
      },
      insertAll,
    },
    db,
    caller,
    file,
    mode,
    locale,
  );
  return { ...report, warnings };
}

type Example = Record<string, string | number | null>;

/** The youth import file's header in the caller's language and one example row. */
export async function youthTemplate(db: DbOrTx, scope: Scope, format: FileFormat, locale: Locale) {
  const [centre] = await db
    .select({ code: centres.code })
    .from(centres)
    .where(centreInScope(scope))
    .orderBy(asc(centres.code))
    .limit(1);
  const t = translator(locale);
  const example: Example = {
    centreCode: centre?.code ?? 'YRC-35-001',
    lastName: 'Омарова',
    firstName: 'Аружан',
    middleName: 'Серікқызы',
    birthDate: '2005-04-12',
    gender: youthChoiceName(locale, 'gender', 'female'),
    district: null,
    phone: '+7 701 555 12 34',
    email: null,
    status: youthChoiceName(locale, 'status', 'neet'),
    neetSubgroup: null,
    categories: ['rural', 'low_income'].map((c) => youthChoiceName(locale, 'category', c)).join('; '),
    iin: null,
    consent: t('files:youth.value.yes'),
  };
  const columns: OutColumn<Example>[] = YOUTH_IMPORT_DEFS.map((d) => ({
    header: columnHeader(t, 'youth', d.id),
    kind: d.id === 'birthDate' ? 'date' : 'text',
    value: (row) => row[d.id],
  }));
  return tableFile('youth', 'templateFileName', format, locale, columns, [example]);
}
