import type { FiscalPack } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  BENEFIT_DIMENSIONS,
  type BenefitDimension,
  benefitCell,
  hasMember,
  type Member,
  publishedBenefits,
} from './cube.ts';
import type { PublishedCell } from './suppression.ts';

/**
 * The `benefits` cube of the OpenSpending-shaped aggregate API: cells of the published (suppressed)
 * benefits cube, never the stored counts, and no facts. Every answer cell is a cell of the
 * published hypercube (a dimension drilled down by member, a dimension cut to one member fixed, the
 * others at their total), so an answer can never give away more than the benefits page does.
 */

export interface BenefitsQuery {
  year: number;
  /** Dimensions to break the totals down by, in order (a subset of organization, grade, type). */
  drilldown?: readonly BenefitDimension[];
  /** Member codes each dimension is cut to (organisation slugs, grade and type codes). */
  cuts?: Partial<Record<BenefitDimension, readonly string[]>>;
}

/** One answer cell in OpenSpending's shape: `<dimension>.code`, `.name_mn`, `.name_en`, then the measures. */
export type BenefitsAggregateCell = Record<string, string | number | null>;

export interface BenefitsAggregate {
  cells: BenefitsAggregateCell[];
  /**
   * The total of the cells: `recipients.sum`, `amount.sum`, `_count` (the recipients: a benefit's
   * facts are its recipients, never published one by one), null where it would reveal a hidden cell.
   */
  summary: BenefitsAggregateCell;
  total_cell_count: number;
  /** The smallest number of recipients a shown cell counts. */
  minimum_cell: number;
}

/** A question the benefits cube refuses to answer (the API's 400), naming what is wrong. */
export class BenefitsQueryError extends Error {}

/**
 * The year's published benefits broken down by `drilldown` and cut by `cuts`. A cut to several
 * members of a dimension that is not drilled down would be a sum the published table never shows
 * (and could give a hidden cell away): refused with `BenefitsQueryError`, as is an unknown dimension.
 * A cell's `suppressed` is `small`, `complementary` or null; a suppressed cell's measures are null.
 */
export async function benefitsCells(
  db: Queryable,
  pack: FiscalPack,
  query: BenefitsQuery,
): Promise<BenefitsAggregate> {
  const drilldown = [...(query.drilldown ?? [])];
  const cuts = query.cuts ?? {};
  for (const d of [...drilldown, ...Object.keys(cuts)])
    if (!(BENEFIT_DIMENSIONS as readonly string[]).includes(d))
      throw new BenefitsQueryError(`benefits has no dimension ${d}: ${BENEFIT_DIMENSIONS.join(', ')}`);
  if (new Set(drilldown).size !== drilldown.length)
    throw new BenefitsQueryError('a dimension is drilled down twice');
  for (const d of BENEFIT_DIMENSIONS) {
    const values = cuts[d];
    if (values && values.length > 1 && !drilldown.includes(d))
      throw new BenefitsQueryError(
        `a cut to several members of ${d} needs ${d} in the drilldown: their sum is not published`,
      );
  }
  const published = await publishedBenefits(db, pack, query.year);
  // Each dimension's members in the answer: drilled (those cut to, or all), fixed (one cut), or the total.
  const axes = BENEFIT_DIMENSIONS.map((d) => {
    const values = cuts[d];
    const members = published.members[d].filter((m) => !values || values.includes(m.code));
    if (drilldown.includes(d)) return { d, members: members as (Member | null)[] };
    if (values && values.length === 1) return { d, members: members as (Member | null)[] };
    return { d, members: [null] as (Member | null)[] };
  });
  const unknown = BENEFIT_DIMENSIONS.some(
    (d) => (cuts[d] ?? []).length > 0 && !(cuts[d] ?? []).some((v) => hasMember(published, d, v)),
  );
  const combos = unknown
    ? []
    : axes.reduce<(Member | null)[][]>(
        (acc, axis) => acc.flatMap((p) => axis.members.map((m) => [...p, m])),
        [[]],
      );
  const cells = combos.map((members) => {
    const at = Object.fromEntries(members.map((m, i) => [BENEFIT_DIMENSIONS[i], m?.code ?? null]));
    const out: BenefitsAggregateCell = {};
    for (const d of drilldown) {
      const m = members[BENEFIT_DIMENSIONS.indexOf(d)] ?? null;
      out[`${d}.code`] = m?.code ?? null;
      out[`${d}.name_mn`] = m?.mn ?? null;
      out[`${d}.name_en`] = m?.en ?? null;
    }
    return Object.assign(out, measures(benefitCell(published, at)));
  });
  return {
    cells,
    summary: summaryOf(published, drilldown, cuts, cells, unknown),
    total_cell_count: cells.length,
    minimum_cell: published.minimumCell,
  };
}

function measures(cell: PublishedCell): BenefitsAggregateCell {
  return {
    'recipients.sum': cell.recipients,
    'amount.sum': cell.amount,
    _count: cell.recipients,
    suppressed: cell.suppressed,
  };
}

/**
 * The total of the answer: the published cube's cell when it is one (no dimension cut to a part
 * of its members while drilled down), else the sum of the cells, null when one of them is hidden.
 */
function summaryOf(
  published: Awaited<ReturnType<typeof publishedBenefits>>,
  drilldown: readonly BenefitDimension[],
  cuts: NonNullable<BenefitsQuery['cuts']>,
  cells: readonly BenefitsAggregateCell[],
  unknown: boolean,
): BenefitsAggregateCell {
  if (unknown) return { 'recipients.sum': 0, 'amount.sum': 0, _count: 0, suppressed: null };
  const partial = drilldown.some((d) => (cuts[d]?.length ?? 0) > 1);
  const fixed = Object.fromEntries(
    BENEFIT_DIMENSIONS.map((d) => [d, cuts[d]?.length === 1 ? (cuts[d]?.[0] ?? null) : null]),
  );
  if (!partial) return measures(benefitCell(published, fixed));
  if (cells.some((c) => c.suppressed !== null))
    return { 'recipients.sum': null, 'amount.sum': null, _count: null, suppressed: 'complementary' };
  const sum = (k: string) => cells.reduce((s, c) => s + Number(c[k] ?? 0), 0);
  return {
    'recipients.sum': sum('recipients.sum'),
    'amount.sum': Math.round(sum('amount.sum') * 100) / 100,
    _count: sum('recipients.sum'),
    suppressed: null,
  };
}
