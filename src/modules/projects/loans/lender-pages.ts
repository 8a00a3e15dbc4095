import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { amountIn, duration, interestWords } from './present.ts';
import { type Loan, lenders, loansOfLender } from './queries.ts';
import { fromUnits, toUnits } from './schedule.ts';

const EntityParams = Type.Object({ entityId: Type.String({ pattern: '^[0-9]{1,15}$' }) });

/**
 * The lenders' pages: every lender with its loans and commitments by currency, and a lender's page
 * with its totals and its loans' terms side by side.
 */
export function lenderPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/lenders',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const all = await lenders(ctx.db);
      return reply.sendPage({
        title: t('projects.lenders.title'),
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { label: t('projects.lenders.title') },
        ],
        main: html`<h1>${t('projects.lenders.title')}</h1>
<p class="lead">${t('projects.lenders.lead')}</p>
${
  all.length > 0
    ? table(request.page, {
        caption: t('projects.lenders.title'),
        columns: [
          { key: 'name', label: t('projects.loans.field.lender') },
          { key: 'id', label: t('projects.lenders.identifier') },
          { key: 'loans', label: t('projects.lenders.loans'), numeric: true },
          { key: 'total', label: t('projects.lenders.committed'), numeric: true },
        ],
        rows: all.map((l) => [
          html`<a href="/projects/lenders/${l.id}">${t.pick({ mn: l.nameMn, en: l.nameEn })}</a>`,
          l.identifier ?? '—',
          String(l.loans),
          html`${(l.totals ?? []).map((x, i) => html`${i > 0 ? html`<br>` : ''}${amountIn(t, x.amount, x.currency)}`)}`,
        ]),
      })
    : emptyState(t('projects.loans.empty'))
}`,
      });
    },
  );

  app.get(
    '/projects/lenders/:entityId',
    { schema: { hide: true, params: EntityParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const [entity] = await ctx.db.query<{
        id: number;
        nameMn: string | null;
        nameEn: string | null;
        merged: number | null;
      }>(sql`
        select id, name_mn as "nameMn", name_en as "nameEn", merged_into as merged from legal_entities
        where id = ${Number(request.params.entityId)}`);
      if (!entity) throw notFound();
      if (entity.merged) return reply.redirect(`/projects/lenders/${entity.merged}`, 301);
      const loans = await loansOfLender(ctx.db, Number(entity.id));
      const name = t.pick({ mn: entity.nameMn, en: entity.nameEn });
      // Exact sums in hundredths (the columns' scale), by currency.
      const totals = new Map<string, { amount: bigint; disbursed: bigint }>();
      for (const l of loans) {
        const x = totals.get(l.currency) ?? { amount: 0n, disbursed: 0n };
        x.amount += toUnits(l.amount, 2);
        x.disbursed += toUnits(l.disbursed, 2);
        totals.set(l.currency, x);
      }
      return reply.sendPage({
        title: name,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: '/projects/lenders', label: t('projects.lenders.title') },
          { label: name },
        ],
        main: html`<h1>${name}</h1>
<p><a href="/legal-entities/${entity.id}">${t('projects.lenders.entityPage')}</a></p>
<h2>${t('projects.lenders.totals')}</h2>
${
  totals.size > 0
    ? table(request.page, {
        caption: t('projects.lenders.totals'),
        columns: [
          { key: 'currency', label: t('projects.loans.filter.currency') },
          { key: 'amount', label: t('projects.lenders.committed'), numeric: true },
          { key: 'drawn', label: t('projects.loans.field.drawn'), numeric: true },
        ],
        rows: [...totals.entries()].map(([currency, x]) => [
          currency,
          amountIn(t, fromUnits(x.amount, 2), currency),
          amountIn(t, fromUnits(x.disbursed, 2), currency),
        ]),
      })
    : emptyState(t('projects.loans.empty'))
}
${loans.length > 0 ? html`<h2>${t('projects.lenders.side')}</h2>${termsSideBySide(request.page, t, loans)}` : ''}`,
      });
    },
  );
}

/** A lender's loans with their terms side by side, one column of figures each. */
function termsSideBySide(
  page: Parameters<typeof table>[0],
  t: Parameters<typeof interestWords>[0],
  loans: readonly Loan[],
): Html {
  return table(page, {
    caption: t('projects.lenders.side'),
    columns: [
      { key: 'loan', label: t('projects.field.name') },
      { key: 'signed', label: t('projects.loans.field.agreementOn') },
      { key: 'amount', label: t('projects.loans.field.amount'), numeric: true },
      { key: 'rate', label: t('projects.loans.field.interest') },
      { key: 'maturity', label: t('projects.loans.field.maturity') },
      { key: 'grace', label: t('projects.loans.field.grace') },
      { key: 'method', label: t('projects.loans.field.method') },
    ],
    rows: loans.map((l) => [
      html`<a href="/projects/loans/${l.slug}">${t.pick({ mn: l.titleMn, en: l.titleEn })}</a>`,
      t.date(l.agreementOn),
      amountIn(t, l.amount, l.currency),
      interestWords(t, l) ?? '—',
      l.maturityMonths !== null ? duration(t, l.maturityMonths) : '—',
      l.graceMonths !== null ? duration(t, l.graceMonths) : '—',
      l.repaymentMethod ? t(`projects.loans.method.${l.repaymentMethod}`) : '—',
    ]),
  });
}
