import type { Queryable } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/i18n/index.ts';

/**
 * A cube of the aggregate API (/api/3, OpenSpending's babbage shape) declared as data: its
 * measures, its dimensions and their attributes, where its facts are and, when it has them, the
 * pre-aggregated totals it may read instead. See README.md in this folder.
 */

export interface Bilingual {
  mn: string;
  en: string;
}

/** An attribute's type, as babbage declares it: a cut's value must be of it (a 400 otherwise). */
export type AttributeType = 'string' | 'integer' | 'date' | 'number' | 'boolean';

export interface Attribute {
  label: Bilingual;
  type: AttributeType;
  /**
   * Where the value comes from: absent for the dimension's key itself; else a column of the
   * dimension's `members` relation (a function of the locale for a label in the reader's language).
   */
  column?: string | ((locale: Locale) => string);
  /** Or computed from the key: SQL over the key's SQL (a month of a date, for instance). */
  fromKey?: (key: string) => string;
}

/** The Fiscal Data Package's words for a dimension. */
export interface DimensionPackage {
  dimensionType: 'datetime' | 'entity' | 'classification' | 'activity' | 'fact' | 'location' | 'other';
  classificationType?: 'functional' | 'administrative' | 'economic';
  /**
   * The package's dimension this one is a level of (a classification's hierarchy is one dimension
   * of the package, one dimension per level in the babbage model), and the level above it.
   */
  group?: string;
  parent?: string;
}

export interface Dimension {
  label: Bilingual;
  /**
   * SQL of the dimension's key over a row of the cube's source, alias `f` (trusted text written
   * here, never input). Groups are made on it; the other attributes are joined after grouping.
   */
  key: string;
  /** The key is computed from the totals table's columns alone (see Cube.totals). */
  inTotals?: boolean;
  /**
   * A relation with a `key` column and the attributes' columns (trusted SQL text), joined to the
   * groups on `key` and read for cuts on an attribute other than the key.
   */
  members?: string;
  keyAttribute: string;
  labelAttribute: string;
  attributes: Readonly<Record<string, Attribute>>;
  package: DimensionPackage;
}

export type AggregateFunction = 'sum' | 'count' | 'avg' | 'min' | 'max';

export interface Measure {
  label: Bilingual;
  /** SQL of the measure over a row of the facts (alias `f`). */
  column: string;
  /** Its sum's column in the totals table, when the cube has one. */
  totalsColumn?: string;
  aggregates: readonly AggregateFunction[];
  currency: string;
  direction?: 'expenditure' | 'revenue';
  phase?: 'proposed' | 'approved' | 'adjusted' | 'executed';
}

/** A parsed cut: an attribute equal to one of the values (null: the attribute is empty). */
export interface Cut {
  dimension: string;
  attribute: string;
  ref: string;
  values: readonly (string | number | null)[];
}

export interface Ordering {
  ref: string;
  direction: 'asc' | 'desc';
}

/** An aggregate request once read and checked against the cube. */
export interface AggregateRequest {
  /** The attributes to group by, as `dimension.attribute` refs. */
  drilldown: readonly string[];
  cuts: readonly Cut[];
  /** `measure.function` refs and `_count`. */
  aggregates: readonly string[];
  order: readonly Ordering[];
  page: number;
  pageSize: number;
  locale: Locale;
}

export type Cell = Record<string, string | number | boolean | null>;

export interface AggregateResult {
  cells: Cell[];
  summary: Cell;
  totalCellCount: number;
  /** Which table answered: the pre-aggregated totals or the facts (or the cube's own function). */
  source: 'totals' | 'facts' | 'custom';
}

export interface Cube {
  /** The name in URLs (`fiscal-transactions`). */
  name: string;
  label: Bilingual;
  description: Bilingual;
  measures: Readonly<Record<string, Measure>>;
  dimensions: Readonly<Record<string, Dimension>>;
  hierarchies?: Readonly<Record<string, { label: Bilingual; levels: readonly string[] }>>;
  /**
   * The facts: a relation (trusted SQL text: a table or a subquery) read with alias `f`, or
   * `false` for a cube that publishes aggregates only (no /facts; `aggregate` required).
   */
  facts: string | false;
  /** A name for `fact_table` in the model. */
  factTable: string;
  /** SQL (over `f`) that orders the facts when nothing else does, so pages do not overlap. */
  factOrder?: string;
  /** The pre-aggregated totals: a table with the facts' key columns, `n` (the count) and sums. */
  totals?: { table: string; count: string };
  /** The cube's own aggregate, for a cube without facts (cell suppression, for instance). */
  aggregate?: (db: Queryable, request: AggregateRequest) => Promise<AggregateResult>;
  /** Fiscal Data Package: `transactional` facts or `aggregated` figures, and the fiscal period. */
  granularity: 'transactional' | 'aggregated';
  fiscalPeriod: (db: Queryable) => Promise<{ start: string; end?: string } | null>;
}

/** The ref of every attribute of a dimension, key first. */
export function attributeRefs(cube: Cube, dimension: string): string[] {
  const d = cube.dimensions[dimension];
  if (!d) return [];
  const names = Object.keys(d.attributes);
  return [d.keyAttribute, ...names.filter((n) => n !== d.keyAttribute)].map((n) => `${dimension}.${n}`);
}

/** Every aggregate ref of the cube: each measure's functions, then `_count`. */
export function aggregateRefs(cube: Cube): string[] {
  return [
    ...Object.entries(cube.measures).flatMap(([m, measure]) => measure.aggregates.map((f) => `${m}.${f}`)),
    '_count',
  ];
}

/** The column of an attribute in the members relation, in the reader's language. */
export function attributeColumn(attribute: Attribute, locale: Locale): string | undefined {
  return typeof attribute.column === 'function' ? attribute.column(locale) : attribute.column;
}
