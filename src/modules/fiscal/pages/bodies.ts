import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { entityOfOrganization } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { groupedBarChart } from '../../../platform/views/charts/index.ts';
import { downloads, emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import {
  biggestPayees,
  bodyEconomic,
  bodyTransactionTotals,
  bodyYears,
  reportingBody,
} from '../budget/bodies.ts';
import { executionRate } from '../budget/queries.ts';
import {
  badQueryNotice,
  budgetHref,
  mnt,
  mntShort,
  percent,
  phaseLabel,
  readYear,
  rowName,
  sendCsv,
  yearForm,
} from './explorer-views.ts';

/** A reporting body's page: its basis under the law, its budget planned against executed, its payees. */

const schema = {
  hide: true,
  params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
  querystring: Type.Record(Type.String(), Type.String({ maxLength: 200 })),
};

async function load(ctx: ModuleContext, request: FastifyRequest) {
  const { slug } = request.params as { slug: string };
  const body = await reportingBody(ctx.db, slug);
  if (!body) throw notFound(request.t('fiscal.body.none', { slug }));
  const years = await bodyYears(ctx.db, body.id);
  const { year, bad } = readYear((request.query as Record<string, string>).year, years);
  const rows = await bodyEconomic(ctx.db, body.id, year, 'expenditure', 'approved');
  return { body, years, year, rows, bad };
}

export function bodyPages(app: App, ctx: ModuleContext): void {
  app.get('/fiscal/bodies/:slug', { schema, config: { access: 'public' } }, async (request, reply) => {
    const { t } = request;
    const { body, years, year, rows, bad } = await load(ctx, request);
    const [entity, payees, paid] = await Promise.all([
      entityOfOrganization(ctx.db, body.id),
      biggestPayees(ctx.db, body.id, year),
      bodyTransactionTotals(ctx.db, body.id, year),
    ]);
    const name = t.pick({ mn: body.nameMn, en: body.nameEn });
    const csv = `/fiscal/bodies/${body.slug}/budget.csv?year=${year}`;
    const charted = rows.filter((r) => r.depth === 1 || !r.children).slice(0, 8);
    const label = (r: (typeof rows)[number]) => rowName(t, 'economic', r);
    return reply.sendPage({
      title: name,
      description: t('fiscal.body.lead', { name }),
      breadcrumbs: [{ href: '/fiscal', label: t('fiscal.title') }, { label: name }],
      alternates: [{ href: csv, type: 'text/csv' }],
      main: html`<span class="tag">${t(`fiscal.body.basis.${body.basis}`)}</span>
<h1>${name}</h1>
<p class="lead">${t('fiscal.body.lead', { name })}</p>
${badQueryNotice(request.page, bad ? ['year'] : [])}
${summaryList([
  { key: t('fiscal.body.basis'), value: t(`fiscal.body.basis.${body.basis}`) },
  ...(body.stateShare === null
    ? []
    : [{ key: t('fiscal.body.stateShare'), value: percent(t, body.stateShare / 100) }]),
  {
    key: t('fiscal.body.organisation'),
    value: html`<a href="/organizations/${body.slug}">${name}</a>${body.parent ? html` (${t.pick({ mn: body.parent.nameMn, en: body.parent.nameEn })})` : ''}`,
  },
  {
    key: t('fiscal.body.entity'),
    value: entity
      ? html`<a href="/legal-entities/${entity.id}">${t.pick({ mn: entity.nameMn, en: entity.nameEn }) || name}</a>`
      : t('fiscal.body.noEntity'),
  },
])}
${yearForm(t, `/fiscal/bodies/${body.slug}`, years, year)}
<h2>${t('fiscal.body.budget', { year: String(year) })}</h2>
${
  rows.length === 0
    ? emptyState(t('fiscal.budget.empty', { year: String(year) }))
    : html`${groupedBarChart({
        id: 'body-budget',
        className: 'fiscal-chart',
        title: t('fiscal.body.budget', { year: String(year) }),
        caption: t('fiscal.budget.chartTop', { count: charted.length, total: rows.length }),
        t,
        format: (v) => mntShort(t, v),
        categories: charted.map(label),
        short: (c) => (c.length > 14 ? `${c.slice(0, 13)}…` : c),
        series: [
          { label: phaseLabel(t, 'approved'), colour: 'blue', values: charted.map((r) => r.approved) },
          { label: phaseLabel(t, 'revised'), colour: 'orange', values: charted.map((r) => r.revised) },
          { label: phaseLabel(t, 'executed'), colour: 'green', values: charted.map((r) => r.executed) },
        ],
        categoryLabel: t('fiscal.budget.by.economic'),
      })}
${table(request.page, {
  caption: t('fiscal.body.budget', { year: String(year) }),
  columns: [
    { key: 'name', label: t('fiscal.budget.by.economic') },
    ...(['approved', 'revised', 'executed'] as const).map((p) => ({
      key: p,
      label: phaseLabel(t, p),
      numeric: true,
    })),
    { key: 'rate', label: t('fiscal.budget.rate'), numeric: true },
  ],
  rows: rows.map((r) => [
    r.depth === 1 ? html`<span class="fiscal-indent">${label(r)}</span>` : html`<strong>${label(r)}</strong>`,
    mnt(t, r.approved),
    mnt(t, r.revised),
    mnt(t, r.executed),
    percent(t, executionRate(r)),
  ]),
})}
${downloads(request.page, [{ href: csv, label: 'CSV' }])}
<p><a href="${budgetHref({ year, direction: 'expenditure', phase: 'approved', by: 'administrative', node: String(body.id) })}">${t('fiscal.body.explore')}</a></p>`
}
<h2>${t('fiscal.body.payees', { year: String(year) })}</h2>
<p>${t('fiscal.body.paid', { count: paid.count, total: mnt(t, paid.total) })}
<a href="/fiscal/transactions?payer=${body.slug}&amp;year=${year}">${t('fiscal.body.transactions')}</a></p>
${
  payees.length === 0
    ? emptyState(t('fiscal.body.noPayees'))
    : table(request.page, {
        caption: t('fiscal.body.payees', { year: String(year) }),
        columns: [
          { key: 'payee', label: t('fiscal.line.payee') },
          { key: 'payments', label: t('fiscal.body.payments'), numeric: true },
          { key: 'total', label: t('fiscal.body.total'), numeric: true },
        ],
        rows: payees.map((p) => [
          p.individual
            ? t('fiscal.body.individuals')
            : p.entityId !== null
              ? html`<a href="/legal-entities/${p.entityId}">${p.name}</a>`
              : (p.name ?? '—'),
          t.number(p.payments),
          mnt(t, p.total),
        ]),
      })
}
<h2>${t('fiscal.body.compliance')}</h2>
<p>${t('fiscal.body.complianceText')} <a href="/fiscal/compliance?body=${body.slug}">${t('fiscal.body.complianceLink')}</a></p>`,
    });
  });

  app.get(
    '/fiscal/bodies/:slug/budget.csv',
    { schema, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const { body, year, rows } = await load(ctx, request);
      return sendCsv(
        reply,
        `budget-${body.slug}-${year}.csv`,
        [
          'fiscal_year',
          'economic_code',
          'name',
          'level',
          'approved',
          'revised',
          'executed',
          'plan',
          'execution_rate',
        ],
        rows.map((r) => {
          const rate = executionRate(r);
          return {
            fiscal_year: year,
            economic_code: r.key,
            name: rowName(t, 'economic', r),
            level: r.depth + 1,
            approved: r.approved,
            revised: r.revised,
            executed: r.executed,
            plan: r.plan,
            execution_rate: rate === null ? null : Math.round(rate * 10000) / 10000,
          };
        }),
      );
    },
  );
}
