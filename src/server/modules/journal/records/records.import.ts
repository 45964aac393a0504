import { and, asc, eq, sql } from 'drizzle-orm';
import { REFERRAL_TARGETS, SERVICE_FORMATS, SERVICE_OUTCOMES } from '../../../../shared/constants/journal';
import { LOCALES, type Locale, type Role } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type { FileFormat, ImportMode, ImportReport } from '../../../../shared/contracts/files';
import type { JournalImportColumn } from '../../../../shared/contracts/journal-files';
import { translator } from '../../../../shared/i18n';
import { normalizeIin, validateIin } from '../../../../shared/iin';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { arrayLiteral } from '../../../db/rows-parameter';
import { users } from '../../../platform/auth/auth.tables';
import { dataProtection } from '../../../platform/crypto';
import {
  normalizeLabel,
  type OutColumn,
  parseDateCell,
  type Table,
  type TableRow,
} from '../../../platform/files';
import { letIoRun } from '../../../platform/let-io-run';
import { actorOfCaller, type Caller } from '../../registry/registry.caller';
import { tableFile } from '../../registry/registry.export';
import { columnHeader, type ImportColumnDef, importColumnSpecs } from '../../registry/registry.file-columns';
import { cellText, type ImportReportBuilder } from '../../registry/registry.import';
import { runImport } from '../../registry/registry.import-run';
import { centreInScope } from '../../registry/registry.scope';
import { centres } from '../../registry/registry.tables';
import { serviceTypes } from '../journal.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { consentInForce, youthInScope } from '../youth/youth.repository';
import { youth } from '../youth/youth.tables';
import { insertRecords, type RecordDraft, type SnapshotSource } from './records.writer';
import { LARGE_BATCH, prefetchRollups, type RollupPrefetch } from './rollups';

type Col = JournalImportColumn;
type Row = TableRow<Col>;

const CENTRE_ALIASES = ['код мрц', 'код жро', 'center code', 'орталықтың коды'];

/** Columns of a journal file: our headers in kk/ru/en plus words seen in office journals. */
export const JOURNAL_IMPORT_DEFS: readonly ImportColumnDef<Col>[] = [
  {
    id: 'serviceDate',
    required: true,
    aliases: ['дата услуги', 'дата оказания услуги', 'қызмет көрсетілген күні', 'service date', 'day'],
  },
  { id: 'serviceTime', required: false, aliases: ['время услуги', 'service time', 'қызмет уақыты'] },
  // Centre staff import into their own centre: the column may be missing altogether.
  { id: 'centreCode', required: false, aliases: CENTRE_ALIASES },
  {
    id: 'serviceTypeCode',
    required: true,
    aliases: ['код услуги', 'service code', 'қызмет коды', 'вид услуги (код)'],
  },
  {
    id: 'youth',
    required: false,
    aliases: [
      'иин',
      'жсн',
      'iin',
      'молодой человек',
      'жас адам',
      'young person',
      'youth id',
      'id молодого человека',
    ],
  },
  { id: 'format', required: true, aliases: ['форма', 'формат услуги', 'service format', 'қызмет нысаны'] },
  {
    id: 'durationMinutes',
    required: false,
    aliases: ['длительность', 'длительность (мин)', 'минут', 'duration', 'ұзақтығы', 'duration minutes'],
  },
  {
    id: 'specialistEmail',
    required: false,
    aliases: ['email специалиста', 'e-mail специалиста', 'specialist email', 'маман поштасы'],
  },
  {
    id: 'specialistName',
    required: false,
    aliases: ['специалист', 'фио специалиста', 'specialist', 'specialist name', 'маман', 'маманның аты-жөні'],
  },
  { id: 'programmeCode', required: false, aliases: ['programme code', 'код программы', 'бағдарлама коды'] },
  { id: 'referral', required: false, aliases: ['направлен', 'направление в', 'referral', 'жіберілді'] },
  { id: 'outcome', required: false, aliases: ['итог', 'result', 'нәтиже'] },
  {
    id: 'notes',
    required: false,
    aliases: ['примечание', 'примечания', 'комментарий', 'comment', 'comments', 'ескертпе', 'note'],
  },
];

const SPECS = importColumnSpecs('journal', JOURNAL_IMPORT_DEFS);
// Serialises journal imports, so a commit's checks and writes see no other import half-way.
const IMPORT_LOCK = 7_240_003;
/** Who may be named as the specialist of a record: the people who give services at the centre. */
const SPECIALIST_ROLES: readonly Role[] = ['specialist', 'center_manager'];

// ---- choices: code, or the name in any of the three languages ----

type ChoiceGroup = 'format' | 'referral' | 'outcome';
const CHOICES: Record<ChoiceGroup, readonly string[]> = {
  format: SERVICE_FORMATS,
  referral: REFERRAL_TARGETS,
  outcome: SERVICE_OUTCOMES,
};
const EXTRA: Partial<Record<string, readonly string[]>> = {
  in_person: ['очно', 'очная', 'лично', 'бетпе бет', 'offline'],
  online: ['дистанционно', 'онлайн консультация'],
  phone: ['телефон', 'по телефону', 'звонок'],
  outreach: ['выезд', 'выездная', 'көшпелі'],
};

/** A journal choice's name in a language (`files:journal.<group>.<code>`), the code when untranslated. */
export function journalChoiceName(locale: Locale, group: ChoiceGroup, code: string): string {
  return translator(locale)(`files:journal.${group}.${code}`, { defaultValue: code });
}

const matchers = new Map<ChoiceGroup, Map<string, string>>();
function matchJournalChoice(group: ChoiceGroup, text: string): string | undefined {
  let byLabel = matchers.get(group);
  if (!byLabel) {
    byLabel = new Map();
    for (const code of CHOICES[group]) {
      byLabel.set(normalizeLabel(code), code);
      for (const extra of EXTRA[code] ?? []) byLabel.set(normalizeLabel(extra), code);
      for (const locale of LOCALES) byLabel.set(normalizeLabel(journalChoiceName(locale, group, code)), code);
    }
    matchers.set(group, byLabel);
  }
  return byLabel.get(normalizeLabel(text));
}

// ---- cells ----

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day as `hh:mm`: typed Excel times, day fractions, `9:30`, `09:30:00`; undefined when not a time. */
export function parseTimeCell(cell: unknown): string | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
  }
  if (typeof cell === 'number') {
    if (cell < 0 || cell >= 1) return undefined;
    const minutes = Math.round(cell * 24 * 60);
    return minutes >= 24 * 60 ? undefined : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const text = String(cell).trim();
  if (text === '') return null;
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : undefined;
}

/** A whole number of minutes; undefined when the cell is something else. */
function parseMinutes(cell: unknown): number | null | undefined {
  const text = cellText(cell as never);
  if (text === null) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isInteger(n) ? n : undefined;
}

/** The young person's cell: a registry id, an IIN (12 digits), nothing, or something else. */
type YouthRef =
  | { kind: 'none' }
  | { kind: 'id'; id: number }
  | { kind: 'iin'; iin: string }
  | { kind: 'bad' };
function youthRef(cell: unknown): YouthRef {
  const text = cellText(cell as never);
  if (text === null) return { kind: 'none' };
  const digits = normalizeIin(text);
  if (/^\d{12}$/.test(digits)) return { kind: 'iin', iin: digits };
  if (/^\d{1,9}$/.test(digits) && Number(digits) > 0) return { kind: 'id', id: Number(digits) };
  return { kind: 'bad' };
}

// ---- lookups, one query per kind for the whole file, the file's values as one array parameter
// (thousands of bind parameters cost more to build and parse than the lookup itself) ----

type CentreRef = { id: number; code: string; regionCode: string };

async function centresOf(tx: DbOrTx, scope: Scope, rows: readonly Row[]) {
  const codes = [
    ...new Set(rows.map((r) => cellText(r.cells.centreCode)?.toUpperCase()).filter(Boolean)),
  ] as string[];
  const found = new Map<string, CentreRef>();
  if (codes.length) {
    const list = await tx
      .select({ id: centres.id, code: centres.code, regionCode: centres.regionCode })
      .from(centres)
      .where(and(centreInScope(scope), sql`upper(${centres.code}) = any(${arrayLiteral(codes)}::text[])`));
    for (const c of list) found.set(c.code.toUpperCase(), c);
  }
  let own: CentreRef | undefined;
  if (scope.kind === 'centre') {
    [own] = await tx
      .select({ id: centres.id, code: centres.code, regionCode: centres.regionCode })
      .from(centres)
      .where(eq(centres.id, scope.centreId));
  }
  return { byCode: found, own };
}

async function typesByCode(tx: DbOrTx) {
  const list = await tx.select().from(serviceTypes);
  return new Map(list.map((t) => [t.code.toLowerCase(), t]));
}

async function programmesByCode(tx: DbOrTx) {
  const list = await tx.select({ id: stateProgrammes.id, code: stateProgrammes.code }).from(stateProgrammes);
  return new Map(list.map((p) => [p.code.toLowerCase(), p.id]));
}

type Specialist = { id: number; centreId: number | null; role: Role; isActive: boolean };
async function specialistsByEmail(tx: DbOrTx, rows: readonly Row[]) {
  const emails = [
    ...new Set(rows.map((r) => cellText(r.cells.specialistEmail)?.toLowerCase()).filter(Boolean)),
  ] as string[];
  const found = new Map<string, Specialist>();
  if (emails.length) {
    const list = await tx
      .select({
        id: users.id,
        email: users.email,
        centreId: users.centreId,
        role: users.role,
        isActive: users.isActive,
      })
      .from(users)
      .where(sql`lower(${users.email}) = any(${arrayLiteral(emails)}::text[])`);
    for (const u of list) found.set(u.email.toLowerCase(), u);
  }
  return found;
}

type Person = SnapshotSource & {
  id: number;
  mergedIntoId: number | null;
  consent: boolean;
  iinHash: string | null;
};
/** Young people of the scope named by id or by IIN (keyed hash) anywhere in the file. */
async function peopleOf(tx: DbOrTx, scope: Scope, refs: YouthRef[]) {
  const ids = [...new Set(refs.flatMap((r) => (r.kind === 'id' ? [r.id] : [])))];
  const protection = dataProtection();
  const hashes = [
    ...new Set(
      refs.flatMap((r) => (r.kind === 'iin' && validateIin(r.iin).ok ? [protection.keyedHash(r.iin)] : [])),
    ),
  ];
  const byId = new Map<number, Person>();
  const byHash = new Map<string, Person>();
  const columns = {
    id: youth.id,
    mergedIntoId: youth.mergedIntoId,
    consent: sql<boolean>`${consentInForce}`,
    iinHash: youth.iinHash,
    gender: youth.gender,
    birthDate: youth.birthDate,
    status: youth.status,
  };
  if (ids.length) {
    const list = await tx
      .select(columns)
      .from(youth)
      .where(and(youthInScope(scope), sql`${youth.id} = any(${arrayLiteral(ids)}::int[])`));
    for (const p of list) byId.set(p.id, p);
  }
  if (hashes.length) {
    const list = await tx
      .select(columns)
      .from(youth)
      .where(and(youthInScope(scope), sql`${youth.iinHash} = any(${arrayLiteral(hashes)}::text[])`));
    for (const p of list) if (p.iinHash) byHash.set(p.iinHash, p);
  }
  return { byId, byHash, hashOf: (iin: string) => protection.keyedHash(iin) };
}

// Rows checked between two pauses that let the database's answers in (a few milliseconds of work).
const ROWS_PER_PAUSE = 500;

/**
 * Checks every row against the scope, the catalogue, the registry and the centre's users; returns
 * drafts. A large commit (`prefetch`) starts reading its rollups' locks and stored months as soon
 * as the lookups name the file's centres and persons, so the database reads them while the rows
 * are checked here.
 */
async function validate(
  tx: DbOrTx,
  caller: Caller,
  report: ImportReportBuilder<Col>,
  table: Table<Col>,
  prefetch: boolean,
): Promise<{ drafts: RecordDraft[]; prefetched?: RollupPrefetch }> {
  const { scope, role, id: callerId } = caller.user;
  const today = todayInKazakhstan();
  const refs = table.rows.map((r) => youthRef(r.cells.youth));
  const [centreMap, types, programmes, specialists, people] = [
    await centresOf(tx, scope, table.rows),
    await typesByCode(tx),
    await programmesByCode(tx),
    await specialistsByEmail(tx, table.rows),
    await peopleOf(tx, scope, refs),
  ];
  let prefetched: RollupPrefetch | undefined;
  if (prefetch && table.rows.length >= LARGE_BATCH) {
    // Every centre and person a draft can name: the file's, in scope; persons only when usable.
    const centreIds = [...centreMap.byCode.values(), ...(centreMap.own ? [centreMap.own] : [])].map(
      (c) => c.id,
    );
    const personIds = [...people.byId.values(), ...people.byHash.values()]
      .filter((p) => p.consent && p.mergedIntoId === null)
      .map((p) => p.id);
    prefetched = prefetchRollups(tx, [...new Set(centreIds)], [...new Set(personIds)]);
  }

  /** One row's draft, or undefined when the row is bad (its errors are in the report). */
  const check = (row: Row, index: number): RecordDraft | undefined => {
    const c = row.cells;

    // The centre: a centre's own staff may leave it empty, and may name only their own centre.
    const code = cellText(c.centreCode);
    let centre: CentreRef | undefined;
    if (scope.kind === 'centre') {
      centre = centreMap.own;
      if (code && code.toUpperCase() !== centre?.code.toUpperCase()) {
        report.rowError(row, 'centreCode', 'out_of_scope', { reason: 'centre_not_own' });
        centre = undefined;
      }
    } else if (!code) {
      report.rowError(row, 'centreCode', 'required');
    } else {
      centre = centreMap.byCode.get(code.toUpperCase());
      if (!centre) report.rowError(row, 'centreCode', 'not_found', { reason: 'centre_not_found' });
    }

    const date = parseDateCell(c.serviceDate);
    if (!date.ok) report.rowError(row, 'serviceDate', 'invalid_date');
    else if (date.value === null) report.rowError(row, 'serviceDate', 'required');
    else if (date.value > today)
      report.rowError(row, 'serviceDate', 'future_date', { reason: 'future_date' });

    const time = parseTimeCell(c.serviceTime);
    if (time === undefined) report.rowError(row, 'serviceTime', 'invalid_value', { reason: 'invalid_time' });

    const typeCode = cellText(c.serviceTypeCode);
    const type = typeCode ? types.get(typeCode.toLowerCase()) : undefined;
    if (!typeCode) report.rowError(row, 'serviceTypeCode', 'required');
    else if (!type)
      report.rowError(row, 'serviceTypeCode', 'not_found', { reason: 'service_type_not_found' });
    else if (!type.isActive)
      report.rowError(row, 'serviceTypeCode', 'inactive', { reason: 'service_type_not_found' });
    else if (type.isGroup)
      report.rowError(row, 'serviceTypeCode', 'group_service_type', { reason: 'group_type' });

    // The young person: by registry id or IIN within the scope, or nobody where the type allows it.
    const ref = refs[index];
    let youthId: number | null = null;
    let person: Person | undefined;
    if (ref.kind === 'bad') report.rowError(row, 'youth', 'invalid_value', { reason: 'youth_not_found' });
    else if (ref.kind === 'iin' && !validateIin(ref.iin).ok) report.rowError(row, 'youth', 'invalid_iin');
    else if (ref.kind === 'none') {
      if (type && !type.allowsAnonymous && !type.isGroup)
        report.rowError(row, 'youth', 'anonymous_not_allowed', { reason: 'anonymous_not_allowed' });
    } else {
      person = ref.kind === 'id' ? people.byId.get(ref.id) : people.byHash.get(people.hashOf(ref.iin));
      if (!person) report.rowError(row, 'youth', 'not_found', { reason: 'youth_not_found' });
      else if (!person.consent)
        report.rowError(row, 'youth', 'consent_withdrawn', { reason: 'youth_consent_withdrawn' });
      else if (person.mergedIntoId !== null)
        report.rowError(row, 'youth', 'youth_merged', {
          reason: 'youth_merged',
          params: { id: person.mergedIntoId },
        });
      else youthId = person.id;
    }

    const formatText = cellText(c.format);
    const format = formatText ? matchJournalChoice('format', formatText) : undefined;
    if (!formatText) report.rowError(row, 'format', 'required');
    else if (!format) report.rowError(row, 'format', 'invalid_choice', { reason: 'unknown_format' });

    const duration = parseMinutes(c.durationMinutes);
    if (duration === undefined) report.rowError(row, 'durationMinutes', 'invalid_number');
    else if (duration !== null && duration < 1)
      report.rowError(row, 'durationMinutes', 'too_small', { params: { min: 1 } });
    else if (duration !== null && duration > 720)
      report.rowError(row, 'durationMinutes', 'too_big', { params: { max: 720 } });

    // The specialist: a user giving services at the centre, or a name kept as written (history).
    const email = cellText(c.specialistEmail);
    const name = cellText(c.specialistName);
    let specialistId: number | null = null;
    if (email) {
      const user = specialists.get(email.toLowerCase());
      const ok =
        user?.isActive && SPECIALIST_ROLES.includes(user.role) && (!centre || user.centreId === centre.id);
      if (!user || !ok)
        report.rowError(row, 'specialistEmail', 'not_a_specialist', { reason: 'specialist_not_found' });
      else specialistId = user.id;
    } else if (!name) {
      if (SPECIALIST_ROLES.includes(role)) specialistId = callerId;
      else report.rowError(row, 'specialistName', 'required');
    }
    if (name && name.length > 200)
      report.rowError(row, 'specialistName', 'too_long', { params: { max: 200 } });

    const programmeText = cellText(c.programmeCode);
    const programmeId = programmeText ? programmes.get(programmeText.toLowerCase()) : undefined;
    if (programmeText && !programmeId)
      report.rowError(row, 'programmeCode', 'not_found', { reason: 'programme_not_found' });

    const referralText = cellText(c.referral);
    const referral = referralText ? matchJournalChoice('referral', referralText) : undefined;
    if (referralText && !referral)
      report.rowError(row, 'referral', 'invalid_choice', { reason: 'unknown_referral' });
    const outcomeText = cellText(c.outcome);
    const outcome = outcomeText ? matchJournalChoice('outcome', outcomeText) : undefined;
    if (outcomeText && !outcome)
      report.rowError(row, 'outcome', 'invalid_choice', { reason: 'unknown_outcome' });

    const notes = cellText(c.notes);
    if (notes && notes.length > 4000) report.rowError(row, 'notes', 'too_long', { params: { max: 4000 } });

    if (report.isBad(row) || !centre || !type || !date.ok || !date.value || !format) return undefined;
    return {
      centreId: centre.id,
      regionCode: centre.regionCode,
      serviceTypeId: type.id,
      directionId: type.directionId,
      isConfidential: type.isConfidential,
      youthId,
      serviceDate: date.value,
      serviceTime: time ?? null,
      format: format as RecordDraft['format'],
      durationMinutes: duration ?? null,
      specialistId,
      specialistName: specialistId === null ? name : null,
      programmeId: programmeId ?? null,
      referral: (referral ?? null) as RecordDraft['referral'],
      outcome: (outcome ?? null) as RecordDraft['outcome'],
      notes,
      person,
    };
  };

  const drafts: RecordDraft[] = [];
  for (let index = 0; index < table.rows.length; index++) {
    const draft = check(table.rows[index], index);
    if (draft) drafts.push(draft);
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await letIoRun();
  }
  return { drafts, prefetched };
}

/**
 * Imports a historical journal from an XLSX or CSV file into the caller's scope. A dry run only
 * reports; a commit re-checks every row under a lock and writes all of them through the journal's
 * one writer (snapshots, encrypted confidential notes, audit, rollups) in one transaction, or none.
 */
export function importJournal(
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  let prefetch: RollupPrefetch | undefined;
  return runImport(
    {
      kind: 'journal',
      specs: SPECS,
      defs: JOURNAL_IMPORT_DEFS,
      lock: IMPORT_LOCK,
      validate: async (tx, _scope, report, table) => {
        const checked = await validate(tx, caller, report, table, mode === 'commit');
        prefetch = checked.prefetched;
        return checked.drafts;
      },
      insertAll: async (tx, who, drafts) => {
        await insertRecords(tx, actorOfCaller(who), who.user.id, drafts, { readBack: false, prefetch });
      },
    },
    db,
    caller,
    file,
    mode,
    locale,
  );
}

type Example = Record<string, string | number | null>;

/** The journal import file's header in the caller's language and an example row (a centre of their scope). */
export async function journalTemplate(db: DbOrTx, scope: Scope, format: FileFormat, locale: Locale) {
  const [centre] = await db
    .select({ code: centres.code })
    .from(centres)
    .where(centreInScope(scope))
    .orderBy(asc(centres.code))
    .limit(1);
  const t = translator(locale);
  const example: Example = {
    serviceDate: '2025-03-14',
    serviceTime: '10:30',
    centreCode: centre?.code ?? 'YRC-35-001',
    serviceTypeCode: 'career_consultation',
    youth: 1024,
    format: journalChoiceName(locale, 'format', 'in_person'),
    durationMinutes: 45,
    specialistEmail: null,
    specialistName: 'Сейітқалиева Әлия',
    programmeCode: null,
    referral: journalChoiceName(locale, 'referral', 'employment_centre'),
    outcome: journalChoiceName(locale, 'outcome', 'referred'),
    notes: null,
  };
  const columns: OutColumn<Example>[] = JOURNAL_IMPORT_DEFS.map((d) => ({
    header: columnHeader(t, 'journal', d.id),
    kind:
      d.id === 'serviceDate' ? 'date' : d.id === 'youth' || d.id === 'durationMinutes' ? 'number' : 'text',
    value: (row) => row[d.id],
  }));
  return tableFile('journal', 'templateFileName', format, locale, columns, [example]);
}
