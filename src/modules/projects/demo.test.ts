import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadExchangeRatesDemo } from '../exchange-rates/demo.ts';
import { exchangeRatesModule } from '../exchange-rates/module.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { officialsModule } from '../officials/module.ts';
import { procurementModule } from '../procurement/module.ts';
import { loadProjectsDemo } from './demo.ts';
import { DEMO_LOANS, FLAG_EXAMPLES } from './demo-data.ts';
import { projectsModule } from './module.ts';

const modules = [
  ...baseModules,
  legalEntitiesModule,
  procurementModule,
  exchangeRatesModule,
  officialsModule,
  projectsModule,
];
const { app, ctx } = await createTestApp({ modules });
const hasBodies = ctx.country.organizations.some((o) => o.slug === 'ministry-of-roads-and-transportation');
let first: Record<string, number> = {};

const counts = async () =>
  (
    await ctx.db.query<Record<string, number>>(sql`
      select (select count(*)::int from projects) as projects, (select count(*)::int from project_loans) as loans,
        (select count(*)::int from project_loan_disbursements) as disbursements,
        (select count(*)::int from project_loan_repayments) as repayments,
        (select count(*)::int from project_loan_schedule) as schedule,
        (select count(*)::int from project_progress_reports) as reports,
        (select count(*)::int from project_contracts) as contracts,
        (select count(*)::int from legal_entities) as entities,
        (select count(*)::int from officials) as officials`)
  )[0]!;

beforeAll(async () => {
  await loadExchangeRatesDemo(ctx);
  await procurementModule.demo?.(ctx, modules);
  first = await loadProjectsDemo(ctx, modules);
}, 240_000);

describe('the projects demo', () => {
  it('loads the real loans and their projects once, and leaves a register with records alone', async () => {
    if (!hasBodies) {
      expect(first.projects).toBe(0);
      return;
    }
    expect(first.projects).toBe(7);
    expect(first.loans).toBe(DEMO_LOANS.length);
    const before = await counts();
    expect(before).toMatchObject({ projects: 7, loans: DEMO_LOANS.length });
    expect(before.reports).toBeGreaterThan(50);
    expect(before.repayments).toBeGreaterThan(20);
    expect(await loadProjectsDemo(ctx, modules)).toEqual({});
    expect(await counts()).toEqual(before);
  });

  it('gives every disbursement and repayment the platform’s rate on its date and the tögrög amount at it', async () => {
    if (!hasBodies) return;
    const rows = await ctx.db.query<{ ok: boolean; gap: number }>(sql`
      select d.rate > 0 and d.amount_mnt = round(d.amount * d.rate, 2) as ok, d.disbursed_on - d.rate_set_on as gap
      from project_loan_disbursements d
      union all
      select r.rate > 0 and r.amount_mnt = round((r.principal + r.interest) * r.rate, 2), r.paid_on - r.rate_set_on
      from project_loan_repayments r`);
    expect(rows.length).toBe(first.disbursements! + first.repayments!);
    expect(rows.every((r) => r.ok && r.gap >= 0 && r.gap < ctx.country.exchangeRates.maxGapDays)).toBe(true);
    const [yen] = await ctx.db.query<{ rate: string; on: string }>(sql`
      select d.rate::text, to_char(d.rate_set_on, 'YYYY-MM-DD') as on from project_loan_disbursements d
      join project_loans l on l.id = d.loan_id where l.slug = 'jica-airport-2' order by d.disbursed_on desc limit 1`);
    expect((yen?.on ?? '') >= '2021-06-23').toBe(true);
    expect(Number(yen?.rate)).toBeGreaterThan(20);
  });

  it('stores computed schedules that repay each loan’s principal, with the published instalments', async () => {
    if (!hasBodies) return;
    const loans = await ctx.db.query<{
      slug: string;
      repaid: boolean;
      last: string;
      instalments: number;
    }>(sql`
      select l.slug, sum(s.principal) = l.amount as repaid,
        (select s2.outstanding::text from project_loan_schedule s2 where s2.loan_id = l.id order by s2.seq desc limit 1) as last,
        count(*) filter (where s.principal > 0)::int as instalments
      from project_loans l join project_loan_schedule s on s.loan_id = l.id group by l.id order by l.slug`);
    expect(loans.map((l) => l.slug)).toEqual(DEMO_LOANS.map((l) => l.slug).sort());
    expect(loans.every((l) => l.repaid && Number(l.last) === 0)).toBe(true);
    // AidData: 32 equal semi-annual repayments of the housing credit; JICA: 30 years after 10 of grace.
    expect(loans.find((l) => l.slug === 'exim-housing-2011')?.instalments).toBe(32);
    expect(loans.find((l) => l.slug === 'jica-airport-1')?.instalments).toBe(60);
  });

  it('builds one project with its loan drawn far ahead of the works and one drawn in step', async () => {
    if (!hasBodies) return;
    const shares = await ctx.db.query<{ slug: string; drawn: string; physical: string }>(sql`
      select p.slug,
        round(100 * (select sum(d.amount) from project_loan_disbursements d join project_loans l on l.id = d.loan_id
          where l.project_id = p.id) / (select sum(l.amount) from project_loans l where l.project_id = p.id), 2)::text as drawn,
        (select r.physical_percent::text from project_progress_reports r where r.project_id = p.id
          order by r.period_end desc limit 1) as physical
      from projects p where p.slug = any(${[FLAG_EXAMPLES.ahead.project, FLAG_EXAMPLES.inStep.project]}::text[])
      order by p.slug`);
    const bySlug = new Map(shares.map((s) => [s.slug, s]));
    for (const example of [FLAG_EXAMPLES.ahead, FLAG_EXAMPLES.inStep]) {
      expect(Number(bySlug.get(example.project)?.drawn)).toBe(example.drawn);
      expect(Number(bySlug.get(example.project)?.physical)).toBe(example.physical);
    }
    const { disbursementAheadPoints, disbursementMinimumPercent } = ctx.country.projects.flags;
    expect(FLAG_EXAMPLES.ahead.drawn - FLAG_EXAMPLES.ahead.physical).toBeGreaterThanOrEqual(
      disbursementAheadPoints,
    );
    expect(FLAG_EXAMPLES.ahead.drawn).toBeGreaterThanOrEqual(disbursementMinimumPercent);
    expect(FLAG_EXAMPLES.inStep.drawn - FLAG_EXAMPLES.inStep.physical).toBeLessThan(disbursementAheadPoints);
  });

  it('links a few processes the procurement module publishes, by OCID, with the general conditions', async () => {
    if (!hasBodies) return;
    const links = await ctx.db.query<{ ocid: string; conditions: string | null }>(
      sql`select ocid, general_conditions_en as conditions from project_contracts order by ocid`,
    );
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const res = await app.inject({ url: `/procurement/processes/${encodeURIComponent(link.ocid)}` });
      expect(res.statusCode).toBe(200);
      expect(link.conditions).toContain('performance security');
    }
  });
});
