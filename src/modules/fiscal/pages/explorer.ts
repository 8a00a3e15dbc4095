import { Type } from 'typebox';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { groupedBarChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState, homeCard, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type Direction, phases } from '../budget/dimensions.ts';
import { type Amounts, budgetYears, yearTotals } from '../budget/queries.ts';
import {
  badQueryNotice,
  budgetHref,
  mnt,
  mntShort,
  phaseLabel,
  readYear,
  sendCsv,
  yearForm,
} from './explorer-views.ts';

/** The module's front page: the year's totals, a year chooser, and the ways in. */

const querySchema = {
  hide: true,
  querystring: Type.Record(Type.String(), Type.String({ maxLength: 200 })),
};

/** The year asked for when it is a year, else the latest with a budget (or this year); `bad` when one was given and not understood. */
async function chosenYear(ctx: ModuleContext, given: string | undefined) {
  const years = await budgetYears(ctx.db);
  return { years, ...readYear(given, years) };
}

function totalsTable(page: PageContext, year: number, totals: Record<Direction, Amounts>): Html {
  const { t } = page;
  const balance = (p: (typeof phases)[number]) => totals.revenue[p] - totals.expenditure[p];
  return html`${groupedBarChart({
    id: 'totals',
    className: 'fiscal-chart',
    title: t('fiscal.explorer.totalsCaption', { year: String(year) }),
    t,
    format: (v) => mntShort(t, v),
    categories: phases.map((p) => phaseLabel(t, p)),
    series: [
      {
        label: t('fiscal.budget.direction.revenue'),
        colour: 'green',
        values: phases.map((p) => totals.revenue[p]),
      },
      {
        label: t('fiscal.budget.direction.expenditure'),
        colour: 'blue',
        values: phases.map((p) => totals.expenditure[p]),
      },
    ],
    categoryLabel: t('fiscal.budget.phase'),
  })}
${table(page, {
  caption: t('fiscal.explorer.totalsCaption', { year: String(year) }),
  columns: [
    { key: 'what', label: t('fiscal.budget.direction') },
    ...phases.map((p) => ({ key: p, label: phaseLabel(t, p), numeric: true })),
  ],
  rows: [
    ...(['revenue', 'expenditure'] as const).map((d) => [
      html`<a href="${budgetHref({ year, direction: d, phase: 'approved', by: d === 'revenue' ? 'economic' : 'functional', node: null })}">${t(`fiscal.budget.direction.${d}`)}</a>`,
      ...phases.map((p) => mnt(t, totals[d][p])),
    ]),
    [t('fiscal.explorer.balance'), ...phases.map((p) => mnt(t, balance(p)))],
  ],
})}`;
}

const cards = (t: Translator, year: number) => [
  {
    href: budgetHref({ year, direction: 'expenditure', phase: 'approved', by: 'functional', node: null }),
    title: t('fiscal.budget.title'),
    text: t('fiscal.explorer.card.budget'),
  },
  {
    href: '/fiscal/transactions',
    title: t('fiscal.explorer.card.transactions'),
    text: t('fiscal.explorer.card.transactionsText'),
  },
  {
    href: '/fiscal/funds',
    title: t('fiscal.explorer.card.funds'),
    text: t('fiscal.explorer.card.fundsText'),
  },
  {
    href: `/fiscal/aimags?year=${year}`,
    title: t('fiscal.explorer.card.aimags'),
    text: t('fiscal.explorer.card.aimagsText'),
  },
  {
    href: `/fiscal/citizens-budget/${year}`,
    title: t('fiscal.explorer.card.citizens'),
    text: t('fiscal.explorer.card.citizensText'),
  },
  {
    href: '/fiscal/compliance',
    title: t('fiscal.explorer.card.compliance'),
    text: t('fiscal.explorer.card.complianceText'),
  },
];

export function explorerPages(app: App, ctx: ModuleContext): void {
  app.get('/fiscal', { schema: querySchema, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    const { years, year, bad } = await chosenYear(ctx, (request.query as Record<string, string>).year);
    const totals = await yearTotals(ctx.db, year);
    const csv = `/fiscal/totals.csv?year=${year}`;
    const empty = totals.revenue.lines + totals.expenditure.lines === 0;
    return reply.sendPage({
      title: t('fiscal.title'),
      description: t('fiscal.explorer.lead'),
      breadcrumbs: [{ label: t('fiscal.title') }],
      alternates: [{ href: csv, type: 'text/csv' }],
      main: html`<h1>${t('fiscal.title')}</h1>
<p class="lead">${t('fiscal.explorer.lead')}</p>
${badQueryNotice(request.page, bad ? ['year'] : [])}
${yearForm(t, '/fiscal', years, year)}
<h2>${t('fiscal.explorer.totals', { year: String(year) })}</h2>
${
  empty
    ? emptyState(t('fiscal.budget.empty', { year: String(year) }))
    : html`<ul class="fiscal-figures">
${(['revenue', 'expenditure'] as const).map(
  (
    d,
  ) => html`<li><span>${t(`fiscal.budget.direction.${d}`)}, ${phaseLabel(t, 'approved').toLowerCase()}</span><strong>${mntShort(t, totals[d].approved)}</strong></li>
<li><span>${t(`fiscal.budget.direction.${d}`)}, ${phaseLabel(t, 'executed').toLowerCase()}</span><strong>${mntShort(t, totals[d].executed)}</strong></li>`,
)}
</ul>
${totalsTable(request.page, year, totals)}
${downloads(request.page, [{ href: csv, label: 'CSV' }])}`
}
<h2>${t('fiscal.explorer.follow')}</h2>
<div class="cards">${cards(t, year).map((c) => homeCard(c))}</div>`,
    });
  });

  app.get(
    '/fiscal/totals.csv',
    { schema: querySchema, config: { access: 'public' } },
    async (request, reply) => {
      const { year } = await chosenYear(ctx, (request.query as Record<string, string>).year);
      const totals = await yearTotals(ctx.db, year);
      return sendCsv(
        reply,
        `budget-totals-${year}.csv`,
        ['fiscal_year', 'direction', 'lines', ...phases],
        (['revenue', 'expenditure'] as const).map((d) => ({
          fiscal_year: year,
          direction: d,
          lines: totals[d].lines,
          ...Object.fromEntries(phases.map((p) => [p, totals[d][p]])),
        })),
      );
    },
  );
}
