import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { barChart, groupedBarChart, treemapChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState, filterForm, selectField, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { UNCLASSIFIED } from '../budget/dimensions.ts';
import {
  type BreakdownRow,
  breakdown,
  budgetYears,
  compareYears,
  executionRate,
  linesUnder,
  pathTo,
  sumAmounts,
  type YearOnYearRow,
} from '../budget/queries.ts';
import {
  badQueryNotice,
  budgetHref,
  dimensionChoices,
  dimensionLabel,
  directionChoices,
  type ExplorerQuery,
  mnt,
  mntShort,
  percent,
  phaseChoices,
  phaseLabel,
  readQuery,
  rowName,
  sendCsv,
  signedMnt,
  yearSelect,
} from './explorer-views.ts';

/** How many rows the side-by-side charts draw (the tables and the CSV have them all). */
const CHART_ROWS = 8;

const querySchema = {
  hide: true,
  querystring: Type.Record(Type.String(), Type.String({ maxLength: 200 })),
};

/** Everything the explorer shows for a query: the level's rows, the year before, the path and the lines. */
async function explore(ctx: ModuleContext, request: FastifyRequest) {
  const years = await budgetYears(ctx.db);
  const { query: q, problems } = readQuery(
    request.query as Record<string, string>,
    years[0] ?? new Date().getUTCFullYear(),
  );
  const crumbs = q.node && q.node !== UNCLASSIFIED ? await pathTo(ctx.db, q.by, q.year, q.node) : [];
  if (q.node && q.node !== UNCLASSIFIED && crumbs.length === 0)
    throw notFound(request.t('fiscal.budget.noNode', { node: q.node, year: String(q.year) }));
  const scope = { year: q.year, direction: q.direction };
  const [rows, before, lines] = await Promise.all([
    breakdown(ctx.db, q.by, scope, q.node, q.phase),
    breakdown(ctx.db, q.by, { ...scope, year: q.year - 1 }, q.node, q.phase),
    q.node ? linesUnder(ctx.db, q.by, scope, q.node, q.phase) : null,
  ]);
  return { q, problems, years, crumbs, rows, yoy: compareYears(rows, before, q.phase), lines };
}

const hrefOf = (q: ExplorerQuery, r: { kind: BreakdownRow['kind']; key: string }) =>
  r.kind === 'own' ? null : budgetHref(q, { node: r.key });

const linked = (href: string | null, text: string): Html | string =>
  href ? html`<a href="${href}">${text}</a>` : text;

function sideBySide(page: PageContext, q: ExplorerQuery, rows: readonly BreakdownRow[]): Html {
  const { t } = page;
  const top = rows.slice(0, CHART_ROWS);
  return html`${groupedBarChart({
    id: 'planned-executed',
    className: 'fiscal-chart',
    title: t('fiscal.budget.sideBySide'),
    caption: t('fiscal.budget.chartTop', { count: top.length, total: rows.length }),
    t,
    format: (v) => mntShort(t, v),
    categories: top.map((r) => rowName(t, q.by, r)),
    short: (c) => (c.length > 14 ? `${c.slice(0, 13)}…` : c),
    series: [
      { label: phaseLabel(t, 'approved'), values: top.map((r) => r.approved) },
      { label: phaseLabel(t, 'revised'), colour: 'orange', values: top.map((r) => r.revised) },
      { label: phaseLabel(t, 'executed'), colour: 'green', values: top.map((r) => r.executed) },
    ],
    categoryLabel: dimensionLabel(t, q.by),
  })}
${table(page, {
  caption: t('fiscal.budget.sideBySide'),
  columns: [
    { key: 'name', label: dimensionLabel(t, q.by) },
    ...(['proposed', 'approved', 'revised', 'executed'] as const).map((p) => ({
      key: p,
      label: phaseLabel(t, p),
      numeric: true,
    })),
    { key: 'rate', label: t('fiscal.budget.rate'), numeric: true },
  ],
  rows: [
    ...rows.map((r) => [
      linked(hrefOf(q, r), rowName(t, q.by, r)),
      mnt(t, r.proposed),
      mnt(t, r.approved),
      mnt(t, r.revised),
      mnt(t, r.executed),
      percent(t, executionRate(r)),
    ]),
    ((total) => [
      html`<strong>${t('fiscal.budget.total')}</strong>`,
      mnt(t, total.proposed),
      mnt(t, total.approved),
      mnt(t, total.revised),
      mnt(t, total.executed),
      percent(t, executionRate(total)),
    ])(sumAmounts(rows)),
  ],
})}
<p class="meta">${t('fiscal.budget.rateHint')}</p>`;
}

function yearOnYear(page: PageContext, q: ExplorerQuery, rows: readonly YearOnYearRow[]): Html {
  const { t } = page;
  const top = rows.slice(0, CHART_ROWS);
  const previous = String(q.year - 1);
  return html`${groupedBarChart({
    id: 'year-on-year',
    className: 'fiscal-chart',
    title: t('fiscal.budget.yoyTitle', { year: String(q.year), previous, phase: phaseLabel(t, q.phase) }),
    caption: t('fiscal.budget.chartTop', { count: top.length, total: rows.length }),
    t,
    format: (v) => mntShort(t, v),
    categories: top.map((r) => rowName(t, q.by, r)),
    short: (c) => (c.length > 14 ? `${c.slice(0, 13)}…` : c),
    series: [
      { label: previous, colour: 'grey', values: top.map((r) => r.previous) },
      { label: String(q.year), colour: 'blue', values: top.map((r) => r.current) },
    ],
    categoryLabel: dimensionLabel(t, q.by),
  })}
${table(page, {
  caption: t('fiscal.budget.yoyTitle', { year: String(q.year), previous, phase: phaseLabel(t, q.phase) }),
  columns: [
    { key: 'name', label: dimensionLabel(t, q.by) },
    { key: 'previous', label: previous, numeric: true },
    { key: 'current', label: String(q.year), numeric: true },
    { key: 'change', label: t('fiscal.budget.change'), numeric: true },
    { key: 'rate', label: t('fiscal.budget.changeRate'), numeric: true },
  ],
  rows: rows.map((r) => [
    rowName(t, q.by, r),
    mnt(t, r.previous),
    mnt(t, r.current),
    signedMnt(t, r.change),
    r.rate === null ? t('fiscal.budget.new') : percent(t, r.rate),
  ]),
})}`;
}

export function budgetPages(app: App, ctx: ModuleContext): void {
  app.get('/fiscal/budget', { schema: querySchema, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    const { q, problems, years, crumbs, rows, yoy, lines } = await explore(ctx, request);
    const here = crumbs.at(-1);
    const levelName =
      q.node === UNCLASSIFIED
        ? t(`fiscal.budget.unclassified.${q.by}`)
        : here
          ? rowName(t, q.by, { key: here.code, kind: 'node', labelMn: here.labelMn, labelEn: here.labelEn })
          : t('fiscal.budget.everything', { direction: t(`fiscal.budget.direction.${q.direction}`) });
    const title = t('fiscal.budget.title');
    const total = sumAmounts(rows);
    const csv = budgetHref(q, {}, '/fiscal/budget.csv');
    const drill = html`<nav class="fiscal-drill" aria-label="${t('fiscal.budget.drillPath')}"><ol>
<li>${q.node ? html`<a href="${budgetHref(q, { node: null })}">${t('fiscal.budget.top', { by: dimensionLabel(t, q.by) })}</a>` : html`<span aria-current="page">${t('fiscal.budget.top', { by: dimensionLabel(t, q.by) })}</span>`}</li>
${crumbs.map((c, i) => html`<li>${i === crumbs.length - 1 ? html`<span aria-current="page">${rowName(t, q.by, { key: c.code, kind: 'node', labelMn: c.labelMn, labelEn: c.labelEn })}</span>` : html`<a href="${budgetHref(q, { node: c.code })}">${rowName(t, q.by, { key: c.code, kind: 'node', labelMn: c.labelMn, labelEn: c.labelEn })}</a>`}</li>`)}
${q.node === UNCLASSIFIED ? html`<li><span aria-current="page">${levelName}</span></li>` : ''}
</ol></nav>`;
    const parts = rows.map((r) => ({
      label: rowName(t, q.by, r),
      value: r[q.phase],
      ...(hrefOf(q, r) ? { href: hrefOf(q, r) as string } : {}),
    }));
    return reply.sendPage({
      title: `${title}: ${levelName}`,
      description: t('fiscal.budget.lead'),
      breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }],
      alternates: [{ href: csv, type: 'text/csv' }],
      main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.budget.lead')}</p>
${badQueryNotice(request.page, problems)}
<div class="with-sidebar"><aside class="sidebar">
${filterForm(request.page, '/fiscal/budget', [
  yearSelect(t, years, q.year),
  selectField('direction', t('fiscal.budget.direction'), directionChoices(t), q.direction),
  selectField('phase', t('fiscal.budget.phase'), phaseChoices(t), q.phase),
  selectField('by', t('fiscal.budget.by'), dimensionChoices(t), q.by),
])}
${downloads(request.page, [{ href: csv, label: t('fiscal.budget.csv') }])}
</aside><div class="results-panel">
${drill}
<h2>${levelName}</h2>
<ul class="fiscal-figures">
<li><span>${phaseLabel(t, q.phase)}</span><strong>${mntShort(t, total[q.phase])}</strong></li>
<li><span>${t('fiscal.budget.plan')}</span><strong>${mntShort(t, total.plan)}</strong></li>
<li><span>${phaseLabel(t, 'executed')}</span><strong>${mntShort(t, total.executed)}</strong></li>
<li><span>${t('fiscal.budget.rate')}</span><strong>${percent(t, executionRate(total))}</strong></li>
</ul>
${
  rows.length === 0
    ? q.node
      ? ''
      : emptyState(t('fiscal.budget.empty', { year: String(q.year) }))
    : html`${treemapChart({
        id: 'treemap',
        className: 'fiscal-chart',
        title: t('fiscal.budget.treemapTitle', {
          level: levelName,
          phase: phaseLabel(t, q.phase),
          year: String(q.year),
        }),
        caption: t('fiscal.budget.treemapCaption'),
        t,
        format: (v) => mntShort(t, v),
        parts,
        categoryLabel: dimensionLabel(t, q.by),
        valueLabel: phaseLabel(t, q.phase),
      })}
${barChart({
  id: 'bars',
  className: 'fiscal-chart',
  title: t('fiscal.budget.barsTitle', {
    level: levelName,
    phase: phaseLabel(t, q.phase),
    year: String(q.year),
  }),
  t,
  format: (v) => mntShort(t, v),
  bars: rows.map((r) => ({ label: rowName(t, q.by, r), value: r[q.phase] })),
  categoryLabel: dimensionLabel(t, q.by),
  valueLabel: phaseLabel(t, q.phase),
})}`
}
</div></div>
${
  rows.length === 0
    ? ''
    : html`<h2>${t('fiscal.budget.sideBySide')}</h2>
${sideBySide(request.page, q, rows)}
<h2>${t('fiscal.budget.yoy')}</h2>
${yearOnYear(request.page, q, yoy)}`
}
${
  lines
    ? html`<h2>${t('fiscal.budget.lines', { count: lines.count })}</h2>
${
  lines.count === 0
    ? emptyState(t('fiscal.budget.noLines'))
    : table(request.page, {
        caption: t('fiscal.budget.lines', { count: lines.count }),
        columns: [
          { key: 'ref', label: t('fiscal.line.ref') },
          { key: 'name', label: t('fiscal.line.name') },
          { key: 'body', label: t('fiscal.budget.by.administrative') },
          { key: 'approved', label: phaseLabel(t, 'approved'), numeric: true },
          { key: 'executed', label: phaseLabel(t, 'executed'), numeric: true },
          { key: 'rate', label: t('fiscal.budget.rate'), numeric: true },
        ],
        rows: lines.lines.map((l) => [
          html`<a href="/fiscal/budget/lines/${encodeURIComponent(l.ref)}">${l.ref}</a>`,
          t.pick({ mn: l.nameMn, en: l.nameEn }),
          html`<a href="/fiscal/bodies/${l.bodySlug}">${t.pick({ mn: l.bodyMn, en: l.bodyEn })}</a>`,
          mnt(t, l.approved),
          mnt(t, l.executed),
          percent(t, executionRate(l)),
        ]),
      })
}${lines.count > lines.lines.length ? html`<p class="meta">${t('fiscal.budget.linesShown', { shown: lines.lines.length, count: lines.count })}</p>` : ''}`
    : ''
}`,
    });
  });

  app.get(
    '/fiscal/budget.csv',
    { schema: querySchema, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { q, rows, yoy } = await explore(ctx, request);
      const before = new Map(yoy.map((r) => [`${r.kind}:${r.key}`, r]));
      const name = `budget-${q.year}-${q.direction}-${q.by}${q.node ? `-${q.node}` : ''}.csv`;
      return sendCsv(
        reply,
        name,
        [
          'code',
          'name',
          'kind',
          'lines',
          'proposed',
          'approved',
          'revised',
          'executed',
          'plan',
          'execution_rate',
          'previous_year',
          'previous_year_amount',
          'change',
        ],
        rows.map((r) => {
          const y = before.get(`${r.kind}:${r.key}`);
          const rate = executionRate(r);
          return {
            code: r.key,
            name: rowName(t, q.by, r),
            kind: r.kind,
            lines: r.lines,
            proposed: r.proposed,
            approved: r.approved,
            revised: r.revised,
            executed: r.executed,
            plan: r.plan,
            execution_rate: rate === null ? null : Math.round(rate * 10000) / 10000,
            previous_year: q.year - 1,
            previous_year_amount: y?.previous ?? 0,
            change: y?.change ?? r[q.phase],
          };
        }),
      );
    },
  );
}
