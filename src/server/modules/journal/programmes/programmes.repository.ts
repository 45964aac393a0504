import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Programme, ProgrammeDetail, ProgrammeTerms } from '../../../../shared/contracts/programmes';
import type { DbOrTx } from '../../../db/client';
import { stateProgrammes, stateProgrammeTerms } from './programmes.tables';

type ProgrammeRow = typeof stateProgrammes.$inferSelect;
type TermsRow = typeof stateProgrammeTerms.$inferSelect;

/** Terms as the API shows them; a missing Kazakh summary is filled with the Russian one and flagged. */
export function toTerms(row: TermsRow): ProgrammeTerms {
  const kkMissing = row.summaryKk.trim() === '';
  return {
    year: row.year,
    summary: { kk: kkMissing ? row.summaryRu : row.summaryKk, ru: row.summaryRu, en: row.summaryEn },
    summaryKkMissing: kkMissing,
    benefit: row.benefit,
    conditions: row.conditions,
    minAge: row.minAge,
    maxAge: row.maxAge,
    eligibleStatuses: row.eligibleStatuses,
    categories: row.categories,
    asOf: row.asOf,
  };
}

function toProgramme(row: ProgrammeRow, terms: TermsRow | null): Programme {
  return {
    id: row.id,
    code: row.code,
    name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
    operator: row.operator,
    sourceUrl: row.sourceUrl,
    additionalSources: row.additionalSources,
    status: row.status,
    statusNote: row.statusNote,
    isActive: row.isActive,
    terms: terms ? toTerms(terms) : null,
  };
}

/** Every programme (active first, then by English name) with the terms in force in `year`. */
export async function listProgrammes(db: DbOrTx, year: number): Promise<Programme[]> {
  const programmes = await db
    .select()
    .from(stateProgrammes)
    .orderBy(desc(stateProgrammes.isActive), asc(stateProgrammes.nameEn));
  const terms = await db
    .select()
    .from(stateProgrammeTerms)
    .where(lte(stateProgrammeTerms.year, year))
    .orderBy(asc(stateProgrammeTerms.year));
  // Ascending years: the last write per programme is the latest terms up to `year`.
  const inForce = new Map<number, TermsRow>();
  for (const t of terms) inForce.set(t.programmeId, t);
  return programmes.map((p) => toProgramme(p, inForce.get(p.id) ?? null));
}

/** The programme row by code, or undefined. */
export async function findProgrammeRow(db: DbOrTx, code: string, lock = false) {
  const query = db.select().from(stateProgrammes).where(eq(stateProgrammes.code, code));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** One programme with the terms in force in `year` and all its years' terms, newest first. */
export async function findProgramme(
  db: DbOrTx,
  code: string,
  year: number,
): Promise<ProgrammeDetail | undefined> {
  const row = await findProgrammeRow(db, code);
  if (!row) return undefined;
  const all = await db
    .select()
    .from(stateProgrammeTerms)
    .where(eq(stateProgrammeTerms.programmeId, row.id))
    .orderBy(desc(stateProgrammeTerms.year));
  const inForce = all.find((t) => t.year <= year) ?? null;
  return { ...toProgramme(row, inForce), termsByYear: all.map(toTerms) };
}

/** The terms row of a programme in exactly `year`, or undefined. */
export async function findTermsRow(db: DbOrTx, programmeId: number, year: number) {
  const [row] = await db
    .select()
    .from(stateProgrammeTerms)
    .where(and(eq(stateProgrammeTerms.programmeId, programmeId), eq(stateProgrammeTerms.year, year)));
  return row;
}
