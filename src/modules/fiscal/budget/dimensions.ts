import type { FiscalScheme } from '../../../country/fiscal-pack.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';

/**
 * The classifications a budget can be broken down by, each as a tree (code, parent, names) and the
 * column of `fiscal_budget_lines` that places a line in it: administrative (the reporting bodies,
 * each under its nearest reporting ancestor in the organisations tree), the pack's four schemes for
 * the year (COFOG and GFSM with their levels), and place (aimag or capital, then soum or district).
 */
export const dimensions = [
  'administrative',
  'functional',
  'economic',
  'programme',
  'funding',
  'place',
] as const;
export type Dimension = (typeof dimensions)[number];

export const phases = ['proposed', 'approved', 'revised', 'executed'] as const;
export type Phase = (typeof phases)[number];

export const directions = ['expenditure', 'revenue'] as const;
export type Direction = (typeof directions)[number];

export const isDimension = (v: unknown): v is Dimension => dimensions.includes(v as Dimension);
export const isPhase = (v: unknown): v is Phase => phases.includes(v as Phase);
export const isDirection = (v: unknown): v is Direction => directions.includes(v as Direction);

/** The key in a tree that stands for the lines no node of the tree holds (a revenue line has no function). */
export const UNCLASSIFIED = '-';

/**
 * The reporting bodies as a tree: a body's parent is its nearest ancestor in the organisations tree
 * that also reports (a registry group between them is skipped); a body with none is at the top.
 */
const administrativeTree = sql`
  with recursive up (id, ancestor) as (
    select o.id, o.parent_id from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id
    union
    select u.id, o.parent_id from up u join organizations o on o.id = u.ancestor
    where not exists (select 1 from fiscal_reporting_bodies r where r.organization_id = u.ancestor)
  )
  select o.id::text as code,
    (select u.ancestor::text from up u join fiscal_reporting_bodies r on r.organization_id = u.ancestor
      where u.id = o.id limit 1) as parent,
    o.name_mn as label_mn, o.name_en as label_en, o.slug
  from organizations o join fiscal_reporting_bodies r on r.organization_id = o.id`;

const placeTree = sql`
  select code, parent_code as parent, name_mn as label_mn, name_en as label_en, null::text as slug
  from admin_units`;

const schemeTree = (scheme: FiscalScheme, year: number) => sql`
  select code, parent, label_mn, label_en, null::text as slug
  from fiscal_codes where scheme = ${scheme} and year = ${year}`;

/** The tree of a classification in a year: rows of (code, parent, label_mn, label_en, slug). */
export function treeOf(dimension: Dimension, year: number): SqlQuery {
  if (dimension === 'administrative') return administrativeTree;
  if (dimension === 'place') return placeTree;
  return schemeTree(dimension, year);
}

/** The column of `fiscal_budget_lines` (as text) that places a line in the dimension's tree. */
export function keyOf(dimension: Dimension): SqlQuery {
  switch (dimension) {
    case 'administrative':
      return sql`l.organization_id::text`;
    case 'functional':
      return sql`l.functional_code`;
    case 'economic':
      return sql`l.economic_code`;
    case 'programme':
      return sql`l.programme_code`;
    case 'funding':
      return sql`l.funding_code`;
    case 'place':
      return sql`l.admin_unit_code`;
  }
}

/** The lines a breakdown counts: a year and direction, and optionally one body's or one aimag's. */
export interface LineScope {
  year: number;
  direction: Direction;
  /** One reporting body's lines (organisation id). */
  body?: number;
  /** Lines placed in this aimag or the capital, or in one of its soums or districts. */
  aimag?: string;
}

/** The `where` of the lines in a scope (lines aliased `l`). */
export function scopeWhere(scope: LineScope): SqlQuery {
  const parts = [sql`l.fiscal_year = ${scope.year}`, sql`l.direction = ${scope.direction}`];
  if (scope.body !== undefined) parts.push(sql`l.organization_id = ${scope.body}`);
  if (scope.aimag !== undefined)
    parts.push(
      sql`l.admin_unit_code in (select code from admin_units where code = ${scope.aimag} or parent_code = ${scope.aimag})`,
    );
  return sql.join(parts, ' and ');
}
