import type { HolidaySeed, HolidayYear } from '../pack.ts';

/**
 * Mongolia's public holidays (days off for everyone), per year. The fixed days are those of the
 * Law on Public Holidays and Commemoration Days (Нийтээр тэмдэглэх баярын болон тэмдэглэлт
 * өдрүүдийн тухай хууль) as the sources below list them: New Year (1 January), International
 * Women's Day (8 March), Mother and Child Day (1 June), Naadam (11–15 July) and Republic Day
 * (26 November, a day off since a parliamentary resolution of 18 November 2016). Two holidays
 * follow the lunar calendar and are listed per year only where a dated source gives them: the first
 * three days of Tsagaan Sar, and Chinggis Khaan's birthday (the first day of the first winter
 * month, a holiday since 2012).
 *
 * Not confirmed, and so left out of every year: whether 29 December (National Freedom and
 * Independence Day) is a day off — an encyclopaedia's table lists it, no dated announcement found
 * here does — and from which year Naadam's days off became five (a 2013 calendar lists 11–13 July).
 */

const LAW =
  'Law on Public Holidays and Commemoration Days, as listed in "Public holidays in Mongolia" (Wikipedia, 2019 table)';
const REPUBLIC_DAY =
  'Montsame, 10 October 2018: "November 8 and 26 to be public holidays" (26 November by parliamentary resolution of 18 November 2016)';

const named = (date: string, mn: string, en: string): HolidaySeed => ({ date, name: { mn, en } });

/** The fixed days off of a year (26 November from 2016). */
function fixed(year: number): HolidaySeed[] {
  return [
    named(`${year}-01-01`, 'Шинэ жил', 'New Year'),
    named(`${year}-03-08`, 'Олон улсын эмэгтэйчүүдийн баяр', 'International Women’s Day'),
    named(`${year}-06-01`, 'Эх үрсийн баяр', 'Mother and Child Day'),
    ...[11, 12, 13, 14, 15].map((d) => named(`${year}-07-${d}`, 'Үндэсний их баяр наадам', 'Naadam')),
    ...(year >= 2016 ? [named(`${year}-11-26`, 'Улс тунхагласны өдөр', 'Republic Day')] : []),
  ];
}

/** Tsagaan Sar's three days from its first. */
function tsagaanSar(first: string): HolidaySeed[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return [0, 1, 2].map((i) =>
    named(new Date(start + i * 86_400_000).toISOString().slice(0, 10), 'Цагаан сар', 'Tsagaan Sar'),
  );
}

const chinggis = (date: string) => named(date, 'Их Эзэн Чингис хааны өдөр', 'Chinggis Khaan’s birthday');

/** A year: its fixed days, the lunar days given, in date order. */
function year(
  y: number,
  lunar: { tsagaanSar?: string; chinggis?: string },
  sources: readonly string[],
  note?: string,
): HolidayYear {
  const holidays = [
    ...fixed(y),
    ...(lunar.tsagaanSar ? tsagaanSar(lunar.tsagaanSar) : []),
    ...(lunar.chinggis ? [chinggis(lunar.chinggis)] : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    holidays,
    sources: [LAW, ...(y >= 2016 ? [REPUBLIC_DAY] : []), ...sources],
    complete: Boolean(lunar.tsagaanSar && lunar.chinggis) && !note,
    ...(note ? { note } : {}),
  };
}

const PRELIMINARY =
  'a commercial holiday calendar that marks its dates as preliminary; not confirmed by a government source';

export const holidays: Readonly<Record<number, HolidayYear>> = {
  2016: year(
    2016,
    { tsagaanSar: '2016-02-09', chinggis: '2016-10-31' },
    [
      'news.mn, 1 February 2016: the Ministry of Labour on Tsagaan Sar, 9–11 February (the eve, 8 February, a working day)',
      'Montsame via qppstudio, 29 October 2016: Chinggis Khaan’s birthday on Monday 31 October',
    ],
    'Whether 26 November 2016 was already a day off (the resolution came on 18 November) is not confirmed; it is counted as one.',
  ),
  2018: year(2018, { tsagaanSar: '2018-02-16', chinggis: '2018-11-08' }, [
    'GoGo Mongolia, 17 November 2017: Tsagaan Sar days off 16–18 February 2018',
    REPUBLIC_DAY,
  ]),
  2019: year(
    2019,
    { chinggis: '2019-11-27' },
    [
      'GoGo Mongolia, 19 November 2019: 26 and 27 November days off (Republic Day, Chinggis Khaan’s birthday)',
    ],
    'Tsagaan Sar 2019 is not confirmed by a dated source and is left out.',
  ),
  2021: year(
    2021,
    { tsagaanSar: '2021-02-12', chinggis: '2021-11-05' },
    [
      `Tsagaan Sar: ${PRELIMINARY}`,
      'zindaa.mn, November 2021: days off on 5 November (Chinggis Khaan) and 26 November',
    ],
    'Tsagaan Sar 2021 comes from a preliminary calendar.',
  ),
  2024: year(
    2024,
    { tsagaanSar: '2024-02-10' },
    [`Tsagaan Sar: ${PRELIMINARY}`],
    'Chinggis Khaan’s birthday of 2024 is not confirmed and is left out; Tsagaan Sar comes from a preliminary calendar.',
  ),
  2025: year(
    2025,
    { tsagaanSar: '2025-03-01' },
    [`Tsagaan Sar: ${PRELIMINARY}`],
    'Chinggis Khaan’s birthday of 2025 is not confirmed and is left out; Tsagaan Sar comes from a preliminary calendar.',
  ),
  2026: year(
    2026,
    { tsagaanSar: '2026-02-20' },
    [`Tsagaan Sar: ${PRELIMINARY}`],
    'Chinggis Khaan’s birthday of 2026 is not confirmed and is left out; Tsagaan Sar comes from a preliminary calendar.',
  ),
};
