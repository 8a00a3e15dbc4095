import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import {
  type Dimension,
  type Direction,
  keyOf,
  type LineScope,
  type Phase,
  scopeWhere,
  treeOf,
  UNCLASSIFIED,
} from './dimensions.ts';

/**
 * Reads of the budget explorer over `fiscal_budget_lines`: a breakdown one level down a
 * classification's tree, the path back up, the lines under a node, totals, and the same breakdown
 * a year before. Every figure is a sum of lines, so the rows of a level add up to their parent.
 */

/** The four phases of the budget cycle, summed (a phase a line has no figure for counts 0). */
export interface Amounts {
  proposed: number;
  approved: number;
  /** The budget after revision: each line's revised amount, or its approved one where it was not revised. */
  revised: number;
  executed: number;
  /** The plan execution is measured against: the same figure as `revised`. */
  plan: number;
  /** How many budget lines the figures sum. */
  lines: number;
}

export interface BreakdownRow extends Amounts {
  /** The node's code (an organisation id for the administrative tree), or UNCLASSIFIED. */
  key: string;
  labelMn: string | null;
  labelEn: string | null;
  /** The body's slug (administrative tree). */
  slug: string | null;
  /**
   * `node`: a child of the level's parent; `own`: the lines coded at the parent itself (a body's own
   * lines beside its subordinate bodies'); `unclassified`: lines no node of the tree holds (top only).
   */
  kind: 'node' | 'own' | 'unclassified';
  /** Whether the node has children of its own in the tree (drilling shows a further level). */
  children: boolean;
}

interface AmountRow {
  proposed: string;
  approved: string;
  revised: string;
  executed: string;
  plan: string;
  lines: number;
}

const amountColumns = (alias: string) => sql`
  count(*)::int as lines,
  coalesce(sum(${sql.raw(alias)}.proposed), 0)::text as proposed,
  coalesce(sum(${sql.raw(alias)}.approved), 0)::text as approved,
  coalesce(sum(coalesce(${sql.raw(alias)}.revised, ${sql.raw(alias)}.approved)), 0)::text as revised,
  coalesce(sum(${sql.raw(alias)}.executed), 0)::text as executed,
  coalesce(sum(coalesce(${sql.raw(alias)}.revised, ${sql.raw(alias)}.approved)), 0)::text as plan`;

const amountsOf = (r: AmountRow): Amounts => ({
  proposed: Number(r.proposed),
  approved: Number(r.approved),
  revised: Number(r.revised),
  executed: Number(r.executed),
  plan: Number(r.plan),
  lines: Number(r.lines),
});

/** The tree of the dimension and every (code, ancestor-or-self) pair of it. */
const treeAndPaths = (dimension: Dimension, year: number) => sql`
  tree as (${treeOf(dimension, year)}),
  paths (code, ancestor) as (
    select code, code from tree
    union
    select p.code, t.parent from paths p join tree t on t.code = p.ancestor where t.parent is not null
  )`;

/**
 * One level of a classification: the children of `parent` (the top when null), each with the sums
 * of the lines under it, the lines coded at the parent itself as an `own` row, and at the top the
 * lines no node holds as an `unclassified` row; largest `phase` first.
 */
export async function breakdown(
  db: Queryable,
  dimension: Dimension,
  scope: LineScope,
  parent: string | null,
  phase: Phase = 'approved',
): Promise<BreakdownRow[]> {
  const rows = await db.query<
    AmountRow & {
      key: string;
      own: boolean;
      label_mn: string | null;
      label_en: string | null;
      slug: string | null;
      children: boolean;
    }
  >(sql`
    with recursive ${treeAndPaths(dimension, scope.year)},
    lines as (
      select ${keyOf(dimension)} as key, count(*)::int as n, sum(l.proposed) as proposed, sum(l.approved) as approved,
        sum(coalesce(l.revised, l.approved)) as revised, sum(l.executed) as executed, sum(coalesce(l.revised, l.approved)) as plan
      from fiscal_budget_lines l where ${scopeWhere(scope)} group by 1
    ),
    placed as (
      select l.*, (select p.ancestor from paths p join tree a on a.code = p.ancestor
        where p.code = l.key and a.parent is not distinct from ${parent}::text limit 1) as child
      from lines l
    ),
    nodes as (
      select case when child is not null then child
          when ${parent}::text is null then ${UNCLASSIFIED}
          when key = ${parent}::text then key end as node,
        child is null and ${parent}::text is not null as own, n, proposed, approved, revised, executed, plan
      from placed
    ),
    sums as (
      select node, own, sum(n)::int as lines, coalesce(sum(proposed), 0)::text as proposed,
        coalesce(sum(approved), 0)::text as approved, coalesce(sum(revised), 0)::text as revised,
        coalesce(sum(executed), 0)::text as executed, coalesce(sum(plan), 0)::text as plan
      from nodes where node is not null group by node, own
    )
    select s.node as key, s.own, s.lines, s.proposed, s.approved, s.revised, s.executed, s.plan,
      t.label_mn, t.label_en, t.slug, exists (select 1 from tree c where c.parent = s.node) as children
    from sums s left join tree t on t.code = s.node and s.node <> ${UNCLASSIFIED}
    order by s.${sql.id(phase)}::numeric desc, s.node`);
  return rows.map((r) => ({
    key: r.key,
    labelMn: r.label_mn,
    labelEn: r.label_en,
    slug: r.slug,
    kind: r.own ? 'own' : r.label_mn === null && r.key === UNCLASSIFIED ? 'unclassified' : 'node',
    children: r.own ? false : r.children,
    ...amountsOf(r),
  }));
}

/** Sums of rows (a level's total, which is its parent's figure). */
export function sumAmounts(rows: readonly Amounts[]): Amounts {
  const total: Amounts = { proposed: 0, approved: 0, revised: 0, executed: 0, plan: 0, lines: 0 };
  for (const r of rows) {
    total.proposed += r.proposed;
    total.approved += r.approved;
    total.revised += r.revised;
    total.executed += r.executed;
    total.plan += r.plan;
    total.lines += r.lines;
  }
  return total;
}

/** Executed as a share of the plan (revised, or approved where not revised); null without a plan. */
export function executionRate(a: Pick<Amounts, 'executed' | 'plan'>): number | null {
  return a.plan > 0 ? a.executed / a.plan : null;
}

export interface Crumb {
  code: string;
  labelMn: string;
  labelEn: string;
}

/** The path from the top of the tree down to `code` (itself last); empty when the tree has no such code. */
export async function pathTo(
  db: Queryable,
  dimension: Dimension,
  year: number,
  code: string,
): Promise<Crumb[]> {
  const rows = await db.query<{ code: string; label_mn: string; label_en: string }>(sql`
    with recursive tree as (${treeOf(dimension, year)}),
    chain (code, parent, label_mn, label_en, depth) as (
      select code, parent, label_mn, label_en, 0 from tree where code = ${code}
      union all
      select t.code, t.parent, t.label_mn, t.label_en, c.depth + 1
      from chain c join tree t on t.code = c.parent where c.depth < 20
    )
    select code, label_mn, label_en from chain order by depth desc`);
  return rows.map((r) => ({ code: r.code, labelMn: r.label_mn, labelEn: r.label_en }));
}

export interface LineSummary extends Amounts {
  ref: string;
  nameMn: string;
  nameEn: string | null;
  bodySlug: string;
  bodyMn: string;
  bodyEn: string;
}

/** Lines under a node (or UNCLASSIFIED: those no node holds), largest `phase` first. */
export async function linesUnder(
  db: Queryable,
  dimension: Dimension,
  scope: LineScope,
  node: string,
  phase: Phase,
  limit = 100,
): Promise<{ lines: LineSummary[]; count: number }> {
  const key = keyOf(dimension);
  const under: SqlQuery =
    node === UNCLASSIFIED
      ? sql`(${key} is null or ${key} not in (select code from tree))`
      : sql`${key} in (select code from paths where ancestor = ${node})`;
  const rows = await db.query<
    Omit<AmountRow, 'lines'> & {
      ref: string;
      name_mn: string;
      name_en: string | null;
      slug: string;
      body_mn: string;
      body_en: string;
      count: number;
    }
  >(sql`
    with recursive ${treeAndPaths(dimension, scope.year)}
    select l.ref, l.name_mn, l.name_en, o.slug, o.name_mn as body_mn, o.name_en as body_en,
      coalesce(l.proposed, 0)::text as proposed, coalesce(l.approved, 0)::text as approved,
      coalesce(l.revised, l.approved, 0)::text as revised, coalesce(l.executed, 0)::text as executed,
      coalesce(l.revised, l.approved, 0)::text as plan, count(*) over ()::int as count
    from fiscal_budget_lines l join organizations o on o.id = l.organization_id
    where ${scopeWhere(scope)} and ${under}
    order by l.${sql.id(phase)} desc nulls last, l.ref limit ${limit}`);
  return {
    count: rows[0]?.count ?? 0,
    lines: rows.map((r) => ({
      ref: r.ref,
      nameMn: r.name_mn,
      nameEn: r.name_en,
      bodySlug: r.slug,
      bodyMn: r.body_mn,
      bodyEn: r.body_en,
      ...amountsOf({ ...r, lines: 1 }),
    })),
  };
}

/** The year's totals by direction (every line of every body). */
export async function yearTotals(db: Queryable, year: number): Promise<Record<Direction, Amounts>> {
  const rows = await db.query<AmountRow & { direction: Direction }>(sql`
    select l.direction, ${amountColumns('l')} from fiscal_budget_lines l
    where l.fiscal_year = ${year} group by l.direction`);
  const empty = sumAmounts([]);
  const by = new Map(rows.map((r) => [r.direction, amountsOf(r)]));
  return { expenditure: by.get('expenditure') ?? empty, revenue: by.get('revenue') ?? { ...empty } };
}

/** The fiscal years that have budget lines, latest first. */
export async function budgetYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    sql`select distinct fiscal_year as year from fiscal_budget_lines order by fiscal_year desc`,
  );
  return rows.map((r) => Number(r.year));
}

export interface YearOnYearRow {
  key: string;
  labelMn: string | null;
  labelEn: string | null;
  kind: BreakdownRow['kind'];
  current: number;
  previous: number;
  /** current − previous. */
  change: number;
  /** The change as a share of the previous year's figure; null when it had none. */
  rate: number | null;
}

/** The same breakdown for two years side by side, matched by node (a node either year lacks counts 0). */
export function compareYears(
  current: readonly BreakdownRow[],
  previous: readonly BreakdownRow[],
  phase: Phase,
): YearOnYearRow[] {
  const id = (r: BreakdownRow) => `${r.kind}:${r.key}`;
  const before = new Map(previous.map((r) => [id(r), r]));
  const rows: YearOnYearRow[] = current.map((r) => {
    const p = before.get(id(r))?.[phase] ?? 0;
    before.delete(id(r));
    return row(r, r[phase], p);
  });
  for (const r of before.values()) rows.push(row(r, 0, r[phase]));
  return rows;
}

function row(r: BreakdownRow, current: number, previous: number): YearOnYearRow {
  const change = Math.round((current - previous) * 100) / 100;
  return {
    key: r.key,
    labelMn: r.labelMn,
    labelEn: r.labelEn,
    kind: r.kind,
    current,
    previous,
    change,
    rate: previous > 0 ? change / previous : null,
  };
}
