import { describe, expect, it } from 'vitest';
import { countryPack as mn } from '../../../country/mn/index.ts';
import { countryPack as xt } from '../../../country/xt/index.ts';
import { WorkingCalendar } from '../../../platform/deadlines/periods.ts';
import { registerMessages, translator } from '../../../platform/i18n/index.ts';
import { explainFlag, flagName, verdictText } from './explain.ts';
import { type DecidedAct, decisionVerdict, participationFlags } from './flags.ts';
import { decisionMessages } from './messages.ts';

registerMessages(decisionMessages);
const en = translator('en');
const mnT = translator('mn');
const gal = 'General Administrative Law (2015), article 62.1';

const act = (over: Partial<DecidedAct> = {}): DecidedAct => ({
  actKind: 'administrative-normative-act',
  decidedOn: '2026-05-20',
  consultation: {
    openedOn: '2026-04-01',
    closedOn: '2026-04-13',
    reportPublishedOn: '2026-05-09',
    comments: 14,
    answered: 11,
  },
  hearings: [],
  ...over,
});
const mnFlags = (a: DecidedAct, administratorMinimumDays?: number) =>
  participationFlags(a, mn.participation, { calendar: new WorkingCalendar(mn), administratorMinimumDays });

describe('explainFlag, in plain words', () => {
  it('says a short period with its days, the law’s minimum and the article', () => {
    const [short, unanswered, hearing] = mnFlags(act());
    expect(explainFlag(en, short!)).toBe(
      `The draft was open for comment 12 days; the law requires at least 30 (${gal}).`,
    );
    expect(explainFlag(mnT, short!)).toBe(
      'Төслийг 12 хоног санал авахаар нээлттэй байлгасан; хуулиар дор хаяж 30 байх ёстой (Захиргааны ерөнхий хууль (2015), 62 дугаар зүйлийн 62.1 дэх хэсэг).',
    );
    expect(flagName(en, short!)).toBe('Comment period too short');
    expect(explainFlag(en, unanswered!)).toBe(
      '3 of the 14 comments have no answer in the published report; every comment must be answered (Platform policy: no law sets this).',
    );
    expect(explainFlag(en, hearing!)).toMatch(
      /^No public hearing was held before the decision \(.+\); an act of this kind requires one before it is adopted \(Law on Public Hearing \(2015\), article 4\.2\.1\)\.$/,
    );
    expect(verdictText(en, decisionVerdict([short!]))).toBe(
      'Decided without the participation the rules require',
    );
  });

  it('says working days where the pack counts them, and a minimum the administrator set', () => {
    const [short] = participationFlags(
      {
        actKind: 'treasury-rule',
        decidedOn: '2026-03-25',
        consultation: {
          openedOn: '2026-03-01',
          closedOn: '2026-03-13',
          reportPublishedOn: '2026-03-20',
          comments: 0,
          answered: 0,
        },
        hearings: [],
      },
      xt.participation,
      { calendar: new WorkingCalendar(xt) },
    );
    expect(explainFlag(en, short!)).toBe(
      'The draft was open for comment 7 working days; the law requires at least 10 (Testland Public Say Act (fictional)).',
    );
    const [none] = mnFlags(act({ actKind: 'ministerial-order', consultation: null }), 14);
    expect(explainFlag(en, none!)).toMatch(
      /^No draft was put to public comment before the decision \(.+\); no minimum in law being confirmed, the platform’s administrator set at least 14 days of comment for this kind \(General/,
    );
  });

  it('says a late report with its whole days, and a minimum not confirmed without accusing', () => {
    const xtReport = participationFlags(
      {
        actKind: 'treasury-rule',
        decidedOn: '2026-03-25',
        consultation: {
          openedOn: '2026-03-01',
          closedOn: '2026-03-17',
          reportPublishedOn: '2026-03-23',
          comments: 0,
          answered: 0,
        },
        hearings: [],
      },
      xt.participation,
      { calendar: new WorkingCalendar(xt) },
    );
    expect(explainFlag(en, xtReport[0]!)).toMatch(
      /^The “you said, we did” report on the comments was published on .+, only 1 whole day before the decision \(.+\); it must be public at least 3 whole days before it \(Testland Public Say Act \(fictional\)\)\.$/,
    );
    const [never] = mnFlags(
      act({ consultation: { ...act().consultation!, reportPublishedOn: null } }),
    ).filter((f) => f.code === 'no-report');
    expect(explainFlag(en, never!)).toBe(
      'The “you said, we did” report on the comments was not published; it must be public before the day of the decision (Platform policy: no law sets this).',
    );
    const [unconfirmed] = mnFlags(act({ actKind: 'government-resolution' }));
    expect(explainFlag(en, unconfirmed!)).toMatch(
      /^The draft was open for comment 12 days\. No minimum period is confirmed for an act of this kind and the administrator set none, so the platform does not judge the period \(/,
    );
    expect(verdictText(en, decisionVerdict([unconfirmed!]))).toBe(
      'Participation not judged: no minimum period is confirmed',
    );
  });
});

describe('every flag, in both languages', () => {
  it('fills every placeholder of every message', () => {
    const flags = [
      ...mnFlags(act({ consultation: { ...act().consultation!, reportPublishedOn: '2026-05-21' } })),
      ...mnFlags(act({ consultation: null })),
      ...mnFlags(act({ consultation: null }), undefined),
      ...mnFlags(act({ actKind: 'law', consultation: null, hearings: [{ heldOn: '2026-05-20' }] })),
      ...mnFlags(act({ actKind: 'ministerial-order' }), 30),
    ];
    expect(new Set(flags.map((f) => f.code)).size).toBe(6);
    for (const t of [en, mnT])
      for (const flag of flags) {
        const text = `${flagName(t, flag)}: ${explainFlag(t, flag)}`;
        expect(text, `${t.locale} ${flag.code}`).not.toMatch(/[[\]{}]/);
      }
    expect(mnT('participation.decisions.verdict.consulted-as-required')).toBe(
      'Шаардлагын дагуу олон нийтээр хэлэлцүүлсэн',
    );
  });
});
