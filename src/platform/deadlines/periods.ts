import type { CountryPack } from '../../country/pack.ts';
import { addDays, localDate, startOfLocalDate } from './local-days.ts';

/**
 * Statutory periods for every register that answers citizens (feedback, public questions, and the
 * modules whose laws set periods): counted in calendar days or in working days, in the country's
 * time zone, with one extension for a stated reason and pauses while the organisation waits for
 * the citizen. A period starts on the day after the event that starts it (the day of receipt is
 * not counted) and ends at local midnight at the end of its last day.
 *
 * Working days skip the pack's weekend and its public holidays, listed per year (lunar holidays
 * move, so they are never computed). A year the pack lists as incomplete, or does not list at all,
 * is counted with what is known, and the result names it (`uncertainYears`), so a page can say
 * that the date may move.
 */

export type DayCount = 'calendar' | 'working';

/** A period a law sets: how many days, and which days count. */
export interface PeriodRule {
  days: number;
  count: DayCount;
}

/** A computed deadline: the instant it passes, its last day, and the years whose holidays are not all known. */
export interface Deadline {
  /** Local midnight at the end of the last day. */
  due: Date;
  /** The period's last day, `YYYY-MM-DD`. */
  lastDay: string;
  uncertainYears: number[];
}

/** The working days of a country: its weekend and public holidays, from its pack. */
export class WorkingCalendar {
  readonly timeZone: string;
  private readonly weekend: ReadonlySet<number>;
  private readonly holidays: ReadonlySet<string>;
  private readonly certain: ReadonlySet<number>;

  constructor(country: Pick<CountryPack, 'timeZone' | 'calendar'>) {
    this.timeZone = country.timeZone;
    this.weekend = new Set(country.calendar.weekend);
    const years = Object.entries(country.calendar.holidays);
    this.holidays = new Set(years.flatMap(([, y]) => y.holidays.map((h) => h.date)));
    this.certain = new Set(years.filter(([, y]) => y.complete).map(([year]) => Number(year)));
  }

  /** Whether a calendar date is a working day (not a weekend day, not a public holiday). */
  isWorkingDay(date: string): boolean {
    return !this.weekend.has(new Date(`${date}T00:00:00Z`).getUTCDay()) && !this.holidays.has(date);
  }

  /** Whether every holiday of a year is known. */
  knows(year: number): boolean {
    return this.certain.has(year);
  }

  /** The date `days` days of the rule's kind after `date` (calendar: plain addition). */
  advance(date: string, days: number, count: DayCount): string {
    if (count === 'calendar') return addDays(date, days);
    let day = date;
    for (let left = days; left > 0; ) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /** Days of the rule's kind from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
  between(from: string, to: string, count: DayCount): number {
    if (to <= from) return 0;
    if (count === 'calendar') return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    let n = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) n += 1;
    return n;
  }

  /** The deadline whose last day is `lastDay`, with the years between `from` and it whose holidays are not all known. */
  deadline(from: string, lastDay: string, count: DayCount): Deadline {
    const uncertainYears: number[] = [];
    if (count === 'working')
      for (let y = Number(from.slice(0, 4)); y <= Number(lastDay.slice(0, 4)); y++)
        if (!this.knows(y)) uncertainYears.push(y);
    return { due: startOfLocalDate(addDays(lastDay, 1), this.timeZone), lastDay, uncertainYears };
  }
}

/** When a period that starts with the event at `received` ends. */
export function deadlineAfter(received: Date, rule: PeriodRule, calendar: WorkingCalendar): Deadline {
  const day = localDate(received, calendar.timeZone);
  return calendar.deadline(day, calendar.advance(day, rule.days, rule.count), rule.count);
}

/** The period's last day of a deadline (the day before the local midnight it passes at). */
export function lastDayOf(due: Date, timeZone: string): string {
  return localDate(new Date(due.getTime() - 1), timeZone);
}

/** A deadline moved on by `days` of the rule's kind: an extension, still ending at local midnight. */
export function extendBy(due: Date, days: number, count: DayCount, calendar: WorkingCalendar): Deadline {
  const last = lastDayOf(due, calendar.timeZone);
  return calendar.deadline(last, calendar.advance(last, days, count), count);
}

/**
 * A deadline after a pause: the organisation asked the citizen for something at `pausedAt` and got
 * it at `resumedAt`; the days of the rule's kind in between (from the day after the pause began to
 * the day it ended) are added, so the clock stops for exactly the days it waited.
 */
export function resumeAfterPause(
  due: Date,
  pausedAt: Date,
  resumedAt: Date,
  count: DayCount,
  calendar: WorkingCalendar,
): Deadline {
  const waited = calendar.between(
    localDate(pausedAt, calendar.timeZone),
    localDate(resumedAt, calendar.timeZone),
    count,
  );
  return extendBy(due, waited, count, calendar);
}

/** Whole days of the rule's kind from `now` to the deadline's last day: negative once it has passed. */
export function daysLeft(due: Date, now: Date, count: DayCount, calendar: WorkingCalendar): number {
  const today = localDate(now, calendar.timeZone);
  const last = lastDayOf(due, calendar.timeZone);
  if (now.getTime() >= due.getTime()) return -Math.max(1, calendar.between(last, today, count));
  return calendar.between(today, last, count);
}
