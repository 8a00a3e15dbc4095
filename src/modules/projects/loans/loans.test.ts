import { describe, expect, it } from 'vitest';
import { sql } from '../../../platform/db/sql.ts';
import { buildProject } from '../test-support.ts';
import type { LoanInput } from './check-loan.ts';
import { lenderClaim, seedLenders } from './lenders.ts';
import {
  recordBaseRate,
  recordBoardMember,
  recordDisbursement,
  recordFee,
  recordRepayment,
} from './parts.ts';
import { findLoan, loanSchedule } from './queries.ts';
import { loansTestApp } from './test-support.ts';
import { createLoan, updateLoan } from './write-loan.ts';

// The commands: a loan's terms and its stored schedule, disbursements, repayments, base rates, fees
// and the board, and the bad input each refuses (the pages, API and forms: loan-pages.test.ts).
const { ctx, actor, meta, organization, firstLender, yenLoan } = await loansTestApp();

const loanCount = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from project_loans`))[0]!.n;
const fieldsOf = (r: { ok: boolean; problems?: { field: string; key: string }[] }) =>
  r.ok ? [] : r.problems!.map((p) => p.field);

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
