/**
 * A decision's flags in plain words: each flag's name, and a sentence with its figures, the rule's
 * threshold and the source of the rule, in the reader's language (`messages.ts`). Dates are written
 * with `t.date`, the source by its name in the reader's language.
 */
import type { ParticipationSource } from '../../../country/participation-pack.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DecisionVerdict, ParticipationFlag } from './flags.ts';

const sourceName = (s: ParticipationSource) => ({ mn: s.mn, en: s.en });

/** The flag's short name. */
export function flagName(t: Translator, flag: ParticipationFlag): string {
  return t(`participation.decisions.flag.${flag.code}`);
}

/** What a decision's flags add up to, in words. */
export function verdictText(t: Translator, verdict: DecisionVerdict): string {
  return t(`participation.decisions.verdict.${verdict}`);
}

/** The flag in a sentence, with its figures, the threshold and the source. */
export function explainFlag(t: Translator, flag: ParticipationFlag): string {
  const source = sourceName(flag.source);
  switch (flag.code) {
    case 'no-consultation':
      return t('participation.decisions.explain.no-consultation', {
        decided: t.date(flag.decidedOn),
        setBy: flag.setBy,
        count: flag.count,
        minimum: flag.minimumDays,
        source,
      });
    case 'period-too-short':
      return t('participation.decisions.explain.period-too-short', {
        count: flag.count,
        days: flag.days,
        cut: flag.countedTo < flag.closedOn ? 'yes' : 'no',
        setBy: flag.setBy,
        minimum: flag.minimumDays,
        source,
      });
    case 'no-report': {
      const params = {
        decided: t.date(flag.decidedOn),
        before: flag.minimumPublicDays === 0 ? 'yes' : 'no',
        minimum: flag.minimumPublicDays,
        source,
      };
      if (flag.publishedOn === null) return t('participation.decisions.explain.no-report.none', params);
      const published = t.date(flag.publishedOn);
      if (flag.publicDays === null)
        return t('participation.decisions.explain.no-report.notBefore', { ...params, published });
      return t('participation.decisions.explain.no-report.short', {
        ...params,
        published,
        publicDays: flag.publicDays,
      });
    }
    case 'unanswered-comments':
      return t('participation.decisions.explain.unanswered-comments', {
        comments: flag.comments,
        unanswered: flag.unanswered,
        source,
      });
    case 'no-hearing':
      return t('participation.decisions.explain.no-hearing', {
        decided: t.date(flag.decidedOn),
        hasLater: flag.heldLater.length > 0 ? 'yes' : 'no',
        later: flag.heldLater.map((d) => t.date(d)).join(', '),
        source,
      });
    case 'minimum-unconfirmed':
      return t('participation.decisions.explain.minimum-unconfirmed', {
        consulted: flag.days === null ? 'no' : 'yes',
        count: flag.count,
        days: flag.days ?? 0,
        source,
      });
  }
}
