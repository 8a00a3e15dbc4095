import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { textOf } from '../../../platform/datasets/formats.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ImportRecord } from '../../../platform/imports/history.ts';
import type { DatasetImportReport, SampleRow } from '../../../platform/imports/types.ts';
import { table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';

export const importPath = (dataset: Dataset) => `/datasets/${dataset.id}/import`;
export const historyPath = (dataset: Dataset) => `/datasets/${dataset.id}/imports`;
export const recordPath = (dataset: Dataset, id: number) => `/datasets/${dataset.id}/imports/${id}`;

export function statusTag(t: Translator, status: ImportRecord['status']): Html {
  return html`<span class="import-status import-status-${status}">${t(`catalog.import.status.${status}`)}</span>`;
}

export function problemsTable(page: PageContext, report: DatasetImportReport): Html {
  const { t } = page;
  return html`${table(page, {
    caption: t('catalog.import.problems.caption'),
    columns: [
      { key: 'line', label: t('catalog.import.problem.line'), numeric: true },
      { key: 'column', label: t('catalog.import.problem.column') },
      { key: 'message', label: t('catalog.import.problem.message') },
    ],
    rows: report.problems.map((p) => [
      p.line === undefined ? '—' : t.number(p.line),
      p.column ?? '—',
      html`<span lang="${t.locale}">${p.message[t.locale]}</span>`,
    ]),
  })}
${
  report.problemCount > report.problems.length
    ? html`<p class="hint">${t('catalog.import.problems.more', { shown: t.number(report.problems.length), count: t.number(report.problemCount) })}</p>`
    : ''
}`;
}

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : textOf(v));

function changes(row: SampleRow): Html {
  const names = Object.keys(row.values).filter(
    (k) => JSON.stringify(row.before?.[k] ?? null) !== JSON.stringify(row.values[k] ?? null),
  );
  return html`<ul class="import-changes">${names.map(
    (k) =>
      html`<li><code>${k}</code>: <del>${shown(row.before?.[k])}</del> → <ins>${shown(row.values[k])}</ins></li>`,
  )}</ul>`;
}

export function samplesTables(page: PageContext, report: DatasetImportReport): Html {
  const { t } = page;
  const line = { key: 'line', label: t('catalog.import.sample.line'), numeric: true };
  const key = { key: 'key', label: t('catalog.import.sample.key') };
  return html`${
    report.samples.added.length > 0
      ? table(page, {
          caption: t('catalog.import.samples.added'),
          columns: [line, key, { key: 'values', label: t('catalog.import.sample.values') }],
          rows: report.samples.added.map((r) => [
            t.number(r.line),
            r.key,
            Object.entries(r.values)
              .filter(([, v]) => v !== null)
              .map(([k, v]) => `${k}: ${textOf(v)}`)
              .join('; '),
          ]),
        })
      : ''
  }
${
  report.samples.changed.length > 0
    ? table(page, {
        caption: t('catalog.import.samples.changed'),
        columns: [line, key, { key: 'changes', label: t('catalog.import.sample.changes') }],
        rows: report.samples.changed.map((r) => [t.number(r.line), r.key, changes(r)]),
      })
    : ''
}`;
}

/** "12 rows done" or "12 of about 300 rows", with a progress bar when the total is known. */
export function progressView(t: Translator, record: ImportRecord): Html {
  const total = record.rowsTotal;
  const text =
    total && total > 0
      ? t('catalog.import.progress.of', { done: t.number(record.rowsDone), total: t.number(total) })
      : t('catalog.import.progress.rows', { done: t.number(record.rowsDone) });
  return html`<div class="import-progress" role="status">
<h2>${t('catalog.import.progress')}</h2>
${record.status === 'queued' ? html`<p>${t('catalog.import.progress.queued')}</p>` : ''}
${
  total && total > 0
    ? html`<progress max="${total}" value="${Math.min(record.rowsDone, total)}" aria-label="${t('catalog.import.progress')}">${text}</progress>`
    : ''
}
<p>${text}</p>
<p class="hint">${t('catalog.import.progress.refresh')}</p>
</div>`;
}
