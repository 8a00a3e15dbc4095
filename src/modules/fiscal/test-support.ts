import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { linkPayees } from './payees.ts';

/**
 * Factories for the fiscal module's tests: rows written straight into its tables with sensible
 * defaults (Mongolian pack, fiscal year 2025, MNT), so each test states only what it is about.
 */

let serial = 0;
const nextRef = (prefix: string) => `${prefix}-${++serial}-${Math.random().toString(36).slice(2, 8)}`;

export async function organizationId(db: Queryable, slug: string): Promise<number> {
  const row = (await db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`))[0];
  if (!row) throw new Error(`no organisation ${slug}`);
  return row.id;
}

export interface LineSpec {
  ref?: string;
  body?: string;
  year?: number;
  direction?: 'expenditure' | 'revenue';
  name?: string;
  functional?: string | null;
  economic?: string;
  programme?: string | null;
  funding?: string;
  unit?: string | null;
  proposed?: number | null;
  approved?: number | null;
  revised?: number | null;
  executed?: number | null;
}

/** A budget line (expenditure of the Ministry of Health on goods and services by default). */
export async function buildBudgetLine(
  db: Queryable,
  spec: LineSpec = {},
): Promise<{ id: number; ref: string }> {
  const ref = spec.ref ?? nextRef('line');
  const org = await organizationId(db, spec.body ?? 'ministry-of-health');
  const row = (
    await db.query<{ id: number }>(sql`
      insert into fiscal_budget_lines (ref, organization_id, fiscal_year, direction, name_mn, functional_code,
        economic_code, programme_code, funding_code, admin_unit_code, proposed, approved, revised, executed)
      values (${ref}, ${org}, ${spec.year ?? 2025}, ${spec.direction ?? 'expenditure'}, ${spec.name ?? 'Эм, эмнэлгийн хэрэгсэл'},
        ${spec.functional === undefined ? '07.3' : spec.functional}, ${spec.economic ?? '22'},
        ${spec.programme === undefined ? 'P03' : spec.programme}, ${spec.funding ?? 'state'}, ${spec.unit ?? null},
        ${spec.proposed === undefined ? 1_000_000_000 : spec.proposed}, ${spec.approved === undefined ? 950_000_000 : spec.approved},
        ${spec.revised ?? null}, ${spec.executed ?? null})
      returning id`)
  )[0];
  if (!row) throw new Error('no budget line');
  return { id: row.id, ref };
}

export interface TransactionSpec {
  ref?: string;
  body?: string;
  year?: number;
  paidOn?: string;
  publishedOn?: string | null;
  kind?: 'payment' | 'refund';
  /** An entity payee by register number and name; `individual` for a person (never named). */
  payee?: { identifier?: string | null; name: string } | 'individual';
  amount?: number;
  currency?: string;
  rate?: number;
  purpose?: string;
  line?: string | null;
  functional?: string | null;
  economic?: string;
  programme?: string | null;
  funding?: string;
  fund?: string | null;
  unit?: string | null;
  aimag?: string | null;
  ocid?: string | null;
  project?: string | null;
}

/** Transactions of one payer (paid by the Ministry of Health to a company by default), payees linked to the register. */
export async function buildTransactions(
  ctx: ModuleContext,
  specs: readonly TransactionSpec[],
): Promise<string[]> {
  const refs: string[] = [];
  await ctx.db.transaction(async (tx) => {
    for (const spec of specs) {
      const ref = spec.ref ?? nextRef('tx');
      refs.push(ref);
      const org = await organizationId(tx, spec.body ?? 'ministry-of-health');
      const payee = spec.payee ?? { identifier: '5123456', name: 'Эм Хангамж ХХК' };
      const entity = payee !== 'individual';
      const paidOn = spec.paidOn ?? '2025-03-15';
      await tx.query(sql`
        insert into fiscal_transactions (ref, organization_id, fiscal_year, paid_on, published_on, kind, payee_kind,
          payee_scheme, payee_identifier, payee_name, amount, currency, rate, purpose, budget_line_ref,
          functional_code, economic_code, programme_code, funding_code, fund_code, admin_unit_code, aimag_code, ocid, project_ref)
        values (${ref}, ${org}, ${spec.year ?? Number(paidOn.slice(0, 4))}, ${paidOn},
          ${spec.publishedOn === undefined ? paidOn : spec.publishedOn}, ${spec.kind ?? 'payment'},
          ${entity ? 'entity' : 'individual'}, ${entity && payee.identifier !== null ? ctx.country.legalEntities.nationalScheme : null},
          ${entity ? (payee.identifier ?? null) : null}, ${entity ? payee.name : null},
          ${spec.amount ?? 6_000_000}, ${spec.currency ?? ctx.country.currency}, ${spec.rate ?? 1},
          ${spec.purpose ?? 'Эмнэлгийн хэрэгсэл худалдан авалт'}, ${spec.line ?? null},
          ${spec.functional === undefined ? '07.3' : spec.functional}, ${spec.economic ?? '22'},
          ${spec.programme === undefined ? 'P03' : spec.programme}, ${spec.funding ?? 'state'}, ${spec.fund ?? null},
          ${spec.unit ?? null}, ${spec.aimag ?? null}, ${spec.ocid ?? null}, ${spec.project ?? null})`);
    }
    await linkPayees(tx, ctx.country.legalEntities, 'test', refs);
  });
  return refs;
}

/** A body's benefit totals for a year: `[grade, type, recipients, amount]` rows (Ministry of Health, 2025 by default). */
export async function buildBenefits(
  db: Queryable,
  rows: readonly (readonly [string, string, number, number])[],
  spec: { body?: string; year?: number } = {},
): Promise<void> {
  const org = await organizationId(db, spec.body ?? 'ministry-of-health');
  const cells = rows.map(([grade, type, recipients, amount]) => ({ grade, type, recipients, amount }));
  await db.query(sql`
    insert into fiscal_benefits (organization_id, fiscal_year, grade, benefit_type, recipients, amount_mnt)
    select ${org}, ${spec.year ?? 2025}, c.grade, c.type, c.recipients, c.amount
    from jsonb_to_recordset(${JSON.stringify(cells)}::jsonb) as c(grade text, type text, recipients integer, amount numeric)`);
}

export interface FundFlowSpec {
  ref?: string;
  fund?: string;
  body?: string;
  year?: number;
  on?: string;
  direction?: 'collection' | 'spending';
  amount?: number;
  purpose?: string;
  /** The counterparty's legal entity id. */
  counterparty?: number | null;
  aimag?: string | null;
}

/** Flows of special funds (a collection into the Social Insurance Fund by the Ministry of Finance by default). */
export async function buildFundFlows(db: Queryable, specs: readonly FundFlowSpec[]): Promise<string[]> {
  const refs: string[] = [];
  for (const spec of specs) {
    const ref = spec.ref ?? nextRef('flow');
    refs.push(ref);
    const on = spec.on ?? '2025-03-10';
    await db.query(sql`
      insert into fiscal_fund_flows (ref, fund_code, organization_id, fiscal_year, flowed_on, direction, amount_mnt,
        purpose, counterparty_entity_id, aimag_code)
      values (${ref}, ${spec.fund ?? 'social-insurance'}, ${await organizationId(db, spec.body ?? 'ministry-of-finance')},
        ${spec.year ?? Number(on.slice(0, 4))}, ${on}, ${spec.direction ?? 'collection'}, ${spec.amount ?? 50_000_000},
        ${spec.purpose ?? 'Шимтгэлийн орлого'}, ${spec.counterparty ?? null}, ${spec.aimag ?? null})`);
  }
  return refs;
}

export interface DonationSpec {
  ref?: string;
  body?: string;
  year?: number;
  on?: string;
  kind?: 'donation' | 'charity' | 'assistance';
  donorType?: string;
  donor?: number | null;
  inKind?: boolean;
  amount?: number;
  purpose?: string;
}

/** Non-budgetary income of a body (a company's donation to the Ministry of Health by default). */
export async function buildDonations(db: Queryable, specs: readonly DonationSpec[]): Promise<string[]> {
  const refs: string[] = [];
  for (const spec of specs) {
    const ref = spec.ref ?? nextRef('gift');
    refs.push(ref);
    const on = spec.on ?? '2025-04-01';
    await db.query(sql`
      insert into fiscal_donations (ref, organization_id, fiscal_year, received_on, kind, donor_type, donor_entity_id,
        in_kind, amount_mnt, purpose)
      values (${ref}, ${await organizationId(db, spec.body ?? 'ministry-of-health')}, ${spec.year ?? Number(on.slice(0, 4))},
        ${on}, ${spec.kind ?? 'donation'}, ${spec.donorType ?? 'company'}, ${spec.donor ?? null}, ${spec.inKind ?? false},
        ${spec.amount ?? 10_000_000}, ${spec.purpose ?? 'Эмнэлгийн тоног төхөөрөмж'})`);
  }
  return refs;
}

/**
 * Seven transactions whose figures the cube tests compute by hand: the Ministry of Health's in
 * 2025 (hospital services in Dornod and Töv, medical products, a refund, an individual payee) and
 * the Ministry of Finance's in 2024 and 2025.
 */
export const exampleTransactions: readonly TransactionSpec[] = [
  { amount: 10_000_000, aimag: '21' },
  { amount: 6_000_000, aimag: '41' },
  { amount: 20_000_000, functional: '07.1', economic: '311', aimag: '21' },
  { body: 'ministry-of-finance', amount: 7_000_000, functional: '01.1', funding: 'local', aimag: '21' },
  { body: 'ministry-of-finance', paidOn: '2024-06-01', amount: 3_000_000, functional: '01.1', aimag: '21' },
  { kind: 'refund', amount: -1_000_000, aimag: '21' },
  { payee: 'individual', amount: 5_500_000, aimag: '21' },
];
