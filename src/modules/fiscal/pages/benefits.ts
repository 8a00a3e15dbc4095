import { Type } from 'typebox';
import { sendCsv } from '../../../platform/exports.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { DatasetField, ModuleContext } from '../../../platform/module.ts';
import { barChart } from '../../../platform/views/charts/index.ts';
import { emptyState, selectField, table } from '../../../platform/views/components.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import {
  BENEFIT_DIMENSIONS,
  benefitCell,
  benefitYears,
  hasMember,
  type PublishedBenefits,
  publishedBenefits,
} from '../benefits/cube.ts';
import type { PublishedCell } from '../benefits/suppression.ts';
import { sendYearPage, sourceLine } from '../views/year-page.ts';

const Query = Type.Object({
  year: Type.Optional(Type.String({ maxLength: 10 })),
  organization: Type.Optional(Type.String({ maxLength: 200 })),
});

/** The year asked for when it is one with benefits, else the newest (null: none reported). */
const chooseYear = (years: readonly number[], asked: string | undefined) =>
  years.find((y) => String(y) === asked) ?? years[0] ?? null;

/** A cell as the page shows it: the figure, or why it is not shown, in words. */
export function cellText(
  t: Translator,
  p: PublishedBenefits,
  cell: PublishedCell,
  measure: 'recipients' | 'amount',
): Html {
  if (cell.suppressed)
    return html`<span class="suppressed">${t(`fiscal.benefits.suppressed.${cell.suppressed}`, { minimum: p.minimumCell })}</span>`;
  const value = cell[measure] ?? 0;
  return html`${measure === 'amount' ? t.money(value) : t.number(value)}`;
}

/** A grade × type table of one measure, with the grades' and types' totals. */
function crossTable(
  request: PageContext,
  p: PublishedBenefits,
  organization: string | null,
  measure: 'recipients' | 'amount',
  caption: string,
): Html {
  const { t } = request;
  const name = (m: { mn: string; en: string }) => t.pick(m);
  const types = [...p.members.type.map((m) => m.code), null];
  return table(request, {
    caption,
    columns: [
      { key: 'grade', label: t('fiscal.benefits.grade') },
      ...p.members.type.map((m) => ({ key: m.code, label: name(m), numeric: true })),
      { key: 'total', label: t('fiscal.benefits.total'), numeric: true },
    ],
    rows: [...p.members.grade, null].map((g) => [
      g ? name(g) : html`<strong>${t('fiscal.benefits.total')}</strong>`,
      ...types.map((type) =>
        cellText(t, p, benefitCell(p, { organization, grade: g?.code ?? null, type }), measure),
      ),
    ]),
  });
}

/** The fields of the published table's download: a suppressed cell's figures empty, with its flag. */
export const benefitsCsvFields: readonly DatasetField[] = [
  { name: 'fiscal_year', type: 'integer', title: { mn: 'Төсвийн жил', en: 'Fiscal year' } },
  { name: 'organization', type: 'string', title: { mn: 'Байгууллага', en: 'Organisation' } },
  { name: 'grade', type: 'string', title: { mn: 'Ангилал', en: 'Grade' } },
  { name: 'benefit_type', type: 'string', title: { mn: 'Тэтгэмжийн төрөл', en: 'Benefit type' } },
  { name: 'recipients', type: 'integer', title: { mn: 'Хүний тоо', en: 'Recipients' } },
  { name: 'amount_mnt', type: 'number', title: { mn: 'Дүн', en: 'Amount (MNT)' } },
  { name: 'suppressed', type: 'string', title: { mn: 'Нууцалсан', en: 'Suppressed' } },
];

/** The word a total takes in the download's code columns. */
export const TOTAL = 'total';

export function benefitsPages(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.fiscal;
  app.get(
    '/fiscal/benefits',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const query = request.query as { year?: string; organization?: string };
      const years = await benefitYears(ctx.db);
      const year = chooseYear(years, query.year);
      const title = t('fiscal.benefits.title');
      const breadcrumbs = [{ href: '/fiscal', label: t('fiscal.title') }, { label: title }];
      const why = html`<h2>${t('fiscal.benefits.why')}</h2>
<p>${t('fiscal.benefits.whyText', { minimum: pack.benefits.minimumCell })}</p>
${sourceLine(t, t('fiscal.benefits.source'), pack.benefits.source)}`;
      if (year === null)
        return reply.sendPage({
          title,
          breadcrumbs,
          main: html`<h1>${title}</h1><p class="lead">${t('fiscal.benefits.lead')}</p>${emptyState(t('fiscal.benefits.empty'))}${why}`,
        });
      const p = await publishedBenefits(ctx.db, pack, year);
      const organization =
        query.organization && hasMember(p, 'organization', query.organization) ? query.organization : null;
      const orgMember = p.members.organization.find((m) => m.code === organization);
      const scope = orgMember ? t.pick(orgMember) : t('fiscal.benefits.allOrganizations');
      const csv = `/fiscal/benefits.csv?year=${year}`;
      const byType = p.members.type
        .map((m) => ({ m, cell: benefitCell(p, { organization, grade: null, type: m.code }) }))
        .filter(({ cell }) => cell.amount !== null)
        .map(({ m, cell }) => ({ label: t.pick(m), value: cell.amount as number }));
      return sendYearPage(request, reply, {
        form: { href: '/fiscal/benefits/report', label: t('fiscal.benefits.report') },
        path: '/fiscal/benefits',
        title,
        lead: t('fiscal.benefits.lead'),
        years,
        year,
        csv,
        filters: [
          selectField(
            'organization',
            t('fiscal.benefits.organization'),
            p.members.organization.map((m) => ({ value: m.code, label: t.pick(m) })),
            organization ?? undefined,
            t('fiscal.benefits.allOrganizations'),
          ),
        ],
        panel: html`${why}
${barChart({
  id: 'benefits-by-type',
  title: t('fiscal.benefits.chart', { scope, year: String(year) }),
  t,
  bars: byType,
  format: (v) => t.money(v),
  valueLabel: t('fiscal.benefits.amount'),
  categoryLabel: t('fiscal.benefits.type'),
})}`,
        body: html`${crossTable(request.page, p, organization, 'recipients', t('fiscal.benefits.recipientsCaption', { scope, year: String(year) }))}
${crossTable(request.page, p, organization, 'amount', t('fiscal.benefits.amountCaption', { scope, year: String(year) }))}
${
  organization
    ? ''
    : html`<h2>${t('fiscal.benefits.byOrganization')}</h2>
${table(request.page, {
  caption: t('fiscal.benefits.byOrganizationCaption', { year: String(year) }),
  columns: [
    { key: 'organization', label: t('fiscal.benefits.organization') },
    { key: 'recipients', label: t('fiscal.benefits.recipients'), numeric: true },
    { key: 'amount', label: t('fiscal.benefits.amount'), numeric: true },
  ],
  rows: p.members.organization.map((m) => {
    const cell = benefitCell(p, { organization: m.code });
    return [
      html`<a href="/fiscal/benefits?year=${year}&amp;organization=${m.code}">${t.pick(m)}</a>`,
      cellText(t, p, cell, 'recipients'),
      cellText(t, p, cell, 'amount'),
    ];
  }),
})}`
}`,
      });
    },
  );

  app.get(
    '/fiscal/benefits.csv',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const query = request.query as { year?: string };
      const year = chooseYear(await benefitYears(ctx.db), query.year);
      const p = year === null ? null : await publishedBenefits(ctx.db, pack, year);
      async function* rows() {
        if (!p) return;
        for (const cell of p.cube.cells) {
          const [organization, grade, type] = BENEFIT_DIMENSIONS.map((_, d) => cell.coords[d] ?? TOTAL);
          yield {
            fiscal_year: year,
            organization,
            grade,
            benefit_type: type,
            recipients: cell.recipients,
            amount_mnt: cell.amount,
            suppressed: cell.suppressed,
          };
        }
      }
      return sendCsv(reply, `benefits-${year ?? 'none'}.csv`, benefitsCsvFields, rows());
    },
  );
}
