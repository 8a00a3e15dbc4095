import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, type CalendarOptions, eventsCalendar, feedEtag } from './ical.ts';

/**
 * The feed read back by an independent parser (Mozilla's ical.js), and its bytes checked by hand:
 * CRLF line ends, lines of at most 75 octets folded between UTF-8 characters, text escaping.
 */

// RFC 7986 gives the calendar's NAME the TEXT type (and clients treat X-WR-CALNAME so); ical.js
// does not know either property, so it would return them still escaped.
const properties = ICAL.design.icalendar.property as Record<string, unknown>;
properties.name = { defaultType: 'text' };
properties['x-wr-calname'] = { defaultType: 'text' };

const options: CalendarOptions = {
  name: 'Шилэн: сонсгол, нээлттэй хуралдаан',
  url: 'https://shilen.mn/participation/events.ics',
  timeZone: 'Asia/Ulaanbaatar',
  now: new Date('2026-03-02T09:30:00Z'),
  host: 'shilen.mn',
};

const ministry = { name: 'Хууль зүй, дотоод хэргийн яам', email: 'info@mojha.gov.mn' };

/** A hearing on 15 March 2026 from 10:00 to 12:30 Ulaanbaatar time (UTC+8): 02:00–04:30 UTC. */
const hearing: CalendarEvent = {
  id: 'ev-0001',
  kind: 'hearing',
  title: 'Мэдээллийн ил тод байдлын тухай хуулийн төслийн олон нийтийн сонсгол',
  description: 'Төслийн 4, 7-р зүйлийг хэлэлцэнэ.\nБүртгүүлсэн иргэд үг хэлнэ; бусад нь сонсоно.',
  start: new Date('2026-03-15T10:00:00+08:00'),
  end: new Date('2026-03-15T12:30:00+08:00'),
  place: 'Төрийн ордон, 3 давхар; Их танхим',
  pageUrl: 'https://shilen.mn/participation/events/ev-0001',
  status: 'scheduled',
  sequence: 0,
  lastModified: new Date('2026-03-01T04:00:00Z'),
  organiser: ministry,
};

/** An e-conference only online, moved once to 20 March 2026, 14:00–15:00 local (06:00–07:00 UTC). */
const conference: CalendarEvent = {
  id: 'ev-0002',
  kind: 'e-conference',
  title: 'Цахим хурал: төсвийн тодотгол',
  description: '',
  start: new Date('2026-03-20T14:00:00+08:00'),
  end: new Date('2026-03-20T15:00:00+08:00'),
  onlineUrl: 'https://meet.example.mn/budget-2026',
  pageUrl: 'https://shilen.mn/participation/events/ev-0002',
  status: 'moved',
  sequence: 1,
  lastModified: new Date('2026-03-02T01:00:00Z'),
  organiser: { name: 'Сангийн яам', email: 'contact@mof.gov.mn' },
};

/** An open meeting held in a hall and streamed, cancelled (sequence 3). 1 April 2026, 09:00–11:00 local. */
const meeting: CalendarEvent = {
  id: 'ev-0003',
  kind: 'open-meeting',
  title: 'Open meeting of the city council, "budget" session',
  description: 'Agenda: 1) budget; 2) roads, bridges\\tunnels',
  start: new Date('2026-04-01T09:00:00+08:00'),
  end: new Date('2026-04-01T11:00:00+08:00'),
  place: 'City Hall, room 301',
  onlineUrl: 'https://stream.example.mn/live?room=301',
  pageUrl: 'https://shilen.mn/participation/events/ev-0003',
  status: 'cancelled',
  sequence: 3,
  lastModified: new Date('2026-03-28T00:00:00Z'),
  organiser: { name: 'Нийслэлийн Засаг даргын Тамгын газар', email: 'info@ub.gov.mn' },
};

function parse(feed: string) {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function read(vevent: ICAL.Component) {
  const value = (name: string) => vevent.getFirstPropertyValue(name);
  const time = (name: string) => (value(name) as ICAL.Time).toJSDate().toISOString();
  const organizer = vevent.getFirstProperty('organizer');
  return {
    uid: value('uid'),
    summary: value('summary'),
    description: value('description'),
    start: time('dtstart'),
    end: time('dtend'),
    location: value('location'),
    url: value('url'),
    status: value('status'),
    sequence: value('sequence'),
    lastModified: time('last-modified'),
    stamp: time('dtstamp'),
    organizer: [organizer?.getParameter('cn'), organizer?.getFirstValue()],
  };
}

/** The physical lines of a feed, which must all end in CRLF. */
function lines(feed: string): string[] {
  expect(feed.endsWith('\r\n')).toBe(true);
  expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return feed.slice(0, -2).split('\r\n');
}

/** The content lines after unfolding (RFC 5545 3.1: a CRLF followed by one space or tab is removed). */
const unfold = (feed: string) => feed.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('eventsCalendar', () => {
  const feed = eventsCalendar([hearing, conference, meeting], options);

  it('holds every event, read back by ical.js with its UID, times, place, page, status and sequence', () => {
    const { calendar, events } = parse(feed);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ulaanbaatar');
    expect(events.map(read)).toEqual([
      {
        uid: 'ev-0001@shilen.mn',
        summary: 'Мэдээллийн ил тод байдлын тухай хуулийн төслийн олон нийтийн сонсгол',
        description: 'Төслийн 4, 7-р зүйлийг хэлэлцэнэ.\nБүртгүүлсэн иргэд үг хэлнэ; бусад нь сонсоно.',
        start: '2026-03-15T02:00:00.000Z',
        end: '2026-03-15T04:30:00.000Z',
        location: 'Төрийн ордон, 3 давхар; Их танхим',
        url: 'https://shilen.mn/participation/events/ev-0001',
        status: 'CONFIRMED',
        sequence: 0,
        lastModified: '2026-03-01T04:00:00.000Z',
        stamp: '2026-03-02T09:30:00.000Z',
        organizer: ['Хууль зүй, дотоод хэргийн яам', 'mailto:info@mojha.gov.mn'],
      },
      {
        uid: 'ev-0002@shilen.mn',
        summary: 'Цахим хурал: төсвийн тодотгол',
        description: 'https://meet.example.mn/budget-2026',
        start: '2026-03-20T06:00:00.000Z',
        end: '2026-03-20T07:00:00.000Z',
        location: 'https://meet.example.mn/budget-2026',
        url: 'https://shilen.mn/participation/events/ev-0002',
        status: 'CONFIRMED',
        sequence: 1,
        lastModified: '2026-03-02T01:00:00.000Z',
        stamp: '2026-03-02T09:30:00.000Z',
        organizer: ['Сангийн яам', 'mailto:contact@mof.gov.mn'],
      },
      {
        uid: 'ev-0003@shilen.mn',
        summary: 'Open meeting of the city council, "budget" session',
        description:
          'Agenda: 1) budget; 2) roads, bridges\\tunnels\n\nhttps://stream.example.mn/live?room=301',
        start: '2026-04-01T01:00:00.000Z',
        end: '2026-04-01T03:00:00.000Z',
        location: 'City Hall, room 301',
        url: 'https://shilen.mn/participation/events/ev-0003',
        status: 'CANCELLED',
        sequence: 3,
        lastModified: '2026-03-28T00:00:00.000Z',
        stamp: '2026-03-02T09:30:00.000Z',
        organizer: ['Нийслэлийн Засаг даргын Тамгын газар', 'mailto:info@ub.gov.mn'],
      },
    ]);
  });

  it('writes times in UTC, with no TZID and so no VTIMEZONE needed', () => {
    const content = unfold(feed);
    expect(content).toContain('DTSTART:20260315T020000Z');
    expect(content).toContain('DTEND:20260315T043000Z');
    expect(content).toContain('DTSTART:20260401T010000Z');
    expect(feed).not.toContain('TZID');
    expect(feed).not.toContain('VTIMEZONE');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    for (const line of lines(feed)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds a Mongolian title of more than 75 octets between letters, and unfolds it to the same text', () => {
    const title = `${hearing.title} (${'Ө'.repeat(40)}), 2026 оны 3-р сарын 15`;
    const text = eventsCalendar([{ ...hearing, title }], options);
    const summary = lines(text).findIndex((line) => line.startsWith('SUMMARY:'));
    const physical = lines(text).slice(summary);
    expect(Buffer.byteLength(`SUMMARY:${title}`, 'utf8')).toBeGreaterThan(150);
    // Three lines or more, each continuation starting with one space, none past 75 octets.
    expect(physical[1]!.startsWith(' ')).toBe(true);
    expect(physical[2]!.startsWith(' ')).toBe(true);
    for (const line of physical.slice(0, 3)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // No letter cut in two: each physical line is valid UTF-8 on its own.
    for (const line of physical.slice(0, 3)) {
      const bytes = Buffer.from(line, 'utf8');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
    }
    expect(unfold(text)).toContain(`SUMMARY:${title.replace(/,/g, '\\,')}`);
    expect(parse(text).events[0]!.getFirstPropertyValue('summary')).toBe(title);
  });

  it('folds four-byte characters whole', () => {
    const title = `Сонсгол ${'𝐀'.repeat(30)}`;
    const text = eventsCalendar([{ ...hearing, title }], options);
    for (const line of lines(text)) {
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    expect(parse(text).events[0]!.getFirstPropertyValue('summary')).toBe(title);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and they come back', () => {
    const content = unfold(feed);
    expect(content).toContain('LOCATION:Төрийн ордон\\, 3 давхар\\; Их танхим');
    expect(content).toContain(
      'DESCRIPTION:Agenda: 1) budget\\; 2) roads\\, bridges\\\\tunnels\\n\\nhttps://stream.example.mn/live?room=301',
    );
    const text = 'Нэг, хоёр; гурав\\дөрөв\r\nтав\nзургаа\rдолоо';
    const round = eventsCalendar([{ ...hearing, title: text, description: text }], options);
    const event = read(parse(round).events[0]!);
    expect(event.summary).toBe('Нэг, хоёр; гурав\\дөрөв\nтав\nзургаа\nдолоо');
    expect(event.description).toBe('Нэг, хоёр; гурав\\дөрөв\nтав\nзургаа\nдолоо');
  });

  it("escapes the calendar's name, which the library leaves alone", () => {
    const name = 'Шилэн; арга хэмжээ, 2026\nUB';
    const { calendar } = parse(eventsCalendar([], { ...options, name }));
    expect(calendar.getFirstPropertyValue('name')).toBe(name);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(name);
  });

  it('keeps a comma or semicolon of a URL as part of it (percent-encoded)', () => {
    const event = {
      ...hearing,
      pageUrl: 'https://shilen.mn/e/a,b;c',
      onlineUrl: 'https://meet.example.mn/x,y',
    };
    const read0 = read(parse(eventsCalendar([event], options)).events[0]!);
    expect(read0.url).toBe('https://shilen.mn/e/a%2Cb%3Bc');
    expect(read0.description).toMatch(/\n\nhttps:\/\/meet\.example\.mn\/x%2Cy$/);
  });

  it('writes categories from the kinds names given, and none without them', () => {
    const kindNames = {
      hearing: 'Сонсгол',
      'open-meeting': 'Нээлттэй хуралдаан',
      'e-conference': 'Цахим хурал',
    };
    const { events } = parse(eventsCalendar([hearing, meeting], { ...options, kindNames }));
    expect(events.map((e) => e.getFirstPropertyValue('categories'))).toEqual([
      'Сонсгол',
      'Нээлттэй хуралдаан',
    ]);
    expect(feed).not.toContain('CATEGORIES');
  });

  it('holds nothing about attendees and rings no alarm; events are public and leave the reader free', () => {
    expect(feed).not.toMatch(/ATTENDEE|VALARM/);
    expect(
      parse(feed).events.map((e) => [e.getFirstPropertyValue('class'), e.getFirstPropertyValue('transp')]),
    ).toEqual([
      ['PUBLIC', 'TRANSPARENT'],
      ['PUBLIC', 'TRANSPARENT'],
      ['PUBLIC', 'TRANSPARENT'],
    ]);
  });

  it('gives a valid empty calendar for no events', () => {
    const empty = eventsCalendar([], options);
    const { calendar, events } = parse(empty);
    expect(events).toEqual([]);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Shilen//Participation events//EN');
    expect(lines(empty)[0]).toBe('BEGIN:VCALENDAR');
    expect(lines(empty).at(-1)).toBe('END:VCALENDAR');
  });

  it('holds all of 500 events', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...hearing,
      id: `ev-${i}`,
      title: `Сонсгол №${i}`,
      start: new Date(Date.UTC(2026, 4, 1, 2) + i * 3_600_000),
      end: new Date(Date.UTC(2026, 4, 1, 3) + i * 3_600_000),
    }));
    const { events } = parse(eventsCalendar(many, options));
    expect(events).toHaveLength(500);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      many.map((_, i) => `ev-${i}@shilen.mn`),
    );
    // The last: 499 hours after 1 May 2026 02:00 UTC is 21 May 2026 21:00 UTC.
    expect(read(events[499]!).start).toBe('2026-05-21T21:00:00.000Z');
    expect(read(events[499]!).summary).toBe('Сонсгол №499');
  });

  it('refuses bad input with a message naming the field', () => {
    const write =
      (event: Partial<CalendarEvent>, more: Partial<CalendarOptions> = {}) =>
      () =>
        eventsCalendar([hearing, { ...hearing, id: 'ev-9', ...event } as CalendarEvent], {
          ...options,
          ...more,
        });
    expect(write({ end: hearing.start })).toThrow('events[1] (id "ev-9").end: must be after start');
    expect(write({ start: new Date('nope') })).toThrow('events[1] (id "ev-9").start: not a valid Date');
    expect(write({ place: undefined })).toThrow('events[1] (id "ev-9"): needs a place, an onlineUrl or both');
    expect(write({ place: ' ' })).toThrow('events[1] (id "ev-9").place: empty');
    expect(write({ pageUrl: '/events/9' })).toThrow('events[1] (id "ev-9").pageUrl: not an absolute URL');
    expect(write({ onlineUrl: 'javascript:alert(1)' })).toThrow(
      'events[1] (id "ev-9").onlineUrl: must be an http',
    );
    expect(write({ sequence: -1 })).toThrow('events[1] (id "ev-9").sequence: must be a whole number from 0');
    expect(write({ kind: 'party' as never })).toThrow(
      'events[1] (id "ev-9").kind: one of hearing, open-meeting',
    );
    expect(write({ status: 'postponed' as never })).toThrow('events[1] (id "ev-9").status: one of scheduled');
    expect(write({ title: '' })).toThrow('events[1] (id "ev-9").title: empty');
    expect(write({ id: 'ev 9' })).toThrow('events[1] (id "ev 9").id: must be printable ASCII without spaces');
    expect(write({ id: hearing.id })).toThrow('events[1] (id "ev-0001"): id is repeated');
    expect(write({ organiser: { name: 'Яам', email: 'Бат <bat@x.mn>' } })).toThrow(
      'events[1] (id "ev-9").organiser.email: not an e-mail address',
    );
    expect(write({}, { timeZone: 'Asia/Nowhere' })).toThrow('options.timeZone: not an IANA time zone');
    expect(write({}, { host: 'shilen.mn/x' })).toThrow('options.host: not a host name');
    expect(write({}, { url: 'events.ics' })).toThrow('options.url: not an absolute URL');
  });
});

describe('feedEtag', () => {
  const { now: _now, ...same } = options;
  const etag = feedEtag([hearing, conference], same);

  it('is a weak ETag, the same for the same events', () => {
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(feedEtag([{ ...hearing, title: 'other words, same version' }, conference], same)).toBe(etag);
  });

  it('changes when an event changes, is added or removed, or the options change', () => {
    const others = [
      feedEtag([{ ...hearing, sequence: 1 }, conference], same),
      feedEtag([{ ...hearing, lastModified: new Date('2026-03-01T04:00:01Z') }, conference], same),
      feedEtag([hearing], same),
      feedEtag([hearing, conference, meeting], same),
      feedEtag([hearing, conference], { ...same, name: 'Events' }),
      feedEtag([hearing, conference], { ...same, host: 'shilen.gov.mn' }),
    ];
    expect(new Set([etag, ...others]).size).toBe(7);
  });
});
