import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  type AggregateRequest,
  type AggregateResult,
  attributeColumn,
  type Cell,
  type Cube,
  type Cut,
  type Ordering,
} from './model.ts';
import { CubeError } from './parse.ts';

/**
 * The SQL behind /aggregate, /members and /facts. Groups are made in two steps: first on the
 * drilled dimensions' keys over the source (the pre-aggregated totals whenever every ref of the
 * request is one of their dimensions and every aggregate can be summed from them, else the facts),
 * then the attributes are joined to those groups and the groups regrouped on the attributes asked
 * for. All SQL text here is written by the cube's declaration; every value is a parameter.
 */

const raw = (text: string) => sql.raw(text);

/** Whether the totals table can answer: every dimension it touches is in it, every aggregate sums. */
export function readsTotals(
  cube: Cube,
  request: Pick<AggregateRequest, 'drilldown' | 'cuts' | 'aggregates'>,
) {
  if (!cube.totals) return false;
  const dims = [...request.drilldown.map((r) => r.split('.')[0]!), ...request.cuts.map((c) => c.dimension)];
  if (!dims.every((d) => cube.dimensions[d]?.inTotals)) return false;
  return request.aggregates.every((ref) => {
    if (ref === '_count') return true;
    const [m, fn] = ref.split('.');
    return Boolean(cube.measures[m!]?.totalsColumn) && (fn === 'sum' || fn === 'count' || fn === 'avg');
  });
}

/** The SQL of an attribute, given its dimension's key SQL and the alias of its members' row. */
function attributeSql(cube: Cube, ref: string, key: string, member: string, locale: Locale): string {
  const [dim, name] = ref.split('.') as [string, string];
  const attribute = cube.dimensions[dim]!.attributes[name]!;
  const column = attributeColumn(attribute, locale);
  if (column) return `${member}.${column}`;
  return attribute.fromKey ? attribute.fromKey(key) : key;
}

/** The condition of one cut over a row of the source (alias `f`). */
function cutSql(cube: Cube, cut: Cut, locale: Locale): SqlQuery {
  const d = cube.dimensions[cut.dimension]!;
  const attribute = d.attributes[cut.attribute]!;
  const values = cut.values.filter((v) => v !== null);
  const hasNull = values.length < cut.values.length;
  const list = sql.join(values.map((v) => sql`${v}`));
  const column = attributeColumn(attribute, locale);
  if (column) {
    const inMembers = (condition: SqlQuery) =>
      sql`${raw(d.key)} in (select m.key from ${raw(d.members!)} m where ${condition})`;
    const parts = [
      ...(values.length > 0 ? [inMembers(sql`${raw(`m.${column}`)} in (${list})`)] : []),
      ...(hasNull ? [sql`not ${inMembers(sql`${raw(`m.${column}`)} is not null`)}`] : []),
    ];
    return sql`(${sql.join(parts, ' or ')})`;
  }
  const expr = raw(attribute.fromKey ? attribute.fromKey(d.key) : d.key);
  const parts = [
    ...(values.length > 0 ? [sql`${expr} in (${list})`] : []),
    ...(hasNull ? [sql`${expr} is null`] : []),
  ];
  return sql`(${sql.join(parts, ' or ')})`;
}

export function whereSql(
  cube: Cube,
  cuts: readonly Cut[],
  locale: Locale,
  more: readonly SqlQuery[] = [],
): SqlQuery {
  const conditions = [...cuts.map((c) => cutSql(cube, c, locale)), ...more];
  return conditions.length === 0 ? sql.empty : sql`where ${sql.join(conditions, ' and ')}`;
}

const orderSql = (order: readonly { column: string; direction: 'asc' | 'desc' }[]) =>
  order.length === 0
    ? sql.empty
    : raw(`order by ${order.map((o) => `${o.column} ${o.direction} nulls last`).join(', ')}`);

interface Built {
  /** The groups regrouped on the attributes: columns c0… (attributes) and a0… (aggregates). */
  cells: string;
  /** The aggregates over every group: columns a0…. */
  summary: string;
  /** The first-step groups, as a CTE body named g. */
  groups: string;
}

/** The two-step aggregate over `from` (the totals or the facts), as trusted text around the cuts. */
function build(cube: Cube, request: AggregateRequest, totals: boolean): Built {
  const dims = [...new Set(request.drilldown.map((r) => r.split('.')[0]!))];
  const inner: string[] = dims.map((d, i) => `${cube.dimensions[d]!.key} as k${i}`);
  const needed = new Set<string>();
  const finals = request.aggregates.map((ref) => {
    if (ref === '_count') {
      needed.add(totals ? `sum(f.${cube.totals!.count}) as n` : 'count(*) as n');
      return 'sum(g.n)';
    }
    const [m, fn] = ref.split('.') as [string, string];
    const measure = cube.measures[m]!;
    const i = Object.keys(cube.measures).indexOf(m);
    const column = totals ? `f.${measure.totalsColumn}` : measure.column;
    const sum = `sum(${column}) as s${i}`;
    const count = totals ? `sum(f.${cube.totals!.count}) as c${i}` : `count(${column}) as c${i}`;
    const uses: Record<string, [string[], string]> = {
      sum: [[sum], `sum(g.s${i})`],
      count: [[count], `sum(g.c${i})`],
      avg: [[sum, count], `sum(g.s${i}) / nullif(sum(g.c${i}), 0)`],
      min: [[`min(${column}) as mi${i}`], `min(g.mi${i})`],
      max: [[`max(${column}) as ma${i}`], `max(g.ma${i})`],
    };
    const [parts, final] = uses[fn]!;
    for (const p of parts) needed.add(p);
    return final;
  });
  inner.push(...needed);
  const from = totals ? cube.totals!.table : (cube.facts as string);
  const joins = dims
    .map((d, i) => {
      const members = cube.dimensions[d]!.members;
      return members ? ` left join ${members} d${i} on d${i}.key = g.k${i}` : '';
    })
    .join('');
  const attrs = request.drilldown.map((ref) => {
    const i = dims.indexOf(ref.split('.')[0]!);
    return `${attributeSql(cube, ref, `g.k${i}`, `d${i}`, request.locale)} as c${request.drilldown.indexOf(ref)}`;
  });
  const selected = [...attrs, ...finals.map((f, j) => `${f} as a${j}`)];
  const regroup = attrs.length > 0 ? ` group by ${attrs.map((_, i) => i + 1).join(', ')}` : '';
  return {
    groups: `select ${inner.length > 0 ? inner.join(', ') : '1 as one'} from ${from} f`,
    cells: `select ${selected.join(', ') || '1 as one'} from g${joins}${regroup}`,
    summary:
      finals.length > 0
        ? `select ${finals.map((f, j) => `${f} as a${j}`).join(', ')} from g`
        : 'select 1 as one',
  };
}

const number = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * An aggregate request answered from the cube's totals or facts (or its own function);
 * `facts: true` reads the facts even where the totals could answer (for tests and benchmarks).
 */
export async function aggregate(
  db: Queryable,
  cube: Cube,
  request: AggregateRequest,
  options: { facts?: boolean } = {},
): Promise<AggregateResult> {
  if (cube.aggregate) return cube.aggregate(db, request);
  if (!cube.facts)
    throw new CubeError(500, `the cube ${cube.name} has neither facts nor an aggregate function`);
  const totals = !options.facts && readsTotals(cube, request);
  const built = build(cube, request, totals);
  const dims = [...new Set(request.drilldown.map((r) => r.split('.')[0]!))];
  const groups = sql`with g as (${raw(built.groups)} ${whereSql(cube, request.cuts, request.locale)}${raw(
    dims.length > 0 ? ` group by ${dims.map((_, i) => i + 1).join(', ')}` : '',
  )})`;
  const order = orderColumns(request.order, request.drilldown, request.aggregates);
  const offset = (request.page - 1) * request.pageSize;
  // One statement: the groups are made once, for the page, the number of cells and the summary.
  const summary = built.summary.replace(/ as a(\d+)/g, ' as s$1');
  const all = await db.query<Record<string, unknown>>(sql`${groups}, c as (${raw(built.cells)}),
    p as (select c.*, row_number() over (${orderSql(order)}) as rn from c ${orderSql(order)}
      limit ${request.pageSize} offset ${offset})
    select p.*, t.cells, s.* from (select count(*) as cells from c) t cross join (${raw(summary)}) s
    left join p on true order by p.rn`);
  const summaryRow = all[0];
  const rows = all.filter((r) => r.rn !== null);
  const toCell = (row: Record<string, unknown>, attributes: boolean): Cell => {
    const cell: Cell = {};
    if (attributes)
      request.drilldown.forEach((ref, i) => {
        cell[ref] = row[`c${i}`] as Cell[string];
      });
    request.aggregates.forEach((ref, j) => {
      cell[ref] = number(row[`${attributes ? 'a' : 's'}${j}`]);
    });
    return cell;
  };
  return {
    cells: rows.map((r) => toCell(r, true)),
    summary: summaryRow ? toCell(summaryRow, false) : {},
    totalCellCount: Number(summaryRow?.cells ?? 0),
    source: totals ? 'totals' : 'facts',
  };
}

/** The order as columns of the cells (explicit first, then every drilled attribute, ascending). */
function orderColumns(
  order: readonly Ordering[],
  drilldown: readonly string[],
  aggregates: readonly string[],
) {
  const columnOf = (ref: string) =>
    drilldown.includes(ref) ? `c${drilldown.indexOf(ref)}` : `a${aggregates.indexOf(ref)}`;
  const out = order.map((o) => ({ column: columnOf(o.ref), direction: o.direction }));
  for (const ref of drilldown)
    if (!order.some((o) => o.ref === ref)) out.push({ column: columnOf(ref), direction: 'asc' });
  return out;
}

/** A page of facts: the fields asked for (attribute refs and measures) of each row. */
export async function facts(
  db: Queryable,
  cube: Cube,
  request: {
    fields: readonly string[];
    cuts: readonly Cut[];
    order: readonly Ordering[];
    page: number;
    pageSize: number;
    locale: Locale;
    /** Only the facts whose `factOrder` is above `after` and at most `through` (the download's batches). */
    range?: { after: string | number | null; through: string | number };
  },
): Promise<{ data: Cell[]; total: number }> {
  if (!cube.facts)
    throw new CubeError(404, `the cube ${cube.name} publishes aggregates only: it has no facts`);
  const dims = [...new Set(request.fields.filter((f) => f.includes('.')).map((r) => r.split('.')[0]!))];
  const joins = dims
    .map((d, i) => {
      const dim = cube.dimensions[d]!;
      return dim.members ? ` left join ${dim.members} d${i} on d${i}.key = ${dim.key}` : '';
    })
    .join('');
  const columns = request.fields.map((ref, j) => {
    if (!ref.includes('.')) return `${cube.measures[ref]!.column} as v${j}`;
    const i = dims.indexOf(ref.split('.')[0]!);
    return `${attributeSql(cube, ref, cube.dimensions[ref.split('.')[0]!]!.key, `d${i}`, request.locale)} as v${j}`;
  });
  const order = [
    ...request.order.map((o) => ({ column: `v${request.fields.indexOf(o.ref)}`, direction: o.direction })),
    ...(cube.factOrder ? [{ column: cube.factOrder, direction: 'asc' as const }] : []),
  ];
  const range = request.range;
  const within =
    range && cube.factOrder
      ? [
          ...(range.after === null ? [] : [sql`${raw(cube.factOrder)} > ${range.after}`]),
          sql`${raw(cube.factOrder)} <= ${range.through}`,
        ]
      : [];
  const where = whereSql(cube, request.cuts, request.locale, within);
  const [rows, [count]] = await Promise.all([
    db.query<
      Record<string, unknown>
    >(sql`select ${raw(columns.join(', '))} from ${raw(cube.facts)} f${raw(joins)}
      ${where} ${orderSql(order)} limit ${request.pageSize} offset ${(request.page - 1) * request.pageSize}`),
    db.query<{ n: string }>(sql`select count(*)::text as n from ${raw(cube.facts)} f ${where}`),
  ]);
  return {
    data: rows.map((row) => {
      const cell: Cell = {};
      request.fields.forEach((ref, j) => {
        const v = row[`v${j}`];
        cell[ref] = ref.includes('.') ? (v as Cell[string]) : number(v);
      });
      return cell;
    }),
    total: Number(count?.n ?? 0),
  };
}
