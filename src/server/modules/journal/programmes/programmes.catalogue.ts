import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgrammeStatus, ProgrammeYouthStatus } from '../../../../shared/contracts/programmes';

const CATALOGUE_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../reference/data/state-programs.json',
);

/** The year the catalogue was compiled; terms whose `as_of` is `unknown` are filed under it. */
export const CATALOGUE_YEAR = 2025;

/** One entry of state-programs.json as shipped. */
export interface CatalogueEntry {
  id: string;
  name: { kk: string; ru: string; en: string };
  summary: { kk?: string; ru: string; en: string };
  benefit: string;
  eligibility: { min_age: number | null; max_age: number | null; conditions: string[] };
  operator: string;
  source_url: string | null;
  additional_sources?: string[];
  status: string;
  as_of: string;
}

// Read by hand from each programme's conditions; the file states them only in prose. A programme
// not listed here is open to any status.
const ELIGIBLE_STATUSES: Record<string, ProgrammeYouthStatus[]> = {
  'zhastar-praktikasy': ['neet'], // registered unemployed graduates
  'birinshi-zhumys-orny': ['neet'], // first job seekers registered with the career centre
  'zhasyl-el': ['studying', 'neet'], // pupils, students, unemployed and NEET youth
  'zhas-maman': ['studying'], // students of the participating colleges
  'arendnoe-zhile-molodezhi': ['employed', 'self_employed'], // "with a job"
  'zhas-project': ['neet'],
};

/** Reads the source's free-text status as one of our statuses. */
export function programmeStatusOf(note: string): ProgrammeStatus {
  const n = note.toLowerCase();
  if (n.startsWith('historical')) return 'historical';
  if (n.startsWith('regional')) return 'regional';
  if (n === 'active') return 'active';
  return 'unconfirmed';
}

/** The year terms belong to: the year of `as_of` (`2025-11` → 2025), else the catalogue year. */
export function termsYearOf(asOf: string): number {
  const m = /^(\d{4})/.exec(asOf);
  return m ? Number(m[1]) : CATALOGUE_YEAR;
}

/** Column values of one catalogue entry: the programme row and its terms row (without ids). */
export function catalogueRows(entry: CatalogueEntry) {
  const status = programmeStatusOf(entry.status);
  return {
    programme: {
      code: entry.id,
      nameKk: entry.name.kk,
      nameRu: entry.name.ru,
      nameEn: entry.name.en,
      operator: entry.operator,
      sourceUrl: entry.source_url || null,
      additionalSources: entry.additional_sources ?? [],
      status,
      statusNote: entry.status,
      isActive: status !== 'historical',
      source: 'catalogue' as const,
    },
    terms: {
      year: termsYearOf(entry.as_of),
      summaryKk: entry.summary.kk ?? '',
      summaryRu: entry.summary.ru,
      summaryEn: entry.summary.en,
      benefit: entry.benefit,
      conditions: entry.eligibility.conditions,
      minAge: entry.eligibility.min_age,
      maxAge: entry.eligibility.max_age,
      eligibleStatuses: ELIGIBLE_STATUSES[entry.id] ?? [],
      // The file names no category a programme requires (rural youth are "mainly", not only).
      categories: [] as string[],
      asOf: entry.as_of,
      source: 'catalogue' as const,
    },
  };
}

/** The shipped catalogue file, parsed. */
export function readCatalogue(): CatalogueEntry[] {
  return JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CatalogueEntry[];
}
