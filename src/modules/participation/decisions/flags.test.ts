import { describe, expect, it } from 'vitest';
import { countryPack as mn } from '../../../country/mn/index.ts';
import { countryPack as xt } from '../../../country/xt/index.ts';
import { WorkingCalendar } from '../../../platform/deadlines/periods.ts';
import {
  type DecidedAct,
  DecidedActError,
  decisionVerdict,
  type ParticipationFlag,
  participationFlags,
} from './flags.ts';

const mnCalendar = new WorkingCalendar(mn);
const xtCalendar = new WorkingCalendar(xt);
const mnPack = mn.participation;
const xtPack = xt.participation;
const mnKind = (code: string) => mnPack.actKinds.find((k) => k.code === code)!;
const xtKind = (code: string) => xtPack.actKinds.find((k) => k.code === code)!;
const codes = (flags: readonly ParticipationFlag[]) => flags.map((f) => f.code);

/**
 * An administrative normative act of Mongolia consulted as required: 30 calendar days (1 April
 * excluded, 2 to 30 April is 29 days, and 1 May is the 30th), its report public 10 to 19 May (the
 * whole days between 9 May and the decision on 20 May), every comment answered, a hearing on 12 May.
 */
const consulted = (over: Partial<DecidedAct> = {}): DecidedAct => ({
  actKind: 'administrative-normative-act',
  decidedOn: '2026-05-20',
  consultation: {
    openedOn: '2026-04-01',
    closedOn: '2026-05-01',
    reportPublishedOn: '2026-05-09',
    comments: 14,
    answered: 14,
  },
  hearings: [{ heldOn: '2026-05-12' }],
  ...over,
});
const consultation = (over: Partial<NonNullable<DecidedAct['consultation']>>) => ({
  ...consulted().consultation!,
  ...over,
});

describe('participationFlags, under Mongolia’s pack (calendar days)', () => {
  const flags = (act: DecidedAct, administratorMinimumDays?: number | null) =>
    participationFlags(act, mnPack, { calendar: mnCalendar, administratorMinimumDays });

  it('raises nothing on a decision consulted as required, at exactly the 30 days', () => {
    const none = flags(consulted());
    expect(none).toEqual([]);
    expect(decisionVerdict(none)).toBe('consulted-as-required');
  });

  it('flags a decision of a kind that needs consultation and had none', () => {
    const found = flags(consulted({ consultation: null }));
    expect(found).toEqual([
      {
        code: 'no-consultation',
        accuses: true,
        actKind: 'administrative-normative-act',
        decidedOn: '2026-05-20',
        minimumDays: 30,
        count: 'calendar',
        setBy: 'law',
        source: mnKind('administrative-normative-act').commentSource,
      },
    ]);
    expect(decisionVerdict(found)).toBe('flagged');
  });

  it('flags a period of 12 days (1 April not counted, 2 to 13 April) against the 30 of the law', () => {
    expect(flags(consulted({ consultation: consultation({ closedOn: '2026-04-13' }) }))).toEqual([
      {
        code: 'period-too-short',
        accuses: true,
        openedOn: '2026-04-01',
        closedOn: '2026-04-13',
        countedTo: '2026-04-13',
        days: 12,
        minimumDays: 30,
        count: 'calendar',
        setBy: 'law',
        source: mnKind('administrative-normative-act').commentSource,
        countSource: mnPack.commentDays.source,
      },
    ]);
    // One day short of the minimum: 2 to 30 April is 29 days.
    const oneShort = flags(consulted({ consultation: consultation({ closedOn: '2026-04-30' }) }));
    expect(oneShort).toMatchObject([{ code: 'period-too-short', days: 29 }]);
  });

  it('counts a period only up to the day before the decision', () => {
    // Decided on 11 April while the period ran to 1 May: 2 to 10 April, 9 days.
    const early = flags(
      consulted({
        decidedOn: '2026-04-11',
        consultation: consultation({ reportPublishedOn: '2026-04-05' }),
        hearings: [{ heldOn: '2026-04-08' }],
      }),
    );
    expect(early).toMatchObject([
      { code: 'period-too-short', days: 9, countedTo: '2026-04-10', closedOn: '2026-05-01' },
    ]);
  });

  it('flags a report never published, and one published only on the day of the decision', () => {
    const never = flags(consulted({ consultation: consultation({ reportPublishedOn: null }) }));
    expect(never).toEqual([
      {
        code: 'no-report',
        accuses: true,
        decidedOn: '2026-05-20',
        publishedOn: null,
        publicDays: null,
        minimumPublicDays: 0,
        source: mnPack.report.source,
      },
    ]);
    const sameDay = flags(consulted({ consultation: consultation({ reportPublishedOn: '2026-05-20' }) }));
    expect(sameDay).toMatchObject([{ code: 'no-report', publishedOn: '2026-05-20', publicDays: null }]);
    // The day before is enough where the pack asks for 0 whole days: 0 days lie between.
    expect(flags(consulted({ consultation: consultation({ reportPublishedOn: '2026-05-19' }) }))).toEqual([]);
  });

  it('flags comments left without an answer in a published report, and not before it is published', () => {
    const found = flags(consulted({ consultation: consultation({ comments: 14, answered: 11 }) }));
    expect(found).toEqual([
      {
        code: 'unanswered-comments',
        accuses: true,
        comments: 14,
        answered: 11,
        unanswered: 3,
        source: mnPack.report.source,
      },
    ]);
    const unpublished = flags(
      consulted({ consultation: consultation({ comments: 14, answered: 11, reportPublishedOn: null }) }),
    );
    expect(codes(unpublished)).toEqual(['no-report']);
  });

  it('flags a kind that requires a hearing when none came before the day of the decision', () => {
    const none = flags(consulted({ hearings: [] }));
    expect(none).toEqual([
      {
        code: 'no-hearing',
        accuses: true,
        decidedOn: '2026-05-20',
        heldLater: [],
        source: mnKind('administrative-normative-act').hearingSource,
      },
    ]);
    const late = flags(consulted({ hearings: [{ heldOn: '2026-05-25' }, { heldOn: '2026-05-20' }] }));
    expect(late).toMatchObject([{ code: 'no-hearing', heldLater: ['2026-05-20', '2026-05-25'] }]);
    // A government resolution does not require one (hearingRequired false).
    expect(codes(flags(consulted({ actKind: 'government-resolution', hearings: [] }), 30))).toEqual([]);
  });

  it('gives every flag a decision can earn at once', () => {
    const all = flags(
      consulted({
        consultation: consultation({ closedOn: '2026-04-13', reportPublishedOn: '2026-05-21', answered: 0 }),
        hearings: [],
      }),
    );
    expect(codes(all)).toEqual(['period-too-short', 'no-report', 'unanswered-comments', 'no-hearing']);
  });

  it('accuses no one where no minimum is confirmed and the administrator set none: it says so', () => {
    // A government resolution (minimum null), open 5 days (2 to 6 April).
    const short = consulted({
      actKind: 'government-resolution',
      consultation: consultation({ closedOn: '2026-04-06' }),
    });
    const unconfirmed = flags(short);
    expect(unconfirmed).toEqual([
      {
        code: 'minimum-unconfirmed',
        accuses: false,
        actKind: 'government-resolution',
        days: 5,
        count: 'calendar',
        source: mnKind('government-resolution').commentSource,
      },
    ]);
    expect(decisionVerdict(unconfirmed)).toBe('minimum-unconfirmed');
    expect(flags(short, null)).toEqual(unconfirmed);
    // No consultation at all: not accused either.
    const none = flags(consulted({ actKind: 'government-resolution', consultation: null }));
    expect(none).toMatchObject([{ code: 'minimum-unconfirmed', accuses: false, days: null }]);
    // A draft law needs a hearing whatever its period: that is still flagged.
    expect(codes(flags(consulted({ actKind: 'law', consultation: null, hearings: [] })))).toEqual([
      'minimum-unconfirmed',
      'no-hearing',
    ]);
  });

  it('holds a kind with no confirmed minimum to the administrator’s setting, named as such', () => {
    const short = consulted({
      actKind: 'government-resolution',
      consultation: consultation({ closedOn: '2026-04-06' }),
    });
    expect(flags(short, 14)).toMatchObject([
      { code: 'period-too-short', days: 5, minimumDays: 14, setBy: 'administrator' },
    ]);
    expect(flags(consulted({ actKind: 'government-resolution', consultation: null }), 14)).toMatchObject([
      { code: 'no-consultation', minimumDays: 14, setBy: 'administrator' },
    ]);
    // The setting does not replace a minimum the law sets.
    expect(flags(consulted(), 60)).toEqual([]);
  });
});

describe('participationFlags, under Testland’s pack (working days)', () => {
  const flags = (act: DecidedAct) => participationFlags(act, xtPack, { calendar: xtCalendar });
  /**
   * A treasury rule of Testland (10 working days; the report 3 whole days before). Testland rests
   * on Friday and Saturday and keeps 3 and 4 March 2026 (a Tuesday and a Wednesday) as holidays.
   */
  const rule = (closedOn: string, reportPublishedOn = '2026-03-20'): DecidedAct => ({
    actKind: 'treasury-rule',
    decidedOn: '2026-03-25',
    consultation: { openedOn: '2026-03-01', closedOn, reportPublishedOn, comments: 3, answered: 3 },
    hearings: [],
  });

  it('counts working days across the weekend and the holidays', () => {
    // Opened Sunday 1 March, closed Friday 13 March: 12 calendar days, but working days are
    // 2 (Mon), 5 (Thu), 8 (Sun), 9, 10, 11, 12 March = 7; 3–4 March are holidays, 6–7 and 13 weekend.
    expect(flags(rule('2026-03-13'))).toEqual([
      {
        code: 'period-too-short',
        accuses: true,
        openedOn: '2026-03-01',
        closedOn: '2026-03-13',
        countedTo: '2026-03-13',
        days: 7,
        minimumDays: xtKind('treasury-rule').minimumCommentDays,
        count: 'working',
        setBy: 'law',
        source: xtKind('treasury-rule').commentSource,
        countSource: xtPack.commentDays.source,
      },
    ]);
    // To Tuesday 17 March: 14 (Sat) rests, 15, 16, 17 March make 10, the minimum.
    expect(flags(rule('2026-03-17'))).toEqual([]);
  });

  it('asks for the report 3 whole days before the decision', () => {
    // Published 22 March, decided 25 March: 23 and 24 March, 2 whole days.
    expect(flags(rule('2026-03-17', '2026-03-22'))).toMatchObject([
      { code: 'no-report', publishedOn: '2026-03-22', publicDays: 2, minimumPublicDays: 3 },
    ]);
    // Published 21 March: 22, 23, 24 March, 3 whole days.
    expect(flags(rule('2026-03-17', '2026-03-21'))).toEqual([]);
  });

  it('holds a province by-law (minimum null) to nothing but says the minimum is unconfirmed', () => {
    const bylaw = { ...rule('2026-03-03'), actKind: 'province-bylaw' };
    // 2 March alone is a working day of 2 and 3 March.
    expect(flags(bylaw)).toMatchObject([{ code: 'minimum-unconfirmed', days: 1, count: 'working' }]);
  });
});

describe('participationFlags, bad input', () => {
  const flags = (act: DecidedAct) => participationFlags(act, mnPack, { calendar: mnCalendar });
  const fieldOf = (act: DecidedAct) => {
    try {
      flags(act);
    } catch (error) {
      if (error instanceof DecidedActError) return { field: error.field, message: error.message };
      throw error;
    }
    throw new Error('expected the decision to be refused');
  };

  it('refuses a kind the pack does not know, naming actKind', () => {
    const refused = fieldOf(consulted({ actKind: 'act-of-the-moot' }));
    expect(refused.field).toBe('actKind');
    expect(refused.message).toMatch(/^actKind: not a kind of act of the pack: "act-of-the-moot"/);
  });

  it('names the field of a date that is no date, a period closed before it opened, and bad counts', () => {
    expect(fieldOf(consulted({ decidedOn: '2026-02-30' })).field).toBe('decidedOn');
    expect(fieldOf(consulted({ consultation: consultation({ closedOn: '2026-03-31' }) })).field).toBe(
      'consultation.closedOn',
    );
    expect(fieldOf(consulted({ consultation: consultation({ reportPublishedOn: '9 May' }) })).field).toBe(
      'consultation.reportPublishedOn',
    );
    expect(fieldOf(consulted({ consultation: consultation({ answered: 15 }) })).field).toBe(
      'consultation.answered',
    );
    expect(fieldOf(consulted({ consultation: consultation({ comments: -1 }) })).field).toBe(
      'consultation.comments',
    );
    expect(fieldOf(consulted({ hearings: [{ heldOn: '2026-05-12' }, { heldOn: '' }] })).field).toBe(
      'hearings[1].heldOn',
    );
    expect(() =>
      participationFlags(consulted(), mnPack, { calendar: mnCalendar, administratorMinimumDays: 2.5 }),
    ).toThrow('administratorMinimumDays');
  });
});
