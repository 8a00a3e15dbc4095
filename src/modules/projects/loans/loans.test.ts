import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { exchangeRatesModule } from '../../exchange-rates/module.ts';
import { importRateLines } from '../../exchange-rates/test-support.ts';
import { projectsModule } from '../module.ts';
import { buildProject } from '../test-support.ts';
import { lenderClaim, seedLenders } from './lenders.ts';
import {
  recordBaseRate,
  recordBoardMember,
  recordDisbursement,
  recordFee,
  recordRepayment,
} from './parts.ts';
import { findLoan, loanSchedule } from './queries.ts';
import { lenderEntitySection } from './sections.ts';
import { createLoan, type LoanInput, updateLoan } from './write-loan.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, exchangeRatesModule, projectsModule] });
const actor = systemActor('test');
let n = 0;
const meta = () => ({ ip: 'test', requestId: `loan-${++n}`, now: new Date() });
const organization = ctx.country.organizations[0]!.slug;
const firstLender = ctx.country.projects.lenders[0]!;
const lenderRef =
  firstLender.iatiRef ?? `${firstLender.registration?.scheme}:${firstLender.registration?.identifier}`;

/** A yen loan with the terms of the hand-computed annuity of schedule.test.ts. */
const yenLoan = (over: Partial<LoanInput> = {}): LoanInput => ({
  organization,
  slug: `yen-loan-${++n}`,
  kind: 'loan',
  lender: lenderRef,
  titleMn: 'Иен зээл',
  titleEn: 'Yen loan',
  agreementOn: '2020-01-15',
  amount: '1000000',
  currency: 'JPY',
  rateKind: 'fixed',
  fixedRate: '2',
  maturityMonths: '36',
  graceMonths: '12',
  repaymentMethod: 'annuity',
  paymentsPerYear: '2',
  ...over,
});

const loanCount = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from project_loans`))[0]!.n;
const fieldsOf = (r: { ok: boolean; problems?: { field: string; key: string }[] }) =>
  r.ok ? [] : r.problems!.map((p) => p.field);

/**
 * Yen rates every day from 15 January to 10 June 2020 but 5 and 6 March (25.1 tögrög until March,
 * 25.6 until June, 26.2 after), so that a disbursement on 5 March takes the rate set on the 4th.
 */
function yenRates(): string[] {
  const lines: string[] = [];
  for (
    let d = new Date('2020-01-15T00:00:00Z');
    d <= new Date('2020-06-10T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.toISOString().slice(0, 10);
    if (day === '2020-03-05' || day === '2020-03-06') continue;
    lines.push(`${day},JPY,${day < '2020-03-01' ? '25.1' : day < '2020-06-01' ? '25.6' : '26.2'},1`);
  }
  return lines;
}

beforeAll(async () => {
  const report = await importRateLines(ctx, [...yenRates(), '2020-01-15,USD,2750.5,1']);
  expect(report).toMatchObject({ problems: [] });
});

describe('the lenders of the pack', () => {
  it('are written into the legal-entity register at every start, once', async () => {
    const count = async () =>
      (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from legal_entities`))[0]!.n;
    const before = await count();
    const ids = await seedLenders(ctx.db, ctx.country);
    expect(await count()).toBe(before);
    expect(ids.size).toBe(ctx.country.projects.lenders.length);
    for (const lender of ctx.country.projects.lenders) {
      const [entity] = await ctx.db.query<{ scheme: string; nameMn: string; nameEn: string }>(sql`
        select scheme, name_mn as "nameMn", name_en as "nameEn" from legal_entities where id = ${ids.get(lender)!}`);
      expect(entity).toEqual({
        scheme: lender.registration?.scheme ?? 'unidentified',
        nameMn: lender.name.mn,
        nameEn: lender.name.en,
      });
      expect(lenderClaim(lender).name).toBe(lender.name.mn);
    }
  });
});

describe('writing a loan', () => {
  it('stores the loan with its computed schedule in the loan’s currency', async () => {
    const result = await createLoan(ctx, actor, yenLoan({ slug: 'jpy-annuity' }), meta());
    expect(result.ok).toBe(true);
    const loan = (await findLoan(ctx.db, 'jpy-annuity'))!;
    expect(loan).toMatchObject({
      amount: '1000000.00',
      currency: 'JPY',
      graceMonths: 12,
      maturityMonths: 36,
    });
    expect(loan.lenderIdentifier).toBe(firstLender.iatiRef);
    const schedule = await loanSchedule(ctx.db, loan.id);
    expect(schedule.map((s) => [s.dueOn, s.principal, s.interest, s.basis])).toEqual([
      ['2020-07-15', '0.00', '10000.00', 'computed'],
      ['2021-01-15', '0.00', '10000.00', 'computed'],
      ['2021-07-15', '246281.00', '10000.00', 'computed'],
      ['2022-01-15', '248744.00', '7537.00', 'computed'],
      ['2022-07-15', '251231.00', '5050.00', 'computed'],
      ['2023-01-15', '253744.00', '2537.00', 'computed'],
    ]);
    const versions = await ctx.db.query<{ dataset: string; n: number }>(sql`
      select dataset, count(*)::int as n from record_versions
      where dataset like 'project-loan%' and (record_key = 'jpy-annuity' or record_key like 'jpy-annuity:%')
      group by dataset order by dataset`);
    expect(versions).toEqual([
      { dataset: 'project-loan-schedules', n: 6 },
      { dataset: 'project-loans', n: 1 },
    ]);
    const [audit] = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where subject_id = ${String(loan.id)} and subject_type = 'project-loan'`,
    );
    expect(audit?.action).toBe('projects.loans.create');
  });

  it('links a project by slug and a lender by entity id', async () => {
    const project = await buildProject(ctx, { organization });
    const [entity] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entities where scheme = 'XM-DAC' order by id limit 1`,
    );
    const result = await createLoan(
      ctx,
      actor,
      yenLoan({ slug: 'linked', project: project.slug, lender: String(entity!.id) }),
      meta(),
    );
    expect(result.ok && result.value.project).toBe(project.slug);
  });

  it('stores a stated schedule that repays the principal', async () => {
    const result = await createLoan(
      ctx,
      actor,
      yenLoan({
        slug: 'stated',
        repaymentMethod: 'other',
        statedSchedule: '2021-01-15 0 10000\n2021-07-15 600000 10000\n2022-01-15 400000 4000',
      }),
      meta(),
    );
    expect(result.ok).toBe(true);
    const schedule = await loanSchedule(ctx.db, (await findLoan(ctx.db, 'stated'))!.id);
    expect(schedule.map((s) => [s.principal, s.outstanding, s.basis])).toEqual([
      ['0.00', '1000000.00', 'stated'],
      ['600000.00', '400000.00', 'stated'],
      ['400000.00', '0.00', 'stated'],
    ]);
  });

  describe('refuses bad input naming the field, storing nothing', () => {
    const refused = async (over: Partial<LoanInput>) => {
      const before = await loanCount();
      const result = await createLoan(ctx, actor, yenLoan(over), meta());
      expect(await loanCount()).toBe(before);
      expect(result.ok).toBe(false);
      return result.ok ? [] : result.problems.map((p) => [p.field, p.key]);
    };

    it('a grace period as long as the maturity or longer', async () => {
      expect(await refused({ graceMonths: '36' })).toEqual([
        ['graceMonths', 'projects.loan.error.graceBeyondMaturity'],
      ]);
      expect(await refused({ graceMonths: '480', maturityMonths: '240' })).toEqual([
        ['graceMonths', 'projects.loan.error.graceBeyondMaturity'],
      ]);
    });

    it('a stated schedule that does not repay the principal', async () => {
      expect(
        await refused({
          repaymentMethod: 'other',
          statedSchedule: '2021-01-15 500000 0\n2022-01-15 499999 0',
        }),
      ).toEqual([['statedSchedule', 'projects.loan.error.scheduleNotRepaid']]);
      expect(await refused({ repaymentMethod: 'other', statedSchedule: '' })).toEqual([
        ['statedSchedule', 'projects.loan.error.scheduleNeeded'],
      ]);
      expect(await refused({ statedSchedule: 'soon 1000000 0' })).toEqual([
        ['statedSchedule', 'projects.loan.error.scheduleLine'],
      ]);
    });

    it('a fixed or variable rate without its fields', async () => {
      expect(await refused({ fixedRate: '' })).toEqual([['fixedRate', 'projects.loan.error.rate']]);
      expect(await refused({ rateKind: 'variable' })).toEqual([
        ['baseRateName', 'projects.loan.error.baseRateName'],
        ['margin', 'projects.loan.error.rate'],
      ]);
      expect(await refused({ rateKind: '' })).toEqual([['rateKind', 'projects.loan.error.rateKind']]);
    });

    it('an amount of zero or less, or finer than the currency’s unit', async () => {
      expect(await refused({ amount: '0' })).toEqual([['amount', 'projects.loan.error.amount']]);
      expect(await refused({ amount: '-5' })).toEqual([['amount', 'projects.loan.error.amount']]);
      expect(await refused({ amount: '1000.5' })).toEqual([['amount', 'projects.loan.error.amountUnit']]);
    });

    it('a currency with no rate on the agreement’s date, and an unknown lender or project', async () => {
      expect(await refused({ currency: 'EUR' })).toEqual([['currency', 'projects.loan.error.noRate']]);
      expect(await refused({ agreementOn: '2019-01-01' })).toEqual([
        ['currency', 'projects.loan.error.noRate'],
      ]);
      expect(await refused({ lender: 'XX-NONE-1' })).toEqual([['lender', 'projects.loan.error.lender']]);
      expect(await refused({ project: 'no-such-project' })).toEqual([
        ['project', 'projects.loan.error.project'],
      ]);
    });

    it('periods that do not divide the maturity (the schedule’s own check, in the transaction)', async () => {
      expect(await refused({ maturityMonths: '37' })).toEqual([
        ['paymentsPerYear', 'projects.loan.error.periodsUneven'],
      ]);
    });

    it('a slug taken', async () => {
      expect(await refused({ slug: 'jpy-annuity' })).toEqual([['slug', 'projects.error.slugTaken']]);
    });
  });

  it('recomputes the schedule when the terms change', async () => {
    await createLoan(ctx, actor, yenLoan({ slug: 'changing' }), meta());
    const result = await updateLoan(
      ctx,
      actor,
      'changing',
      yenLoan({ slug: 'changing', repaymentMethod: 'equal-principal', amount: '1000003' }),
      meta(),
    );
    expect(result.ok).toBe(true);
    const schedule = await loanSchedule(ctx.db, (await findLoan(ctx.db, 'changing'))!.id);
    expect(schedule.map((s) => s.principal)).toEqual([
      '0.00',
      '0.00',
      '250000.00',
      '250000.00',
      '250000.00',
      '250003.00',
    ]);
  });
});

describe('disbursements and repayments', () => {
  it('records a disbursement with the rate on its date and the tögrög', async () => {
    await createLoan(ctx, actor, yenLoan({ slug: 'drawn' }), meta());
    const result = await recordDisbursement(
      ctx,
      actor,
      'drawn',
      { disbursedOn: '2020-03-05', amount: '400000' },
      meta(),
    );
    expect(result).toEqual({ ok: true, value: { id: expect.any(Number), amountMnt: '10240000.00' } });
    const [row] = await ctx.db.query(sql`
      select rate::text, rate_set_on as "setOn", amount_mnt::text as mnt from project_loan_disbursements where id = ${result.ok ? result.value.id : 0}`);
    expect(row).toEqual({ rate: '25.6000000000', setOn: '2020-03-04', mnt: '10240000.00' });
    expect((await findLoan(ctx.db, 'drawn'))!.disbursed).toBe('400000.00');
  });

  it('refuses a disbursement beyond the loan’s amount, naming amount', async () => {
    const result = await recordDisbursement(
      ctx,
      actor,
      'drawn',
      { disbursedOn: '2020-06-02', amount: '600001' },
      meta(),
    );
    expect(fieldsOf(result)).toEqual(['amount']);
    expect(result.ok || result.problems[0]!.key).toBe('projects.loan.error.beyondAmount');
    expect((await findLoan(ctx.db, 'drawn'))!.disbursed).toBe('400000.00');
    const exact = await recordDisbursement(
      ctx,
      actor,
      'drawn',
      { disbursedOn: '2020-06-02', amount: '600000' },
      meta(),
    );
    expect(exact.ok).toBe(true);
  });

  it('refuses a disbursement on a day with no rate, naming disbursedOn', async () => {
    await createLoan(ctx, actor, yenLoan({ slug: 'no-rate' }), meta());
    const result = await recordDisbursement(
      ctx,
      actor,
      'no-rate',
      { disbursedOn: '2024-01-10', amount: '10' },
      meta(),
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.key])).toEqual([
      ['disbursedOn', 'projects.loan.error.noRate'],
    ]);
    const bad = await recordDisbursement(
      ctx,
      actor,
      'no-rate',
      { disbursedOn: '2019-12-31', amount: '1.5' },
      meta(),
    );
    expect(fieldsOf(bad)).toEqual(['disbursedOn', 'amount']);
  });

  it('records a repayment and refuses principal beyond what was drawn', async () => {
    const paid = await recordRepayment(
      ctx,
      actor,
      'drawn',
      { paidOn: '2020-06-03', principal: '1000', interest: '500' },
      meta(),
    );
    expect(paid).toEqual({ ok: true, value: { id: expect.any(Number), amountMnt: '39300.00' } });
    const over = await recordRepayment(
      ctx,
      actor,
      'drawn',
      { paidOn: '2020-06-03', principal: '999001', interest: '0' },
      meta(),
    );
    expect(fieldsOf(over)).toEqual(['principal']);
    expect(
      fieldsOf(
        await recordRepayment(
          ctx,
          actor,
          'drawn',
          { paidOn: '2020-06-03', principal: '0', interest: '' },
          meta(),
        ),
      ),
    ).toEqual(['principal']);
  });
});

describe('base rates, fees and the board', () => {
  it('recomputes a variable-rate schedule from the base rate of each period', async () => {
    await createLoan(
      ctx,
      actor,
      yenLoan({
        slug: 'variable',
        amount: '900000',
        agreementOn: '2020-01-15',
        effectiveOn: '2020-04-01',
        rateKind: 'variable',
        fixedRate: '',
        baseRateName: 'TIBOR',
        margin: '0.5',
        maturityMonths: '60',
        graceMonths: '12',
        paymentsPerYear: '1',
      }),
      meta(),
    );
    expect(
      (
        await recordBaseRate(
          ctx,
          actor,
          'variable',
          { periodStart: '2020-04-01', periodEnd: '2023-04-01', rate: '0.5' },
          meta(),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await recordBaseRate(
          ctx,
          actor,
          'variable',
          { periodStart: '2023-04-01', periodEnd: '2025-04-01', rate: '2.5' },
          meta(),
        )
      ).ok,
    ).toBe(true);
    const schedule = await loanSchedule(ctx.db, (await findLoan(ctx.db, 'variable'))!.id);
    // The hand computation of schedule.test.ts: 1 % until April 2023, 3 % after.
    expect(schedule.map((s) => [s.principal, s.interest])).toEqual([
      ['0.00', '9000.00'],
      ['221653.00', '9000.00'],
      ['223870.00', '6783.00'],
      ['223881.00', '13634.00'],
      ['230596.00', '6918.00'],
    ]);
    const overlap = await recordBaseRate(
      ctx,
      actor,
      'variable',
      { periodStart: '2022-01-01', periodEnd: '2024-01-01', rate: '1' },
      meta(),
    );
    expect(fieldsOf(overlap)).toEqual(['periodStart']);
    expect(
      fieldsOf(
        await recordBaseRate(
          ctx,
          actor,
          'jpy-annuity',
          { periodStart: '2020-01-01', periodEnd: '2021-01-01', rate: '1' },
          meta(),
        ),
      ),
    ).toEqual(['rate']);
  });

  it('records fees as a rate or an amount, one of the two', async () => {
    expect(
      (await recordFee(ctx, actor, 'jpy-annuity', { kind: 'commitment', rate: '0.25' }, meta())).ok,
    ).toBe(true);
    expect(
      (await recordFee(ctx, actor, 'jpy-annuity', { kind: 'front-end', amount: '5000' }, meta())).ok,
    ).toBe(true);
    expect(
      fieldsOf(
        await recordFee(ctx, actor, 'jpy-annuity', { kind: 'commitment', rate: '1', amount: '2' }, meta()),
      ),
    ).toEqual(['rate']);
    expect(
      fieldsOf(await recordFee(ctx, actor, 'jpy-annuity', { kind: 'bribe', amount: '2' }, meta())),
    ).toEqual(['kind']);
  });

  it('records board members from the officials register', async () => {
    await ctx.db.query(sql`insert into officials (slug, name_mn, created_at, updated_at)
      values ('bat-dorj', 'Бат-Дорж', now(), now()) on conflict do nothing`);
    const input = { official: 'bat-dorj', roleMn: 'Дарга', roleEn: 'Chair' };
    expect((await recordBoardMember(ctx, actor, 'jpy-annuity', input, meta())).ok).toBe(true);
    expect(fieldsOf(await recordBoardMember(ctx, actor, 'jpy-annuity', input, meta()))).toEqual(['official']);
    expect(
      fieldsOf(await recordBoardMember(ctx, actor, 'jpy-annuity', { ...input, official: 'nobody' }, meta())),
    ).toEqual(['official']);
  });
});

describe('the pages and the API', () => {
  it('shows a loan’s terms, disbursements, schedule table and chart, and serves its schedule as CSV', async () => {
    const page = await app.inject({ method: 'GET', url: '/projects/loans/drawn?lang=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2% a year, fixed');
    expect(page.body).toContain('3 years');
    expect(page.body).toContain('1 year');
    expect(page.body).toContain('25.6 (set');
    expect(page.body).toMatch(/JPY\s246,281/);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('/projects/loans/drawn/schedule.csv');
    const csv = await app.inject({ method: 'GET', url: '/projects/loans/drawn/schedule.csv' });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'instalment,loan,seq,due_on,principal,interest,outstanding,currency,basis,organization,project',
    );
    expect(lines[3]).toContain('drawn:3,drawn,3,2021-07-15,246281.00,10000.00,753719.00,JPY,computed');
    expect((await app.inject({ method: 'GET', url: '/projects/loans/nothing' })).statusCode).toBe(404);
  });

  it('lists loans with their filters and shows the lender with its loans side by side', async () => {
    const loan = (await findLoan(ctx.db, 'drawn'))!;
    const list = await app.inject({
      method: 'GET',
      url: `/projects/loans?lang=en&currency=JPY&lender=${loan.lenderEntityId}`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('/projects/loans/drawn');
    const none = await app.inject({ method: 'GET', url: '/projects/loans?lang=en&kind=grant' });
    expect(none.body).not.toContain('/projects/loans/drawn"');
    const lender = await app.inject({
      method: 'GET',
      url: `/projects/lenders/${loan.lenderEntityId}?lang=en`,
    });
    expect(lender.statusCode).toBe(200);
    expect(lender.body).toContain(firstLender.name.en);
    expect(lender.body).toContain('Terms side by side');
    expect((await app.inject({ method: 'GET', url: '/projects/lenders?lang=en' })).body).toContain(
      `/projects/lenders/${loan.lenderEntityId}`,
    );
  });

  it('gives a loan with its schedule through the API, and refuses bad input with a 422 naming the field', async () => {
    const one = await app.inject({ method: 'GET', url: '/api/v1/projects/loans/jpy-annuity' });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ graceMonths: 12, maturityMonths: 36, currency: 'JPY' });
    expect(one.json().schedule).toHaveLength(6);
    const { signedInAs, apiTokenOf } = await import('../../../../test/support/actors.ts');
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization });
    const token = await apiTokenOf(ctx, publisher.userId, ['projects.loans.write']);
    const post = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/projects/loans',
        headers: { authorization: `Bearer ${token}` },
        payload: body,
      });
    const bad = await post(yenLoan({ slug: 'api-bad', graceMonths: '40' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.graceMonths']);
    expect(await findLoan(ctx.db, 'api-bad')).toBeUndefined();
    const good = await post(yenLoan({ slug: 'api-good' }));
    expect(good.statusCode).toBe(201);
    const other = ctx.country.organizations[1]!.slug;
    expect((await post(yenLoan({ slug: 'api-other', organization: other }))).statusCode).toBe(403);
    const drawn = await app.inject({
      method: 'POST',
      url: '/api/v1/projects/loans/api-good/disbursements',
      headers: { authorization: `Bearer ${token}` },
      payload: { disbursedOn: '2020-03-05', amount: '2000000' },
    });
    expect(drawn.statusCode).toBe(422);
    expect(drawn.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.amount']);
  });
});

describe('the loans on the project’s and the lender’s pages', () => {
  it('lists a project’s loans with the share drawn', async () => {
    const loan = (await findLoan(ctx.db, 'linked'))!;
    await recordDisbursement(ctx, actor, 'linked', { disbursedOn: '2020-03-02', amount: '250000' }, meta());
    const page = await app.inject({ method: 'GET', url: `/projects/${loan.project}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/projects/loans/linked');
    expect(page.body).toMatch(/Drawn: JPY\s250,000 of JPY\s1,000,000 \(25%\)/);
  });

  it('gives the lender’s legal-entity page its loans', async () => {
    const loan = (await findLoan(ctx.db, 'drawn'))!;
    const { translator } = await import('../../../platform/i18n/index.ts');
    const section = await lenderEntitySection(
      ctx,
      { id: loan.lenderEntityId, family: [loan.lenderEntityId] },
      translator('en'),
    );
    expect(section?.count).toBeGreaterThan(3);
    expect(section?.data.map((d) => d.slug)).toContain('drawn');
    expect(String(section?.html)).toContain('/projects/loans/drawn');
    expect(await lenderEntitySection(ctx, { id: 0, family: [0] }, translator('en'))).toBeNull();
  });
});

describe('the forms', () => {
  it('records a loan and a disbursement through the forms, and shows what is wrong without storing it', async () => {
    const { signedInAs } = await import('../../../../test/support/actors.ts');
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization });
    const form = await publisher.get('/projects/loans/new?lang=en');
    expect(form.statusCode).toBe(200);
    const fields = Object.fromEntries(
      Object.entries(yenLoan({ slug: 'by-form' })).map(([k, v]) => [k, String(v ?? '')]),
    );
    const bad = await publisher.submit('/projects/loans/new?lang=en', { ...fields, graceMonths: '36' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('The grace period must be shorter than the maturity');
    expect(await findLoan(ctx.db, 'by-form')).toBeUndefined();
    const made = await publisher.submit('/projects/loans/new?lang=en', fields);
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe('/projects/loans/by-form');
    const page = await publisher.get('/projects/loans/by-form?lang=en');
    expect(page.body).toContain('/projects/loans/by-form/disbursements/new');
    await publisher.get('/projects/loans/by-form/disbursements/new?lang=en');
    const over = await publisher.submit('/projects/loans/by-form/disbursements/new?lang=en', {
      disbursedOn: '2020-03-05',
      amount: '1000001',
    });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('This would disburse more than the loan’s');
    const drawn = await publisher.submit('/projects/loans/by-form/disbursements/new?lang=en', {
      disbursedOn: '2020-03-05',
      amount: '1000',
    });
    expect(drawn.statusCode).toBe(303);
    expect((await findLoan(ctx.db, 'by-form'))!.disbursed).toBe('1000.00');
    const edit = await publisher.get('/projects/loans/by-form/edit?lang=en');
    expect(edit.body).toContain('value="1000000.00"');
  });
});
