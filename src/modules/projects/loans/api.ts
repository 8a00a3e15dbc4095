import type { FastifyRequest } from 'fastify';
import { type Static, type TObject, Type } from 'typebox';
import { type Result, refusedForApi } from '../../../platform/commands/index.ts';
import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { fetchPage } from '../../../platform/lists/fetch.ts';
import { offsetLinks } from '../../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import { offsetPageSchema } from '../../../platform/lists/schemas.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { SlugSchema } from '../../../platform/patterns.ts';
import { loansList } from './lists.ts';
import {
  FEE_KINDS,
  recordBaseRate,
  recordBoardMember,
  recordDisbursement,
  recordFee,
  recordRepayment,
} from './parts.ts';
import { findLoan, LOAN_COLUMNS, type Loan, loanRows, loanSchedule, type ScheduleLine } from './queries.ts';
import { createLoan, updateLoan } from './write-loan.ts';

const Bilingual = Type.Object({
  mn: Type.Union([Type.String(), Type.Null()]),
  en: Type.Union([Type.String(), Type.Null()]),
});
const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);
const Text = (description: string, maxLength = 300) => Type.Optional(Type.String({ maxLength, description }));

/** A loan as the API gives it: its terms as the agreement states them, grace as itself, links absolute. */
const LoanSchema = Type.Object({
  slug: Type.String(),
  kind: Type.String(),
  title: Bilingual,
  lender: Type.Object({ entityId: Type.Integer(), name: Bilingual, identifier: Nullable(Type.String()) }),
  organization: Type.String(),
  project: Nullable(Type.String()),
  agreementNumber: Nullable(Type.String()),
  agreementOn: Type.String({ format: 'date' }),
  effectiveOn: Nullable(Type.String({ format: 'date' })),
  closingOn: Nullable(Type.String({ format: 'date' })),
  amount: Type.String({ description: 'Decimal, in the loan’s currency' }),
  currency: Type.String(),
  concessional: Type.Boolean(),
  tiedStatus: Nullable(Type.String()),
  interest: Type.Object({
    kind: Nullable(Type.String()),
    fixedRate: Nullable(Type.String()),
    baseRateName: Nullable(Type.String()),
    margin: Nullable(Type.String()),
  }),
  maturityMonths: Type.Union([Type.Integer(), Type.Null()]),
  graceMonths: Type.Union([Type.Integer(), Type.Null()]),
  repaymentMethod: Nullable(Type.String()),
  paymentsPerYear: Type.Union([Type.Integer(), Type.Null()]),
  disbursed: Type.String(),
  disbursedMnt: Type.String(),
  repaid: Type.String(),
  url: Type.String(),
});
const ScheduleSchema = Type.Array(
  Type.Object({
    seq: Type.Integer(),
    dueOn: Type.String({ format: 'date' }),
    principal: Type.String(),
    interest: Type.String(),
    outstanding: Type.String(),
    basis: Type.String(),
  }),
);
const LoanWithSchedule = Type.Object({ ...LoanSchema.properties, schedule: ScheduleSchema });

export const LoanBody = Type.Object({
  organization: Type.String({ maxLength: 100, description: 'Slug of the borrowing body' }),
  slug: Type.String({ maxLength: 100, description: 'Its identifier in addresses, e.g. `jica-airport-1`' }),
  kind: Type.String({ maxLength: 10, description: '`loan` or `grant`' }),
  lender: Type.String({
    maxLength: 200,
    description: 'A legal entity’s id, the lender’s IATI identifier (`XM-DAC-46004`) or `scheme:identifier`',
  }),
  project: Text('Slug of the project it finances', 100),
  titleMn: Type.String({ maxLength: 1000 }),
  titleEn: Type.String({ maxLength: 1000 }),
  agreementNumber: Text('As the agreement numbers itself'),
  agreementOn: Type.String({ maxLength: 10, description: '`YYYY-MM-DD`' }),
  effectiveOn: Text('`YYYY-MM-DD`', 10),
  closingOn: Text('`YYYY-MM-DD`: the last day it may be drawn', 10),
  amount: Type.String({ maxLength: 40, description: 'Decimal in the loan’s currency, to its smallest unit' }),
  currency: Type.String({ maxLength: 3, description: 'ISO 4217' }),
  concessional: Type.Optional(Type.Union([Type.Boolean(), Type.String({ maxLength: 5 })])),
  tiedStatus: Text('`tied`, `partially-tied` or `untied`', 20),
  rateKind: Text('`fixed` or `variable` (required of a loan)', 10),
  fixedRate: Text('Percent a year', 20),
  baseRateName: Text('The base rate’s name (SOFR, TIBOR)', 100),
  margin: Text('Percent a year above the base rate', 20),
  maturityMonths: Text('Whole months', 5),
  graceMonths: Text('Whole months with no principal due (0 for none)', 5),
  repaymentMethod: Text('`annuity`, `equal-principal`, `lump-sum` or `other` (then `statedSchedule`)', 20),
  paymentsPerYear: Text('1, 2, 4 or 12', 2),
  firstRepaymentOn: Text('`YYYY-MM-DD`, where the agreement names it', 10),
  finalRepaymentOn: Text('`YYYY-MM-DD`, where the agreement names it', 10),
  conditionsMn: Text('Conditions, in Mongolian', 20000),
  conditionsEn: Text('Conditions, in English', 20000),
  statedSchedule: Text('The agreement’s own schedule: one `YYYY-MM-DD principal interest` a line', 100000),
});

export const DisbursementBody = Type.Object({
  disbursedOn: Type.String({ maxLength: 10, description: '`YYYY-MM-DD`' }),
  amount: Type.String({ maxLength: 40, description: 'In the loan’s currency' }),
  descriptionMn: Text('What it paid for, in Mongolian', 1000),
  descriptionEn: Text('What it paid for, in English', 1000),
});

export const RepaymentBody = Type.Object({
  paidOn: Type.String({ maxLength: 10 }),
  principal: Type.String({ maxLength: 40 }),
  interest: Type.String({ maxLength: 40 }),
});

export const BaseRateBody = Type.Object({
  periodStart: Type.String({ maxLength: 10 }),
  periodEnd: Type.String({ maxLength: 10 }),
  rate: Type.String({ maxLength: 20, description: 'Percent a year' }),
});

export const FeeBody = Type.Object({
  kind: Type.String({ maxLength: 20, description: FEE_KINDS.join(', ') }),
  rate: Text('Percent (a year, for a commitment fee)', 20),
  amount: Text('In the loan’s currency', 40),
  noteMn: Text('Note, in Mongolian', 1000),
  noteEn: Text('Note, in English', 1000),
});

export const BoardMemberBody = Type.Object({
  official: Type.String({
    maxLength: 100,
    description: 'Slug of the official in the officials register',
  }),
  roleMn: Type.String({ maxLength: 200 }),
  roleEn: Type.String({ maxLength: 200 }),
  startsOn: Text('`YYYY-MM-DD`', 10),
  endsOn: Text('`YYYY-MM-DD`', 10),
});

const LoanParams = Type.Object({ slug: SlugSchema() });
const Created = Type.Object({ id: Type.Integer(), url: Type.String() });

/** The API's view of a loan. */
export function presentLoan(l: Loan, publicUrl: string) {
  return {
    slug: l.slug,
    kind: l.kind,
    title: { mn: l.titleMn, en: l.titleEn },
    lender: {
      entityId: Number(l.lenderEntityId),
      name: { mn: l.lenderNameMn, en: l.lenderNameEn },
      identifier: l.lenderIdentifier,
    },
    organization: l.organization,
    project: l.project,
    agreementNumber: l.agreementNumber,
    agreementOn: l.agreementOn,
    effectiveOn: l.effectiveOn,
    closingOn: l.closingOn,
    amount: l.amount,
    currency: l.currency,
    concessional: l.concessional,
    tiedStatus: l.tiedStatus,
    interest: { kind: l.rateKind, fixedRate: l.fixedRate, baseRateName: l.baseRateName, margin: l.margin },
    maturityMonths: l.maturityMonths,
    graceMonths: l.graceMonths,
    repaymentMethod: l.repaymentMethod,
    paymentsPerYear: l.paymentsPerYear,
    disbursed: l.disbursed,
    disbursedMnt: l.disbursedMnt,
    repaid: l.repaid,
    url: `${publicUrl}/projects/loans/${l.slug}`,
  };
}

const presentSchedule = (rows: readonly ScheduleLine[]) => rows.map((r) => ({ ...r }));

export function loansApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/projects/loans',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'List foreign loans and grants',
        description:
          'Filter by lender (legal entity id), currency, kind and project; newest first by default.',
        querystring: listQuerySchema(loansList, { paging: 'offset' }),
        response: { 200: offsetPageSchema(LoanSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(loansList, request.query);
      const result = await fetchPage<Loan>(ctx.db, loansList, {
        rows: loanRows,
        select: LOAN_COLUMNS,
        filters,
        sort,
        page,
        pageSize,
        locale: 'en',
      });
      return {
        ...result,
        items: result.items.map((l) => presentLoan(l, publicUrl)),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/projects/loans/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['projects'],
        summary: 'One loan or grant with its repayment schedule',
        params: LoanParams,
        response: { 200: LoanWithSchedule, ...problemResponses },
      },
    },
    async (request) => {
      const loan = await findLoan(ctx.db, request.params.slug);
      if (!loan) throw notFound(`no loan "${request.params.slug}"`);
      return {
        ...presentLoan(loan, publicUrl),
        schedule: presentSchedule(await loanSchedule(ctx.db, loan.id)),
      };
    },
  );

  apiCommandRoute(app, {
    path: '/projects/loans',
    access: { action: 'projects.loans.write' },
    body: LoanBody,
    command: (input, request) => createLoan(ctx, request.actor, input, request.meta),
    location: (loan) => `${publicUrl}/api/v1/projects/loans/${loan.slug}`,
    response: { schema: LoanSchema, body: (loan) => presentLoan(loan, publicUrl) },
    tags: ['projects'],
    summary:
      'Record a loan or grant with its terms; its repayment schedule is computed (or stated) and stored',
    description:
      'For the borrowing body’s administrators and publishers. A grace period as long as the maturity, a stated schedule that does not repay the principal, missing rate fields, an amount of zero or less, or a currency with no rate on the agreement’s date: a 422 naming the field; nothing stored.',
  });

  app.put(
    '/projects/loans/:slug',
    {
      config: { access: { action: 'projects.loans.write' } },
      schema: {
        tags: ['projects'],
        summary: 'Change a loan’s terms; its schedule is recomputed',
        params: LoanParams,
        body: LoanBody,
        response: { 200: LoanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const result = await updateLoan(ctx, request.actor, request.params.slug, request.body, request.meta);
      if (!result.ok) throw refusedForApi(result.problems);
      return presentLoan(result.value, publicUrl);
    },
  );

  const part = <B extends TObject>(
    path: string,
    body: B,
    summary: string,
    command: (
      slug: string,
      input: Static<B>,
      request: FastifyRequest,
    ) => Promise<Result<number | { id: number }>>,
  ) =>
    apiCommandRoute(app, {
      path: `/projects/loans/:slug/${path}`,
      access: { action: 'projects.loans.write' },
      params: LoanParams,
      body,
      command: (input, request) => command((request.params as { slug: string }).slug, input, request),
      location: (_v, request) =>
        `${publicUrl}/api/v1/projects/loans/${(request.params as { slug: string }).slug}`,
      response: {
        schema: Created,
        body: (v, request) => ({
          id: typeof v === 'number' ? v : v.id,
          url: `${publicUrl}/projects/loans/${(request.params as { slug: string }).slug}`,
        }),
      },
      tags: ['projects'],
      summary,
    });

  part(
    'disbursements',
    DisbursementBody,
    'Record a disbursement (beyond the loan’s amount, or on a day with no exchange rate: 422)',
    (slug, input, request) => recordDisbursement(ctx, request.actor, slug, input, request.meta),
  );
  part('repayments', RepaymentBody, 'Record a repayment of principal and interest', (slug, input, request) =>
    recordRepayment(ctx, request.actor, slug, input, request.meta),
  );
  part(
    'base-rates',
    BaseRateBody,
    'Record the base rate of a period of a variable-rate loan; the schedule is recomputed',
    (slug, input, request) => recordBaseRate(ctx, request.actor, slug, input, request.meta),
  );
  part('fees', FeeBody, 'Record a fee: a rate or an amount', (slug, input, request) =>
    recordFee(ctx, request.actor, slug, input, request.meta),
  );
  part('board-members', BoardMemberBody, 'Record a member of the loan’s board', (slug, input, request) =>
    recordBoardMember(ctx, request.actor, slug, input, request.meta),
  );
}
