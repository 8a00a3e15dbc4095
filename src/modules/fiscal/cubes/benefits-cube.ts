import type { FiscalPack } from '../../../country/fiscal-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type BenefitsAggregateCell, BenefitsQueryError, benefitsCells } from '../benefits/aggregate.ts';
import { BENEFIT_DIMENSIONS, type BenefitDimension, benefitYears } from '../benefits/cube.ts';
import { yearsOf } from './declarations.ts';
import type { AggregateRequest, AggregateResult, Cell, Cube, Dimension } from './model.ts';
import { CubeError } from './parse.ts';

/**
 * Social benefits of public servants in the aggregate API: the published (suppressed) table only,
 * through `benefitsCells` — no facts endpoint, no SQL of the cube engine. Each year is its own
 * published table, so an answer is cut to one year or drilled down by year, never summed across
 * years (a sum across tables could give a hidden cell away).
 */

const text = (mn: string, en: string) => ({ mn, en });

const member = (label: { mn: string; en: string }): Dimension => ({
  label,
  key: 'code',
  keyAttribute: 'code',
  labelAttribute: 'label',
  attributes: {
    code: { label: text('Код', 'Code'), type: 'string' },
    label: { label: text('Нэр', 'Name'), type: 'string' },
  },
  package: { dimensionType: 'classification' },
});

const DIMENSIONS: Record<BenefitDimension, Dimension> = {
  organization: { ...member(text('Байгууллага', 'Organisation')), package: { dimensionType: 'entity' } },
  grade: member(text('Албан тушаалын ангилал', 'Position grade')),
  type: member(text('Тэтгэмжийн төрөл', 'Benefit type')),
};

const dimensionOf = (ref: string) => ref.split('.')[0] as string;

async function answer(db: Queryable, pack: FiscalPack, request: AggregateRequest): Promise<AggregateResult> {
  const yearCut = request.cuts.find((c) => c.dimension === 'year');
  const drilled = [...new Set(request.drilldown.map(dimensionOf))];
  if (!drilled.includes('year') && (!yearCut || yearCut.values.length !== 1))
    throw new CubeError(
      400,
      'fiscal-benefits answers one year at a time: cut year:YYYY, or drill down by year',
    );
  const years = yearCut ? yearCut.values.map(Number) : await benefitYears(db);
  const cuts: Partial<Record<BenefitDimension, string[]>> = {};
  for (const c of request.cuts)
    if (c.dimension !== 'year') cuts[c.dimension as BenefitDimension] = c.values.map((v) => String(v ?? ''));
  const dims = drilled.filter((d): d is BenefitDimension =>
    (BENEFIT_DIMENSIONS as readonly string[]).includes(d),
  );
  const cells: Cell[] = [];
  let summary: Cell = {};
  try {
    for (const year of years) {
      const result = await benefitsCells(db, pack, { year, drilldown: dims, cuts });
      const name = (c: BenefitsAggregateCell, d: string) =>
        c[`${d}.name_${request.locale}`] ?? c[`${d}.name_mn`];
      for (const c of result.cells) {
        const cell: Cell = {};
        for (const ref of request.drilldown) {
          const d = dimensionOf(ref);
          cell[ref] =
            d === 'year' ? year : ref.endsWith('.label') ? (name(c, d) ?? null) : (c[`${d}.code`] ?? null);
        }
        for (const a of request.aggregates) cell[a] = c[a] ?? null;
        cell.suppressed = c.suppressed ?? null;
        cells.push(cell);
      }
      if (years.length === 1)
        summary = Object.fromEntries(request.aggregates.map((a) => [a, result.summary[a] ?? null]));
    }
  } catch (error) {
    if (error instanceof BenefitsQueryError) throw new CubeError(400, error.message);
    throw error;
  }
  for (const o of [...request.order].reverse())
    cells.sort((x, y) => {
      const a = x[o.ref] ?? null;
      const b = y[o.ref] ?? null;
      const cmp = a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
      return o.direction === 'desc' ? -cmp : cmp;
    });
  const start = (request.page - 1) * request.pageSize;
  return {
    cells: cells.slice(start, start + request.pageSize),
    summary,
    totalCellCount: cells.length,
    source: 'custom',
  };
}

/** The benefits cube of the pack's country: aggregates only, each cell as the benefits page publishes it. */
export function benefitsCube(pack: FiscalPack, currency: string): Cube {
  return {
    name: 'fiscal-benefits',
    label: text('Төрийн албан хаагчдын нийгмийн хангамж', 'Social benefits of public servants'),
    description: text(
      'Байгууллага, албан тушаалын ангилал, тэтгэмжийн төрлөөр нэгтгэсэн дүн; цөөн хүнтэй нүдийг нууцалсан.',
      'Totals by organisation, position grade and benefit type; cells of few recipients are suppressed.',
    ),
    facts: false,
    factTable: 'fiscal_benefits',
    measures: {
      recipients: {
        label: text('Хүлээн авагч', 'Recipients'),
        column: 'recipients',
        aggregates: ['sum'],
        currency,
      },
      amount: {
        label: text('Дүн', 'Amount'),
        column: 'amount_mnt',
        aggregates: ['sum'],
        currency,
        direction: 'expenditure',
        phase: 'executed',
      },
    },
    dimensions: {
      year: {
        label: text('Санхүүгийн жил', 'Fiscal year'),
        key: 'year',
        keyAttribute: 'year',
        labelAttribute: 'year',
        attributes: { year: { label: text('Он', 'Year'), type: 'integer' } },
        package: { dimensionType: 'datetime' },
      },
      ...DIMENSIONS,
    },
    aggregate: (db, request) => answer(db, pack, request),
    granularity: 'aggregated',
    fiscalPeriod: yearsOf(sql`fiscal_benefits`),
  };
}
