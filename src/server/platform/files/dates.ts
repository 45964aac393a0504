/** Result of reading a date cell: an ISO date, nothing (empty cell), or a value that is not a date. */
export type DateCell = { ok: true; value: string | null } | { ok: false };

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 once its fictional 29 Feb 1900 is skipped (serials from 61 on).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Dates outside this range are typing mistakes in a registry of people and centres. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromParts(year: number, month: number, day: number): DateCell {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return { ok: false };
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31.02 over into March; a real calendar date comes back unchanged.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false };
  }
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

function fromUtcDate(d: Date): DateCell {
  if (Number.isNaN(d.getTime())) return { ok: false };
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fromSerial(serial: number): DateCell {
  if (!Number.isFinite(serial) || serial < 61) return { ok: false };
  return fromUtcDate(new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY));
}

/**
 * Reads a date the way offices write them: a typed Excel date (exceljs gives a `Date` at UTC
 * midnight), an Excel serial number (45170), `dd.mm.yyyy` or `d.m.yyyy`, or ISO `yyyy-mm-dd`
 * (a time part after either text form is ignored). Returns the ISO date.
 */
export function parseDateCell(value: unknown): DateCell {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (value instanceof Date) return fromUtcDate(value);
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return { ok: false };
  const text = value.trim();
  if (text === '') return { ok: true, value: null };
  const dotted = DOTTED.exec(text);
  if (dotted) return fromParts(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (SERIAL.test(text)) return fromSerial(Number(text));
  return { ok: false };
}

/** An ISO date as a `Date` at UTC midnight, which exceljs writes as that calendar day. */
export function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** An ISO date as `dd.mm.yyyy`, the form people in Kazakhstan read and type. */
export function isoToDotted(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
