import { Type } from 'typebox';
import { sendDownload } from '../../../platform/datasets/download.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { transactionsDataset } from '../datasets/transactions.ts';
import { askLink } from '../question-subjects.ts';
import { transactionsList } from '../transactions/list.ts';
import {
  COUNT_CAP,
  findTransaction,
  pageOfTransactions,
  processExists,
  type TransactionItem,
} from '../transactions/search.ts';
import { splitGroups, splittingRule } from '../transactions/splitting.ts';
import { explainGroup } from './splitting.ts';

const PUBLIC = { access: 'public' } as const;

/** The payee of a transaction: its legal entity's page, or "an individual", never named. */
export function payeeCell(
  t: Translator,
  x: Pick<TransactionItem, 'payeeKind' | 'payeeEntityId' | 'payeeNameMn' | 'payeeNameEn'>,
): Html | string {
  if (x.payeeKind === 'individual' || x.payeeEntityId === null) return t('fiscal.transactions.individual');
  return html`<a href="/legal-entities/${x.payeeEntityId}">${t.pick({ mn: x.payeeNameMn, en: x.payeeNameEn })}</a>`;
}

/** Labels of the row's codes in its own fiscal year, by `scheme:code`. */
async function codeLabels(db: Queryable, year: number, codes: readonly [string, string | null][]) {
  const wanted = codes.filter((c): c is [string, string] => c[1] !== null);
  const rows = await db.query<{ scheme: string; code: string; mn: string; en: string }>(sql`
    select scheme, code, label_mn as mn, label_en as en from fiscal_codes
    where year = ${year} and (scheme, code) in (select * from unnest(${wanted.map((c) => c[0])}::text[], ${wanted.map((c) => c[1])}::text[]))`);
  return new Map(rows.map((r) => [`${r.scheme}:${r.code}`, { mn: r.mn, en: r.en }]));
}

export function transactionPages(app: App, ctx: ModuleContext): void {
  const list = transactionsList;
  app.get(
    '/fiscal/transactions',
    { schema: { hide: true, querystring: pageQuerySchema(list) }, config: PUBLIC },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, list, request.query, locale);
      const result = await pageOfTransactions(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: list.pageSize,
      });
      const total = result.total;
      return reply.sendPage(
        listPage(request.page, {
          list,
          query: { ...query, page: result.page },
          path: '/fiscal/transactions',
          title: t('fiscal.transactions.title'),
          lead: t('fiscal.transactions.lead'),
          breadcrumbs: [
            { href: '/fiscal', label: t('fiscal.title') },
            { label: t('fiscal.transactions.title') },
          ],
          intro: html`<p class="fiscal-links"><a href="/fiscal/transactions?payee=individual">${t('fiscal.transactions.toIndividuals')}</a> · <a href="/fiscal/splitting">${t('fiscal.splitting.title')}</a> · <a href="/fiscal/compliance">${t('fiscal.compliance.title')}</a></p>`,
          count:
            total > COUNT_CAP
              ? t('fiscal.transactions.countMore', { count: COUNT_CAP })
              : t('fiscal.transactions.count', { count: total }),
          total: Math.min(total, COUNT_CAP),
          empty: { title: t('fiscal.transactions.empty'), hint: t('fiscal.transactions.emptyHint') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/fiscal/transactions' },
          table: {
            caption: t('fiscal.transactions.caption'),
            columns: [
              { key: 'date', label: t('fiscal.transactions.col.date'), sortable: true },
              { key: 'payer', label: t('fiscal.transactions.col.payer') },
              { key: 'payee', label: t('fiscal.transactions.col.payee') },
              { key: 'purpose', label: t('fiscal.transactions.col.purpose') },
              { key: 'amount', label: t('fiscal.transactions.col.amount'), sortable: true, numeric: true },
            ],
            rows: result.items.map((x) => [
              html`<a href="/fiscal/transactions/${encodeURIComponent(x.ref)}">${t.date(x.paidOn)}</a>`,
              html`<a href="/fiscal/bodies/${x.payerSlug}">${t.pick({ mn: x.payerNameMn, en: x.payerNameEn })}</a>`,
              payeeCell(t, x),
              x.kind === 'refund' ? `${t('fiscal.transactions.refund')}: ${x.purpose}` : x.purpose,
              t.money(x.amountMnt, 'MNT'),
            ]),
          },
        }),
      );
    },
  );

  // The list's downloads are the dataset's: the same filters, streamed in batches, with ETags.
  for (const format of ['csv', 'json'] as const) {
    app.get(`/fiscal/transactions.${format}`, { schema: { hide: true }, config: PUBLIC }, (request, reply) =>
      sendDownload(request, reply, ctx.db, transactionsDataset, format, { ignore: ['sort', 'page'] }),
    );
  }

  app.get(
    '/fiscal/transactions/:ref',
    { schema: { hide: true, params: Type.Object({ ref: Type.String({ maxLength: 200 }) }) }, config: PUBLIC },
    async (request, reply) => {
      const { t } = request;
      const x = await findTransaction(ctx.db, request.params.ref);
      if (!x) throw notFound();
      const pack = ctx.country.fiscal;
      const duty = pack.glassAccount;
      const [labels, process, groups] = await Promise.all([
        codeLabels(ctx.db, x.fiscalYear, [
          ['functional', x.functionalCode],
          ['economic', x.economicCode],
          ['programme', x.programmeCode],
          ['funding', x.fundingCode],
          ['fund', x.fundCode],
        ]),
        x.ocid ? processExists(ctx.db, x.ocid) : Promise.resolve(false),
        x.kind === 'payment' && x.payeeKind === 'entity'
          ? splitGroups(ctx.db, splittingRule(pack), { ref: x.ref })
          : Promise.resolve([]),
      ]);
      const group = groups.find((g) => g.payments.some((p) => p.ref === x.ref));
      const code = (scheme: string, value: string | null) => {
        if (value === null) return null;
        const label = labels.get(`${scheme}:${value}`);
        return label ? `${value} ${t.pick(label)}` : t('fiscal.transaction.unknownCode', { code: value });
      };
      const dayCount = (from: string, to: string) =>
        Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
      const due = Number(x.amountMnt) > duty.threshold;
      const published = x.publishedOn
        ? `${t.date(x.publishedOn)} — ${
            !due
              ? t('fiscal.transaction.notDue')
              : dayCount(x.paidOn, x.publishedOn) > duty.publicationDays
                ? t('fiscal.transaction.late', {
                    days: dayCount(x.paidOn, x.publishedOn),
                    limit: duty.publicationDays,
                  })
                : t('fiscal.transaction.onTime', {
                    days: dayCount(x.paidOn, x.publishedOn),
                    limit: duty.publicationDays,
                  })
          }`
        : t('fiscal.transaction.notPublished');
      const place = [
        x.unitMn ? t.pick({ mn: x.unitMn, en: x.unitEn ?? x.unitMn }) : null,
        x.aimagMn ? t.pick({ mn: x.aimagMn, en: x.aimagEn ?? x.aimagMn }) : null,
      ]
        .filter((p) => p !== null)
        .join(', ');
      const title = t('fiscal.transaction.title', { ref: x.ref });
      const api = `/api/v1/fiscal/transactions/${encodeURIComponent(x.ref)}`;
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/fiscal', label: t('fiscal.title') },
          { href: '/fiscal/transactions', label: t('fiscal.transactions.title') },
          { label: x.ref },
        ],
        alternates: [{ href: api, type: 'application/json' }],
        main: html`<h1>${title}</h1>
<p class="lead">${x.purpose}</p>
${
  group
    ? html`<section class="fiscal-split" aria-labelledby="split-title"><h2 id="split-title">${t('fiscal.transaction.splitTitle')}</h2>
<p>${explainGroup(t, group, duty.threshold)}</p><p class="hint">${t('fiscal.transaction.splitHint')} <a href="/fiscal/splitting">${t('fiscal.splitting.title')}</a></p></section>`
    : ''
}
${summaryList([
  {
    key: t('fiscal.transaction.payer'),
    value: html`<a href="/fiscal/bodies/${x.payerSlug}">${t.pick({ mn: x.payerNameMn, en: x.payerNameEn })}</a>`,
  },
  {
    key: t('fiscal.transaction.payee'),
    value: x.payeeKind === 'individual' ? t('fiscal.transaction.individualNote') : payeeCell(t, x),
  },
  { key: t('fiscal.transaction.kind'), value: t(`fiscal.transaction.kind.${x.kind}`) },
  { key: t('fiscal.transaction.amount'), value: t.money(x.amount, x.currency) },
  {
    key: t('fiscal.transaction.amountMnt'),
    value:
      x.currency === ctx.country.currency
        ? t.money(x.amountMnt, 'MNT')
        : `${t.money(x.amountMnt, 'MNT')} — ${t('fiscal.transaction.rate', { rate: x.rate, currency: x.currency, date: t.date(x.paidOn) })}`,
  },
  { key: t('fiscal.transaction.paidOn'), value: t.date(x.paidOn) },
  { key: t('fiscal.transaction.publishedOn'), value: published },
  { key: t('fiscal.transaction.year'), value: String(x.fiscalYear) },
  { key: t('fiscal.transaction.functional'), value: code('functional', x.functionalCode) },
  { key: t('fiscal.transaction.economic'), value: code('economic', x.economicCode) },
  { key: t('fiscal.transaction.programme'), value: code('programme', x.programmeCode) },
  { key: t('fiscal.transaction.funding'), value: code('funding', x.fundingCode) },
  { key: t('fiscal.transaction.fund'), value: code('fund', x.fundCode) },
  {
    key: t('fiscal.transaction.budgetLine'),
    value: x.budgetLineRef
      ? x.budgetLineExists
        ? html`<a href="/fiscal/budget/lines/${encodeURIComponent(x.budgetLineRef)}">${x.budgetLineRef}</a>`
        : x.budgetLineRef
      : null,
  },
  { key: t('fiscal.transaction.place'), value: place || null },
  {
    key: t('fiscal.transaction.contract'),
    value: x.ocid
      ? process
        ? html`<a href="/procurement/processes/${encodeURIComponent(x.ocid)}">${x.ocid}</a>`
        : x.ocid
      : null,
  },
  { key: t('fiscal.transaction.project'), value: x.projectRef },
])}
${askLink(t, 'transaction', x.ref)}`,
      });
    },
  );
}
