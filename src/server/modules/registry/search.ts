import { type SQL, sql } from 'drizzle-orm';

// Russian and Kazakh Cyrillic letters. Capitals fold to small letters and ё to е, so «семенов»
// finds «Семёнов».
const LETTERS = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
/** Letters translate() replaces, and what with (same length, letter for letter). */
export const FOLD_FROM = `${LETTERS.toUpperCase()}ё`;
export const FOLD_TO = `${LETTERS.replace('ё', 'е')}е`;

/**
 * The search fold as a SQL expression: ASCII through lower(), Cyrillic and Kazakh letters through
 * translate(). Both are immutable and locale-independent, so the generated search columns fold the
 * same way on a C-locale PostgreSQL as on PGlite, where lower() alone would leave «Қ» as it is.
 */
export const sqlFold = (expr: SQL): SQL =>
  sql`translate(lower(${expr}), ${sql.raw(`'${FOLD_FROM}'`)}, ${sql.raw(`'${FOLD_TO}'`)})`;

/** The same fold in JavaScript, for the search words: must match {@link sqlFold} letter for letter. */
export function foldSearch(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/** Search words of a query: folded, split on spaces, LIKE wildcards escaped. Empty when nothing to search. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return foldSearch(q)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/** Every word must occur somewhere in the folded search column. */
export function matchesAllTerms(column: SQL | { getSQL(): SQL }, q: string | undefined): SQL | undefined {
  const terms = searchTerms(q);
  if (!terms.length) return undefined;
  return sql.join(
    terms.map((t) => sql`${column} like ${`%${t}%`}`),
    sql` and `,
  );
}
