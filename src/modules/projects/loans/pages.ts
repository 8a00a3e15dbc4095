import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sendDownload } from '../../../platform/datasets/download.ts';
import { sql } from '../../../platform/db/sql.ts';
import { toNationalCurrency } from '../../../platform/exchange-rates.ts';
import { sendCsv } from '../../../platform/exports.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import { fetchPage } from '../../../platform/lists/fetch.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { SlugSchema } from '../../../platform/patterns.ts';
import { emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { loansDataset, schedulesDataset } from './datasets.ts';
import { loansList } from './lists.ts';
import { amountIn, duration, interestWords, repaymentCharts, repaymentWords } from './present.ts';
import { findLoan, LOAN_COLUMNS, type Loan, loanParts, loanRows, loanSchedule } from './queries.ts';

const PageQuery = pageQuerySchema(loansList, { bom: Type.Optional(Type.String({ maxLength: 10 })) });
const LoanParams = Type.Object({ slug: SlugSchema() });

/**
 * The loans' pages: the list and its downloads, a loan's page and schedule. The lenders' pages are
 * in `lender-pages.ts`.
 */
export function loanPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/loans',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, loansList, request.query, locale);
      const result = await fetchPage<Loan>(ctx.db, loansList, {
        rows: loanRows,
        select: LOAN_COLUMNS,
        filters: query.filters,
        sort: query.sort,
        page: query.page,
        pageSize: loansList.pageSize,
        locale,
      });
      return reply.sendPage(
        listPage(request.page, {
          list: loansList,
          query,
          path: '/projects/loans',
          title: t('projects.loans.title'),
          lead: t('projects.loans.lead'),
          breadcrumbs: [
            { href: '/projects', label: t('projects.title') },
            { label: t('projects.loans.title') },
          ],
          intro: can(request.actor, 'projects.loans.write')
            ? html`<p><a class="button" href="/projects/loans/new">${t('projects.loans.form.new')}</a></p>`
            : undefined,
          count: t('projects.loans.count', { count: result.total }),
          total: result.total,
          empty: { title: t('projects.loans.empty') },
          downloads: { formats: ['csv', 'json'], api: '/api/v1/projects/loans' },
          table: {
            caption: t('projects.loans.title'),
            columns: [
              { key: 'name', label: t('projects.field.name'), sortable: true },
              { key: 'lender', label: t('projects.loans.field.lender') },
              { key: 'signed', label: t('projects.loans.field.agreementOn'), sortable: true },
              { key: 'amount', label: t('projects.loans.field.amount'), numeric: true },
              { key: 'terms', label: t('projects.loans.field.terms') },
            ],
            rows: result.items.map((l) => [
              html`<a href="/projects/loans/${l.slug}">${t.pick({ mn: l.titleMn, en: l.titleEn })}</a>`,
              html`<a href="/projects/lenders/${l.lenderEntityId}">${t.pick({ mn: l.lenderNameMn, en: l.lenderNameEn })}</a>`,
              t.date(l.agreementOn),
              amountIn(t, l.amount, l.currency),
              termsLine(t, l),
            ]),
          },
        }),
      );
    },
  );

  for (const format of ['csv', 'json'] as const)
    app.get(
      `/projects/loans.${format}`,
      { schema: { hide: true }, config: { access: 'public' } },
      (request, reply) =>
        sendDownload(request, reply, ctx.db, loansDataset, format, { ignore: ['sort', 'page'] }),
    );

  app.get(
    '/projects/loans/:slug',
    { schema: { hide: true, params: LoanParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const loan = await findLoan(ctx.db, request.params.slug);
      if (!loan) throw notFound();
      const [schedule, parts, committed, [project]] = await Promise.all([
        loanSchedule(ctx.db, loan.id),
        loanParts(ctx.db, loan.id),
        toNationalCurrency(ctx.db, ctx.country, loan.amount, loan.currency, loan.agreementOn),
        ctx.db.query<{ mn: string; en: string }>(
          sql`select title_mn as mn, title_en as en from projects where id = ${loan.projectId}`,
        ),
      ]);
      const name = t.pick({ mn: loan.titleMn, en: loan.titleEn });
      const money = (v: string) => amountIn(t, v, loan.currency);
      const mnt = (v: string) => amountIn(t, v, ctx.country.currency);
      const committedMnt = committed
        ? t('projects.loans.committedMnt', {
            amount: mnt(committed.amount),
            rate: committed.rate.perUnit,
            date: t.date(committed.rate.setOn),
          })
        : null;
      const terms = summaryList([
        { key: t('projects.loans.field.kind'), value: t(`projects.loans.kind.${loan.kind}`) },
        {
          key: t('projects.loans.field.lender'),
          value: html`<a href="/projects/lenders/${loan.lenderEntityId}">${t.pick({ mn: loan.lenderNameMn, en: loan.lenderNameEn })}</a>${loan.lenderIdentifier ? ` (${loan.lenderIdentifier})` : ''}`,
        },
        {
          key: t('projects.loans.field.borrower'),
          value: html`<a href="/organizations/${loan.organization}">${t.pick({ mn: loan.organizationNameMn, en: loan.organizationNameEn })}</a>`,
        },
        {
          key: t('projects.loans.field.project'),
          value: loan.project
            ? html`<a href="/projects/${loan.project}">${project ? t.pick(project) : loan.project}</a>`
            : t('projects.loans.noProject'),
        },
        { key: t('projects.loans.field.agreementNumber'), value: loan.agreementNumber },
        { key: t('projects.loans.field.agreementOn'), value: t.date(loan.agreementOn) },
        {
          key: t('projects.loans.field.effectiveOn'),
          value: loan.effectiveOn ? t.date(loan.effectiveOn) : null,
        },
        { key: t('projects.loans.field.closingOn'), value: loan.closingOn ? t.date(loan.closingOn) : null },
        {
          key: t('projects.loans.field.amount'),
          value: html`${money(loan.amount)}${committedMnt ? html`<br><span class="hint">${committedMnt}</span>` : ''}`,
        },
        { key: t('projects.loans.field.interest'), value: interestWords(t, loan) },
        {
          key: t('projects.loans.field.maturity'),
          value: loan.maturityMonths !== null ? duration(t, loan.maturityMonths) : null,
        },
        {
          key: t('projects.loans.field.grace'),
          value: loan.graceMonths !== null ? duration(t, loan.graceMonths) : null,
        },
        { key: t('projects.loans.field.repayment'), value: repaymentWords(t, loan, schedule) },
        {
          key: t('projects.loans.field.concessional'),
          value: t(loan.concessional ? 'projects.loans.yes' : 'projects.loans.no'),
        },
        {
          key: t('projects.loans.field.tied'),
          value: loan.tiedStatus ? t(`projects.loans.tied.${loan.tiedStatus}`) : null,
        },
        {
          key: t('projects.loans.field.drawn'),
          value: t('projects.loans.drawnOf', {
            drawn: money(loan.disbursed),
            share: Math.round((Number(loan.disbursed) / Number(loan.amount)) * 1000) / 10,
            mnt: mnt(loan.disbursedMnt),
          }),
        },
      ]);
      const conditions = t.pick({ mn: loan.conditionsMn, en: loan.conditionsEn });
      const fees =
        parts.fees.length > 0
          ? table(request.page, {
              caption: t('projects.loans.fees'),
              columns: [
                { key: 'kind', label: t('projects.loans.field.kind') },
                { key: 'value', label: t('projects.loans.fees.value'), numeric: true },
                { key: 'note', label: t('projects.loans.fees.note') },
              ],
              rows: parts.fees.map((f) => [
                t(`projects.loans.fee.${f.kind}`),
                f.rate !== null ? t('projects.loans.percent', { rate: Number(f.rate) }) : money(f.amount!),
                t.pick({ mn: f.noteMn, en: f.noteEn }),
              ]),
            })
          : null;
      const baseRates =
        parts.baseRates.length > 0
          ? table(request.page, {
              caption: t('projects.loans.baseRates', { base: loan.baseRateName ?? '' }),
              columns: [
                { key: 'from', label: t('projects.loans.period.from') },
                { key: 'to', label: t('projects.loans.period.to') },
                { key: 'rate', label: t('projects.loans.baseRate'), numeric: true },
              ],
              rows: parts.baseRates.map((b) => [
                t.date(b.start),
                t.date(b.end),
                t('projects.loans.percent', { rate: Number(b.rate) }),
              ]),
            })
          : null;
      const board =
        parts.board.length > 0
          ? html`<ul class="plain-list">${parts.board.map(
              (b) =>
                html`<li><a href="/officials/${b.slug}">${t.pick({ mn: b.nameMn, en: b.nameEn })}</a>, ${t.pick({ mn: b.roleMn, en: b.roleEn })}${b.startsOn ? html` (${t.date(b.startsOn)}${b.endsOn ? html` – ${t.date(b.endsOn)}` : ''})` : ''}</li>`,
            )}</ul>`
          : emptyState(t('projects.loans.boardNone'));
      const disbursements =
        parts.disbursements.length > 0
          ? table(request.page, {
              caption: t('projects.loans.disbursements'),
              columns: [
                { key: 'on', label: t('projects.loans.field.date') },
                { key: 'amount', label: t('projects.loans.field.amount'), numeric: true },
                { key: 'rate', label: t('projects.loans.rateUsed'), numeric: true },
                { key: 'mnt', label: t('projects.loans.inMnt'), numeric: true },
                { key: 'what', label: t('projects.loans.fees.note') },
              ],
              rows: parts.disbursements.map((d) => [
                t.date(d.on),
                money(d.amount),
                t('projects.loans.rateOn', { rate: d.rate, date: t.date(d.setOn) }),
                mnt(d.mnt),
                t.pick({ mn: d.descriptionMn, en: d.descriptionEn }),
              ]),
            })
          : emptyState(t('projects.loans.disbursementsNone'));
      const repayments =
        parts.repayments.length > 0
          ? table(request.page, {
              caption: t('projects.loans.repayments'),
              columns: [
                { key: 'on', label: t('projects.loans.field.date') },
                { key: 'principal', label: t('projects.loans.schedule.principal'), numeric: true },
                { key: 'interest', label: t('projects.loans.schedule.interest'), numeric: true },
                { key: 'rate', label: t('projects.loans.rateUsed'), numeric: true },
                { key: 'mnt', label: t('projects.loans.inMnt'), numeric: true },
              ],
              rows: parts.repayments.map((r) => [
                t.date(r.on),
                money(r.principal),
                money(r.interest),
                t('projects.loans.rateOn', { rate: r.rate, date: t.date(r.setOn) }),
                mnt(r.mnt),
              ]),
            })
          : emptyState(t('projects.loans.repaymentsNone'));
      const scheduleSection: Html =
        schedule.length > 0
          ? html`<p>${t(schedule[0]!.basis === 'stated' ? 'projects.loans.schedule.stated' : 'projects.loans.schedule.computed')}</p>
${repaymentCharts(t, loan, schedule)}
${table(request.page, {
  caption: t('projects.loans.schedule.caption', { currency: loan.currency }),
  columns: [
    { key: 'seq', label: t('projects.loans.schedule.seq'), numeric: true },
    { key: 'due', label: t('projects.loans.schedule.due') },
    { key: 'principal', label: t('projects.loans.schedule.principal'), numeric: true },
    { key: 'interest', label: t('projects.loans.schedule.interest'), numeric: true },
    { key: 'outstanding', label: t('projects.loans.schedule.outstanding'), numeric: true },
  ],
  rows: schedule.map((s) => [
    String(s.seq),
    t.date(s.dueOn),
    money(s.principal),
    money(s.interest),
    money(s.outstanding),
  ]),
})}
<p><a href="/projects/loans/${loan.slug}/schedule.csv">${t('projects.loans.schedule.csv')}</a></p>`
          : emptyState(t('projects.loans.schedule.none'));
      const base = `/projects/loans/${loan.slug}`;
      const actions = can(request.actor, 'projects.loans.write', { organizationId: loan.organizationId })
        ? html`<nav aria-label="${t('projects.loans.actions')}"><ul class="inline-list">
<li><a href="${base}/edit">${t('projects.loans.form.edit')}</a></li>
<li><a href="${base}/disbursements/new">${t('projects.loans.form.disbursement')}</a></li>
<li><a href="${base}/repayments/new">${t('projects.loans.form.repayment')}</a></li>
${loan.rateKind === 'variable' ? html`<li><a href="${base}/base-rates/new">${t('projects.loans.form.baseRate')}</a></li>` : ''}
<li><a href="${base}/fees/new">${t('projects.loans.form.fee')}</a></li>
<li><a href="${base}/board-members/new">${t('projects.loans.form.boardMember')}</a></li>
</ul></nav>`
        : '';
      return reply.sendPage({
        title: name,
        breadcrumbs: [
          { href: '/projects', label: t('projects.title') },
          { href: '/projects/loans', label: t('projects.loans.title') },
          { label: name },
        ],
        alternates: [{ href: `/api/v1/projects/loans/${loan.slug}`, type: 'application/json' }],
        main: html`<h1>${name}</h1>
<p class="lead" lang="${locale === 'mn' ? 'en' : 'mn'}">${locale === 'mn' ? loan.titleEn : loan.titleMn}</p>
${actions}
<h2>${t('projects.loans.terms')}</h2>
${terms}
${conditions ? html`<h2>${t('projects.loans.conditions')}</h2><p class="prose">${conditions}</p>` : ''}
${fees ? html`<h2>${t('projects.loans.fees')}</h2>${fees}` : ''}
${baseRates ? html`<h2>${t('projects.loans.baseRate')}</h2>${baseRates}` : ''}
<h2>${t('projects.loans.board')}</h2>
${board}
<h2>${t('projects.loans.disbursements')}</h2>
${disbursements}
<h2>${t('projects.loans.repayments')}</h2>
${repayments}
<h2>${t('projects.loans.schedule')}</h2>
${scheduleSection}`,
      });
    },
  );

  app.get(
    '/projects/loans/:slug/schedule.csv',
    { schema: { hide: true, params: LoanParams }, config: { access: 'public' } },
    async (request, reply) => {
      const loan = await findLoan(ctx.db, request.params.slug);
      if (!loan) throw notFound();
      const rows = await ctx.db.query<Record<string, unknown>>(
        sql`select * from (${schedulesDataset.source}) d where d.loan = ${loan.slug} order by d.seq`,
      );
      async function* each() {
        yield* rows;
      }
      return sendCsv(reply, `${loan.slug}-schedule.csv`, schedulesDataset.fields, each());
    },
  );
}

/** A loan's terms in one line: rate, maturity and grace. */
function termsLine(t: Parameters<typeof interestWords>[0], l: Loan): string {
  return [
    interestWords(t, l),
    l.maturityMonths !== null ? duration(t, l.maturityMonths) : null,
    l.graceMonths !== null ? t('projects.loans.graceOf', { grace: duration(t, l.graceMonths) }) : null,
  ]
    .filter((x) => x !== null)
    .join(', ');
}
