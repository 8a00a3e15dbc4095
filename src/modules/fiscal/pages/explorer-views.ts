import type { FastifyReply } from 'fastify';
import type { FiscalSource } from '../../../country/fiscal-pack.ts';
import { attachmentHeader } from '../../../platform/datasets/download.ts';
import { csvHeader, csvLines } from '../../../platform/datasets/formats.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DatasetField } from '../../../platform/module.ts';
import { notice, selectField } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  type Dimension,
  type Direction,
  dimensions,
  directions,
  isDimension,
  isDirection,
  isPhase,
  type Phase,
  phases,
  UNCLASSIFIED,
} from '../budget/dimensions.ts';
import type { BreakdownRow } from '../budget/queries.ts';

/** What the explorer's pages share: their query, labels of codes and phases, money, rates and CSV. */

export interface ExplorerQuery {
  year: number;
  direction: Direction;
  phase: Phase;
  by: Dimension;
  /** The node drilled into (null: the top). */
  node: string | null;
}

/**
 * The explorer's query string read leniently: a value that is not understood falls back to its
 * default, and the field is named in `problems` so the page can say so.
 */
export function readQuery(
  q: Readonly<Record<string, string | undefined>>,
  defaultYear: number,
): { query: ExplorerQuery; problems: string[] } {
  const problems: string[] = [];
  const pick = <T>(name: string, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = q[name];
    if (v === undefined || v === '') return fallback;
    if (ok(v)) return v;
    problems.push(name);
    return fallback;
  };
  const isYear = (v: unknown): v is string => typeof v === 'string' && /^(19|20)\d\d$/.test(v);
  const node = q.node;
  const nodeOk = node === undefined || node === '' || /^[0-9A-Za-z._-]{1,40}$/.test(node);
  if (!nodeOk) problems.push('node');
  return {
    problems,
    query: {
      year: Number(pick('year', isYear, String(defaultYear))),
      direction: pick('direction', isDirection, 'expenditure'),
      phase: pick('phase', isPhase, 'approved'),
      by: pick('by', isDimension, 'functional'),
      node: nodeOk && node ? node : null,
    },
  };
}

/** The explorer's URL for a query (`/fiscal/budget`, or its CSV with `.csv`). */
export function budgetHref(
  q: ExplorerQuery,
  changes: Partial<ExplorerQuery> = {},
  path = '/fiscal/budget',
): string {
  const next = { ...q, ...changes };
  const params = new URLSearchParams({
    year: String(next.year),
    direction: next.direction,
    phase: next.phase,
    by: next.by,
  });
  if (next.node) params.set('node', next.node);
  return `${path}?${params.toString()}`;
}

export const phaseLabel = (t: Translator, phase: Phase) => t(`fiscal.budget.phase.${phase}`);
export const dimensionLabel = (t: Translator, d: Dimension) => t(`fiscal.budget.by.${d}`);

export const phaseChoices = (t: Translator) => phases.map((p) => ({ value: p, label: phaseLabel(t, p) }));
export const dimensionChoices = (t: Translator) =>
  dimensions.map((d) => ({ value: d, label: dimensionLabel(t, d) }));
export const directionChoices = (t: Translator) =>
  directions.map((d) => ({ value: d, label: t(`fiscal.budget.direction.${d}`) }));

/** A row's name: the node's label with its code, the parent's own lines, or what no node holds. */
export function rowName(
  t: Translator,
  by: Dimension,
  r: Pick<BreakdownRow, 'key' | 'kind' | 'labelMn' | 'labelEn'>,
): string {
  const label = t.pick({ mn: r.labelMn, en: r.labelEn });
  if (r.kind === 'unclassified' || r.key === UNCLASSIFIED) return t(`fiscal.budget.unclassified.${by}`);
  const named =
    by === 'administrative' || by === 'place' || by === 'funding' ? label : `${r.key} ${label}`.trim();
  return r.kind === 'own' ? t('fiscal.budget.own', { name: named }) : named;
}

/** An amount in tögrög (the platform's money format). */
export const mnt = (t: Translator, value: number) => t.money(value, 'MNT');

/** An amount in tögrög, short (`MNT 24.5bn`, `₮ 24.5 тэрбум`): for headline figures and chart labels, the tables keeping the exact one. */
export function mntShort(t: Translator, value: number): string {
  return new Intl.NumberFormat(t.locale === 'mn' ? 'mn-MN' : 'en-GB', {
    style: 'currency',
    currency: 'MNT',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A share as a percentage with one decimal, or a dash. */
export function percent(t: Translator, share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(t.locale === 'mn' ? 'mn-MN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A signed change in tögrög (`+₮5` / `−₮5`). */
export const signedMnt = (t: Translator, value: number) => (value > 0 ? `+${mnt(t, value)}` : mnt(t, value));

/** Where a figure comes from, and the note when it is approximate or not confirmed. */
export function sourceNote(t: Translator, source: FiscalSource): Html {
  const name = t.pick(source);
  return html`<p class="meta">${t('fiscal.budget.source')}: ${source.url ? html`<a href="${source.url}">${name}</a>` : name}${
    source.confirmed
      ? ''
      : html` <strong>${t('fiscal.budget.notConfirmed')}</strong>${source.note ? html` ${source.note}` : ''}`
  }</p>`;
}

/** A CSV download: the header's names, then one line per row (the formula guard of the platform's CSV). */
export function sendCsv(
  reply: FastifyReply,
  name: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): FastifyReply {
  const fields = columns.map((c) => ({ name: c }) as DatasetField);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', attachmentHeader(name))
    .send(`${csvHeader(fields, true)}${csvLines(fields, rows)}`);
}

/** A year as asked for (four digits), else the latest with figures, else this year; `bad` when one was given and not understood. */
export function readYear(
  given: string | undefined,
  years: readonly number[],
): { year: number; bad: boolean } {
  const ok = given !== undefined && /^(19|20)\d\d$/.test(given);
  return {
    year: ok ? Number(given) : (years[0] ?? new Date().getUTCFullYear()),
    bad: given !== undefined && given !== '' && !ok,
  };
}

/** The year chooser's select: the years with figures, and the one shown even when it has none. */
export function yearSelect(t: Translator, years: readonly number[], year: number): Html {
  return selectField(
    'year',
    t('fiscal.budget.year'),
    (years.includes(year) ? years : [year, ...years]).map((y) => ({ value: String(y), label: String(y) })),
    String(year),
  );
}

/** A GET form choosing the year of a page. */
export function yearForm(t: Translator, action: string, years: readonly number[], year: number): Html {
  return html`<form class="fiscal-year-form" method="get" action="${action}" aria-label="${t('fiscal.explorer.choose')}">
${yearSelect(t, years, year)}
<button type="submit" class="button">${t('fiscal.explorer.show')}</button>
</form>`;
}

/** The warning naming the query's values that were not understood (nothing when all were). */
export function badQueryNotice(page: PageContext, fields: readonly string[]): Html | string {
  return fields.length === 0
    ? ''
    : notice(page, {
        tone: 'warning',
        body: page.t('fiscal.budget.badQuery', { fields: fields.join(', ') }),
      });
}
