import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext, ShilenModule } from '../../platform/module.ts';
import { type DemoBody, type DemoLine, demoAssumptions, demoLines } from './demo-budget.ts';
import { demoBenefits, demoDonations, demoFundFlows } from './demo-funds.ts';
import { demoCompanies } from './demo-payees.ts';
import { seeded } from './demo-random.ts';
import { type DemoContract, demoPayments, TRANSACTION_COLUMNS } from './demo-transactions.ts';
import { linkPayees, payeeEntities } from './payees.ts';
import { ratesCover, setTransactionRates } from './rates.ts';

/**
 * Demo data for the glass account: fiscal year 2025 complete and 2026 to the end of November, for
 * every reporting body — budget lines across the classifications, the assumptions behind each
 * proposal, tens of thousands of payments against the lines (a few of procurement contracts, a
 * few split under the threshold), special funds' flows, donations and benefit totals. Deterministic
 * (seeded, no clock), written in bulk (COPY) in one transaction, once.
 */

const YEARS = [
  { year: 2025, until: '2025-12-31', lastMonth: 12, toDate: false, growth: 1 },
  { year: 2026, until: '2026-11-30', lastMonth: 11, toDate: true, growth: 1.09 },
] as const;

const LINE_COLUMNS = [
  'ref',
  'organization_id',
  'fiscal_year',
  'direction',
  'name_mn',
  'name_en',
  'functional_code',
  'economic_code',
  'programme_code',
  'funding_code',
  'admin_unit_code',
  'proposed',
  'approved',
  'revised',
  'executed',
] as const;

async function demoBodies(db: Queryable): Promise<DemoBody[]> {
  return db.query<DemoBody>(sql`
    select o.id::int as id, o.slug, o.kind, b.basis, o.admin_unit_code as unit,
      case when u.kind in ('aimag', 'capital') then u.code when u.kind in ('district', 'soum') then u.parent_code end as aimag,
      coalesce((select array_agg(s.code order by s.code) from admin_units s
        where s.parent_code = o.admin_unit_code and s.kind = 'soum'), '{}') as soums
    from fiscal_reporting_bodies b join organizations o on o.id = b.organization_id
    left join admin_units u on u.code = o.admin_unit_code
    order by o.slug`);
}

/**
 * Contracts of the procurement demo that the fiscal demo pays, read through the procurement
 * module's manifest (its dataset's source), never its files: none when it is not installed.
 */
async function procurementContracts(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
): Promise<DemoContract[]> {
  const dataset = modules
    .find((m) => m.name === 'procurement')
    ?.datasets?.find((d) =>
      ['ocid', 'buyer_slug', 'supplier_name', 'contract_value', 'date_signed'].every((f) =>
        d.fields.some((field) => field.name === f),
      ),
    );
  if (!dataset) return [];
  return ctx.db.query<DemoContract>(sql`
    select d.ocid, o.id::int as "buyerId", d.supplier_name as "supplierName",
      (select e.identifier from legal_entities e where e.scheme = ${ctx.country.legalEntities.nationalScheme}
        and e.name_mn = d.supplier_name order by e.id limit 1) as "supplierIdentifier",
      d.contract_value::float8 as value, to_char(d.date_signed, 'YYYY-MM-DD') as signed
    from (${dataset.source}) d join organizations o on o.slug = d.buyer_slug
    join fiscal_reporting_bodies b on b.organization_id = o.id
    where d.contract_value > 0 and d.supplier_name is not null
      and d.date_signed >= '2025-01-01' and d.date_signed < '2025-09-01'
    order by d.ocid limit 12`);
}

function lineRow(line: DemoLine): unknown[] {
  const a = line.amounts;
  return [
    line.ref,
    line.body.id,
    line.year,
    line.direction,
    line.nameMn,
    line.nameEn,
    line.functional,
    line.economic,
    line.programme,
    line.funding,
    line.unit,
    a?.proposed ?? null,
    a?.approved ?? null,
    a?.revised ?? null,
    a?.executed ?? null,
  ];
}

export async function loadFiscalDemo(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
): Promise<Record<string, number>> {
  const [loaded] = await ctx.db.query(
    sql`select 1 from fiscal_budget_lines where ref like 'BL2025-%' limit 1`,
  );
  if (loaded) return {};
  const pack = ctx.country.fiscal;
  const bodies = await demoBodies(ctx.db);
  if (bodies.length === 0) return {};
  const contracts = await procurementContracts(ctx, modules);
  const aimags = (
    await ctx.db.query<{ code: string }>(
      sql`select code from admin_units where kind in ('aimag', 'capital') order by code`,
    )
  ).map((r) => r.code);
  const companies = demoCompanies(seeded(31));
  const made = {
    lines: 0,
    transactions: 0,
    split: 0,
    spaced: 0,
    ocids: 0,
    fundFlows: 0,
    donations: 0,
    benefits: 0,
  };
  await ctx.db.transaction(async (tx) => {
    // The payees' entities first, so that the rows are written with them (no update of every row after).
    const scheme = ctx.country.legalEntities.nationalScheme;
    const links = await payeeEntities(tx, ctx.country.legalEntities, 'demo', [
      ...companies.map((c) => ({ payee_scheme: scheme, payee_identifier: c.identifier, payee_name: c.name })),
      ...contracts.map((c) => ({
        payee_scheme: c.supplierIdentifier ? scheme : null,
        payee_identifier: c.supplierIdentifier,
        payee_name: c.supplierName,
      })),
    ]);
    const entities = new Map(links.map((l) => [`${l.identifier ?? ''} ${l.name}`, l.entity]));
    for (const y of YEARS) {
      const random = seeded(y.year);
      const lines = demoLines(bodies, pack, y.year, random, y);
      const spending = lines.filter((l) => l.payments > 0);
      const payments = demoPayments(spending, companies, y.year === 2025 ? contracts : [], {
        pack,
        scheme,
        entityOf: (payee) => entities.get(`${payee.identifier || ''} ${payee.name}`),
        currency: ctx.country.currency,
        year: y.year,
        until: y.until,
        aimags,
        foreign: await ratesCover(tx, ['USD', 'CNY'], `${y.year}-01-01`, y.until),
        random,
      });
      made.lines += await tx.copyInto('fiscal_budget_lines', LINE_COLUMNS, lines.map(lineRow));
      made.transactions += await tx.copyInto('fiscal_transactions', TRANSACTION_COLUMNS, payments.rows);
      made.split += payments.split;
      made.spaced += payments.spaced;
      made.ocids += payments.rows.filter((r) => r[TRANSACTION_COLUMNS.indexOf('ocid')] !== null).length;
      // Two lines whose execution report does not match their payments: the compliance view shows them.
      const off = new Map(
        [spending[Math.floor(spending.length / 3)], spending[Math.floor((2 * spending.length) / 3)]].map(
          (l, i) => [l?.ref, i === 0 ? 0.035 : -0.02],
        ),
      );
      const ratios = spending.map((l) => ({ ref: l.ref, ...l.ratios, off: off.get(l.ref) ?? 0 }));
      await setTransactionRates(tx, ctx.country);
      await tx.query(sql`
        with r as (select * from jsonb_to_recordset(${JSON.stringify(ratios)}::jsonb)
            as r(ref text, execution numeric, revision numeric, approval numeric, off numeric)),
          paid as (select t.budget_line_ref as ref, sum(t.amount_mnt) as paid from fiscal_transactions t
            where t.fiscal_year = ${y.year} and t.budget_line_ref is not null group by t.budget_line_ref),
          plan as (select r.*, p.paid, round(p.paid / (r.execution * coalesce(r.revision, 1)), -3) as approved
            from r join paid p on p.ref = r.ref)
        update fiscal_budget_lines l set executed = round(p.paid * (1 + p.off), 2), approved = p.approved,
          revised = case when p.revision is null then null else round(p.approved * p.revision, -3) end,
          proposed = round(p.approved / p.approval, -3)
        from plan p where l.ref = p.ref`);
    }
    // Nothing is left to link; a payee the pool missed would be, as any import's.
    await linkPayees(tx, ctx.country.legalEntities, 'demo');
    const counterparties = links.slice(0, 200).flatMap((l) => (l.entity === undefined ? [] : [l.entity]));
    const refs = bodies.map((b) => ({ id: b.id, slug: b.slug, kind: b.kind }));
    for (const y of YEARS) {
      const random = seeded(y.year * 7);
      const flows = demoFundFlows(pack, refs, y.year, y.lastMonth, {
        entities: counterparties,
        aimags,
        random,
      });
      const donations = demoDonations(pack, refs, y.year, y.until, {
        entities: counterparties,
        random,
        count: 240,
      });
      const benefits = demoBenefits(pack, refs, y.year, random);
      await tx.query(sql`insert into fiscal_fund_flows (ref, fund_code, organization_id, fiscal_year, flowed_on, direction,
          amount_mnt, purpose, counterparty_entity_id, aimag_code)
        select * from jsonb_to_recordset(${JSON.stringify(flows)}::jsonb) as r(ref text, fund_code text, organization_id bigint,
          fiscal_year int, flowed_on date, direction text, amount_mnt numeric, purpose text, counterparty_entity_id bigint, aimag_code text)`);
      await tx.query(sql`insert into fiscal_donations (ref, organization_id, fiscal_year, received_on, kind, donor_type,
          donor_entity_id, in_kind, amount_mnt, purpose)
        select * from jsonb_to_recordset(${JSON.stringify(donations)}::jsonb) as r(ref text, organization_id bigint, fiscal_year int,
          received_on date, kind text, donor_type text, donor_entity_id bigint, in_kind boolean, amount_mnt numeric, purpose text)`);
      await tx.query(sql`insert into fiscal_benefits (organization_id, fiscal_year, grade, benefit_type, recipients, amount_mnt)
        select * from jsonb_to_recordset(${JSON.stringify(benefits)}::jsonb) as r(organization_id bigint, fiscal_year int,
          grade text, benefit_type text, recipients int, amount_mnt numeric)`);
      made.fundFlows += flows.length;
      made.donations += donations.length;
      made.benefits += benefits.length;
    }
    const assumptions = demoAssumptions(
      pack,
      YEARS.map((y) => y.year),
    );
    await tx.query(sql`insert into fiscal_assumptions (fiscal_year, indicator, value, note_mn, note_en)
      select * from jsonb_to_recordset(${JSON.stringify(assumptions)}::jsonb)
        as r(fiscal_year int, indicator text, value numeric, note_mn text, note_en text)
      on conflict (fiscal_year, indicator) do nothing`);
  });
  return made;
}
