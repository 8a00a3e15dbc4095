import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { columnName } from './babbage.ts';
import type { FiscalPackage, PackageAttribute } from './fdp-profile.ts';
import { type AggregateRequest, attributeRefs, type Cell, type Cube } from './model.ts';
import { aggregate, facts } from './query.ts';

/**
 * The Fiscal Data Package of a cube (FDP 1.0-rc1, as OpenSpending serves it at
 * /api/3/info/{name}/package): one CSV resource served by the platform with its Table Schema,
 * and the model mapping its columns to measures (currency, direction, phase) and dimensions
 * (dimensionType, classificationType; attributes with source, labelfor and, for a hierarchy's
 * levels, parent). A hierarchy (COFOG divisions over functions) is one dimension of the package.
 */

const TABLE_TYPES = {
  string: 'string',
  integer: 'integer',
  date: 'date',
  number: 'number',
  boolean: 'boolean',
} as const;

/** The resource's columns: every attribute of every dimension, then the measures. */
export function resourceColumns(
  cube: Cube,
): { ref: string; name: string; type: string; title: string; locale?: boolean }[] {
  const columns = Object.keys(cube.dimensions).flatMap((d) =>
    attributeRefs(cube, d).map((ref) => {
      const [, a] = ref.split('.') as [string, string];
      const attr = cube.dimensions[d]!.attributes[a]!;
      return { ref, name: columnName(ref), type: TABLE_TYPES[attr.type], title: attr.label.en };
    }),
  );
  const measures = Object.entries(cube.measures).map(([m, measure]) => ({
    ref: m,
    name: m,
    type: 'number',
    title: measure.label.en,
  }));
  return [...columns, ...measures];
}

export const resourcePath = (publicUrl: string, cube: Cube) =>
  `${publicUrl}/api/3/info/${cube.name}/${cube.name}.csv`;

export async function fiscalDataPackage(
  db: Queryable,
  cube: Cube,
  publicUrl: string,
  countryCode: string,
): Promise<FiscalPackage> {
  const period = await cube.fiscalPeriod(db);
  const measures = Object.fromEntries(
    Object.entries(cube.measures).map(([m, measure]) => [
      m,
      {
        source: m,
        currency: measure.currency,
        title: measure.label.en,
        ...(measure.direction ? { direction: measure.direction } : {}),
        ...(measure.phase ? { phase: measure.phase } : {}),
      },
    ]),
  );
  const dimensions: FiscalPackage['model']['dimensions'] = {};
  for (const [name, d] of Object.entries(cube.dimensions)) {
    const group = d.package.group ?? name;
    // The level that gives the group its name keeps plain attribute names (`code`, `label`).
    const fdpName = (dim: string, a: string) => (dim === group ? a : `${dim}_${a}`);
    dimensions[group] ??= {
      attributes: {},
      primaryKey: '',
      dimensionType: d.package.dimensionType,
      ...(d.package.classificationType ? { classificationType: d.package.classificationType } : {}),
      title: cube.dimensions[group]?.label.en ?? d.label.en,
    };
    const target = dimensions[group];
    for (const ref of attributeRefs(cube, name)) {
      const [, a] = ref.split('.') as [string, string];
      const attribute: PackageAttribute = { source: columnName(ref) };
      if (a === d.labelAttribute && a !== d.keyAttribute) attribute.labelfor = fdpName(name, d.keyAttribute);
      if (a === d.keyAttribute && d.package.parent)
        attribute.parent = fdpName(d.package.parent, cube.dimensions[d.package.parent]!.keyAttribute);
      target.attributes[fdpName(name, a)] = attribute;
    }
    if (name === group) target.primaryKey = fdpName(name, d.keyAttribute);
  }
  return {
    profile: 'tabular-data-package',
    name: cube.name,
    title: cube.label.en,
    description: cube.description.en,
    countryCode,
    granularity: cube.granularity,
    ...(period ? { fiscalPeriod: period } : {}),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: cube.name,
        path: resourcePath(publicUrl, cube),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: resourceColumns(cube).map((c) => ({ name: c.name, type: c.type, title: c.title })),
        },
      },
    ],
    model: { measures, dimensions },
  };
}

const BATCH = 5000;

/**
 * The rows of a cube's resource, batch by batch (memory stays flat): the facts in their order,
 * keyset-paginated on the cube's `factOrder`, or, for a cube without facts, every cell of its own
 * aggregate drilled down by every attribute (its suppression applies).
 */
export async function* resourceRows(db: Queryable, cube: Cube, locale: Locale): AsyncGenerator<Cell> {
  const columns = resourceColumns(cube);
  const fields = columns.map((c) => c.ref);
  if (!cube.facts) {
    const request: AggregateRequest = {
      drilldown: fields.filter((f) => f.includes('.')),
      cuts: [],
      aggregates: Object.keys(cube.measures).map((m) => `${m}.sum`),
      order: [],
      page: 1,
      pageSize: 10_000,
      locale,
    };
    for (;;) {
      const result = await aggregate(db, cube, request);
      for (const cell of result.cells) {
        for (const m of Object.keys(cube.measures)) cell[m] = cell[`${m}.sum`] ?? null;
        yield cell;
      }
      if (result.cells.length < request.pageSize) return;
      request.page++;
    }
  }
  if (!cube.factOrder) throw new Error(`the cube ${cube.name} has no fact order to page its download by`);
  let after: string | number | null = null;
  for (;;) {
    const [last]: { k: string | number | null }[] = await db.query<{ k: string | number | null }>(
      sql`select max(k) as k from (select ${sql.raw(cube.factOrder)} as k from ${sql.raw(cube.facts)} f
        ${after === null ? sql.empty : sql`where ${sql.raw(cube.factOrder)} > ${after}`}
        order by 1 limit ${BATCH}) b`,
    );
    if (last?.k === null || last?.k === undefined) return;
    const { data } = await facts(db, cube, {
      fields,
      cuts: [],
      order: [],
      page: 1,
      pageSize: BATCH,
      locale,
      range: { after, through: last.k },
    });
    yield* data;
    after = last.k;
  }
}
