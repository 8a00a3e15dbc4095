import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { exchangeRatesModule } from '../exchange-rates/module.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { procurementModule } from '../procurement/module.ts';
import { fiscalModule } from './module.ts';

const modules = [...baseModules, legalEntitiesModule, exchangeRatesModule, procurementModule, fiscalModule];

async function loaded(): Promise<{ ctx: ModuleContext; made: Record<string, number>; ms: number }> {
  const ctx = await createTestContext(modules);
  await exchangeRatesModule.demo?.(ctx, modules);
  await procurementModule.demo?.(ctx, modules);
  const start = performance.now();
  const made = (await fiscalModule.demo?.(ctx, modules)) ?? {};
  return { ctx, made, ms: performance.now() - start };
}

/** A checksum of each fiscal table's rows, ids replaced by what they name (slugs, register numbers). */
async function checksums(db: Queryable): Promise<Record<string, string>> {
  const [row] = await db.query<Record<string, string>>(sql`
    select
      (select md5(string_agg(concat_ws('|', l.ref, o.slug, l.fiscal_year, l.direction, l.name_mn, l.name_en, l.functional_code,
        l.economic_code, l.programme_code, l.funding_code, l.admin_unit_code, l.proposed, l.approved, l.revised, l.executed), ',' order by l.ref))
        from fiscal_budget_lines l join organizations o on o.id = l.organization_id) as lines,
      (select md5(string_agg(concat_ws('|', t.ref, o.slug, t.paid_on, t.published_on, t.kind, t.payee_kind, t.payee_identifier,
        t.payee_name, e.identifier, t.amount, t.currency, t.rate, t.amount_mnt, t.purpose, t.budget_line_ref, t.economic_code,
        t.funding_code, t.fund_code, t.admin_unit_code, t.aimag_code, t.ocid), ',' order by t.ref))
        from fiscal_transactions t join organizations o on o.id = t.organization_id left join legal_entities e on e.id = t.payee_entity_id) as transactions,
      (select md5(string_agg(concat_ws('|', f.ref, f.fund_code, o.slug, f.flowed_on, f.direction, f.amount_mnt, e.identifier, f.aimag_code), ',' order by f.ref))
        from fiscal_fund_flows f join organizations o on o.id = f.organization_id left join legal_entities e on e.id = f.counterparty_entity_id) as flows,
      (select md5(string_agg(concat_ws('|', d.ref, o.slug, d.received_on, d.kind, d.donor_type, e.identifier, d.in_kind, d.amount_mnt, d.purpose), ',' order by d.ref))
        from fiscal_donations d join organizations o on o.id = d.organization_id left join legal_entities e on e.id = d.donor_entity_id) as donations,
      (select md5(string_agg(concat_ws('|', o.slug, b.fiscal_year, b.grade, b.benefit_type, b.recipients, b.amount_mnt), ','
        order by o.slug, b.fiscal_year, b.grade, b.benefit_type))
        from fiscal_benefits b join organizations o on o.id = b.organization_id) as benefits,
      (select md5(string_agg(concat_ws('|', fiscal_year, indicator, value), ',' order by fiscal_year, indicator)) from fiscal_assumptions) as assumptions`);
  return row ?? {};
}

let first: Awaited<ReturnType<typeof loaded>>;
beforeAll(async () => {
  first = await loaded();
  console.info(`fiscal demo on ${first.ctx.db.engine}: ${Math.round(first.ms)} ms`, first.made);
}, 300_000);

const one = async <T>(query: ReturnType<typeof sql>) => (await first.ctx.db.query<T>(query))[0] as T;

describe('the fiscal demo', () => {
  it('is the same on every run, and loads once', async () => {
    const second = await loaded();
    expect(second.made).toEqual(first.made);
    expect(await checksums(second.ctx.db)).toEqual(await checksums(first.ctx.db));
    expect(await fiscalModule.demo?.(second.ctx, modules)).toEqual({});
  }, 300_000);

  it('has tens of thousands of payments and budgets for every body in both years', async () => {
    expect(first.made.transactions).toBeGreaterThan(30_000);
    expect(first.made.transactions).toBeLessThan(45_000);
    const missing = await one<{ n: number }>(sql`
      select count(*)::int as n from fiscal_reporting_bodies b cross join (values (2025), (2026)) y(year)
      where not exists (select 1 from fiscal_budget_lines l where l.organization_id = b.organization_id and l.fiscal_year = y.year)`);
    expect(missing.n).toBe(0);
    // Every code is in force in its year.
    const unknown = await one<{ n: number }>(sql`
      select count(*)::int as n from fiscal_budget_lines l
      where not exists (select 1 from fiscal_economic_codes c where c.year = l.fiscal_year and c.code = l.economic_code)
         or not exists (select 1 from fiscal_funding_codes c where c.year = l.fiscal_year and c.code = l.funding_code)
         or (l.functional_code is not null and not exists (select 1 from fiscal_functional_codes c where c.year = l.fiscal_year and c.code = l.functional_code))
         or (l.programme_code is not null and not exists (select 1 from fiscal_programme_codes c where c.year = l.fiscal_year and c.code = l.programme_code))`);
    expect(unknown.n).toBe(0);
    // Governors' lines lie in their aimag (or district), revenue is mostly collected by the tax and customs offices.
    const misplaced = await one<{ n: number }>(sql`
      select count(*)::int as n from fiscal_budget_lines l join organizations o on o.id = l.organization_id
      where o.slug like 'governor-%' and (l.admin_unit_code is null or (l.admin_unit_code <> o.admin_unit_code
        and not exists (select 1 from admin_units u where u.code = l.admin_unit_code and u.parent_code = o.admin_unit_code)))`);
    expect(misplaced.n).toBe(0);
    const revenue = await one<{ share: number }>(sql`
      select (sum(l.approved) filter (where o.slug in ('ministry-of-finance', 'general-department-of-taxation',
        'customs-general-administration', 'social-insurance-general-office')) / sum(l.approved))::float8 as share
      from fiscal_budget_lines l join organizations o on o.id = l.organization_id where l.direction = 'revenue'`);
    expect(revenue.share).toBeGreaterThan(0.5);
  });

  it('keeps every phase in proportion and execution equal to payments, but for the two lines built not to', async () => {
    const phases = await one<{ bad: number; revised: number }>(sql`
      select count(*) filter (where abs(approved / nullif(proposed, 0) - 1) > 0.05
        or (direction = 'expenditure' and executed > coalesce(revised, approved) * 1.04))::int as bad,
        count(*) filter (where revised is not null)::int as revised
      from fiscal_budget_lines`);
    expect(phases.bad).toBe(0);
    expect(phases.revised).toBeGreaterThan(100);
    const mismatched = await first.ctx.db.query<{ year: number; n: number }>(sql`
      select l.fiscal_year as year, count(*)::int as n from fiscal_budget_lines l
      join (select budget_line_ref, sum(amount_mnt) as paid from fiscal_transactions group by 1) t on t.budget_line_ref = l.ref
      where l.executed <> t.paid group by 1 order by 1`);
    expect(mismatched).toEqual([
      { year: 2025, n: 2 },
      { year: 2026, n: 2 },
    ]);
  });

  it('pays in MNT and at the official rate in dollars and yuan, names no individual and links procurement contracts', async () => {
    const payments = await one<{
      foreign: number;
      wrong: number;
      individuals: number;
      named: number;
      unlinked: number;
      ocids: number;
      unknownOcid: number;
      late: number;
      unpublished: number;
      below: number;
      refunds: number;
    }>(sql`
      select count(*) filter (where currency in ('USD', 'CNY'))::int as foreign,
        count(*) filter (where currency <> 'MNT' and (rate = 1 or not exists (select 1 from exchange_rates e
          where e.currency = t.currency and e.rate_date <= t.paid_on and e.rate_date > t.paid_on - 7 and round(e.rate / e.units, 6) = t.rate)))::int as wrong,
        count(*) filter (where payee_kind = 'individual')::int as individuals,
        count(*) filter (where payee_kind = 'individual' and (payee_name is not null or payee_identifier is not null))::int as named,
        count(*) filter (where payee_kind = 'entity' and payee_entity_id is null)::int as unlinked,
        count(*) filter (where ocid is not null)::int as ocids,
        count(*) filter (where ocid is not null and not exists (select 1 from procurement_processes p where p.ocid = t.ocid))::int as "unknownOcid",
        count(*) filter (where published_on > paid_on + 7)::int as late,
        count(*) filter (where published_on is null)::int as unpublished,
        count(*) filter (where amount_mnt between 0 and 5000000)::int as below,
        count(*) filter (where kind = 'refund')::int as refunds
      from fiscal_transactions t`);
    expect(payments.foreign).toBeGreaterThan(50);
    expect(payments.wrong).toBe(0);
    expect(payments.individuals).toBeGreaterThan(1000);
    expect(payments.named).toBe(0);
    expect(payments.unlinked).toBe(0);
    expect(payments.ocids).toBeGreaterThan(5);
    expect(payments.unknownOcid).toBe(0);
    expect(payments.late).toBeGreaterThan(500);
    expect(payments.unpublished).toBeGreaterThan(500);
    expect(payments.below).toBeGreaterThan(10_000);
    expect(payments.refunds).toBeGreaterThan(10);
  });

  it('builds payments split under the threshold, and spaced ones that are not', async () => {
    const { threshold } = first.ctx.country.fiscal.glassAccount;
    const { band, windowDays, minPayments } = first.ctx.country.fiscal.splitting;
    // Payments in the band, and how many in the band one payer made to one payee within the window before each.
    const clusters = await first.ctx.db.query<{ payee: string; n: number }>(sql`
      with band as (select organization_id, payee_entity_id, paid_on, amount_mnt from fiscal_transactions
        where payee_entity_id is not null and amount_mnt >= ${band * threshold} and amount_mnt <= ${threshold})
      select b.payee_entity_id::text as payee, max(w.n)::int as n from band b cross join lateral (
        select count(*) as n, sum(amount_mnt) as total from band o where o.organization_id = b.organization_id
          and o.payee_entity_id = b.payee_entity_id and o.paid_on between b.paid_on - ${windowDays - 1}::int and b.paid_on) w
      where w.n >= ${minPayments} and w.total > ${threshold} group by 1`);
    expect(clusters.length).toBe((first.made.split ?? 0) / Math.max(3, minPayments));
    expect(first.made.spaced).toBeGreaterThan(0);
  });

  it('has the funds in force, every donor type, assumptions and benefit cells small enough to suppress', async () => {
    const pack = first.ctx.country.fiscal;
    const funds = await first.ctx.db.query<{ code: string }>(sql`
      select distinct fund_code as code from fiscal_fund_flows where fiscal_year = 2026 and direction = 'spending' order by 1`);
    const inForce = pack.specialFunds.funds
      .filter((f) => f.from <= 2026 && (f.until ?? 2026) >= 2026)
      .map((f) => f.code);
    expect(funds.map((f) => f.code)).toEqual([...inForce].sort());
    const donors = await first.ctx.db.query<{ type: string }>(
      sql`select distinct donor_type as type from fiscal_donations order by 1`,
    );
    expect(donors.map((d) => d.type)).toEqual(pack.donorTypes.map((d) => d.code).sort());
    const assumptions = await one<{ n: number }>(sql`select count(*)::int as n from fiscal_assumptions`);
    expect(assumptions.n).toBe(pack.assumptions.length * 2);
    const usd = await one<{ value: string }>(
      sql`select value::text from fiscal_assumptions where indicator = 'usd-rate' and fiscal_year = 2025`,
    );
    expect(Number(usd.value)).toBeGreaterThan(3400);
    const small = await one<{ n: number }>(
      sql`select count(*)::int as n from fiscal_benefits where recipients between 1 and ${pack.benefits.minimumCell - 1}`,
    );
    expect(small.n).toBeGreaterThan(20);
  });
});
