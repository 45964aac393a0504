/** A column a reader looks for: a stable id and every header text that names it. */
export interface ColumnSpec<Id extends string = string> {
  id: Id;
  /** Header texts in any language; compared case-, space- and punctuation-insensitively. */
  aliases: readonly string[];
}

/**
 * The comparable form of a header or a choice: lower case, ё as е, letters and digits only, so
 * "Дата  приёма:", "дата приема" and "ДАТА-ПРИЁМА" are the same.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Looks a header text up among the columns' aliases. Two columns sharing an alias is a programming error. */
export function headerMatcher<Id extends string>(columns: readonly ColumnSpec<Id>[]) {
  const byAlias = new Map<string, Id>();
  for (const column of columns) {
    for (const alias of [column.id, ...column.aliases]) {
      const key = normalizeLabel(alias);
      if (!key) continue;
      const owner = byAlias.get(key);
      if (owner && owner !== column.id) {
        throw new Error(`Header alias "${alias}" names both ${owner} and ${column.id}`);
      }
      byAlias.set(key, column.id);
    }
  }
  return (header: string): Id | undefined => byAlias.get(normalizeLabel(header));
}
