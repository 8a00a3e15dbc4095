import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import type { ProjectSection } from '../sections.ts';
import { amountIn, duration, interestWords } from './present.ts';
import { LOAN_COLUMNS, type Loan, loanRows, loansOfProject } from './queries.ts';
import { fromUnits, toUnits } from './schedule.ts';

/** The share of a loan drawn, in percent with one decimal. */
const drawnShare = (l: Pick<Loan, 'disbursed' | 'amount'>) =>
  Math.round((Number(l.disbursed) / Number(l.amount)) * 1000) / 10;

/**
 * The loans' part of a project's page: each loan or grant that finances it, with its lender, amount,
 * terms and the share drawn; and the share drawn of them all, by currency. None without loans.
 */
export const loansProjectSection: ProjectSection = {
  id: 'loans',
  order: 30,
  render: async (ctx, project, request) => {
    const { t } = request;
    const loans = await loansOfProject(ctx.db, project.id);
    if (loans.length === 0) return null;
    // Exact sums in hundredths (the columns' scale), by currency.
    const byCurrency = new Map<string, { amount: bigint; disbursed: bigint }>();
    for (const l of loans) {
      const x = byCurrency.get(l.currency) ?? { amount: 0n, disbursed: 0n };
      x.amount += toUnits(l.amount, 2);
      x.disbursed += toUnits(l.disbursed, 2);
      byCurrency.set(l.currency, x);
    }
    const drawn = [...byCurrency.entries()].map(([currency, x]) =>
      t('projects.loans.section.drawn', {
        drawn: amountIn(t, fromUnits(x.disbursed, 2), currency),
        amount: amountIn(t, fromUnits(x.amount, 2), currency),
        share: Number((x.disbursed * 1000n) / x.amount) / 10,
      }),
    );
    return html`<section id="loans" aria-labelledby="loans-title">
<h2 id="loans-title">${t('projects.loans.title')}</h2>
${drawn.map((d) => html`<p>${d}</p>`)}
${table(request.page, {
  caption: t('projects.loans.section.caption'),
  columns: [
    { key: 'loan', label: t('projects.field.name') },
    { key: 'lender', label: t('projects.loans.field.lender') },
    { key: 'amount', label: t('projects.loans.field.amount'), numeric: true },
    { key: 'terms', label: t('projects.loans.field.terms') },
    { key: 'drawn', label: t('projects.loans.field.drawn'), numeric: true },
  ],
  rows: loans.map((l) => [
    html`<a href="/projects/loans/${l.slug}">${t.pick({ mn: l.titleMn, en: l.titleEn })}</a>`,
    html`<a href="/projects/lenders/${l.lenderEntityId}">${t.pick({ mn: l.lenderNameMn, en: l.lenderNameEn })}</a>`,
    amountIn(t, l.amount, l.currency),
    [interestWords(t, l), l.maturityMonths !== null ? duration(t, l.maturityMonths) : null]
      .filter((x) => x !== null)
      .join(', '),
    t('projects.loans.percent', { rate: drawnShare(l) }),
  ]),
})}
</section>`;
  },
};

/**
 * The loans' part of a legal entity's page (`/legal-entities/:id`): the loans and grants it (or an
 * entity merged into it) lent, with amount, terms and share drawn, linked to its lender page.
 */
export async function lenderEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const loans = await ctx.db.query<Loan>(sql`
    select ${LOAN_COLUMNS} from (${loanRows}) d
    join project_loans l on l.id = d.id
    where l.lender_entity_id = any(${[...entity.family]}::bigint[])
    order by d.agreement_on desc, d.id`);
  if (loans.length === 0) return null;
  const caption = t('projects.loans.entity.caption', { count: loans.length });
  return {
    id: 'projects-loans',
    title: t('projects.loans.entity.title'),
    count: loans.length,
    href: `/projects/lenders/${entity.id}`,
    html: html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
<caption>${caption}</caption>
<thead><tr><th scope="col">${t('projects.field.name')}</th><th scope="col">${t('projects.loans.field.agreementOn')}</th><th scope="col" class="numeric">${t('projects.loans.field.amount')}</th><th scope="col">${t('projects.loans.field.interest')}</th><th scope="col" class="numeric">${t('projects.loans.field.drawn')}</th></tr></thead>
<tbody>${loans.map(
      (l) =>
        html`<tr><td><a href="/projects/loans/${l.slug}">${t.pick({ mn: l.titleMn, en: l.titleEn })}</a></td><td>${t.date(l.agreementOn)}</td><td class="numeric">${amountIn(t, l.amount, l.currency)}</td><td>${interestWords(t, l) ?? '—'}</td><td class="numeric">${t('projects.loans.percent', { rate: drawnShare(l) })}</td></tr>`,
    )}</tbody>
</table></div>
<p><a href="/projects/lenders/${entity.id}">${t('projects.loans.entity.all')}</a></p>`,
    data: loans.map((l) => ({
      slug: l.slug,
      kind: l.kind,
      title: { mn: l.titleMn, en: l.titleEn },
      agreementOn: l.agreementOn,
      amount: l.amount,
      currency: l.currency,
      rateKind: l.rateKind,
      fixedRate: l.fixedRate,
      maturityMonths: l.maturityMonths,
      graceMonths: l.graceMonths,
      disbursed: l.disbursed,
      url: `/projects/loans/${l.slug}`,
    })),
  };
}
