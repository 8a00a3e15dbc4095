import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';

/**
 * Citizen-targeted performance indicators of organisations (commitment 3.3.1.2): an organisation
 * defines what it measures, the target and the actual value of each period, and reports them;
 * everyone sees the trend.
 */

export const PERIOD = /^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;

export interface Indicator {
  id: number;
  organizationId: number;
  slug: string;
  orgMn: string;
  orgEn: string;
  nameMn: string | null;
  nameEn: string | null;
  definition: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

export interface IndicatorValue {
  period: string;
  target: string | null;
  actual: string | null;
  note: string | null;
}

const COLUMNS = sql`i.id, i.organization_id as "organizationId", o.slug, o.name_mn as "orgMn", o.name_en as "orgEn",
  i.name_mn as "nameMn", i.name_en as "nameEn", i.definition, i.unit, i.direction`;

export async function listIndicators(
  db: Queryable,
  organizationId?: number,
): Promise<(Indicator & { periods: number })[]> {
  return db.query(sql`select ${COLUMNS}, (select count(*)::int from plan_indicator_values v where v.indicator_id = i.id) as periods
    from plan_indicators i join organizations o on o.id = i.organization_id
    where ${organizationId === undefined ? sql`true` : sql`i.organization_id = ${organizationId}`}
    order by o.slug, i.id`);
}

export async function findIndicator(
  db: Queryable,
  id: number,
): Promise<(Indicator & { values: IndicatorValue[] }) | undefined> {
  const [row] =
    await db.query<Indicator>(sql`select ${COLUMNS} from plan_indicators i join organizations o on o.id = i.organization_id
    where i.id = ${id}`);
  if (!row) return undefined;
  const values =
    await db.query<IndicatorValue>(sql`select period, target::text as target, actual::text as actual, note
    from plan_indicator_values where indicator_id = ${id} order by period`);
  return { ...row, values };
}
