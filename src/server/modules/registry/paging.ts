/**
 * The total behind one page. A short page is the last one and tells its own total; a full page
 * (or an empty one past the end) needs one cheap count, asked only then.
 */
export async function pageTotal(
  rowsOnPage: number,
  page: number,
  pageSize: number,
  count: () => Promise<number>,
): Promise<number> {
  if (rowsOnPage < pageSize && (rowsOnPage > 0 || page === 1)) return (page - 1) * pageSize + rowsOnPage;
  return count();
}
