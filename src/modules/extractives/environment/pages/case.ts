import { can } from '../../../../platform/auth/permissions.ts';
import { localDate } from '../../../../platform/deadlines/local-days.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { Translator } from '../../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { summaryList } from '../../../../platform/views/components.ts';
import { type Html, html } from '../../../../platform/views/html.ts';
import { WRITE } from '../commands/record-step.ts';
import { companyName } from '../present.ts';
import { type CaseEvent, caseEvents, type EnvironmentCase, findCase } from '../queries.ts';
import { CaseParams } from '../schemas.ts';
import { allowedSteps, isPublicStage, stepSelector } from '../stages.ts';
import { dueProcess, stageTag } from './list.ts';
import { replyTiming, timeline } from './timeline.ts';

/** The company's side: its reply in its own words, attributed, or why there is none. */
function replySide(t: Translator, c: EnvironmentCase, events: readonly CaseEvent[], today: string): Html {
  const reply = events.find((e) => e.kind === 'reply');
  if (reply) {
    const lang = reply.details.language === 'en' ? 'en' : 'mn';
    return html`<p class="hint">${t('extractives.environment.reply.attribution', { date: t.date(reply.occurredOn) })}</p>
<blockquote lang="${lang}"><p>${String(reply.details.text ?? '')}</p></blockquote>`;
  }
  if (!c.replyLastDay) return html`<p>${t('extractives.environment.reply.notNoticed')}</p>`;
  const timing = replyTiming(c, events, today);
  return html`<p>${
    timing === 'open'
      ? t('extractives.environment.reply.awaited', { date: t.date(c.replyLastDay) })
      : t('extractives.environment.reply.none', { date: t.date(c.replyLastDay) })
  }</p>`;
}

export function casePage(app: App, ctx: ModuleContext): void {
  app.get(
    '/extractives/environment/:id',
    { schema: { hide: true, params: CaseParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const found = await findCase(ctx.db, request.params.id);
      const keeps =
        found !== undefined && can(request.actor, WRITE, { organizationId: found.organizationId });
      // Not named in public before it is notified (README); its keeper sees it to send the notice.
      if (!found || (!isPublicStage(found.stage) && !keeps)) throw notFound();
      const events = await caseEvents(ctx.db, found.id);
      const today = localDate(request.meta.now, ctx.country.timeZone);
      const name = t.pick(companyName(found));
      const title = t('extractives.environment.case.title', { company: name });
      const steps = keeps ? allowedSteps(found) : [];
      const money = (v: string | null) => (v === null ? '—' : t.money(v, 'MNT'));
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/extractives/environment', label: t('extractives.environment.title') },
          { label: name },
        ],
        alternates: [{ href: `/api/v1/extractives/environment/${found.id}`, type: 'application/json' }],
        main: html`<h1>${title}</h1>
<p>${stageTag(t, found)}</p>
<div class="environment-pair">
<section aria-labelledby="finding-title"><h2 id="finding-title">${t('extractives.environment.field.finding')}</h2>
<p>${t.pick({ mn: found.findingMn, en: found.findingEn })}</p></section>
<section aria-labelledby="reply-title"><h2 id="reply-title">${t('extractives.environment.reply.title')}</h2>
${replySide(t, found, events, today)}</section>
</div>
${summaryList([
  {
    key: t('extractives.environment.field.company'),
    value: html`<a href="/legal-entities/${found.entityId}">${name}</a>`,
  },
  {
    key: t('extractives.environment.field.place'),
    value: found.unitCode ? t.pick({ mn: found.unitNameMn ?? '', en: found.unitNameEn ?? '' }) : '—',
  },
  {
    key: t('extractives.environment.field.licences'),
    value:
      found.licences.length === 0
        ? '—'
        : html`${found.licences.map((l, i) => html`${i > 0 ? ', ' : ''}<a href="/extractives/licences/${l.slug}">${l.number}</a>`)}`,
  },
  {
    key: t('extractives.environment.field.inspection'),
    value: html`${t.date(found.inspectedOn)}, <a href="/organizations/${found.inspector}">${t.pick({ mn: found.inspectorNameMn, en: found.inspectorNameEn })}</a>, ${found.reportReference}`,
  },
  { key: t('extractives.environment.field.penalty'), value: money(found.penaltyMnt) },
  {
    key: t('extractives.environment.field.remedy'),
    value:
      found.remedyMn === null
        ? '—'
        : html`${t.pick({ mn: found.remedyMn, en: found.remedyEn ?? '' })} ${found.remedyDueOn ? t('extractives.environment.remedyDue', { date: t.date(found.remedyDueOn) }) : ''}`,
  },
])}
<h2>${t('extractives.environment.history')}</h2>
${timeline(t, found, events, today)}
${
  steps.length > 0
    ? html`<h2>${t('extractives.environment.nextSteps')}</h2><ul>${steps.map(
        (s) =>
          html`<li><a href="/extractives/environment/${found.id}/${s}">${t('extractives.environment.step', { step: stepSelector(s) })}</a></li>`,
      )}</ul>`
    : ''
}
${dueProcess(t, ctx)}`,
      });
    },
  );
}
