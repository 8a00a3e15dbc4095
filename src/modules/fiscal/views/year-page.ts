import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FiscalSource } from '../../../country/fiscal-pack.ts';
import { can } from '../../../platform/auth/permissions.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { downloads, filterForm, selectField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';

/** A source as the pack gives it: its words, its link, and whether it was confirmed. */
export function sourceLine(t: Translator, label: string, source: FiscalSource): Html {
  const text = t.pick(source);
  return html`<p class="source">${label}: ${source.url ? html`<a href="${source.url}">${text}</a>` : text}${
    source.confirmed ? '' : html` <strong>(${t('fiscal.funds.unconfirmed')})</strong>`
  }${source.note ? html` <span class="hint">${source.note}</span>` : ''}</p>`;
}

export interface YearPage {
  /** The page's path, the filter form's action. */
  path: string;
  title: string;
  lead: string;
  /** The years to choose from (newest first) and the one shown. */
  years: readonly number[];
  year: number;
  /** Further filters after the year's. */
  filters?: readonly Html[];
  /** The page's CSV download. */
  csv: string;
  /** Beside the filters, in the results panel (the chart). */
  panel: Html;
  /** Under both, the full width (the tables). */
  body: Html;
  /** The publishers' form of the page's records, linked for those who may publish (`fiscal.publish`). */
  form?: { href: string; label: string };
}

/**
 * The frame of the year-by-year pages of funds, donations and benefits: title, lead, a filter
 * form with the year first, the CSV download beside the results, then the tables.
 */
export function sendYearPage(request: FastifyRequest, reply: FastifyReply, p: YearPage) {
  const { t } = request;
  return reply.sendPage({
    title: p.title,
    description: p.lead,
    breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: p.title }],
    alternates: [{ href: p.csv, type: 'text/csv' }],
    main: html`<h1>${p.title}</h1>
<p class="lead">${p.lead}</p>
<div class="with-sidebar"><aside class="sidebar">
${filterForm(request.page, p.path, [
  selectField(
    'year',
    t('fiscal.funds.year'),
    [...new Set([...p.years, p.year])]
      .sort((a, b) => b - a)
      .map((y) => ({ value: String(y), label: String(y) })),
    String(p.year),
  ),
  ...(p.filters ?? []),
])}
${downloads(request.page, [{ href: p.csv, label: 'CSV' }])}
${p.form && can(request.actor, 'fiscal.publish') ? html`<p><a class="button button-secondary" href="${p.form.href}">${p.form.label}</a></p>` : ''}
</aside><div class="results-panel">
${p.panel}
</div></div>
${p.body}`,
  });
}
