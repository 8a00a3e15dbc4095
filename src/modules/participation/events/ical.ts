import { createHash } from 'node:crypto';
import ical, {
  ICalCalendarMethod,
  ICalEventClass,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';

/**
 * The participation events' calendar as an iCalendar feed (RFC 5545), for a calendar application
 * to subscribe to: public hearings, open meetings and e-conferences, one `VEVENT` each.
 *
 * What the feed holds, and why no more: only what the event's public page already shows — its
 * title, description, time, place or public join link, page, status and the organising
 * organisation with the organisation's public contact address. A feed is copied into every
 * subscriber's calendar and cannot be taken back, so it never holds attendee data: registrations
 * are personal data, and no `ATTENDEE`, no registrant count, no person's name or address ever goes
 * in. The caller passes only events that are public (a draft event is not in the list).
 *
 * Choices:
 * - Times are written in UTC (`DTSTART:20260315T020000Z`), which every client reads and shows in
 *   its user's own zone. ical-generator writes a `VTIMEZONE` only with a further package (a zone
 *   database generator); without one it would write `TZID=` references to a zone the file does not
 *   define, which RFC 5545 forbids. The country's zone goes only in `X-WR-TIMEZONE`, the hint
 *   clients use for the calendar's default zone.
 * - A change keeps the `UID` and raises `SEQUENCE`, so a client replaces the event it holds; a
 *   cancelled event stays in the feed with `STATUS:CANCELLED` (a client then strikes it out or
 *   drops it), a moved one is `CONFIRMED` at its new time with a higher sequence.
 * - `TRANSP:TRANSPARENT`: subscribing to the public calendar does not make anyone busy.
 * - No `VALARM`: the reminders of the country pack's `participation.events.reminderMinutesBefore`
 *   are the platform's messages to those registered; an alarm in a feed would ring for every
 *   subscriber, at every event.
 * - `LOCATION` is the place, or the join link when the event is only online; the join link also
 *   ends the description, where every client shows it (RFC 7986 `CONFERENCE` is not written by
 *   the library, and few clients read it).
 *
 * Line folding at 75 octets without splitting a UTF-8 character, text escaping and CRLF line ends
 * are ical-generator's, checked in `ical.test.ts`; the calendar's name, which the library writes
 * without escaping, is escaped here.
 */

export const EVENT_KINDS = ['hearing', 'open-meeting', 'e-conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'moved'] as const;
/** `moved`: its time or place changed after it was announced (start, end and place are the new ones). */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** An event as the module stores it, its texts in the language of the feed being written. */
export interface CalendarEvent {
  /** Stable id, the same through every change: the feed's `UID` is `<id>@<host>`. */
  id: string;
  kind: EventKind;
  title: string;
  /** Plain text, may hold line breaks; empty when there is none. */
  description: string;
  start: Date;
  /** After `start`. */
  end: Date;
  /** The address where it is held; at least one of `place` and `onlineUrl`. */
  place?: string;
  /** The public link to join online (never a link made for one person). */
  onlineUrl?: string;
  /** The event's public page. */
  pageUrl: string;
  status: EventStatus;
  /** 0 when first published, one more at each change. */
  sequence: number;
  lastModified: Date;
  /** The organising organisation and its public contact e-mail address (never a person's). */
  organiser: { name: string; email: string };
}

export interface CalendarOptions {
  /** The calendar's name, in the feed's language. */
  name: string;
  /** The feed's own address. */
  url: string;
  /** The country's IANA zone (`Asia/Ulaanbaatar`), a display hint only: times are in UTC. */
  timeZone: string;
  /** When the feed is written: every event's `DTSTAMP`. */
  now: Date;
  /** The platform's host name, the right-hand side of every `UID`. */
  host: string;
  /** The kinds' names in the feed's language, written as each event's `CATEGORIES`; none when absent. */
  kindNames?: Readonly<Record<EventKind, string>>;
}

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  moved: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const ID = /^[\x21-\x7e]+$/;
const EMAIL = /^[^\s@<>",;:\\]+@[^\s@<>",;:\\]+\.[^\s@<>",;:\\]+$/;

/** The whole feed, CRLF line ends, for `text/calendar; charset=utf-8`. Throws on bad input, naming the field. */
export function eventsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  checkOptions(options);
  const calendar = ical({
    prodId: { company: 'Shilen', product: 'Participation events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // The library writes NAME and X-WR-CALNAME unescaped: a comma or a line break would break them.
    name: escapeText(options.name),
    url: httpUrl(options.url, 'options.url'),
    x: { 'X-WR-TIMEZONE': options.timeZone },
  });
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const at = `events[${index}]${typeof event?.id === 'string' ? ` (id "${event.id}")` : ''}`;
    checkEvent(event, at);
    if (seen.has(event.id)) throw new Error(`${at}: id is repeated; each event's id must be unique`);
    seen.add(event.id);
    const joinUrl = event.onlineUrl === undefined ? undefined : httpUrl(event.onlineUrl, `${at}.onlineUrl`);
    const description = [event.description.trim(), joinUrl].filter(Boolean).join('\n\n');
    const kindName = options.kindNames?.[event.kind];
    calendar.createEvent({
      id: `${event.id}@${options.host}`,
      sequence: event.sequence,
      stamp: options.now,
      start: event.start,
      end: event.end,
      summary: event.title,
      description: description || null,
      location: event.place?.trim() || joinUrl || null,
      url: httpUrl(event.pageUrl, `${at}.pageUrl`),
      status: STATUS[event.status],
      lastModified: event.lastModified,
      organizer: { name: event.organiser.name, email: event.organiser.email },
      categories: kindName ? [{ name: kindName }] : [],
      class: ICalEventClass.PUBLIC,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  });
  return `${calendar.toString()}\r\n`;
}

/**
 * A weak ETag for the feed (`W/"…"`): it changes when an event is added, removed or changed
 * (its id, sequence or last-modified time) or when the options the body depends on change. Weak,
 * because each body differs in `DTSTAMP`; `If-None-Match` compares ETags weakly, so a client
 * revalidates with a 304 without the feed being written.
 */
export function feedEtag(events: readonly CalendarEvent[], options: Omit<CalendarOptions, 'now'>): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([options.name, options.url, options.timeZone, options.host, options.kindNames ?? null]),
  );
  for (const event of events)
    hash.update(`\n${event.id}\t${event.sequence}\t${event.lastModified.getTime()}`);
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

/** RFC 5545 TEXT escaping (3.3.11), for the one value the library leaves unescaped. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A page or join link as an absolute http(s) URL. `,` `;` are percent-encoded: the library escapes
 * a URI value as if it were text (`\,`), which a reader would keep as part of the address.
 */
function httpUrl(value: unknown, field: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`${field}: not an absolute URL`);
  }
  if (typeof value !== 'string' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`${field}: must be an http or https URL`);
  }
  return url.href.replace(/,/g, '%2C').replace(/;/g, '%3B');
}

function checkOptions(options: CalendarOptions): void {
  if (typeof options?.name !== 'string' || !options.name.trim()) throw new Error('options.name: empty');
  if (typeof options.host !== 'string' || !HOST.test(options.host)) {
    throw new Error(`options.host: not a host name: "${options.host}"`);
  }
  if (!validDate(options.now)) throw new Error('options.now: not a valid Date');
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timeZone });
  } catch {
    throw new Error(`options.timeZone: not an IANA time zone: "${options.timeZone}"`);
  }
}

function checkEvent(event: CalendarEvent, at: string): void {
  if (typeof event !== 'object' || event === null) throw new Error(`${at}: not an event`);
  if (typeof event.id !== 'string' || !ID.test(event.id)) {
    throw new Error(`${at}.id: must be printable ASCII without spaces`);
  }
  if (!EVENT_KINDS.includes(event.kind)) throw new Error(`${at}.kind: one of ${EVENT_KINDS.join(', ')}`);
  if (!EVENT_STATUSES.includes(event.status)) {
    throw new Error(`${at}.status: one of ${EVENT_STATUSES.join(', ')}`);
  }
  if (typeof event.title !== 'string' || !event.title.trim()) throw new Error(`${at}.title: empty`);
  if (typeof event.description !== 'string') throw new Error(`${at}.description: not text`);
  for (const field of ['start', 'end', 'lastModified'] as const) {
    if (!validDate(event[field])) throw new Error(`${at}.${field}: not a valid Date`);
  }
  if (event.end.getTime() <= event.start.getTime()) throw new Error(`${at}.end: must be after start`);
  if (event.place !== undefined && (typeof event.place !== 'string' || !event.place.trim())) {
    throw new Error(`${at}.place: empty (leave it out when the event is only online)`);
  }
  if (event.place === undefined && event.onlineUrl === undefined) {
    throw new Error(`${at}: needs a place, an onlineUrl or both`);
  }
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) {
    throw new Error(`${at}.sequence: must be a whole number from 0`);
  }
  if (typeof event.organiser?.name !== 'string' || !event.organiser.name.trim()) {
    throw new Error(`${at}.organiser.name: empty`);
  }
  if (typeof event.organiser.email !== 'string' || !EMAIL.test(event.organiser.email)) {
    throw new Error(`${at}.organiser.email: not an e-mail address`);
  }
}

function validDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
