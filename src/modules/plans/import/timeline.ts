/**
 * Timelines as action plans write them: `2014`, `2014 July`, `July 2014`, `2014-2015`,
 * `2013 August 2013 September`, `2014.07.15`, `2014 оны 7 сар`, `2014 Q3`. Each becomes the
 * period it names, from its first day to its last. Pure; anything else is not a date.
 */

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`: the due date. */
  end: string;
}

export type TimelineResult = { ok: true; period: Period } | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Mongolian months are numbered: "нэгдүгээр сар" is January … "арван хоёрдугаар сар" December.
const MN_ORDINALS: [string, number][] = [
  ['арван хоёрдугаар', 12],
  ['арван нэгдүгээр', 11],
  ['аравдугаар', 10],
  ['есдүгээр', 9],
  ['наймдугаар', 8],
  ['долдугаар', 7],
  ['зургадугаар', 6],
  ['тавдугаар', 5],
  ['дөрөвдүгээр', 4],
  ['гуравдугаар', 3],
  ['хоёрдугаар', 2],
  ['нэгдүгээр', 1],
];
const QUARTERS: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, i: 1, ii: 2, iii: 3, iv: 4 };

/** Years a plan of this platform's kind can be about; outside them a number is not a year. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function yearOf(text: string): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** One point in time at the start of `text`: its period and how much text it used, or why not. */
function readPoint(text: string): { period: Period; used: number } | { reason: string } | null {
  let m: RegExpExecArray | null;
  // 2014-07-15, 2014.07.15, 2014/07/15
  m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/.exec(text);
  if (m) {
    const [y, mo, d] = [yearOf(m[1]!), Number(m[2]), Number(m[3])];
    if (y === null) return { reason: `${m[1]} is not a year` };
    if (mo < 1 || mo > 12) return { reason: `${m[2]} is not a month` };
    if (d < 1 || d > lastDay(y, mo)) return { reason: `${m[0]} is not a day of the calendar` };
    return { period: { start: iso(y, mo, d), end: iso(y, mo, d) }, used: m[0].length };
  }
  // 2014.07, 2014/07 (a hyphen here would be a range of years)
  m = /^(\d{4})[./](\d{1,2})(?![\d./])/.exec(text);
  if (m) {
    const y = yearOf(m[1]!);
    const mo = Number(m[2]);
    if (y === null) return { reason: `${m[1]} is not a year` };
    if (mo < 1 || mo > 12) return { reason: `${m[2]} is not a month` };
    return { period: { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) }, used: m[0].length };
  }
  // Q3 2014, III улирал 2014 are read below after the year; "Q3 2014" first.
  m = /^q([1-4])\s+(\d{4})(?!\d)/i.exec(text);
  if (m) {
    const y = yearOf(m[2]!);
    if (y === null) return { reason: `${m[2]} is not a year` };
    return { period: quarter(y, Number(m[1])), used: m[0].length };
  }
  // July 2014
  m = /^([a-z]+)\.?\s+(\d{4})(?!\d)/i.exec(text);
  if (m && MONTHS[m[1]!.toLowerCase()]) {
    const y = yearOf(m[2]!);
    if (y === null) return { reason: `${m[2]} is not a year` };
    return { period: month(y, MONTHS[m[1]!.toLowerCase()]!), used: m[0].length };
  }
  m = /^(\d{4})(?!\d)(\s*(?:оны|он)(?![\p{L}]))?/iu.exec(text);
  if (!m) return null;
  const y = yearOf(m[1]!);
  if (y === null) return { reason: `${m[1]} is not a year` };
  let used = m[0].length;
  const rest = text.slice(used);
  // 2014 July, 2014 Jul.
  let n = /^\s+([a-z]+)\.?(?![\p{L}])/iu.exec(rest);
  if (n && MONTHS[n[1]!.toLowerCase()])
    return { period: month(y, MONTHS[n[1]!.toLowerCase()]!), used: used + n[0].length };
  // 2014 оны 7 сар, 2014 оны 7-р сар, 2014 оны 7 дугаар сар
  n = /^\s+(\d{1,2})\s*(?:-?\s*(?:р|ын|ийн|дугаар|дүгээр))?\s*сар(?:ын|д)?(?![\p{L}])/iu.exec(rest);
  if (n) {
    const mo = Number(n[1]);
    if (mo < 1 || mo > 12) return { reason: `${n[1]} is not a month` };
    return { period: month(y, mo), used: used + n[0].length };
  }
  const lower = rest.toLowerCase();
  for (const [word, mo] of MN_ORDINALS) {
    const w = new RegExp(`^\\s+${word}\\s+сар(?:ын|д)?(?![\\p{L}])`, 'u').exec(lower);
    if (w) return { period: month(y, mo), used: used + w[0].length };
  }
  // 2014 Q3, 2014 III улирал, 2014 оны 3-р улирал
  n =
    /^\s+(?:q([1-4])(?![\p{L}\d])|(iv|iii|ii|i|[1-4])\s*(?:-?\s*(?:р|дугаар|дүгээр))?\s*улирал(?:ын|д)?(?![\p{L}]))/iu.exec(
      rest,
    );
  if (n) {
    const q = QUARTERS[(n[1] ?? n[2]!).toLowerCase()]!;
    return { period: quarter(y, q), used: used + n[0].length };
  }
  used = m[1]!.length + (m[2]?.length ?? 0);
  return { period: { start: iso(y, 1, 1), end: iso(y, 12, 31) }, used };
}

const month = (y: number, mo: number): Period => ({ start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) });
const quarter = (y: number, q: number): Period => ({
  start: iso(y, q * 3 - 2, 1),
  end: iso(y, q * 3, lastDay(y, q * 3)),
});

/** Separators between the two ends of a range. */
const RANGE_GAP = /^\s*(?:[-–—]|to|until|through|хүртэл|-аас|–аас)?\s*/iu;

/**
 * The period a timeline cell names: one point (`2014 July`) or two (`2013 June 2013 August`,
 * `2014-2015`), from the first day of the first to the last day of the last.
 */
export function parseTimeline(raw: string): TimelineResult {
  const text = raw.replace(/^[\s/(]+|[\s/).;,]+$/g, '').replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'the timeline is empty' };
  const points: Period[] = [];
  let rest = text;
  while (rest.length > 0) {
    if (points.length > 0) {
      const gap = RANGE_GAP.exec(rest)!;
      rest = rest.slice(gap[0].length);
      if (!rest) return { ok: false, reason: `"${raw.trim()}" ends with a dash and no second date` };
    }
    const point = readPoint(rest);
    if (point === null) return { ok: false, reason: `"${raw.trim()}" is not a date or a period` };
    if ('reason' in point) return { ok: false, reason: `"${raw.trim()}": ${point.reason}` };
    points.push(point.period);
    rest = rest.slice(point.used);
    if (points.length > 2) return { ok: false, reason: `"${raw.trim()}" names more than a start and an end` };
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (last.end < first.start) return { ok: false, reason: `"${raw.trim()}" ends before it starts` };
  return { ok: true, period: { start: first.start, end: last.end } };
}
