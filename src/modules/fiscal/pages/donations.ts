import { Type } from 'typebox';
import { sendCsv } from '../../../platform/exports.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DatasetField, ModuleContext } from '../../../platform/module.ts';
import { barChart, groupedBarChart } from '../../../platform/views/charts/index.ts';
import { emptyState, pagination, selectField, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import {
  type DonationRow,
  donationsOf,
  donationYears,
  incomeByBody,
  incomeByDonorType,
} from '../funds/donations.ts';
import { sendYearPage } from '../views/year-page.ts';
import { chosenYear } from './funds.ts';

const Query = Type.Object({
  year: Type.Optional(Type.String({ maxLength: 10 })),
  body: Type.Optional(Type.String({ maxLength: 200 })),
  page: Type.Optional(Type.String({ maxLength: 10 })),
});
const PAGE_SIZE = 50;

const fields: readonly DatasetField[] = [
  { name: 'ref', type: 'string', title: { mn: 'Дугаар', en: 'Reference' } },
  { name: 'date', type: 'date', title: { mn: 'Огноо', en: 'Date' } },
  { name: 'organization', type: 'string', title: { mn: 'Байгууллага', en: 'Body' } },
  { name: 'kind', type: 'string', title: { mn: 'Төрөл', en: 'Kind' } },
  { name: 'donor_type', type: 'string', title: { mn: 'Хандивлагч', en: 'Donor type' } },
  {
    name: 'donor_entity_id',
    type: 'integer',
    title: { mn: 'Хандивлагч байгууллага', en: 'Donor entity' },
    description: { mn: 'Иргэнд хэзээ ч байхгүй', en: 'Never for a citizen' },
  },
  { name: 'donor', type: 'string', title: { mn: 'Хандивлагчийн нэр', en: 'Donor name' } },
  { name: 'in_kind', type: 'boolean', title: { mn: 'Эд зүйлээр', en: 'In kind' } },
  { name: 'amount_mnt', type: 'number', title: { mn: 'Дүн', en: 'Amount' } },
  { name: 'purpose', type: 'string', title: { mn: 'Зориулалт', en: 'Purpose' } },
];

/** Non-budgetary income: by body (received against spent), by donor type, and each donation. */
export function donationPages(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;
  const donorLabel = (t: Translator, code: string) => {
    const type = pack.donorTypes.find((d) => d.code === code);
    return type ? t.pick(type) : code;
  };
  const donorCell = (t: Translator, d: DonationRow) =>
    d.donorId === null
      ? '—'
      : html`<a href="/legal-entities/${d.donorId}">${t.pick({ mn: d.donorMn ?? '', en: d.donorEn ?? '' })}</a>`;

  app.get(
    '/fiscal/donations',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const years = await donationYears(ctx.db);
      const year = chosenYear(request.query.year, years);
      const page = Math.max(1, Number(/^\d{1,6}$/.test(request.query.page ?? '') ? request.query.page : 1));
      const bodies = await incomeByBody(ctx.db, year);
      const body = bodies.some((b) => b.slug === request.query.body) ? (request.query.body as string) : null;
      const [byDonor, list] = await Promise.all([
        incomeByDonorType(ctx.db, year, body),
        donationsOf(ctx.db, year, body, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      ]);
      const title = t('fiscal.donations.title');
      const suffix = `year=${year}${body ? `&body=${body}` : ''}`;
      const csv = `/fiscal/donations.csv?${suffix}`;
      return sendYearPage(request, reply, {
        form: { href: '/fiscal/donations/record', label: t('fiscal.record.donation') },
        path: '/fiscal/donations',
        title,
        lead: t('fiscal.donations.lead'),
        years,
        year,
        csv,
        filters: [
          selectField(
            'body',
            t('fiscal.donations.body'),
            bodies.map((b) => ({ value: b.slug, label: t.pick(b) })),
            body ?? undefined,
            t('fiscal.donations.anyBody'),
          ),
        ],
        panel: html`${
          bodies.length === 0
            ? emptyState(t('fiscal.donations.empty'))
            : groupedBarChart({
                id: 'donations-by-body',
                title: t('fiscal.donations.byBody', { year: String(year) }),
                t,
                format: (v) => t.money(v),
                categoryLabel: t('fiscal.donations.body'),
                categories: bodies.map((b) => t.pick(b)),
                series: [
                  { label: t('fiscal.donations.collected'), values: bodies.map((b) => b.received) },
                  {
                    label: t('fiscal.donations.spent'),
                    colour: 'orange',
                    values: bodies.map((b) => b.spent),
                  },
                ],
              })
        }
<p class="hint">${t('fiscal.donations.spentNote')}</p>`,
        body: html`${table(request.page, {
          caption: t('fiscal.donations.byBody', { year: String(year) }),
          columns: [
            { key: 'body', label: t('fiscal.donations.body') },
            { key: 'count', label: t('fiscal.donations.count'), numeric: true },
            { key: 'received', label: t('fiscal.donations.collected'), numeric: true },
            { key: 'spent', label: t('fiscal.donations.spent'), numeric: true },
          ],
          rows: bodies.map((b) => [
            html`<a href="/fiscal/donations?year=${year}&amp;body=${b.slug}">${t.pick(b)}</a>`,
            t.number(b.count),
            t.money(b.received),
            t.money(b.spent),
          ]),
        })}
${barChart({
  id: 'donations-by-donor',
  title: t('fiscal.donations.byDonor', { year: String(year) }),
  t,
  format: (v) => t.money(v),
  categoryLabel: t('fiscal.donations.donorType'),
  valueLabel: t('fiscal.donations.collected'),
  bars: byDonor.map((d) => ({ label: donorLabel(t, d.donorType), value: d.received })),
})}
${table(request.page, {
  caption: t('fiscal.donations.byDonor', { year: String(year) }),
  columns: [
    { key: 'donor', label: t('fiscal.donations.donorType') },
    { key: 'count', label: t('fiscal.donations.count'), numeric: true },
    { key: 'received', label: t('fiscal.donations.collected'), numeric: true },
  ],
  rows: byDonor.map((d) => [donorLabel(t, d.donorType), t.number(d.count), t.money(d.received)]),
})}
${table(request.page, {
  caption: t('fiscal.donations.list', { year: String(year) }),
  columns: [
    { key: 'date', label: t('fiscal.funds.date') },
    { key: 'body', label: t('fiscal.donations.body') },
    { key: 'kind', label: t('fiscal.donations.kind') },
    { key: 'donorType', label: t('fiscal.donations.donorType') },
    { key: 'donor', label: t('fiscal.donations.donor') },
    { key: 'amount', label: t('fiscal.funds.amount'), numeric: true },
    { key: 'purpose', label: t('fiscal.funds.purpose') },
  ],
  rows: list.rows.map((d) => [
    t.date(d.on),
    t.pick({ mn: d.bodyMn, en: d.bodyEn }),
    `${t(`fiscal.donations.kind.${d.kind}`)}${d.inKind ? ` (${t('fiscal.donations.inKind')})` : ''}`,
    donorLabel(t, d.donorType),
    donorCell(t, d),
    t.money(d.amount),
    d.purpose,
  ]),
})}
${pagination(request.page, { page, pageSize: PAGE_SIZE, total: list.total })}`,
      });
    },
  );

  app.get(
    '/fiscal/donations.csv',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const year = chosenYear(request.query.year, await donationYears(ctx.db));
      const body = request.query.body || null;
      const { rows } = await donationsOf(ctx.db, year, body, { limit: 1_000_000, offset: 0 });
      async function* out() {
        for (const d of rows.reverse())
          yield {
            ref: d.ref,
            date: d.on,
            organization: d.bodySlug,
            kind: d.kind,
            donor_type: d.donorType,
            donor_entity_id: d.donorId,
            donor: d.donorMn,
            in_kind: d.inKind,
            amount_mnt: d.amount,
            purpose: d.purpose,
          };
      }
      return sendCsv(reply, `donations-${year}.csv`, fields, out());
    },
  );
}
