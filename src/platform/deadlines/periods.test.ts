import { describe, expect, it } from 'vitest';
import { countryPackFor } from '../../country/index.ts';
import { daysLeft, deadlineAfter, extendBy, resumeAfterPause, WorkingCalendar } from './periods.ts';

// Mongolia's pack: Ulaanbaatar time (UTC+8, so local midnight is 16:00 UTC), Saturday and Sunday off,
// Tsagaan Sar 16–18 February and Naadam 11–15 July 2018.
const mn = new WorkingCalendar(countryPackFor('mn'));
// Testland: Lisbon time, Friday and Saturday off, holidays on 3 and 4 March 2026.
const xt = new WorkingCalendar(countryPackFor('xt'));
const at = (iso: string) => new Date(iso);

describe('periods in working days', () => {
  it('skip weekends and the lunar holidays the pack lists for the year', () => {
    // Received Wednesday 14 February 2018: Thursday counts, Tsagaan Sar (Fri–Sun) does not.
    const d = deadlineAfter(at('2018-02-14T03:00:00Z'), { days: 3, count: 'working' }, mn);
    expect(d).toEqual({ due: at('2018-02-20T16:00:00Z'), lastDay: '2018-02-20', uncertainYears: [] });
    // Naadam's five days: one working day after Tuesday 10 July 2018 is Monday the 16th.
    expect(deadlineAfter(at('2018-07-10T03:00:00Z'), { days: 1, count: 'working' }, mn).lastDay).toBe(
      '2018-07-16',
    );
  });

  it('count the day of receipt in the country’s time zone, not the server’s', () => {
    // 16:30 UTC on the 14th is 00:30 on the 15th in Ulaanbaatar: counting starts on the 16th.
    expect(deadlineAfter(at('2018-02-14T16:30:00Z'), { days: 3, count: 'working' }, mn).lastDay).toBe(
      '2018-02-21',
    );
    expect(deadlineAfter(at('2018-02-14T15:59:00Z'), { days: 3, count: 'working' }, mn).lastDay).toBe(
      '2018-02-20',
    );
  });

  it('follow another country’s weekend, holidays and zone', () => {
    // Monday 2 March 2026 in Lisbon; 3 and 4 March are holidays, Friday and Saturday the weekend.
    const d = deadlineAfter(at('2026-03-02T10:00:00Z'), { days: 3, count: 'working' }, xt);
    expect(d).toEqual({ due: at('2026-03-10T00:00:00Z'), lastDay: '2026-03-09', uncertainYears: [] });
  });

  it('name the years whose holidays the pack does not fully know', () => {
    expect(
      deadlineAfter(at('2030-03-01T03:00:00Z'), { days: 10, count: 'working' }, mn).uncertainYears,
    ).toEqual([2030]);
    expect(
      deadlineAfter(at('2016-12-20T03:00:00Z'), { days: 10, count: 'working' }, mn).uncertainYears,
    ).toEqual([2016, 2017]);
    // Calendar days depend on no holiday.
    expect(
      deadlineAfter(at('2030-03-01T03:00:00Z'), { days: 10, count: 'calendar' }, mn).uncertainYears,
    ).toEqual([]);
  });
});

describe('periods in calendar days', () => {
  it('end at local midnight after the last day, as the feedback centre counts them', () => {
    const d = deadlineAfter(at('2026-03-02T03:00:00Z'), { days: 30, count: 'calendar' }, mn);
    expect(d.due).toEqual(at('2026-04-01T16:00:00Z'));
    expect(d.lastDay).toBe('2026-04-01');
  });
});

describe('extension and pause', () => {
  const due = at('2018-02-20T16:00:00Z'); // the end of Tuesday 20 February 2018

  it('an extension adds days of the rule’s kind to the last day', () => {
    expect(extendBy(due, 2, 'working', mn).lastDay).toBe('2018-02-22');
    expect(extendBy(due, 2, 'calendar', mn).lastDay).toBe('2018-02-22');
    expect(extendBy(at('2018-02-15T16:00:00Z'), 1, 'working', mn).lastDay).toBe('2018-02-19');
  });

  it('a pause stops the clock for the days waited, holidays not counted in working days', () => {
    // Paused on Thursday the 15th, resumed on Tuesday the 20th: Tsagaan Sar and the Sunday do
    // not count, Monday and Tuesday do.
    const paused = at('2018-02-15T02:00:00Z');
    const resumed = at('2018-02-20T02:00:00Z');
    expect(resumeAfterPause(due, paused, resumed, 'working', mn).lastDay).toBe('2018-02-22');
    expect(resumeAfterPause(due, paused, resumed, 'calendar', mn).lastDay).toBe('2018-02-25');
    // Resumed the day it paused: nothing waited.
    expect(resumeAfterPause(due, paused, at('2018-02-15T09:00:00Z'), 'working', mn).due).toEqual(due);
  });

  it('days left count the rule’s days, negative once the deadline has passed', () => {
    expect(daysLeft(due, at('2018-02-15T02:00:00Z'), 'working', mn)).toBe(2); // Monday and Tuesday
    expect(daysLeft(due, at('2018-02-15T02:00:00Z'), 'calendar', mn)).toBe(5);
    expect(daysLeft(due, at('2018-02-20T15:00:00Z'), 'working', mn)).toBe(0);
    expect(daysLeft(due, at('2018-02-20T16:00:01Z'), 'working', mn)).toBe(-1);
    expect(daysLeft(due, at('2018-02-26T02:00:00Z'), 'working', mn)).toBe(-4);
  });
});

describe('the Mongolian holiday table', () => {
  it('lists each year’s holidays with sources, in order, marking what is not confirmed', () => {
    const { holidays } = countryPackFor('mn').calendar;
    for (const [year, table] of Object.entries(holidays)) {
      expect(table.sources.length).toBeGreaterThan(0);
      expect(table.holidays.every((h) => h.date.startsWith(year))).toBe(true);
      expect(table.holidays.map((h) => h.date)).toEqual(table.holidays.map((h) => h.date).toSorted());
      if (!table.complete) expect(table.note).toBeTruthy();
    }
    expect(holidays[2018]?.holidays.filter((h) => h.name.en === 'Tsagaan Sar').map((h) => h.date)).toEqual([
      '2018-02-16',
      '2018-02-17',
      '2018-02-18',
    ]);
  });
});
