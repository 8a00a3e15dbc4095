import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { donutChart, treemapChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { assumptions, revisions, telling } from '../budget/citizens.ts';
import { populationFor } from '../budget/people.ts';
import { breakdown, executionRate, yearTotals } from '../budget/queries.ts';
import { budgetHref, mnt, mntShort, percent, rowName, signedMnt, sourceNote } from './explorer-views.ts';

/**
 * The citizens' budget of a year: where the money comes from, where it goes, the assumptions
 * behind the proposal and what revision changed, in short sentences in both languages.
 */
export function citizensBudgetPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/fiscal/citizens-budget/:year',
    {
      schema: { hide: true, params: Type.Object({ year: Type.String({ maxLength: 10 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t } = request;
      const given = (request.params as { year: string }).year;
      if (!/^(19|20)\d\d$/.test(given)) throw notFound(t('fiscal.citizens.badYear', { year: given }));
      const year = Number(given);
      const y = String(year);
      const [totals, revenue, spending, assumed] = await Promise.all([
        yearTotals(ctx.db, year),
        telling(ctx.db, 'economic', { year, direction: 'revenue' }, 'approved'),
        breakdown(ctx.db, 'functional', { year, direction: 'expenditure' }, null, 'approved'),
        assumptions(ctx.db, ctx.country.fiscal, year),
      ]);
      const population = populationFor(ctx.country.fiscal, year);
      const residents = population ? Object.values(population.byUnit).reduce((s, n) => s + n, 0) : 0;
      const changed = revisions(spending).slice(0, 5);
      const biggestIn = revenue.rows[0];
      const biggestOut = spending[0];
      const share = (part: number, whole: number) => percent(t, whole > 0 ? part / whole : null);
      const title = t('fiscal.citizens.title', { year: y });
      const revenueHref = budgetHref({
        year,
        direction: 'revenue',
        phase: 'approved',
        by: 'economic',
        node: revenue.parent,
      });
      const spendingHref = budgetHref({
        year,
        direction: 'expenditure',
        phase: 'approved',
        by: 'functional',
        node: null,
      });
      const csv = (href: string) => href.replace('/fiscal/budget?', '/fiscal/budget.csv?');
      const empty = totals.revenue.lines + totals.expenditure.lines === 0;
      return reply.sendPage({
        title,
        description: t('fiscal.citizens.lead', { year: y }),
        breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }],
        main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.citizens.lead', { year: y })}</p>
${
  empty
    ? emptyState(t('fiscal.budget.empty', { year: y }))
    : html`<div class="fiscal-plain">
<p>${t('fiscal.citizens.summary', { year: y, revenue: mnt(t, totals.revenue.approved), spending: mnt(t, totals.expenditure.approved) })}</p>
${residents > 0 ? html`<p>${t('fiscal.citizens.perPerson', { amount: mnt(t, totals.expenditure.approved / residents) })}</p>` : ''}
</div>
<h2>${t('fiscal.citizens.comesFrom')}</h2>
${biggestIn ? html`<p>${t('fiscal.citizens.biggestIn', { name: rowName(t, 'economic', biggestIn), amount: mnt(t, biggestIn.approved), share: share(biggestIn.approved, totals.revenue.approved) })}</p>` : ''}
${donutChart({
  id: 'revenue',
  className: 'fiscal-chart fiscal-chart-small',
  title: t('fiscal.citizens.comesFrom'),
  t,
  format: (v) => mntShort(t, v),
  parts: revenue.rows.map((r) => ({ label: rowName(t, 'economic', r), value: r.approved })),
  categoryLabel: t('fiscal.budget.by.economic'),
  valueLabel: t('fiscal.budget.phase.approved'),
  emptyText: t('fiscal.citizens.noRevenue'),
})}
<h2>${t('fiscal.citizens.goesTo')}</h2>
${biggestOut ? html`<p>${t('fiscal.citizens.biggestOut', { name: rowName(t, 'functional', biggestOut), amount: mnt(t, biggestOut.approved), share: share(biggestOut.approved, totals.expenditure.approved) })}</p>` : ''}
${treemapChart({
  id: 'spending',
  className: 'fiscal-chart',
  title: t('fiscal.citizens.goesTo'),
  caption: t('fiscal.budget.treemapCaption'),
  t,
  format: (v) => mntShort(t, v),
  parts: spending.map((r) => ({
    label: rowName(t, 'functional', r),
    value: r.approved,
    ...(r.kind === 'node'
      ? {
          href: budgetHref({
            year,
            direction: 'expenditure',
            phase: 'approved',
            by: 'functional',
            node: r.key,
          }),
        }
      : {}),
  })),
  categoryLabel: t('fiscal.budget.by.functional'),
  valueLabel: t('fiscal.budget.phase.approved'),
})}
${downloads(request.page, [
  { href: csv(revenueHref), label: t('fiscal.citizens.revenueCsv') },
  { href: csv(spendingHref), label: t('fiscal.citizens.spendingCsv') },
])}
<h2>${t('fiscal.citizens.assumptions')}</h2>
${
  assumed.length === 0
    ? html`<p>${t('fiscal.citizens.noAssumptions')}</p>`
    : html`<p>${t('fiscal.citizens.assumptionsLead')}</p><ul class="fiscal-plain-list">${assumed.map(
        (a) =>
          html`<li>${t('fiscal.citizens.assumption', { name: t.pick(a.name), value: t.number(a.value), unit: a.unit ? t.pick(a.unit) : '' })}${
            a.note.mn || a.note.en ? html` <span class="meta">${t.pick(a.note)}</span>` : ''
          }</li>`,
      )}</ul>`
}
<h2>${t('fiscal.citizens.revision')}</h2>
${
  totals.expenditure.revised === totals.expenditure.approved
    ? html`<p>${t('fiscal.citizens.notRevised')}</p>`
    : html`<p>${t('fiscal.citizens.revisedTotal', { approved: mnt(t, totals.expenditure.approved), plan: mnt(t, totals.expenditure.plan), change: signedMnt(t, totals.expenditure.plan - totals.expenditure.approved) })}</p>
<ul class="fiscal-plain-list">${changed.map((r) => html`<li>${t('fiscal.citizens.revisedRow', { name: rowName(t, 'functional', { ...r, kind: 'node' }), change: signedMnt(t, r.change) })}</li>`)}</ul>`
}
<h2>${t('fiscal.citizens.execution')}</h2>
<p>${
        totals.expenditure.executed === 0
          ? t('fiscal.citizens.notExecuted')
          : t('fiscal.citizens.executed', {
              amount: mnt(t, totals.expenditure.executed),
              rate: percent(t, executionRate(totals.expenditure)),
            })
      }</p>
${population ? sourceNote(t, population.source) : ''}
<p><a href="${spendingHref}">${t('fiscal.citizens.explore')}</a></p>`
}`,
      });
    },
  );
}
