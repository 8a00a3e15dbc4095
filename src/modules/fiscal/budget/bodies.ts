import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Direction, Phase } from './dimensions.ts';
import { type BreakdownRow, breakdown } from './queries.ts';

/** A reporting body's page: who it is under the law, its budget by economic classification, its payees. */

export interface ReportingBody {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  kind: string;
  basis: 'public-body' | 'state-owned' | 'state-share';
  stateShare: number | null;
  parent: { slug: string; nameMn: string; nameEn: string } | null;
}

/** A body that reports under the glass-account law, by its slug; null when the organisation does not report. */
export async function reportingBody(db: Queryable, slug: string): Promise<ReportingBody | null> {
  const [r] = await db.query<{
    id: number;
    slug: string;
    name_mn: string;
    name_en: string;
    kind: string;
    basis: ReportingBody['basis'];
    state_share: string | null;
    parent_slug: string | null;
    parent_mn: string | null;
    parent_en: string | null;
  }>(sql`
    select o.id, o.slug, o.name_mn, o.name_en, o.kind, r.basis, r.state_share::text,
      p.slug as parent_slug, p.name_mn as parent_mn, p.name_en as parent_en
    from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id
      left join organizations p on p.id = o.parent_id
    where o.slug = ${slug}`);
  if (!r) return null;
  return {
    id: Number(r.id),
    slug: r.slug,
    nameMn: r.name_mn,
    nameEn: r.name_en,
    kind: r.kind,
    basis: r.basis,
    stateShare: r.state_share === null ? null : Number(r.state_share),
    parent:
      r.parent_slug === null
        ? null
        : { slug: r.parent_slug, nameMn: r.parent_mn as string, nameEn: r.parent_en as string },
  };
}

export interface EconomicRow extends BreakdownRow {
  depth: 0 | 1;
}

/** A body's lines by economic classification: each top category, then its categories one level down. */
export async function bodyEconomic(
  db: Queryable,
  body: number,
  year: number,
  direction: Direction,
  phase: Phase,
): Promise<EconomicRow[]> {
  const scope = { year, direction, body };
  const rows: EconomicRow[] = [];
  for (const top of await breakdown(db, 'economic', scope, null, phase)) {
    rows.push({ ...top, depth: 0 });
    if (top.kind === 'node' && top.children)
      for (const child of await breakdown(db, 'economic', scope, top.key, phase))
        rows.push({ ...child, depth: 1 });
  }
  return rows;
}

export interface Payee {
  /** The register's entity (its root after a merge); null for individuals and unlinked names. */
  entityId: number | null;
  /** The entity's name; null for individuals, who are never named. */
  name: string | null;
  individual: boolean;
  payments: number;
  total: number;
}

/** The body's largest payees in a year by MNT paid; individuals together in one unnamed row. */
export async function biggestPayees(db: Queryable, body: number, year: number, limit = 10): Promise<Payee[]> {
  const rows = await db.query<{
    entity_id: number | null;
    name: string | null;
    individual: boolean;
    payments: number;
    total: string;
  }>(sql`
    select e.id as entity_id, case when t.payee_kind = 'individual' then null
        else coalesce(e.name_mn, e.name_en, t.payee_name) end as name,
      t.payee_kind = 'individual' as individual, count(*)::int as payments, sum(t.amount_mnt)::text as total
    from fiscal_transactions t
      left join legal_entities le on le.id = t.payee_entity_id
      left join legal_entities e on e.id = coalesce(le.merged_into, le.id)
    where t.organization_id = ${body} and t.fiscal_year = ${year}
    group by t.payee_kind = 'individual', e.id, case when t.payee_kind = 'individual' then null
        else coalesce(e.name_mn, e.name_en, t.payee_name) end
    order by sum(t.amount_mnt) desc, 2 limit ${limit}`);
  return rows.map((r) => ({
    entityId: r.entity_id === null ? null : Number(r.entity_id),
    name: r.name,
    individual: r.individual,
    payments: Number(r.payments),
    total: Number(r.total),
  }));
}

/** How many transactions the body published in a year, and their MNT sum. */
export async function bodyTransactionTotals(
  db: Queryable,
  body: number,
  year: number,
): Promise<{ count: number; total: number }> {
  const [r] = await db.query<{ count: number; total: string }>(sql`
    select count(*)::int as count, coalesce(sum(amount_mnt), 0)::text as total
    from fiscal_transactions where organization_id = ${body} and fiscal_year = ${year}`);
  return { count: Number(r?.count ?? 0), total: Number(r?.total ?? 0) };
}

/** The years a body has budget lines or transactions in, latest first. */
export async function bodyYears(db: Queryable, body: number): Promise<number[]> {
  const rows = await db.query<{ year: number }>(sql`
    select fiscal_year as year from fiscal_budget_lines where organization_id = ${body}
    union select fiscal_year from fiscal_transactions where organization_id = ${body}
    order by 1 desc`);
  return rows.map((r) => Number(r.year));
}
