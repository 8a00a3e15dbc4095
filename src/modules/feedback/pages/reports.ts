import { Type } from 'typebox';
import { topLevelUnits } from '../../../platform/admin-units.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { unitMap } from '../../../platform/places/map.ts';
import { groupedBarChart } from '../../../platform/views/charts/index.ts';
import {
  downloads,
  filterForm,
  selectField,
  summaryList,
  table,
} from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { listCategories } from '../cases.ts';
import { performanceDataset } from '../dataset.ts';
import {
  type Figures,
  type GroupRow,
  onTimeRate,
  type ReportFilters,
  reportBy,
  reportTotals,
} from '../reports.ts';
import { namedChoices } from '../views.ts';

const figureColumns = (t: Translator) => [
  { key: 'received', label: t('feedback.reports.received'), numeric: true },
  { key: 'answered', label: t('feedback.reports.answered'), numeric: true },
  { key: 'onTime', label: t('feedback.reports.onTime'), numeric: true },
  { key: 'median', label: t('feedback.reports.median'), numeric: true },
  { key: 'overdue', label: t('feedback.reports.overdue'), numeric: true },
  { key: 'satisfaction', label: t('feedback.reports.satisfaction'), numeric: true },
];

const figureCells = (t: Translator, f: Figures) => [
  t.number(f.received),
  t.number(f.answered),
  onTimeRate(f) === null ? '—' : `${t.number(f.answered_on_time)} (${onTimeRate(f)}%)`,
  f.median_days_to_answer === null ? '—' : t.number(f.median_days_to_answer),
  t.number(f.overdue_now),
  f.satisfaction === null ? '—' : `${t.number(f.satisfaction)} (${t.number(f.ratings)})`,
];

/** The league table: best share answered on time first, then fewest overdue, then most received. */
export function league(rows: readonly GroupRow[]): GroupRow[] {
  return [...rows].sort(
    (a, b) =>
      (onTimeRate(b) ?? -1) - (onTimeRate(a) ?? -1) ||
      a.overdue_now - b.overdue_now ||
      b.received - a.received,
  );
}

/** Cases received and answered per month, side by side (the platform's grouped bar chart). */
function monthlyChart(t: Translator, months: readonly GroupRow[]): Html {
  return groupedBarChart({
    id: 'chart',
    title: t('feedback.reports.chartTitle'),
    description: t('feedback.reports.chartDesc'),
    t,
    categories: months.map((m) => m.key),
    series: [
      { label: t('feedback.reports.received'), values: months.map((m) => m.received) },
      { label: t('feedback.reports.answered'), colour: 'green', values: months.map((m) => m.answered) },
    ],
    short: (m) => m.slice(2),
    className: 'feedback-chart',
  });
}

export function reportPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/feedback/reports',
    {
      schema: { hide: true, querystring: Type.Record(Type.String(), Type.String({ maxLength: 2000 })) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t, locale } = request;
      const q = request.query as Record<string, string>;
      const [categories, units] = await Promise.all([listCategories(ctx.db), topLevelUnits(ctx.db, locale)]);
      // Lenient: a filter value that is not known is ignored.
      const filters: ReportFilters = {
        ...(q.year && /^\d{4}$/.test(q.year) ? { year: q.year } : {}),
        ...(categories.some((c) => c.code === q.category) ? { category: q.category } : {}),
        ...(units.some((u) => u.code === q.aimag) ? { aimag: q.aimag } : {}),
      };
      const [totals, byOrg, byCategory, byAimag, byMonth] = await Promise.all([
        reportTotals(ctx, filters),
        reportBy(ctx, 'organization', filters),
        reportBy(ctx, 'category', filters),
        reportBy(ctx, 'aimag', filters),
        reportBy(ctx, 'month', filters),
      ]);
      const search = new URLSearchParams(Object.entries(filters) as [string, string][]).toString();
      const suffix = search ? `?${search}` : '';
      const years = [...new Set(byMonth.map((m) => m.key.slice(0, 4)))].sort().reverse();
      // Real shapes once the boundaries are imported, the labelled schematic until then.
      const aimagMap = await unitMap(ctx.db, ctx.country, {
        id: 'feedback-by-aimag',
        title: t('feedback.reports.mapTitle'),
        t,
        locale,
        values: Object.fromEntries(byAimag.filter((r) => r.key).map((r) => [r.key, r.received])),
        valueLabel: t('feedback.reports.received'),
        categoryLabel: t('feedback.field.aimag'),
      });
      const groupTable = (
        caption: string,
        label: string,
        rows: readonly GroupRow[],
        name: (r: GroupRow) => string,
      ) =>
        table(request.page, {
          caption,
          columns: [{ key: 'name', label }, ...figureColumns(t)],
          rows: rows.map((r) => [name(r), ...figureCells(t, r)]),
        });
      return reply.sendPage({
        title: t('feedback.reports.title'),
        description: t('feedback.reports.lead'),
        breadcrumbs: [
          { href: '/feedback', label: t('feedback.title') },
          { label: t('feedback.reports.title') },
        ],
        alternates: [
          { href: `/feedback/reports/performance.csv${suffix}`, type: 'text/csv' },
          { href: `/feedback/reports/performance.json${suffix}`, type: 'application/json' },
        ],
        main: html`<h1>${t('feedback.reports.title')}</h1>
<p class="lead">${t('feedback.reports.lead')}</p>
<div class="with-sidebar"><aside class="sidebar">
${filterForm(request.page, '/feedback/reports', [
  selectField(
    'year',
    t('feedback.reports.year'),
    years.map((y) => ({ value: y, label: y })),
    filters.year,
    t('filters.any'),
  ),
  selectField(
    'category',
    t('feedback.field.category'),
    namedChoices(t, categories, 'code'),
    filters.category,
    t('filters.any'),
  ),
  selectField(
    'aimag',
    t('feedback.field.aimag'),
    namedChoices(t, units, 'code'),
    filters.aimag,
    t('filters.any'),
  ),
])}
${downloads(request.page, [
  { href: `/feedback/reports/performance.csv${suffix}`, label: 'CSV' },
  { href: `/feedback/reports/performance.json${suffix}`, label: 'JSON' },
])}
<p><a href="/datasets/feedback-performance">${t('feedback.reports.dataset')}</a></p>
</aside><div class="results-panel">
<h2>${t('feedback.reports.totals')}</h2>
${summaryList([
  { key: t('feedback.reports.received'), value: t.number(totals.received) },
  { key: t('feedback.reports.answered'), value: t.number(totals.answered) },
  {
    key: t('feedback.reports.onTime'),
    value:
      onTimeRate(totals) === null ? '—' : `${t.number(totals.answered_on_time)} (${onTimeRate(totals)}%)`,
  },
  {
    key: t('feedback.reports.median'),
    value: totals.median_days_to_answer === null ? '—' : t.number(totals.median_days_to_answer),
  },
  { key: t('feedback.reports.overdue'), value: t.number(totals.overdue_now) },
  {
    key: t('feedback.reports.satisfaction'),
    value: totals.satisfaction === null ? '—' : t.number(totals.satisfaction),
  },
])}
<h2>${t('feedback.reports.byMonth')}</h2>
${monthlyChart(t, byMonth.slice(-12))}
</div></div>
${groupTable(t('feedback.reports.byMonth'), t('feedback.reports.month'), byMonth, (r) => r.key)}
<h2>${t('feedback.reports.league')}</h2>
<p>${t('feedback.reports.leagueHint')}</p>
${groupTable(t('feedback.reports.league'), t('feedback.col.organization'), league(byOrg), (r) => t.pick({ mn: r.nameMn, en: r.nameEn }))}
<h2>${t('feedback.reports.byCategory')}</h2>
${groupTable(t('feedback.reports.byCategory'), t('feedback.field.category'), byCategory, (r) => t.pick({ mn: r.nameMn, en: r.nameEn }))}
<h2>${t('feedback.reports.byAimag')}</h2>
${aimagMap}
${groupTable(t('feedback.reports.byAimag'), t('feedback.field.aimag'), byAimag, (r) => (r.key ? t.pick({ mn: r.nameMn, en: r.nameEn }) : t('feedback.form.national')))}`,
      });
    },
  );

  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/feedback/reports/performance.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) => sendDownload(request, reply, ctx.db, performanceDataset, format),
    );
  }
}
