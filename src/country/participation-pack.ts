/**
 * The shape of a country pack's facts about public participation (`CountryPack.participation`):
 * which kinds of act go to public consultation and for how long at least, which need a public
 * hearing before they are adopted, how the days of a comment period are counted, the period an
 * organisation has to answer a request to review one of its decisions, and the platform's own
 * policies for events, notification digests, moderation and the "you said, we did" report. Module
 * `participation` reads it through `ctx.country.participation`.
 *
 * Every fact carries its source. Where a law sets the figure, the source names the law and article
 * with `confirmed: true` only when the article's text was read; where no law sets it, the source
 * says it is platform policy (an administrator may change it in the pack) and, where the figure is
 * modelled on a law, which one.
 */
import type { FiscalSource, FiscalText } from './fiscal-pack.ts';

export type ParticipationText = FiscalText;
/** A source, and whether the fact was confirmed there (`note` says what could not be checked). */
export type ParticipationSource = FiscalSource;

/**
 * How days are counted, in the deadline engine's words (`DayCount` of
 * src/platform/deadlines/periods.ts): every day, or working days only (the pack's weekend and
 * public holidays skipped).
 */
export type ParticipationDayCount = 'calendar' | 'working';

/** A kind of act whose draft is put to the public before it is adopted. */
export interface ConsultedActKind {
  /** Stable kebab-case code, unique in the pack (e.g. `administrative-normative-act`). */
  code: string;
  /** The kind's name as the country's law writes it, and in English. */
  name: ParticipationText;
  /**
   * The shortest time the draft stays open for comments, in days counted as `commentDays.count`
   * says; `null` where no minimum could be confirmed: the platform's administrator then sets the
   * period (a consultation of this kind is opened with the period the administrator chose, and
   * the page does not call it statutory). `source.note` says what was not confirmed.
   */
  minimumCommentDays: number | null;
  /** Where the minimum comes from, or why it is null. */
  commentSource: ParticipationSource;
  /**
   * Whether a public hearing must be held before an act of this kind is adopted (in Mongolia:
   * the Law on Public Hearing 2015, art. 4.2). False also where the law requires one only for some
   * acts of the kind (the note says so): the platform then does not require it, and an organiser
   * may still hold one.
   */
  hearingRequired: boolean;
  hearingSource: ParticipationSource;
}

/** A period in days of a kind, as the deadline engine's `PeriodRule` takes it. */
export interface ParticipationPeriod {
  days: number;
  count: ParticipationDayCount;
}

export interface ParticipationPack {
  /** The kinds of act that go to consultation, in the order the forms list them. */
  actKinds: readonly ConsultedActKind[];
  /**
   * How the days of a comment period are counted. The day the draft is published is not counted
   * and the period ends at local midnight at the end of its last day (the deadline engine's rule),
   * in the pack's `timeZone`. `source.confirmed` is false where the law's wording was read but no
   * definition of its days.
   */
  commentDays: { count: ParticipationDayCount; source: ParticipationSource };
  /**
   * A request to review a decision (that it was taken without due participation, or that the
   * "you said, we did" report misstates a comment): the period the organisation has to answer it,
   * and its one extension (days of the same kind), on the platform's request clock.
   */
  reviewRequest: ParticipationPeriod & { maxExtensionDays: number; source: ParticipationSource };
  /**
   * Public hearings and open meetings: the shortest notice before one (days, `null` where no
   * figure could be confirmed: the organiser sets it) and the reminders sent to those registered,
   * in minutes before the start (`[1440, 60]`: a day and an hour before).
   */
  events: {
    minimumNoticeDays: number | null;
    noticeSource: ParticipationSource;
    reminderMinutesBefore: readonly number[];
    reminderSource: ParticipationSource;
  };
  /**
   * Notification digests for those who chose them: the daily one is sent at `dailyHour` (0–23,
   * local time in the pack's `timeZone`), the weekly one on `weeklyWeekday` (0 Sunday … 6
   * Saturday, as `calendar.weekend`) at the same hour.
   */
  digest: { dailyHour: number; weeklyWeekday: number; source: ParticipationSource };
  /**
   * The moderation rules published beside every comment form, one rule an item, in both
   * languages. Removal is never silent: a hidden comment keeps its place and says that it was
   * hidden, under which rule and why.
   */
  moderation: { rules: readonly ParticipationText[]; source: ParticipationSource };
  /**
   * The "you said, we did" report: the least number of whole days it must have been public before
   * the decision is recorded as consulted (0: it must only be published before the decision).
   */
  report: { minimumPublicDays: number; source: ParticipationSource };
}
