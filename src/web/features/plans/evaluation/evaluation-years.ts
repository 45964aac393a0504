import { todayInKazakhstan } from '../../../../shared/today';

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));

/** The year rated by default (as on the server): this year, counted up to today. */
export const DEFAULT_YEAR = THIS_YEAR;

/** Years offered in the filters: this year and the five before it. */
export const YEARS = Array.from({ length: 6 }, (_, i) => String(THIS_YEAR - i));

/** A year from the URL, or the default when missing or not offered. */
export const yearFrom = (value: string | null) =>
  value && YEARS.includes(value) ? Number(value) : DEFAULT_YEAR;
