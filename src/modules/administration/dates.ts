import { countryPack } from '../../country/mn/index.ts';

/** Calendar dates as forms carry them (`YYYY-MM-DD`), in the country's time zone. */

/** Today's date in the country's time zone. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: countryPack.timeZone }).format(now);
}

/** `date` plus `days`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A real calendar date written `YYYY-MM-DD` (not 2025-02-30). */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}
