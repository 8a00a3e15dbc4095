import { type Static, type TObject, type TProperties, Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import type { Result } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { SlugSchema } from '../../../platform/patterns.ts';
import { checkbox, dateInput, select, textarea, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { PAYMENTS_PER_YEAR, REPAYMENT_METHODS } from '../codes.ts';
import { BaseRateBody, BoardMemberBody, DisbursementBody, FeeBody, LoanBody, RepaymentBody } from './api.ts';
import {
  FEE_KINDS,
  recordBaseRate,
  recordBoardMember,
  recordDisbursement,
  recordFee,
  recordRepayment,
} from './parts.ts';
import { findLoan, loanSchedule } from './queries.ts';
import { createLoan, updateLoan } from './write-loan.ts';

const LoanParams = Type.Object({ slug: SlugSchema() });
type Form = Parameters<Parameters<typeof formRoute>[1]['render']>[0];
type Request = Parameters<Parameters<typeof formRoute>[1]['render']>[1];

/** The forms of loans: the loan itself (new and edit) and each part recorded after it. */
export function loanForms(app: App, ctx: ModuleContext): void {
  const organizations = async (request: Request) =>
    (
      await ctx.db.query<{ id: number; slug: string; mn: string; en: string }>(
        sql`select id, slug, name_mn as mn, name_en as en from organizations order by slug`,
      )
    )
      .filter((o) => can(request.actor, 'projects.loans.write', { organizationId: o.id }))
      .map((o) => ({ value: o.slug, label: request.t.pick({ mn: o.mn, en: o.en }) }));

  const loanFields = async (form: Form, request: Request): Promise<Html> => {
    const { t } = request;
    const text = (id: string, label: string, hint?: string) =>
      textField(id, t(label), form.value(id), { error: form.error(id), ...(hint ? { hint: t(hint) } : {}) });
    const date = (id: string, label: string) =>
      dateInput(request, { id, label: t(label), value: form.value(id), error: form.error(id) });
    const lenders = ctx.country.projects.lenders.map((l) => ({
      value: l.iatiRef ?? (l.registration ? `${l.registration.scheme}:${l.registration.identifier}` : ''),
      label: t.pick(l.name),
    }));
    return html`${select(request, {
      id: 'organization',
      label: t('projects.loans.field.borrower'),
      options: await organizations(request),
      selected: form.value('organization'),
      error: form.error('organization'),
    })}
${text('slug', 'projects.field.slug', 'projects.create.slugHint')}
${select(request, {
  id: 'kind',
  label: t('projects.loans.field.kind'),
  options: ['loan', 'grant'].map((k) => ({ value: k, label: t(`projects.loans.kind.${k}`) })),
  selected: form.value('kind'),
  error: form.error('kind'),
})}
${textField('lender', t('projects.loans.field.lender'), form.value('lender'), {
  error: form.error('lender'),
  hint: t('projects.loans.form.lenderHint', {
    known: lenders
      .filter((l) => l.value)
      .map((l) => `${l.value} (${l.label})`)
      .join('; '),
  }),
})}
${text('project', 'projects.loans.filter.project')}
${text('titleMn', 'projects.field.titleMn')}
${text('titleEn', 'projects.field.titleEn')}
${text('agreementNumber', 'projects.loans.field.agreementNumber')}
${date('agreementOn', 'projects.loans.field.agreementOn')}
${date('effectiveOn', 'projects.loans.field.effectiveOn')}
${date('closingOn', 'projects.loans.field.closingOn')}
${text('amount', 'projects.loans.field.amount')}
${text('currency', 'projects.loans.filter.currency')}
${checkbox(request, { id: 'concessional', label: t('projects.loans.field.concessional'), checked: form.value('concessional') === '1' })}
${select(request, {
  id: 'tiedStatus',
  label: t('projects.loans.field.tied'),
  options: ['tied', 'partially-tied', 'untied'].map((v) => ({
    value: v,
    label: t(`projects.loans.tied.${v}`),
  })),
  selected: form.value('tiedStatus'),
  placeholder: '—',
  error: form.error('tiedStatus'),
})}
${select(request, {
  id: 'rateKind',
  label: t('projects.loans.form.rateKind'),
  options: ['fixed', 'variable'].map((v) => ({ value: v, label: t(`projects.loans.form.rateKind.${v}`) })),
  selected: form.value('rateKind'),
  placeholder: '—',
  error: form.error('rateKind'),
})}
${text('fixedRate', 'projects.loans.form.fixedRate')}
${text('baseRateName', 'projects.loans.baseRate')}
${text('margin', 'projects.loans.form.margin')}
${text('maturityMonths', 'projects.loans.form.maturityMonths')}
${text('graceMonths', 'projects.loans.form.graceMonths')}
${select(request, {
  id: 'repaymentMethod',
  label: t('projects.loans.field.method'),
  options: REPAYMENT_METHODS.map((m) => ({ value: m, label: t(`projects.loans.method.${m}`) })),
  selected: form.value('repaymentMethod'),
  placeholder: '—',
  error: form.error('repaymentMethod'),
})}
${select(request, {
  id: 'paymentsPerYear',
  label: t('projects.loans.form.paymentsPerYear'),
  options: PAYMENTS_PER_YEAR.map((n) => ({ value: String(n), label: String(n) })),
  selected: form.value('paymentsPerYear'),
  placeholder: '—',
  error: form.error('paymentsPerYear'),
})}
${date('firstRepaymentOn', 'projects.loans.form.firstRepaymentOn')}
${date('finalRepaymentOn', 'projects.loans.form.finalRepaymentOn')}
${textarea(request, { id: 'statedSchedule', label: t('projects.loans.form.statedSchedule'), hint: t('projects.loans.form.statedScheduleHint'), value: form.value('statedSchedule'), error: form.error('statedSchedule') })}
${textarea(request, { id: 'conditionsMn', label: t('projects.loans.form.conditionsMn'), value: form.value('conditionsMn'), error: form.error('conditionsMn') })}
${textarea(request, { id: 'conditionsEn', label: t('projects.loans.form.conditionsEn'), value: form.value('conditionsEn'), error: form.error('conditionsEn') })}`;
  };

  const page = (
    request: Request,
    title: string,
    back: { href: string; label: string } | null,
    form: Form,
    fields: Html,
  ) => ({
    title,
    breadcrumbs: [
      { href: '/projects/loans', label: request.t('projects.loans.title') },
      ...(back ? [back] : []),
      { label: title },
    ],
    main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${fields}
<button type="submit" class="button">${request.t('projects.form.submit')}</button>
</form>`,
  });

  formRoute(app, {
    path: '/projects/loans/new',
    access: { action: 'projects.loans.write' },
    body: LoanBody,
    command: (input, request) => createLoan(ctx, request.actor, input, request.meta),
    render: async (form, request) =>
      page(request, request.t('projects.loans.form.new'), null, form, await loanFields(form, request)),
    redirect: (loan) => `/projects/loans/${loan.slug}`,
  });

  formRoute(app, {
    path: '/projects/loans/:slug/edit',
    access: { action: 'projects.loans.write' },
    params: LoanParams,
    body: LoanBody,
    values: async (request) => {
      const l = await findLoan(ctx.db, request.params.slug);
      if (!l) throw notFound();
      const schedule = await loanSchedule(ctx.db, l.id);
      const stated = schedule[0]?.basis === 'stated';
      return {
        organization: l.organization,
        slug: l.slug,
        kind: l.kind,
        lender: l.lenderIdentifier ? l.lenderIdentifier : String(l.lenderEntityId),
        project: l.project ?? '',
        titleMn: l.titleMn,
        titleEn: l.titleEn,
        agreementNumber: l.agreementNumber ?? '',
        agreementOn: l.agreementOn,
        effectiveOn: l.effectiveOn ?? '',
        closingOn: l.closingOn ?? '',
        amount: l.amount,
        currency: l.currency,
        concessional: l.concessional ? '1' : '',
        tiedStatus: l.tiedStatus ?? '',
        rateKind: l.rateKind ?? '',
        fixedRate: l.fixedRate ?? '',
        baseRateName: l.baseRateName ?? '',
        margin: l.margin ?? '',
        maturityMonths: l.maturityMonths === null ? '' : String(l.maturityMonths),
        graceMonths: l.graceMonths === null ? '' : String(l.graceMonths),
        repaymentMethod: l.repaymentMethod ?? '',
        paymentsPerYear: l.paymentsPerYear === null ? '' : String(l.paymentsPerYear),
        firstRepaymentOn: l.firstRepaymentOn ?? '',
        finalRepaymentOn: l.finalRepaymentOn ?? '',
        conditionsMn: l.conditionsMn ?? '',
        conditionsEn: l.conditionsEn ?? '',
        statedSchedule: stated
          ? schedule.map((s) => `${s.dueOn} ${s.principal} ${s.interest}`).join('\n')
          : '',
      };
    },
    command: (input, request) => updateLoan(ctx, request.actor, request.params.slug, input, request.meta),
    render: async (form, request) =>
      page(
        request,
        request.t('projects.loans.form.edit'),
        { href: `/projects/loans/${request.params.slug}`, label: request.params.slug },
        form,
        await loanFields(form, request),
      ),
    redirect: (loan) => `/projects/loans/${loan.slug}`,
  });

  /** A form for one part of a loan, at `/projects/loans/:slug/<path>/new`. */
  const partForm = <P extends TProperties>(
    path: string,
    titleKey: string,
    body: TObject<P>,
    fields: (form: Form, request: Request) => Html,
    command: (slug: string, input: Static<TObject<P>>, request: Request) => Promise<Result<unknown>>,
  ) =>
    formRoute(app, {
      path: `/projects/loans/:slug/${path}/new`,
      access: { action: 'projects.loans.write' },
      params: LoanParams,
      body,
      command: (input, request) => command(request.params.slug, input, request),
      render: (form, request) =>
        page(
          request,
          request.t(titleKey),
          { href: `/projects/loans/${request.params.slug}`, label: request.params.slug },
          form,
          fields(form, request),
        ),
      redirect: (_v, request) => `/projects/loans/${request.params.slug}`,
    });

  const text = (form: Form, request: Request, id: string, label: string) =>
    textField(id, request.t(label), form.value(id), { error: form.error(id) });
  const date = (form: Form, request: Request, id: string, label: string) =>
    dateInput(request, { id, label: request.t(label), value: form.value(id), error: form.error(id) });

  partForm(
    'disbursements',
    'projects.loans.form.disbursement',
    DisbursementBody,
    (f, r) => html`${date(f, r, 'disbursedOn', 'projects.loans.field.date')}
${text(f, r, 'amount', 'projects.loans.field.amount')}
${text(f, r, 'descriptionMn', 'projects.field.descriptionMn')}
${text(f, r, 'descriptionEn', 'projects.field.descriptionEn')}`,
    (slug, input, r) => recordDisbursement(ctx, r.actor, slug, input, r.meta),
  );
  partForm(
    'repayments',
    'projects.loans.form.repayment',
    RepaymentBody,
    (f, r) => html`${date(f, r, 'paidOn', 'projects.loans.field.date')}
${text(f, r, 'principal', 'projects.loans.schedule.principal')}
${text(f, r, 'interest', 'projects.loans.schedule.interest')}`,
    (slug, input, r) => recordRepayment(ctx, r.actor, slug, input, r.meta),
  );
  partForm(
    'base-rates',
    'projects.loans.form.baseRate',
    BaseRateBody,
    (f, r) => html`${date(f, r, 'periodStart', 'projects.loans.period.from')}
${date(f, r, 'periodEnd', 'projects.loans.period.to')}
${text(f, r, 'rate', 'projects.loans.baseRate')}`,
    (slug, input, r) => recordBaseRate(ctx, r.actor, slug, input, r.meta),
  );
  partForm(
    'fees',
    'projects.loans.form.fee',
    FeeBody,
    (f, r) => html`${select(r, {
      id: 'kind',
      label: r.t('projects.loans.field.kind'),
      options: FEE_KINDS.map((k) => ({ value: k, label: r.t(`projects.loans.fee.${k}`) })),
      selected: f.value('kind'),
      error: f.error('kind'),
    })}
${text(f, r, 'rate', 'projects.loans.form.feeRate')}
${text(f, r, 'amount', 'projects.loans.field.amount')}
${text(f, r, 'noteMn', 'projects.loans.form.noteMn')}
${text(f, r, 'noteEn', 'projects.loans.form.noteEn')}`,
    (slug, input, r) => recordFee(ctx, r.actor, slug, input, r.meta),
  );
  partForm(
    'board-members',
    'projects.loans.form.boardMember',
    BoardMemberBody,
    (f, r) => html`${textField('official', r.t('projects.loans.form.official'), f.value('official'), {
      error: f.error('official'),
      hint: r.t('projects.loans.form.officialHint'),
    })}
${text(f, r, 'roleMn', 'projects.loans.form.roleMn')}
${text(f, r, 'roleEn', 'projects.loans.form.roleEn')}
${date(f, r, 'startsOn', 'projects.loans.period.from')}
${date(f, r, 'endsOn', 'projects.loans.period.to')}`,
    (slug, input, r) => recordBoardMember(ctx, r.actor, slug, input, r.meta),
  );
}
