import { describe, expect, it } from 'vitest';
import { deadlineAfter, type PeriodRule, WorkingCalendar } from '../platform/deadlines/periods.ts';
import { countryPacks } from './index.ts';
import type { ParticipationSource } from './participation-pack.ts';

/** A source named in both languages, with a URL or saying it is platform policy, and a note when unconfirmed. */
const sourced = (what: string, source: ParticipationSource) => {
  expect(source.en.length * source.mn.length, `${what}: source named in both languages`).toBeGreaterThan(0);
  expect(Boolean(source.url) || /platform policy/i.test(source.en), `${what}: a URL or platform policy`).toBe(
    true,
  );
  if (source.url) expect(source.url, `${what}: URL`).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
  if (!source.confirmed) expect(source.note, `${what}: what could not be confirmed`).toBeTruthy();
};

const mn = countryPacks.mn;
const xt = countryPacks.xt;
if (!mn || !xt) throw new Error('the mn and xt packs are expected');

describe.each(Object.values(countryPacks))('the participation rules of the country pack $code', (pack) => {
  const { participation } = pack;

  it('lists act kinds under unique codes, named in both languages, each with a minimum or an unconfirmed null', () => {
    const codes = participation.actKinds.map((k) => k.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    for (const kind of participation.actKinds) {
      expect(kind.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kind.name.mn.length * kind.name.en.length, `${kind.code} named`).toBeGreaterThan(0);
      if (kind.minimumCommentDays === null) {
        expect(kind.commentSource.confirmed, `${kind.code}: a null minimum is not confirmed`).toBe(false);
        expect(kind.commentSource.note, `${kind.code}: says what was not confirmed`).toMatch(
          /not confirmed/i,
        );
      } else {
        expect(Number.isInteger(kind.minimumCommentDays), `${kind.code}: whole days`).toBe(true);
        expect(kind.minimumCommentDays, `${kind.code}: positive`).toBeGreaterThan(0);
      }
      sourced(`${kind.code} comment period`, kind.commentSource);
      sourced(`${kind.code} hearing`, kind.hearingSource);
    }
  });

  it('counts days as the deadline engine does, and gives the review answer a period it can run', () => {
    expect(['calendar', 'working']).toContain(participation.commentDays.count);
    sourced('comment days', participation.commentDays.source);
    const { days, count, maxExtensionDays, source } = participation.reviewRequest;
    const rule: PeriodRule = { days, count };
    expect(Number.isInteger(rule.days) && rule.days > 0).toBe(true);
    expect(Number.isInteger(maxExtensionDays) && maxExtensionDays >= 0).toBe(true);
    sourced('review request', source);
  });

  it('sends reminders before events and digests at an hour and weekday that exist', () => {
    const { events, digest } = participation;
    if (events.minimumNoticeDays !== null) expect(events.minimumNoticeDays).toBeGreaterThan(0);
    else expect(events.noticeSource.note).toMatch(/not confirmed/i);
    sourced('event notice', events.noticeSource);
    expect(events.reminderMinutesBefore.length).toBeGreaterThan(0);
    for (const m of events.reminderMinutesBefore)
      expect(Number.isInteger(m) && m > 0, `reminder ${m}`).toBe(true);
    expect(new Set(events.reminderMinutesBefore).size).toBe(events.reminderMinutesBefore.length);
    sourced('reminders', events.reminderSource);
    expect(Number.isInteger(digest.dailyHour) && digest.dailyHour >= 0 && digest.dailyHour <= 23).toBe(true);
    expect([0, 1, 2, 3, 4, 5, 6]).toContain(digest.weeklyWeekday);
    sourced('digest', digest.source);
  });

  it('publishes moderation rules in both languages and a report period of whole days', () => {
    const { moderation, report } = participation;
    expect(moderation.rules.length).toBeGreaterThanOrEqual(4);
    for (const rule of moderation.rules) {
      expect(rule.mn.trim().length, rule.en).toBeGreaterThan(0);
      expect(rule.en.trim().length, rule.mn).toBeGreaterThan(0);
    }
    sourced('moderation', moderation.source);
    expect(Number.isInteger(report.minimumPublicDays) && report.minimumPublicDays >= 0).toBe(true);
    sourced('report', report.source);
  });
});

describe('Mongolia’s participation rules', () => {
  const { participation } = mn;
  const kind = (code: string) => participation.actKinds.find((k) => k.code === code);

  it('keeps the confirmed 30 days of GAL art. 62.1 for administrative normative acts', () => {
    const act = kind('administrative-normative-act');
    expect(act?.minimumCommentDays).toBe(30);
    expect(act?.commentSource.confirmed).toBe(true);
    expect(act?.commentSource.en).toContain('62.1');
    expect(act?.commentSource.url).toContain('legalinfo.mn');
    expect(act?.hearingRequired).toBe(true);
  });

  it('leaves the draft-law minimum unset, saying it is not confirmed, but requires its hearing', () => {
    const law = kind('law');
    expect(law?.minimumCommentDays).toBeNull();
    expect(law?.commentSource.confirmed).toBe(false);
    expect(law?.commentSource.note).toMatch(/38–39/);
    expect(law?.hearingRequired).toBe(true);
    expect(law?.hearingSource.confirmed).toBe(true);
  });

  it('answers a review request in 30 calendar days, the petitions law’s period, as platform policy', () => {
    const { reviewRequest } = participation;
    expect(reviewRequest.source.url).toBe(mn.questions.source.url);
    expect(reviewRequest.source.en).toMatch(/^Platform policy/);
    // Received Monday 2 March 2026 at 10:00 in Ulaanbaatar: 30 calendar days end with 1 April.
    const due = deadlineAfter(new Date('2026-03-02T02:00:00Z'), reviewRequest, new WorkingCalendar(mn));
    expect(due.lastDay).toBe('2026-04-01');
    expect(due.due.toISOString()).toBe('2026-04-01T16:00:00.000Z');
  });

  it('reminds a day and an hour before an event, and needs no days of the report before the decision', () => {
    expect(participation.events.reminderMinutesBefore).toEqual([1440, 60]);
    expect(participation.report.minimumPublicDays).toBe(0);
    expect(participation.report.source.confirmed).toBe(false);
  });
});

describe('Testland’s participation rules', () => {
  it('answers a review request in 15 working days, its weekend and holidays skipped', () => {
    // Monday 2 March 2026 in Lisbon; 3–4 March are Testland's holidays, Friday and Saturday its
    // weekend: the 15th working day after is Wednesday 25 March.
    const due = deadlineAfter(
      new Date('2026-03-02T10:00:00Z'),
      xt.participation.reviewRequest,
      new WorkingCalendar(xt),
    );
    expect(due.lastDay).toBe('2026-03-25');
  });
});
