import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from './timeline.ts';

const ok = (text: string) => {
  const r = parseTimeline(text);
  if (!r.ok) throw new Error(r.reason);
  return [r.period.start, r.period.end];
};

describe('timelines as plans write them', () => {
  it.each([
    ['2014 July', '2014-07-01', '2014-07-31'],
    ['2014 September', '2014-09-01', '2014-09-30'],
    ['2014-2015', '2014-01-01', '2015-12-31'],
    ['2014- 2015', '2014-01-01', '2015-12-31'],
    ['2014', '2014-01-01', '2014-12-31'],
    ['2013 June 2013 August', '2013-06-01', '2013-08-31'],
    ['2013 August 2013 September', '2013-08-01', '2013-09-30'],
    ['2013 November 2013 December', '2013-11-01', '2013-12-31'],
    ['/2014-2015/', '2014-01-01', '2015-12-31'],
    ['July 2014 – December 2015', '2014-07-01', '2015-12-31'],
    ['2016 Feb', '2016-02-01', '2016-02-29'],
    ['2014.07.15', '2014-07-15', '2014-07-15'],
    ['2014-07-01 to 2014-09-30', '2014-07-01', '2014-09-30'],
    ['2014.07', '2014-07-01', '2014-07-31'],
    ['2014 Q3', '2014-07-01', '2014-09-30'],
    ['Q4 2015', '2015-10-01', '2015-12-31'],
    ['2014 оны 7 сар', '2014-07-01', '2014-07-31'],
    ['2014 оны 7-р сар', '2014-07-01', '2014-07-31'],
    ['2014 оны долдугаар сар', '2014-07-01', '2014-07-31'],
    ['2015 оны III улирал', '2015-07-01', '2015-09-30'],
    ['2014 он', '2014-01-01', '2014-12-31'],
  ])('%s', (text, start, end) => {
    expect(ok(text)).toEqual([start, end]);
  });

  it.each([
    ['2014 Julember', 'is not a date or a period'],
    ['soon', 'is not a date or a period'],
    ['2014-13-01', '13 is not a month'],
    ['2015-02-29', 'is not a day of the calendar'],
    ['2015-2014', 'ends before it starts'],
    ['1850', '1850 is not a year'],
    ['2014 2015 2016', 'more than a start and an end'],
    ['2014 -', 'ends with a dash and no second date'],
    ['', 'empty'],
  ])('refuses %s', (text, reason) => {
    const r = parseTimeline(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('never throws, and every period it gives starts no later than it ends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const r = parseTimeline(text);
        if (r.ok) expect(r.period.start <= r.period.end).toBe(true);
      }),
    );
  });
});
