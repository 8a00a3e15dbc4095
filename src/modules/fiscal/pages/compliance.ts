import { Type } from 'typebox';
import { datasetFields } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { sendCsv } from '../../../platform/exports.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { downloads, emptyState, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import {
  type BodyCompliance,
  complianceByBody,
  complianceByMonth,
  type Duty,
  linesToCheck,
} from '../transactions/compliance.ts';
import { sourceNote } from './splitting.ts';
import { readYear, YearQuery, yearLinks } from './years.ts';

const PUBLIC = { access: 'public' } as const;
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

/** The columns of the compliance download, one row per body. */
const BODY_FIELDS = datasetFields({
  body: { mn: 'Байгууллага (таних нэр)', en: 'Body (identifier)' },
  name_mn: { mn: 'Нэр', en: 'Name (Mongolian)' },
  name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
  year: { mn: 'Жил', en: 'Year', type: 'integer' },
  published: { mn: 'Нийтэлсэн гүйлгээ', en: 'Transactions published', type: 'integer' },
  published_amount: { mn: 'Нийтэлсэн дүн', en: 'Amount published (MNT)', type: 'number' },
  due: { mn: 'Босгоос дээш', en: 'Above the threshold', type: 'integer' },
  late: { mn: 'Хоцорсон', en: 'Late', type: 'integer' },
  missing_lines: { mn: 'Гүйлгээгүй мөр', en: 'Lines without transactions', type: 'integer' },
  missing_amount: { mn: 'Гүйлгээгүй гүйцэтгэл', en: 'Executed without transactions (MNT)', type: 'number' },
  differing_lines: { mn: 'Зөрүүтэй мөр', en: 'Lines whose totals differ', type: 'integer' },
});

/** The columns of one body's lines to check. */
const LINE_FIELDS = datasetFields({
  ref: { mn: 'Мөр', en: 'Line' },
  name_mn: { mn: 'Нэр', en: 'Name (Mongolian)' },
  name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
  executed: { mn: 'Гүйцэтгэл', en: 'Executed (MNT)', type: 'number' },
  transactions: { mn: 'Гүйлгээ', en: 'Transactions', type: 'integer' },
  total: { mn: 'Гүйлгээний нийлбэр', en: 'Sum of transactions (MNT)', type: 'number' },
  difference: { mn: 'Зөрүү', en: 'Difference (MNT)', type: 'number' },
});

async function* once<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

/** A body's status in plain words. */
export function complianceStatus(t: Translator, b: BodyCompliance): string {
  return t('fiscal.compliance.status', {
    published: b.published,
    late: b.late,
    missing: b.missingLines,
    amount: t.money(b.missingAmount, 'MNT'),
    differing: b.differingLines,
  });
}

export function compliancePages(app: App, ctx: ModuleContext): void {
  const duty = (): Duty => ({
    threshold: ctx.country.fiscal.glassAccount.threshold,
    publicationDays: ctx.country.fiscal.glassAccount.publicationDays,
  });
  const yearOf = (raw: string | undefined) => readYear(ctx.db, raw);

  app.get(
    '/fiscal/compliance',
    { schema: { hide: true, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const { t } = request;
      const { years, year } = await yearOf(request.query.year);
      const bodies = year === undefined ? [] : await complianceByBody(ctx.db, duty(), year);
      const title = t('fiscal.compliance.title');
      const ga = ctx.country.fiscal.glassAccount;
      return reply.sendPage({
        title,
        breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }],
        main: html`<h1>${title}</h1>
<p class="lead">${t('fiscal.compliance.lead')}</p>
<p>${t('fiscal.compliance.rule', { threshold: t.money(ga.threshold, 'MNT'), days: ga.publicationDays })} ${sourceNote(t, ga.source)}</p>
${yearLinks(t, '/fiscal/compliance', years, year)}
${
  bodies.length === 0 || year === undefined
    ? emptyState(t('fiscal.compliance.none'))
    : html`${table(request.page, {
        caption: t('fiscal.compliance.caption', { year: String(year) }),
        columns: [
          { key: 'body', label: t('fiscal.compliance.col.body') },
          { key: 'published', label: t('fiscal.compliance.col.published'), numeric: true },
          { key: 'amount', label: t('fiscal.compliance.col.amount'), numeric: true },
          { key: 'late', label: t('fiscal.compliance.col.late'), numeric: true },
          { key: 'missing', label: t('fiscal.compliance.col.missing'), numeric: true },
          { key: 'status', label: t('fiscal.compliance.col.status') },
        ],
        rows: bodies.map((b) => [
          html`<a href="/fiscal/compliance/${b.slug}?year=${year}">${t.pick({ mn: b.nameMn, en: b.nameEn })}</a>`,
          t.number(b.published),
          t.money(b.amount, 'MNT'),
          t.number(b.late),
          t.number(b.missingLines),
          complianceStatus(t, b),
        ]),
      })}
${downloads(request.page, [{ href: `/fiscal/compliance.csv?year=${year}`, label: 'CSV' }])}`
}`,
      });
    },
  );

  app.get(
    '/fiscal/compliance.csv',
    { schema: { hide: true, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const { year } = await yearOf(request.query.year);
      const bodies = year === undefined ? [] : await complianceByBody(ctx.db, duty(), year);
      const rows = bodies.map((b) => ({
        body: b.slug,
        name_mn: b.nameMn,
        name_en: b.nameEn,
        year,
        published: b.published,
        published_amount: b.amount,
        due: b.due,
        late: b.late,
        missing_lines: b.missingLines,
        missing_amount: b.missingAmount,
        differing_lines: b.differingLines,
      }));
      return sendCsv(reply, `fiscal-compliance-${year ?? 'none'}.csv`, BODY_FIELDS, once(rows), {
        bom: request.query.bom === '1',
      });
    },
  );

  /** The body of a slug, when it reports; a 404 otherwise. */
  const body = async (slug: string) => {
    const [row] = await ctx.db.query<{ id: number; slug: string; nameMn: string; nameEn: string }>(sql`
      select o.id, o.slug, o.name_mn as "nameMn", o.name_en as "nameEn" from organizations o
      join fiscal_reporting_bodies r on r.organization_id = o.id where o.slug = ${slug}`);
    if (!row) throw notFound();
    return row;
  };

  app.get(
    '/fiscal/compliance/:slug',
    { schema: { hide: true, params: SlugParams, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const { t } = request;
      const b = await body(request.params.slug);
      const { years, year } = await yearOf(request.query.year);
      const [all, months, lines] =
        year === undefined
          ? [[], [], []]
          : await Promise.all([
              complianceByBody(ctx.db, duty(), year),
              complianceByMonth(ctx.db, duty(), b.id, year),
              linesToCheck(ctx.db, b.id, year),
            ]);
      const mine = all.find((x) => x.organizationId === b.id);
      const name = t.pick({ mn: b.nameMn, en: b.nameEn });
      const monthName = (m: number) =>
        new Intl.DateTimeFormat(t.locale === 'mn' ? 'mn-MN' : 'en-GB', {
          month: 'long',
          timeZone: 'UTC',
        }).format(new Date(Date.UTC(2000, m - 1, 1)));
      return reply.sendPage({
        title: `${t('fiscal.compliance.title')}: ${name}`,
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          { href: '/fiscal/compliance', label: t('fiscal.compliance.title') },
          { label: name },
        ],
        main: html`<h1>${name}</h1>
<p class="lead">${t('fiscal.compliance.title')}</p>
${yearLinks(t, `/fiscal/compliance/${b.slug}`, years, year)}
${mine ? html`<p>${complianceStatus(t, mine)}</p>` : emptyState(t('fiscal.compliance.none'))}
<p><a href="/fiscal/transactions?payer=${b.slug}${year === undefined ? '' : `&year=${year}`}">${t('fiscal.compliance.transactions')}</a></p>
<h2>${t('fiscal.compliance.months')}</h2>
${
  months.length === 0
    ? emptyState(t('fiscal.compliance.none'))
    : table(request.page, {
        caption: t('fiscal.compliance.monthsCaption', { year: String(year ?? '—') }),
        columns: [
          { key: 'month', label: t('fiscal.compliance.col.month') },
          { key: 'published', label: t('fiscal.compliance.col.published'), numeric: true },
          { key: 'amount', label: t('fiscal.compliance.col.amount'), numeric: true },
          { key: 'late', label: t('fiscal.compliance.col.late'), numeric: true },
        ],
        rows: months.map((m) => [
          monthName(m.month),
          t.number(m.published),
          t.money(m.amount, 'MNT'),
          t.number(m.late),
        ]),
      })
}
<h2>${t('fiscal.compliance.lines')}</h2>
<p class="hint">${t('fiscal.compliance.linesHint')}</p>
${
  lines.length === 0
    ? emptyState(t('fiscal.compliance.noLines'))
    : html`${table(request.page, {
        caption: t('fiscal.compliance.linesCaption'),
        columns: [
          { key: 'line', label: t('fiscal.compliance.col.line') },
          { key: 'executed', label: t('fiscal.compliance.col.executed'), numeric: true },
          { key: 'transactions', label: t('fiscal.compliance.col.transactions'), numeric: true },
          { key: 'sum', label: t('fiscal.compliance.col.sum'), numeric: true },
          { key: 'difference', label: t('fiscal.compliance.col.difference'), numeric: true },
        ],
        rows: lines.map((l) => [
          html`<a href="/fiscal/budget/lines/${encodeURIComponent(l.ref)}">${t.pick({ mn: l.nameMn, en: l.nameEn })}</a><br><span class="hint">${l.ref}</span>`,
          l.executed === null ? '—' : t.money(l.executed, 'MNT'),
          t.number(l.transactions),
          t.money(l.total, 'MNT'),
          t.money(l.difference, 'MNT'),
        ]),
      })}
${downloads(request.page, [{ href: `/fiscal/compliance/${b.slug}/lines.csv?year=${year}`, label: 'CSV' }])}`
}`,
      });
    },
  );

  app.get(
    '/fiscal/compliance/:slug/lines.csv',
    { schema: { hide: true, params: SlugParams, querystring: YearQuery }, config: PUBLIC },
    async (request, reply) => {
      const b = await body(request.params.slug);
      const { year } = await yearOf(request.query.year);
      const lines = year === undefined ? [] : await linesToCheck(ctx.db, b.id, year);
      const rows = lines.map((l) => ({
        ref: l.ref,
        name_mn: l.nameMn,
        name_en: l.nameEn,
        executed: l.executed,
        transactions: l.transactions,
        total: l.total,
        difference: l.difference,
      }));
      return sendCsv(reply, `fiscal-compliance-${b.slug}-${year ?? 'none'}.csv`, LINE_FIELDS, once(rows), {
        bom: request.query.bom === '1',
      });
    },
  );
}
