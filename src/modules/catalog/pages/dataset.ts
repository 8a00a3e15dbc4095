import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { filterOptions } from '../../../platform/datasets/filters.ts';
import { downloadFormatNames, textOf } from '../../../platform/datasets/formats.ts';
import { countRows, countsBy, firstRows } from '../../../platform/datasets/rows.ts';
import { latestChanges } from '../../../platform/datasets/versions.ts';
import {
  dataThemes,
  licences,
  themeUri,
  updateFrequencies,
} from '../../../platform/datasets/vocabularies.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { importSubject } from '../../../platform/imports/run.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { barChart } from '../../../platform/views/charts/index.ts';
import {
  emptyState,
  selectField,
  summaryList,
  table,
  textField,
} from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { type CatalogEntry, distributionsOf, loadCatalog } from '../catalog.ts';

const PREVIEW_ROWS = 20;

/** The columns a table of a dataset's fields starts with, here and on its import page: name, title, type. */
export const fieldColumns = (t: Translator) => [
  { key: 'name', label: t('catalog.field.name') },
  { key: 'title', label: t('catalog.field.title') },
  { key: 'type', label: t('catalog.field.type') },
];

function coverage(t: Translator, dataset: Dataset): string {
  const { temporal } = dataset;
  if (!temporal) return t('catalog.temporal.current');
  return temporal.end
    ? t('catalog.temporal.range', { start: temporal.start, end: temporal.end })
    : t('catalog.temporal.from', { start: temporal.start });
}

/** The form for a filtered download: a plain GET form, so it works without JavaScript. */
async function downloadForm(page: PageContext, ctx: ModuleContext, dataset: Dataset): Promise<Html> {
  const { t } = page;
  const fields = await Promise.all(
    (dataset.filters ?? []).map(async (filter) => {
      const options = await filterOptions(ctx.db, filter);
      return options
        ? selectField(
            filter.name,
            t.pick(filter.title),
            options.map((o) => ({ value: o.value, label: t.pick(o.label) })),
            undefined,
            t('filters.any'),
          )
        : textField(filter.name, t.pick(filter.title));
    }),
  );
  return html`<form class="filters" method="get" action="/datasets/${dataset.id}/download">
<h3 class="filters-title">${t('catalog.filtered.title')}</h3>
${selectField(
  'format',
  t('catalog.filtered.format'),
  downloadFormatNames.map((f) => ({ value: f, label: f.toUpperCase() })),
  'csv',
)}
${fields}
<div class="filter-actions"><button type="submit" class="button">${t('catalog.filtered.submit')}</button></div>
</form>`;
}

function details(t: Translator, entry: CatalogEntry, rows: number) {
  const d = entry.dataset;
  const licence = licences[d.licence];
  const keywords = [...d.keywords[t.locale]];
  return summaryList([
    {
      key: t('catalog.publisher'),
      value: entry.publisher
        ? html`<a href="/organizations/${entry.publisher.slug}">${t.pick(entry.publisher.name)}</a>`
        : d.publisher,
    },
    {
      key: t('catalog.themes'),
      value: html`${d.themes.map((th, i) => html`${i > 0 ? ', ' : ''}<a href="/datasets?theme=${th}" title="${themeUri(th)}">${t.pick(dataThemes[th])}</a>`)}`,
    },
    { key: t('catalog.keywords'), value: keywords.length > 0 ? keywords.join(', ') : null },
    { key: t('catalog.licence'), value: html`<a href="${licence.url}" rel="license">${licence.title}</a>` },
    { key: t('catalog.frequency'), value: t.pick(updateFrequencies[d.frequency]) },
    { key: t('catalog.temporal'), value: coverage(t, d) },
    { key: t('catalog.spatial'), value: d.spatial ? d.spatial.join(', ') : t('catalog.spatial.country') },
    { key: t('catalog.modified'), value: entry.modified ? t.dateTime(entry.modified) : null },
    { key: t('catalog.rows'), value: t.number(rows) },
    { key: t('catalog.identifier'), value: html`<code>${d.id}</code>` },
  ]);
}

/** `/datasets/:id`: what a dataset is, its fields, a preview, a chart, every way to get it. */
export function catalogDatasetPage(
  app: App,
  ctx: ModuleContext,
  datasets: ReadonlyMap<string, Dataset>,
): void {
  app.get(
    '/datasets/:id',
    {
      schema: {
        hide: true,
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }),
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { t, page } = request;
      const dataset = datasets.get(request.params.id);
      if (!dataset) throw notFound(`no dataset "${request.params.id}"`);
      const [[entry], rows, preview, bars, changes, form] = await Promise.all([
        loadCatalog(ctx.db, [dataset]),
        countRows(ctx.db, dataset),
        firstRows(ctx.db, dataset, PREVIEW_ROWS),
        dataset.chart ? countsBy(ctx.db, dataset, dataset.chart.field) : Promise.resolve([]),
        latestChanges(ctx.db, dataset.id, 10),
        downloadForm(page, ctx, dataset),
      ]);
      if (!entry) throw notFound();
      const importAction = dataset.import?.action;
      const mayImport =
        importAction !== undefined &&
        request.actor.kind !== 'anonymous' &&
        can(request.actor, importAction, await importSubject(ctx, dataset));
      const title = t.pick(dataset.title);
      const other = t.locale === 'mn' ? 'en' : 'mn';
      const chartField = dataset.fields.find((f) => f.name === dataset.chart?.field);
      const distributions = distributionsOf(dataset, ctx.config.publicUrl);
      return reply.sendPage({
        title,
        description: t.pick(dataset.description),
        breadcrumbs: [{ href: '/datasets', label: t('catalog.title') }, { label: title }],
        alternates: [
          { href: `/datasets/${dataset.id}/download.csv`, type: 'text/csv' },
          { href: `/datasets/${dataset.id}/datapackage.json`, type: 'application/json' },
          { href: `/datasets/${dataset.id}/changes.atom`, type: 'application/atom+xml' },
        ],
        main: html`<h1>${title}</h1>
<p class="lead">${t.pick(dataset.description)}</p>
<p lang="${other}">${dataset.title[other]}</p>
${details(t, entry, rows)}
${mayImport ? html`<p class="import-actions"><a class="button" href="/datasets/${dataset.id}/import">${t('catalog.import.link')}</a> <a href="/datasets/${dataset.id}/imports">${t('catalog.import.history')}</a></p>` : ''}
<h2 id="downloads">${t('catalog.distributions')}</h2>
${table(page, {
  caption: t('catalog.distributions.caption'),
  columns: [
    { key: 'title', label: t('catalog.distribution') },
    { key: 'format', label: t('catalog.format') },
    { key: 'type', label: t('catalog.mediaType') },
  ],
  rows: distributions.map((d) => [
    html`<a href="${d.url.slice(ctx.config.publicUrl.length) || d.url}">${t.pick(d.title)}</a>`,
    d.format,
    html`<code>${d.mediaType}</code>`,
  ]),
})}
<p class="hint">${t('catalog.bomHint')} <a href="/datasets/${dataset.id}/download.csv?bom=1">${t('catalog.bomLink')}</a></p>
${(dataset.filters ?? []).length > 0 ? form : ''}
${
  dataset.chart && chartField
    ? html`<h2>${t('catalog.chart', { field: t.pick(chartField.title) })}</h2>
${barChart({
  id: `chart-${dataset.id}`,
  title: t('catalog.chart', { field: t.pick(chartField.title) }),
  t,
  bars: bars.map((b) => ({
    label: b.value === null ? t('catalog.chart.none') : (dataset.chart?.label?.(b.value, t) ?? b.value),
    value: b.count,
  })),
  tableLabel: t('catalog.chart.table'),
  categoryLabel: t('catalog.chart.value'),
  valueLabel: t('catalog.chart.count'),
})}`
    : ''
}
<h2>${t('catalog.fields')}</h2>
${table(page, {
  caption: t('catalog.fields.caption'),
  columns: [...fieldColumns(t), { key: 'description', label: t('catalog.field.description') }],
  rows: dataset.fields.map((f) => [
    html`<code>${f.name}</code>${dataset.key.includes(f.name) ? html` <span class="meta">(${t('catalog.field.key')})</span>` : ''}`,
    t.pick(f.title),
    f.type,
    f.description ? t.pick(f.description) : '',
  ]),
})}
<h2>${t('catalog.preview')}</h2>
${
  preview.length === 0
    ? emptyState(t('catalog.preview.empty'))
    : table(page, {
        caption: t('catalog.preview.caption', { count: preview.length }),
        columns: dataset.fields.map((f) => ({
          key: f.name,
          label: f.name,
          numeric: f.type === 'integer' || f.type === 'number',
        })),
        rows: preview.map((row) => dataset.fields.map((f) => textOf(row[f.name]))),
      })
}
<h2>${t('catalog.changes')}</h2>
<p><a href="/datasets/${dataset.id}/changes.atom">${t('catalog.changes.feed')}</a> · <a href="/api/v1/datasets/${dataset.id}/changes">${t('catalog.changes.api')}</a></p>
${
  changes.length === 0
    ? emptyState(t('catalog.changes.empty'))
    : html`<ul class="link-list">${changes.map(
        (c) =>
          html`<li>${t.dateTime(c.changedAt)} — ${t(`catalog.operation.${c.operation}`)}: ${
            dataset.recordPath && c.operation !== 'delete'
              ? html`<a href="${dataset.recordPath(c.key)}">${c.key}</a>`
              : c.key
          } (v${c.version})</li>`,
      )}</ul>`
}`,
      });
    },
  );
}
