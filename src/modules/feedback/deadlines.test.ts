import { describe, expect, test } from 'vitest';
import { daysLeft, deadlineAfter, extendDeadline, localDate } from './deadlines.ts';

const UB = 'Asia/Ulaanbaatar';

describe('statutory periods in Ulaanbaatar time', () => {
  test('the day of receipt is not counted and the hour does not matter', () => {
    // 23:59 and 00:01 local on the same day give the same deadline; a minute later is the next day.
    const early = deadlineAfter(new Date('2026-03-01T16:01:00Z'), 30, UB); // 00:01 on 2 March
    const late = deadlineAfter(new Date('2026-03-02T15:59:00Z'), 30, UB); // 23:59 on 2 March
    expect(early.toISOString()).toBe('2026-04-01T16:00:00.000Z');
    expect(late).toEqual(early);
    expect(deadlineAfter(new Date('2026-03-02T16:00:00Z'), 30, UB).toISOString()).toBe(
      '2026-04-02T16:00:00.000Z',
    );
  });

  test('across a month end and a leap day', () => {
    expect(deadlineAfter(new Date('2028-02-01T04:00:00Z'), 30, UB).toISOString()).toBe(
      '2028-03-02T16:00:00.000Z',
    );
    expect(localDate(new Date('2028-02-29T15:59:59Z'), UB)).toBe('2028-02-29');
  });

  test('an extension adds whole days to the last day', () => {
    const deadline = new Date('2026-04-01T16:00:00Z');
    expect(extendDeadline(deadline, 30, UB).toISOString()).toBe('2026-05-01T16:00:00.000Z');
  });

  test('days left count calendar days, negative once overdue', () => {
    const deadline = new Date('2026-04-01T16:00:00Z');
    expect(daysLeft(deadline, new Date('2026-03-31T01:00:00Z'), UB)).toBe(1);
    expect(daysLeft(deadline, new Date('2026-04-01T15:00:00Z'), UB)).toBe(0);
    expect(daysLeft(deadline, new Date('2026-04-01T16:00:01Z'), UB)).toBe(-1);
    expect(daysLeft(deadline, new Date('2026-04-05T01:00:00Z'), UB)).toBe(-4);
  });

  test('a zone with daylight saving keeps local midnight', () => {
    const d = deadlineAfter(new Date('2026-03-20T12:00:00Z'), 10, 'Europe/Berlin');
    // 30 March 2026 is after the change to summer time (UTC+2): midnight local is 22:00 UTC.
    expect(d.toISOString()).toBe('2026-03-30T22:00:00.000Z');
  });
});
