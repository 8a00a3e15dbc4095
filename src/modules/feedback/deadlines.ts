/**
 * Statutory periods counted in calendar days in the country's time zone. A period starts on the
 * day after the event that starts it (the day of receipt is not counted) and ends at midnight at
 * the end of its last day: a case received at any hour of 2 March (Ulaanbaatar time) with 30 days
 * is due by the end of 1 April, Ulaanbaatar time. Pure functions; the time zone comes from the
 * country pack, the days in a zone from the platform's deadline engine (src/platform/deadlines),
 * whose working-day periods serve the modules whose laws count working days.
 */

import { addDays, localDate, startOfLocalDate } from '../../platform/deadlines/local-days.ts';

export { addDays, localDate, startOfLocalDate };

const DAY_MS = 86_400_000;

/** When a period of `days` calendar days after the day of `from` ends: the midnight after its last day. */
export function deadlineAfter(from: Date, days: number, timeZone: string): Date {
  return startOfLocalDate(addDays(localDate(from, timeZone), days + 1), timeZone);
}

/** An extension moves the deadline on by whole days, still ending at local midnight. */
export function extendDeadline(deadline: Date, days: number, timeZone: string): Date {
  // The deadline is a local midnight; the day before it is the period's last day.
  const lastDay = localDate(new Date(deadline.getTime() - 1), timeZone);
  return startOfLocalDate(addDays(lastDay, days + 1), timeZone);
}

/** Whole days from `now` to `deadline`, rounded towards the deadline's side: negative when overdue. */
export function daysLeft(deadline: Date, now: Date, timeZone: string): number {
  const today = localDate(now, timeZone);
  const last = localDate(new Date(deadline.getTime() - 1), timeZone);
  const diff = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  return now.getTime() >= deadline.getTime() ? Math.min(-1, diff) : diff;
}
