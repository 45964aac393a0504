/** A CSV file (comma-separated, quoted where needed) with a BOM so spreadsheet programs read it as UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves a URL (data: or blob:) under a file name. */
export function saveUrl(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves text as a CSV file. */
export function saveCsv(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  saveUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves a chart's table as XLSX: the server writes the same rows the CSV holds into a workbook
 * (numbers stay numbers), so the two downloads never disagree.
 */
export async function saveXlsx(
  title: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  fileName: string,
) {
  const res = await fetch('/api/v1/analytics/chart-data.xlsx', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'kk' },
    body: JSON.stringify({ title, header, rows }),
  });
  if (!res.ok) throw new Error(`chart data file: ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  saveUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
