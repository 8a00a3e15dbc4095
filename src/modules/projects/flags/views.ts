import type { ProjectsSource } from '../../../country/projects-pack.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Flag } from './flags.ts';

const pct = (t: Translator, n: number) => t.number(n);

/** A flag in plain words, with its figures and the pack's threshold. */
export function explainFlag(t: Translator, flag: Flag): string {
  switch (flag.kind) {
    case 'disbursement-ahead':
      return t('projects.flags.explain.disbursement-ahead', {
        currency: flag.currency,
        drawn: pct(t, flag.drawnPercent),
        physical: pct(t, flag.physicalPercent),
        gap: pct(t, flag.gapPoints),
        threshold: pct(t, flag.threshold),
        minimum: pct(t, flag.minimumPercent),
      });
    case 'cost-overrun':
      return t('projects.flags.explain.cost-overrun', {
        budget: t.money(flag.budget, flag.currency),
        estimate: t.money(flag.estimate, flag.currency),
        overrun: pct(t, flag.overrunPercent),
        threshold: pct(t, flag.threshold),
      });
    case 'schedule-overrun':
      return t('projects.flags.explain.schedule-overrun', {
        planned: pct(t, flag.plannedMonths),
        study: pct(t, flag.studyMonths),
        overrun: pct(t, flag.overrunPercent),
        threshold: pct(t, flag.threshold),
      });
    case 'report-missing':
      return t('projects.flags.explain.report-missing', {
        start: t.date(flag.periodStart),
        end: t.date(flag.periodEnd),
        due: t.date(flag.dueOn),
        months: flag.periodMonths,
        days: flag.dueDays,
        last: flag.lastReported ? t.date(flag.lastReported) : t('projects.flags.neverReported'),
      });
  }
}

/** Where the thresholds come from, linked, with what could not be confirmed. */
export function thresholdSource(t: Translator, source: ProjectsSource): Html {
  const name = t.pick(source);
  return html`<p class="hint">${t('projects.flags.source')} ${source.url ? html`<a href="${source.url}">${name}</a>` : name}${source.confirmed || !source.note ? '' : html` ${t('projects.flags.unconfirmed', { note: source.note })}`}</p>`;
}

/** A project's flags as a list: each its name and its explanation. */
export function flagList(t: Translator, flags: readonly Flag[]): Html {
  return html`<ul class="flag-list">${flags.map(
    (f) => html`<li><strong>${t(`projects.flags.kind.${f.kind}`)}</strong>: ${explainFlag(t, f)}</li>`,
  )}</ul>`;
}
