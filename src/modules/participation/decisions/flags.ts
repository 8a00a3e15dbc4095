/**
 * The decision register's flags: a decision that needed public participation and did not have it
 * is shown publicly, each flag with its figures, the rule's threshold and the pack's source, so a
 * page can say it in plain words (`explain.ts`). `participationFlags` is the rule, pure: it reads
 * what the register knows of one decision (`DecidedAct`) against the country's participation pack.
 *
 * - **no consultation**: the act's kind needs one (the pack sets a minimum period, or the
 *   administrator's setting applies where it sets none) and no draft was put to comment;
 * - **period too short**: the comment period, counted as the pack's `commentDays.count` says (the
 *   day of opening not counted, its closing day counted, as the deadline engine counts), and only
 *   up to the day before the decision, is shorter than the minimum;
 * - **no report**: the "you said, we did" report was not published at least
 *   `report.minimumPublicDays` whole days before the day of the decision (0: on an earlier day);
 * - **unanswered comments**: the report was published but some comments have no answer;
 * - **no hearing**: the kind requires a public hearing and none was held before the day of the
 *   decision.
 *
 * Dates are days (`YYYY-MM-DD`) with no time, so an event on the day of the decision cannot be
 * shown to come before it and is not counted as before it.
 *
 * Where the pack confirms no minimum for the kind and the administrator set none, the rule accuses
 * no one of too short a period or of no consultation: it adds the notice `minimum-unconfirmed`
 * (`accuses: false`) saying that the minimum is not confirmed.
 */
import type {
  ConsultedActKind,
  ParticipationDayCount,
  ParticipationPack,
  ParticipationSource,
} from '../../../country/participation-pack.ts';
import { addDays } from '../../../platform/deadlines/local-days.ts';
import type { WorkingCalendar } from '../../../platform/deadlines/periods.ts';

/** What the register knows of one decision, rule or order of an organisation. */
export interface DecidedAct {
  /** The kind of act, a code of the pack's `actKinds`. */
  actKind: string;
  /** The day it was decided, `YYYY-MM-DD`. */
  decidedOn: string;
  /** The public consultation on its draft, or null where there was none. */
  consultation: {
    /** The day the draft was opened for comment (not counted in the period). */
    openedOn: string;
    /** The period's last day (counted). */
    closedOn: string;
    /** The day the "you said, we did" report was published; null where it was not. */
    reportPublishedOn: string | null;
    /** Comments received, and how many of them have an answer. */
    comments: number;
    answered: number;
  } | null;
  /** The public hearings held on it. */
  hearings: readonly { heldOn: string }[];
}

/** Who set the minimum a period is held to: the law (the pack) or the platform's administrator. */
export type MinimumSetBy = 'law' | 'administrator';

export type ParticipationFlag =
  | {
      code: 'no-consultation';
      accuses: true;
      actKind: string;
      decidedOn: string;
      minimumDays: number;
      count: ParticipationDayCount;
      setBy: MinimumSetBy;
      source: ParticipationSource;
    }
  | {
      code: 'period-too-short';
      accuses: true;
      openedOn: string;
      closedOn: string;
      /** The last day counted: the closing day, or the day before the decision if that is earlier. */
      countedTo: string;
      days: number;
      minimumDays: number;
      count: ParticipationDayCount;
      setBy: MinimumSetBy;
      source: ParticipationSource;
      /** Where the way of counting days comes from (`commentDays.source`). */
      countSource: ParticipationSource;
    }
  | {
      code: 'no-report';
      accuses: true;
      decidedOn: string;
      /** Null: never published. */
      publishedOn: string | null;
      /** Whole days public before the day of the decision; null when not published before that day. */
      publicDays: number | null;
      minimumPublicDays: number;
      source: ParticipationSource;
    }
  | {
      code: 'unanswered-comments';
      accuses: true;
      comments: number;
      answered: number;
      unanswered: number;
      source: ParticipationSource;
    }
  | {
      code: 'no-hearing';
      accuses: true;
      decidedOn: string;
      /** Hearings held on the day of the decision or later, which do not count. */
      heldLater: string[];
      source: ParticipationSource;
    }
  | {
      code: 'minimum-unconfirmed';
      accuses: false;
      actKind: string;
      /** The comment period's days as counted, or null where there was no consultation. */
      days: number | null;
      count: ParticipationDayCount;
      source: ParticipationSource;
    };

export type ParticipationFlagCode = ParticipationFlag['code'];
export const PARTICIPATION_FLAG_CODES: readonly ParticipationFlagCode[] = [
  'no-consultation',
  'period-too-short',
  'no-report',
  'unanswered-comments',
  'no-hearing',
  'minimum-unconfirmed',
];

/** What a decision's flags add up to: flagged, not judged for want of a minimum, or consulted as required. */
export type DecisionVerdict = 'flagged' | 'minimum-unconfirmed' | 'consulted-as-required';

export function decisionVerdict(flags: readonly ParticipationFlag[]): DecisionVerdict {
  if (flags.some((f) => f.accuses)) return 'flagged';
  return flags.length > 0 ? 'minimum-unconfirmed' : 'consulted-as-required';
}

/** A decision the rule cannot read, naming the field (`consultation.closedOn`, `hearings[1].heldOn`). */
export class DecidedActError extends Error {
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
  }
}

const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function checkDay(field: string, value: unknown): string {
  if (!isDay(value)) throw new DecidedActError(field, `not a date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return value;
}

function checkCount(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new DecidedActError(field, `not a whole number of 0 or more: ${JSON.stringify(value)}`);
  return value;
}

/** The act's kind in the pack, and the decision checked field by field. */
function checkAct(decision: DecidedAct, pack: ParticipationPack): ConsultedActKind {
  const kind = pack.actKinds.find((k) => k.code === decision.actKind);
  if (!kind)
    throw new DecidedActError(
      'actKind',
      `not a kind of act of the pack: ${JSON.stringify(decision.actKind)} (known: ${pack.actKinds.map((k) => k.code).join(', ')})`,
    );
  checkDay('decidedOn', decision.decidedOn);
  const c = decision.consultation;
  if (c) {
    const opened = checkDay('consultation.openedOn', c.openedOn);
    if (checkDay('consultation.closedOn', c.closedOn) < opened)
      throw new DecidedActError('consultation.closedOn', `before the day it opened (${opened})`);
    if (c.reportPublishedOn !== null) checkDay('consultation.reportPublishedOn', c.reportPublishedOn);
    const comments = checkCount('consultation.comments', c.comments);
    if (checkCount('consultation.answered', c.answered) > comments)
      throw new DecidedActError('consultation.answered', `more answers than comments (${comments})`);
  }
  if (!Array.isArray(decision.hearings)) throw new DecidedActError('hearings', 'not a list');
  decision.hearings.forEach((h, i) => {
    checkDay(`hearings[${i}].heldOn`, h?.heldOn);
  });
  return kind;
}

/**
 * The flags of one decision under the pack. `calendar` counts working days (the country's weekend
 * and holidays); `administratorMinimumDays` is the period the administrator set for this kind,
 * used only where the pack confirms no minimum for it. Throws `DecidedActError` naming the field of
 * a decision it cannot read (an `actKind` the pack does not know, a date that is no date).
 */
export function participationFlags(
  decision: DecidedAct,
  pack: ParticipationPack,
  options: { calendar: WorkingCalendar; administratorMinimumDays?: number | null },
): ParticipationFlag[] {
  const kind = checkAct(decision, pack);
  const administrator = options.administratorMinimumDays ?? null;
  if (administrator !== null) checkCount('administratorMinimumDays', administrator);
  const minimumDays = kind.minimumCommentDays ?? administrator;
  const setBy: MinimumSetBy = kind.minimumCommentDays !== null ? 'law' : 'administrator';
  const count = pack.commentDays.count;
  const { decidedOn, consultation } = decision;
  const flags: ParticipationFlag[] = [];

  if (!consultation) {
    if (minimumDays !== null)
      flags.push({
        code: 'no-consultation',
        accuses: true,
        actKind: kind.code,
        decidedOn,
        minimumDays,
        count,
        setBy,
        source: kind.commentSource,
      });
    else
      flags.push({
        code: 'minimum-unconfirmed',
        accuses: false,
        actKind: kind.code,
        days: null,
        count,
        source: kind.commentSource,
      });
  } else {
    // Days after the decision gave the public nothing to weigh: the period is counted to the day before it.
    const dayBefore = addDays(decidedOn, -1);
    // biome-ignore lint/complexity/useMathMinMax: the days are YYYY-MM-DD strings, which Math.min cannot compare.
    const countedTo = consultation.closedOn > dayBefore ? dayBefore : consultation.closedOn;
    const days = options.calendar.between(consultation.openedOn, countedTo, count);
    if (minimumDays === null)
      flags.push({
        code: 'minimum-unconfirmed',
        accuses: false,
        actKind: kind.code,
        days,
        count,
        source: kind.commentSource,
      });
    else if (days < minimumDays)
      flags.push({
        code: 'period-too-short',
        accuses: true,
        openedOn: consultation.openedOn,
        closedOn: consultation.closedOn,
        countedTo,
        days,
        minimumDays,
        count,
        setBy,
        source: kind.commentSource,
        countSource: pack.commentDays.source,
      });

    const published = consultation.reportPublishedOn;
    // Whole days between the day of publication and the day of the decision, both left out.
    const publicDays =
      published !== null && published < decidedOn
        ? options.calendar.between(published, decidedOn, 'calendar') - 1
        : null;
    if (publicDays === null || publicDays < pack.report.minimumPublicDays)
      flags.push({
        code: 'no-report',
        accuses: true,
        decidedOn,
        publishedOn: published,
        publicDays,
        minimumPublicDays: pack.report.minimumPublicDays,
        source: pack.report.source,
      });
    if (published !== null && consultation.answered < consultation.comments)
      flags.push({
        code: 'unanswered-comments',
        accuses: true,
        comments: consultation.comments,
        answered: consultation.answered,
        unanswered: consultation.comments - consultation.answered,
        source: pack.report.source,
      });
  }

  if (kind.hearingRequired && !decision.hearings.some((h) => h.heldOn < decidedOn))
    flags.push({
      code: 'no-hearing',
      accuses: true,
      decidedOn,
      heldLater: decision.hearings.map((h) => h.heldOn).sort(),
      source: kind.hearingSource,
    });
  return flags;
}
