import { Type } from 'typebox';
import type { SpecialFund } from '../../../country/fiscal-pack.ts';
import { sendCsv } from '../../../platform/exports.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DatasetField, ModuleContext } from '../../../platform/module.ts';
import { groupedBarChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState, pagination, summaryList, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import {
  allFundFlows,
  flowYears,
  fundFlows,
  fundManager,
  fundMonths,
  fundOf,
  fundsInForce,
  fundTotals,
  type MonthFlows,
} from '../funds/queries.ts';
import { askLink, fundKey } from '../question-subjects.ts';
import { sendYearPage, sourceLine } from '../views/year-page.ts';

const YearQuery = Type.Object({
  year: Type.Optional(Type.String({ maxLength: 10 })),
  page: Type.Optional(Type.String({ maxLength: 10 })),
});
const CodeParams = Type.Object({ code: Type.String({ maxLength: 100 }) });
const PAGE_SIZE = 50;

/** The year asked for (four digits), else the newest with flows, else the current one. */
export function chosenYear(asked: string | undefined, years: readonly number[], now = new Date()): number {
  if (asked && /^\d{4}$/.test(asked) && Number(asked) >= 1990 && Number(asked) <= 2100) return Number(asked);
  return years[0] ?? now.getUTCFullYear();
}

const inForce = (t: Translator, f: SpecialFund) =>
  f.until === null
    ? t('fiscal.funds.since', { from: String(f.from) })
    : t('fiscal.funds.between', { from: String(f.from), until: String(f.until) });

/** Every month from the first with flows to the last, those without flows at zero. */
function filledMonths(months: readonly MonthFlows[]): MonthFlows[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const out: MonthFlows[] = [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (let [y, m] = first.month.split('-').map(Number) as [number, number]; ; ) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key, collected: 0, spent: 0 });
    if (key === last.month) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

const monthFields: readonly DatasetField[] = [
  { name: 'month', type: 'string', title: { mn: 'Сар', en: 'Month' } },
  { name: 'collected_mnt', type: 'number', title: { mn: 'Төвлөрүүлсэн', en: 'Collected' } },
  { name: 'spent_mnt', type: 'number', title: { mn: 'Зарцуулсан', en: 'Spent' } },
];
const flowFields: readonly DatasetField[] = [
  { name: 'ref', type: 'string', title: { mn: 'Дугаар', en: 'Reference' } },
  { name: 'date', type: 'date', title: { mn: 'Огноо', en: 'Date' } },
  { name: 'organization', type: 'string', title: { mn: 'Байгууллага', en: 'Body' } },
  { name: 'direction', type: 'string', title: { mn: 'Төрөл', en: 'Direction' } },
  { name: 'amount_mnt', type: 'number', title: { mn: 'Дүн', en: 'Amount' } },
  { name: 'purpose', type: 'string', title: { mn: 'Зориулалт', en: 'Purpose' } },
  { name: 'counterparty_entity_id', type: 'integer', title: { mn: 'Харилцагч', en: 'Counterparty' } },
  { name: 'counterparty', type: 'string', title: { mn: 'Харилцагчийн нэр', en: 'Counterparty name' } },
];
const listFields: readonly DatasetField[] = [
  { name: 'fund', type: 'string', title: { mn: 'Сан', en: 'Fund' } },
  { name: 'fiscal_year', type: 'integer', title: { mn: 'Жил', en: 'Year' } },
  { name: 'opening_mnt', type: 'number', title: { mn: 'Эхний үлдэгдэл', en: 'Opening balance' } },
  { name: 'collected_mnt', type: 'number', title: { mn: 'Төвлөрүүлсэн', en: 'Collected' } },
  { name: 'spent_mnt', type: 'number', title: { mn: 'Зарцуулсан', en: 'Spent' } },
  { name: 'closing_mnt', type: 'number', title: { mn: 'Эцсийн үлдэгдэл', en: 'Closing balance' } },
];

async function* each<T>(rows: Iterable<T> | AsyncIterable<T>) {
  for await (const r of rows) yield r as Record<string, unknown>;
}

export function fundPages(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;

  app.get(
    '/fiscal/funds',
    { schema: { hide: true, querystring: YearQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const years = await flowYears(ctx.db);
      const year = chosenYear(request.query.year, years);
      const funds = fundsInForce(pack, year);
      const totals = await fundTotals(
        ctx.db,
        year,
        funds.map((f) => f.code),
      );
      const csv = `/fiscal/funds.csv?year=${year}`;
      const title = t('fiscal.funds.title');
      const yearChoices = [...new Set([...years, year, new Date().getUTCFullYear()])].sort((a, b) => b - a);
      return sendYearPage(request, reply, {
        form: { href: '/fiscal/funds/record', label: t('fiscal.record.flow') },
        path: '/fiscal/funds',
        title,
        lead: t('fiscal.funds.lead'),
        years: yearChoices,
        year,
        csv,
        panel: groupedBarChart({
          id: 'funds-flows',
          title: t('fiscal.funds.chart', { year: String(year) }),
          t,
          format: (v) => t.money(v),
          categoryLabel: t('fiscal.funds.fund'),
          categories: funds.map((f) => t.pick(f.name)),
          series: [
            {
              label: t('fiscal.funds.collected'),
              values: funds.map((f) => totals.get(f.code)?.collected ?? 0),
            },
            {
              label: t('fiscal.funds.spent'),
              colour: 'orange',
              values: funds.map((f) => totals.get(f.code)?.spent ?? 0),
            },
          ],
        }),
        body: html`${table(request.page, {
          caption: t('fiscal.funds.caption', { year: String(year) }),
          columns: [
            { key: 'fund', label: t('fiscal.funds.fund') },
            { key: 'law', label: t('fiscal.funds.law') },
            { key: 'opening', label: t('fiscal.funds.opening'), numeric: true },
            { key: 'collected', label: t('fiscal.funds.collected'), numeric: true },
            { key: 'spent', label: t('fiscal.funds.spent'), numeric: true },
            { key: 'closing', label: t('fiscal.funds.closing'), numeric: true },
          ],
          rows: funds.map((f) => {
            const s = totals.get(f.code);
            return [
              html`<a href="/fiscal/funds/${f.code}?year=${year}">${t.pick(f.name)}</a>`,
              t.pick(f.law),
              t.money(s?.opening ?? 0),
              t.money(s?.collected ?? 0),
              t.money(s?.spent ?? 0),
              t.money(s?.closing ?? 0),
            ];
          }),
        })}
<p class="hint">${t('fiscal.funds.balanceNote')}</p>
${sourceLine(t, t('fiscal.funds.source'), pack.specialFunds.source)}`,
      });
    },
  );

  app.get(
    '/fiscal/funds.csv',
    { schema: { hide: true, querystring: YearQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const year = chosenYear(request.query.year, await flowYears(ctx.db));
      const funds = fundsInForce(pack, year);
      const totals = await fundTotals(
        ctx.db,
        year,
        funds.map((f) => f.code),
      );
      const rows = funds.map((f) => {
        const s = totals.get(f.code);
        return {
          fund: f.code,
          fiscal_year: year,
          opening_mnt: s?.opening,
          collected_mnt: s?.collected,
          spent_mnt: s?.spent,
          closing_mnt: s?.closing,
        };
      });
      return sendCsv(reply, `funds-${year}.csv`, listFields, each(rows));
    },
  );

  app.get(
    '/fiscal/funds/:code',
    { schema: { hide: true, params: CodeParams, querystring: YearQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const fund = fundOf(pack, request.params.code);
      if (!fund) throw notFound();
      const years = await flowYears(ctx.db, fund.code);
      const lastInForce = Math.min(fund.until ?? new Date().getUTCFullYear(), new Date().getUTCFullYear());
      const year = chosenYear(request.query.year, years.length > 0 ? years : [lastInForce]);
      const page = Math.max(1, Number(/^\d{1,6}$/.test(request.query.page ?? '') ? request.query.page : 1));
      const name = t.pick(fund.name);
      const [totals, months, flows, manager] = await Promise.all([
        fundTotals(ctx.db, year, [fund.code]),
        fundMonths(ctx.db, fund.code, year),
        fundFlows(ctx.db, fund.code, year, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
        fundManager(ctx.db, fund.code, year),
      ]);
      const s = totals.get(fund.code);
      const everyYear = [...new Set([...years, year])].sort((a, b) => b - a);
      const byYear = await Promise.all(
        everyYear.map(async (y) => (await fundTotals(ctx.db, y, [fund.code])).get(fund.code)),
      );
      const filled = filledMonths(months);
      const base = `/fiscal/funds/${fund.code}`;
      const inYear = fund.from <= year && (fund.until === null || year <= fund.until);
      return reply.sendPage({
        title: `${name}, ${year}`,
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          { href: `/fiscal/funds?year=${year}`, label: t('fiscal.funds.title') },
          { label: name },
        ],
        alternates: [{ href: `${base}/months.csv?year=${year}`, type: 'text/csv' }],
        main: html`<h1>${name}, ${year}</h1>
${inYear ? '' : html`<p class="notice">${t('fiscal.funds.notInForce', { year: String(year) })}</p>`}
${summaryList([
  { key: t('fiscal.funds.law'), value: t.pick(fund.law) },
  { key: t('fiscal.funds.inForce'), value: inForce(t, fund) },
  { key: t('fiscal.funds.opening'), value: t.money(s?.opening ?? 0) },
  { key: t('fiscal.funds.collected'), value: t.money(s?.collected ?? 0) },
  { key: t('fiscal.funds.spent'), value: t.money(s?.spent ?? 0) },
  { key: t('fiscal.funds.closing'), value: t.money(s?.closing ?? 0) },
])}
<h2>${t('fiscal.funds.monitor')}</h2>
${
  manager === null
    ? html`<p>${t('fiscal.funds.noManager')}</p>`
    : html`<p>${t('fiscal.funds.monitorText', { year: String(year) })}</p>${askLink(t, 'fund', fundKey(fund.code, year))}`
}
<p><a href="/questions?q=${encodeURIComponent(fund.name.mn)}">${t('fiscal.funds.questions')}</a></p>
<h2>${t('fiscal.funds.months')}</h2>
${groupedBarChart({
  id: 'fund-months',
  title: t('fiscal.funds.monthsChart', { fund: name, year: String(year) }),
  t,
  format: (v) => t.money(v),
  categoryLabel: t('fiscal.funds.month'),
  categories: filled.map((m) => m.month),
  series: [
    { label: t('fiscal.funds.collected'), values: filled.map((m) => m.collected) },
    { label: t('fiscal.funds.spent'), colour: 'orange', values: filled.map((m) => m.spent) },
  ],
  emptyText: t('fiscal.funds.noFlows'),
})}
${table(request.page, {
  caption: t('fiscal.funds.monthsCaption', { fund: name, year: String(year) }),
  columns: [
    { key: 'month', label: t('fiscal.funds.month') },
    { key: 'collected', label: t('fiscal.funds.collected'), numeric: true },
    { key: 'spent', label: t('fiscal.funds.spent'), numeric: true },
  ],
  rows: filled.map((m) => [m.month, t.money(m.collected), t.money(m.spent)]),
})}
${downloads(request.page, [
  { href: `${base}/months.csv?year=${year}`, label: `CSV: ${t('fiscal.funds.months')}` },
  { href: `${base}/flows.csv?year=${year}`, label: `CSV: ${t('fiscal.funds.flows')}` },
])}
<h2>${t('fiscal.funds.flows')}</h2>
${
  flows.total === 0
    ? emptyState(t('fiscal.funds.noFlows'))
    : html`${table(request.page, {
        caption: t('fiscal.funds.flowsCaption', { fund: name, year: String(year) }),
        columns: [
          { key: 'date', label: t('fiscal.funds.date') },
          { key: 'direction', label: t('fiscal.funds.direction') },
          { key: 'amount', label: t('fiscal.funds.amount'), numeric: true },
          { key: 'purpose', label: t('fiscal.funds.purpose') },
          { key: 'counterparty', label: t('fiscal.funds.counterparty') },
          { key: 'body', label: t('fiscal.funds.body') },
        ],
        rows: flows.rows.map((f) => [
          t.date(f.on),
          t(`fiscal.funds.direction.${f.direction}`),
          t.money(f.amount),
          f.purpose,
          f.entityId === null
            ? '—'
            : html`<a href="/legal-entities/${f.entityId}">${t.pick({ mn: f.entityMn ?? '', en: f.entityEn ?? '' })}</a>`,
          html`<a href="/organizations/${f.bodySlug}">${t.pick({ mn: f.bodyMn, en: f.bodyEn })}</a>`,
        ]),
      })}${pagination(request.page, { page, pageSize: PAGE_SIZE, total: flows.total })}`
}
<h2>${t('fiscal.funds.years')}</h2>
${table(request.page, {
  caption: t('fiscal.funds.yearsCaption', { fund: name }),
  columns: [
    { key: 'year', label: t('fiscal.funds.year') },
    { key: 'opening', label: t('fiscal.funds.opening'), numeric: true },
    { key: 'collected', label: t('fiscal.funds.collected'), numeric: true },
    { key: 'spent', label: t('fiscal.funds.spent'), numeric: true },
    { key: 'closing', label: t('fiscal.funds.closing'), numeric: true },
  ],
  rows: everyYear.map((y, i) => {
    const r = byYear[i];
    return [
      y === year ? String(y) : html`<a href="${base}?year=${y}">${y}</a>`,
      t.money(r?.opening ?? 0),
      t.money(r?.collected ?? 0),
      t.money(r?.spent ?? 0),
      t.money(r?.closing ?? 0),
    ];
  }),
})}
${sourceLine(t, t('fiscal.funds.source'), pack.specialFunds.source)}`,
      });
    },
  );

  app.get(
    '/fiscal/funds/:code/months.csv',
    { schema: { hide: true, params: CodeParams, querystring: YearQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const fund = fundOf(pack, request.params.code);
      if (!fund) throw notFound();
      const year = chosenYear(request.query.year, await flowYears(ctx.db, fund.code));
      const rows = filledMonths(await fundMonths(ctx.db, fund.code, year)).map((m) => ({
        month: m.month,
        collected_mnt: m.collected,
        spent_mnt: m.spent,
      }));
      return sendCsv(reply, `${fund.code}-${year}-months.csv`, monthFields, each(rows));
    },
  );

  app.get(
    '/fiscal/funds/:code/flows.csv',
    { schema: { hide: true, params: CodeParams, querystring: YearQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const fund = fundOf(pack, request.params.code);
      if (!fund) throw notFound();
      const year = chosenYear(request.query.year, await flowYears(ctx.db, fund.code));
      async function* rows() {
        for await (const f of allFundFlows(ctx.db, fund!.code, year))
          yield {
            ref: f.ref,
            date: f.on,
            organization: f.bodySlug,
            direction: f.direction,
            amount_mnt: f.amount,
            purpose: f.purpose,
            counterparty_entity_id: f.entityId,
            counterparty: f.entityMn,
          };
      }
      return sendCsv(reply, `${fund.code}-${year}-flows.csv`, flowFields, rows());
    },
  );
}
