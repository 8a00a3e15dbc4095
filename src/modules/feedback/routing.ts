import type { Database, Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { categorySeeds } from './categories.ts';

/** The capital or aimag a unit is in (a district or soum rolls up to it); null for an unknown code. */
export async function topLevelUnit(q: Queryable, code: string): Promise<string | null> {
  const [row] = await q.query<{ code: string }>(sql`
    select case when u.kind in ('district', 'soum') then u.parent_code else u.code end as code
    from admin_units u where u.code = ${code}`);
  return row?.code ?? null;
}

/**
 * Who answers a case of this category in this aimag: the aimag's rule, else the category's
 * national rule, else the centre itself (so a case is never left without an organisation).
 */
export async function routeCase(
  q: Queryable,
  category: string,
  aimag: string | null,
  centreSlug: string,
): Promise<number> {
  const [row] = await q.query<{ organizationId: number }>(sql`
    select organization_id as "organizationId" from feedback_routing_rules
    where category_code = ${category} and (aimag_code = ${aimag} or aimag_code is null)
    order by aimag_code is null limit 1`);
  if (row) return row.organizationId;
  const [centre] = await q.query<{ id: number }>(
    sql`select id from organizations where slug = ${centreSlug}`,
  );
  if (!centre) throw new Error(`the centre organisation ${centreSlug} is missing`);
  return centre.id;
}

/**
 * Everything a new case needs from the routing table in one round trip: its aimag (a district or
 * soum rolled up), the organisation that answers (as `routeCase`), and a fresh case id.
 */
export async function routeNewCase(
  q: Queryable,
  category: string,
  unit: string | null,
  centreSlug: string,
): Promise<{ id: number; aimag: string | null; organizationId: number | null }> {
  const [row] = await q.query<{ id: number; aimag: string | null; organizationId: number | null }>(sql`
    with a as (select case when u.kind in ('district', 'soum') then u.parent_code else u.code end as code
      from admin_units u where u.code = ${unit ?? ''})
    select nextval(pg_get_serial_sequence('feedback_cases', 'id'))::bigint as id, (select code from a) as aimag,
      coalesce(
        (select organization_id from feedback_routing_rules where category_code = ${category}
          and (aimag_code = (select code from a) or aimag_code is null) order by aimag_code is null limit 1),
        (select id from organizations where slug = ${centreSlug})) as "organizationId"`);
  return row!;
}

/**
 * Categories, their national rules and the local rules to each aimag's (and the capital's)
 * governor's office. Names follow the seed; rules are only added, never overwritten, so changes
 * made on the routing page survive a restart.
 */
export async function seedFeedback(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    let sort = 0;
    for (const c of categorySeeds) {
      sort += 10;
      await tx.query(sql`insert into feedback_categories (code, name_mn, name_en, description_mn, description_en, sort)
        values (${c.code}, ${c.name.mn}, ${c.name.en}, ${c.description.mn}, ${c.description.en}, ${sort})
        on conflict (code) do update set name_mn = excluded.name_mn, name_en = excluded.name_en,
          description_mn = excluded.description_mn, description_en = excluded.description_en, sort = excluded.sort`);
      await tx.query(sql`insert into feedback_routing_rules (category_code, aimag_code, organization_id)
        select ${c.code}, null, id from organizations where slug = ${c.organization}
        on conflict (category_code, coalesce(aimag_code, '')) do nothing`);
      if (!c.local) continue;
      await tx.query(sql`insert into feedback_routing_rules (category_code, aimag_code, organization_id)
        select ${c.code}, o.admin_unit_code, o.id from organizations o join admin_units u on u.code = o.admin_unit_code
        where o.kind = 'local-government' and u.kind in ('capital', 'aimag')
          and (o.slug = 'capital-city-governor' or (o.slug like 'governor-%' and o.slug not like 'governor-district-%'))
        on conflict (category_code, coalesce(aimag_code, '')) do nothing`);
    }
  });
}

export interface RoutingRule {
  id: number;
  categoryCode: string;
  aimagCode: string | null;
  organizationId: number;
  organizationSlug: string;
  organizationMn: string;
  organizationEn: string;
}

export async function listRoutingRules(q: Queryable): Promise<RoutingRule[]> {
  return q.query<RoutingRule>(sql`
    select r.id, r.category_code as "categoryCode", r.aimag_code as "aimagCode", r.organization_id as "organizationId",
      o.slug as "organizationSlug", o.name_mn as "organizationMn", o.name_en as "organizationEn"
    from feedback_routing_rules r join organizations o on o.id = r.organization_id
    join feedback_categories c on c.code = r.category_code
    order by c.sort, r.aimag_code nulls first`);
}
