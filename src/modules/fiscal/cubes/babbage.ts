import type { Queryable } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  type AggregateRequest,
  aggregateRefs,
  attributeRefs,
  type Cell,
  type Cube,
  type Cut,
  type Ordering,
} from './model.ts';
import { CubeError, parseCuts, parseOrder, parsePaging, resolveAttribute } from './parse.ts';
import { aggregate, facts } from './query.ts';

/**
 * The answers of /api/3 in babbage's shape (babbage/api.py and model/*.py `to_dict`): the model,
 * and the keys of aggregate, facts and members answers.
 */

/** The column name of an attribute in the model and in the package's CSV files. */
export const columnName = (ref: string) => ref.replace('.', '_');

export function babbageModel(cube: Cube, locale: Locale) {
  const measures = Object.fromEntries(
    Object.entries(cube.measures).map(([name, m]) => [
      name,
      {
        label: m.label[locale],
        column: name,
        aggregates: [...m.aggregates],
        type: 'number',
        ref: name,
        currency: m.currency,
      },
    ]),
  );
  const dimensions = Object.fromEntries(
    Object.entries(cube.dimensions).map(([name, d]) => {
      const hierarchy = Object.entries(cube.hierarchies ?? {}).find(([, h]) => h.levels.includes(name))?.[0];
      return [
        name,
        {
          label: d.label[locale],
          attributes: Object.fromEntries(
            Object.entries(d.attributes).map(([a, attr]) => [
              a,
              {
                label: attr.label[locale],
                column: columnName(`${name}.${a}`),
                type: attr.type,
                ref: `${name}.${a}`,
              },
            ]),
          ),
          key_attribute: d.keyAttribute,
          label_attribute: d.labelAttribute,
          ref: name,
          key_ref: `${name}.${d.keyAttribute}`,
          label_ref: `${name}.${d.labelAttribute}`,
          cardinality_class: d.members ? 'medium' : 'tiny',
          ...(hierarchy ? { hierarchy } : {}),
        },
      ];
    }),
  );
  const aggregates = Object.fromEntries(
    aggregateRefs(cube).map((ref) => {
      if (ref === '_count')
        return [ref, { ref, function: 'count', label: locale === 'mn' ? 'Тоо' : 'Facts' }];
      const [measure, fn] = ref.split('.') as [string, string];
      return [ref, { ref, function: fn, measure, label: `${cube.measures[measure]!.label[locale]} (${fn})` }];
    }),
  );
  const hierarchies = Object.fromEntries(
    Object.entries(cube.hierarchies ?? {}).map(([name, h]) => [
      name,
      { ref: name, label: h.label[locale], levels: [...h.levels] },
    ]),
  );
  return { fact_table: cube.factTable, measures, dimensions, aggregates, hierarchies };
}

/** Parsed cuts as babbage echoes them in `cell`: `[ref, ":", value]` (a set as a list). */
export const cellOf = (cuts: readonly Cut[]) =>
  cuts.map((c) => [c.ref, ':', c.values.length === 1 ? c.values[0] : [...c.values]]);
export const orderOf = (order: readonly Ordering[]) => order.map((o) => [o.ref, o.direction]);

export function aggregateAnswer(request: AggregateRequest, result: Awaited<ReturnType<typeof aggregate>>) {
  return {
    total_cell_count: result.totalCellCount,
    cells: result.cells,
    summary: result.summary,
    cell: cellOf(request.cuts),
    aggregates: request.aggregates,
    attributes: request.drilldown,
    order: orderOf(request.order),
    page: request.page,
    page_size: request.pageSize,
    status: 'ok',
  };
}

/** What facts and members answers share, after their count. */
const listAnswer = (
  data: Cell[],
  cuts: readonly Cut[],
  fields: readonly string[],
  order: readonly Ordering[],
  paging: { page: number; pageSize: number },
) => ({
  data,
  cell: cellOf(cuts),
  fields,
  order: orderOf(order),
  page: paging.page,
  page_size: paging.pageSize,
  status: 'ok',
});

const textParam = (query: Record<string, unknown>, name: string) => {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new CubeError(400, `${name} must be given once`);
  return v;
};

/** The members of a dimension (or of one attribute): its distinct values under the cuts. */
export async function membersAnswer(
  db: Queryable,
  cube: Cube,
  ref: string,
  query: Record<string, unknown>,
  locale: Locale,
) {
  const { dimension, attribute } = resolveAttribute(cube, ref);
  const fields = ref.includes('.') ? [`${dimension}.${attribute}`] : attributeRefs(cube, dimension);
  const cuts = parseCuts(cube, textParam(query, 'cut'));
  const order = parseOrder(cube, textParam(query, 'order'), fields);
  const paging = parsePaging(textParam(query, 'page'), textParam(query, 'pagesize'));
  const request: AggregateRequest = { drilldown: fields, cuts, aggregates: [], order, ...paging, locale };
  const result = await aggregate(db, cube, request);
  return {
    total_member_count: result.totalCellCount,
    ...listAnswer(result.cells, cuts, fields, order, paging),
  };
}

/** Facts: the fields asked for (`,`-joined attribute, dimension or measure refs; all by default). */
export async function factsAnswer(db: Queryable, cube: Cube, query: Record<string, unknown>, locale: Locale) {
  if (!cube.facts)
    throw new CubeError(404, `the cube ${cube.name} publishes aggregates only: it has no facts`);
  const text = textParam(query, 'fields');
  const fields: string[] = [];
  const add = (ref: string) => {
    if (!fields.includes(ref)) fields.push(ref);
  };
  if (!text?.trim()) {
    for (const d of Object.keys(cube.dimensions)) attributeRefs(cube, d).forEach(add);
    Object.keys(cube.measures).forEach(add);
  } else
    for (const part of text.split(',')) {
      const ref = part.trim();
      if (!ref) continue;
      if (Object.hasOwn(cube.measures, ref)) add(ref);
      else if (ref.includes('.')) {
        const { dimension, attribute } = resolveAttribute(cube, ref);
        add(`${dimension}.${attribute}`);
      } else {
        resolveAttribute(cube, ref);
        attributeRefs(cube, ref).forEach(add);
      }
    }
  const cuts = parseCuts(cube, textParam(query, 'cut'));
  const order = parseOrder(
    cube,
    textParam(query, 'order'),
    fields,
    Object.keys(cube.measures).filter((m) => fields.includes(m)),
  );
  const paging = parsePaging(textParam(query, 'page'), textParam(query, 'pagesize'));
  const result = await facts(db, cube, { fields, cuts, order, ...paging, locale });
  return { total_fact_count: result.total, ...listAnswer(result.data, cuts, fields, order, paging) };
}
