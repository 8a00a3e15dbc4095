import type { Queryable } from '../../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../../platform/db/sql.ts';
import {
  administrativeDimension,
  aimagDimension,
  classificationDimension,
  classificationRootDimension,
  dateDimension,
  payeeDimension,
  plainDimension,
  yearDimension,
} from './dimensions.ts';
import type { Cube, Measure } from './model.ts';

/**
 * The fiscal module's cubes, declared as data (see README.md): transactions (with their
 * pre-aggregated totals), budget lines with an amount per phase, and special funds' flows.
 */

const text = (mn: string, en: string) => ({ mn, en });

/** The fiscal period a table's years cover: the first year's start to the last year's end. */
export const yearsOf =
  (table: SqlQuery) =>
  async (db: Queryable): Promise<{ start: string; end: string } | null> => {
    const [row] = await db.query<{ first: number | null; last: number | null }>(
      sql`select min(fiscal_year) as first, max(fiscal_year) as last from ${table}`,
    );
    if (row?.first === null || row?.first === undefined || row.last === null) return null;
    return { start: `${row.first}-01-01`, end: `${row.last}-12-31` };
  };

const functionalHierarchy = (inTotals: boolean) => ({
  functional_division: classificationRootDimension(
    'functional',
    text('Чиг үүргийн бүлэг (COFOG)', 'Function division (COFOG)'),
    {
      inTotals,
    },
  ),
  functional: classificationDimension('functional', text('Чиг үүрэг (COFOG)', 'Function (COFOG)'), {
    inTotals,
    parent: 'functional_division',
  }),
  economic_category: classificationRootDimension(
    'economic',
    text('Эдийн засгийн ангилал', 'Economic category'),
    {
      inTotals,
    },
  ),
  economic: classificationDimension(
    'economic',
    text('Эдийн засгийн ангиллын код', 'Economic classification'),
    {
      inTotals,
      parent: 'economic_category',
    },
  ),
});

/** COFOG divisions over their functions, GFSM categories over their codes. */
const hierarchies: Cube['hierarchies'] = {
  functional: {
    label: text('Чиг үүрэг (COFOG)', 'Function (COFOG)'),
    levels: ['functional_division', 'functional'],
  },
  economic: {
    label: text('Эдийн засгийн ангилал', 'Economic classification'),
    levels: ['economic_category', 'economic'],
  },
};

export const transactionsCube: Cube = {
  name: 'fiscal-transactions',
  label: text('Шилэн дансны гүйлгээ', 'Glass-account transactions'),
  description: text(
    'Төсөвт байгууллагуудын төлбөр, буцаан олголт бүр (төгрөгөөр).',
    'Every payment and refund of the reporting bodies, in MNT.',
  ),
  facts: 'fiscal_transactions',
  factTable: 'fiscal_transactions',
  factOrder: 'f.id',
  totals: { table: 'fiscal_transaction_totals', count: 'n' },
  measures: {
    amount: {
      label: text('Дүн (төгрөг)', 'Amount (MNT)'),
      column: 'f.amount_mnt',
      totalsColumn: 'amount_mnt',
      aggregates: ['sum'],
      currency: 'MNT',
      direction: 'expenditure',
      phase: 'executed',
    },
  },
  dimensions: {
    year: yearDimension('fiscal_year', true),
    date: dateDimension('paid_on', text('Төлсөн огноо', 'Date paid')),
    administrative: administrativeDimension('organization_id', true),
    ...functionalHierarchy(true),
    programme: classificationDimension('programme', text('Хөтөлбөр', 'Programme')),
    funding: classificationDimension('funding', text('Санхүүжилтийн эх үүсвэр', 'Funding source'), {
      inTotals: true,
    }),
    aimag: aimagDimension('aimag_code', true),
    payee: payeeDimension(),
  },
  hierarchies,
  granularity: 'transactional',
  fiscalPeriod: yearsOf(sql`fiscal_transactions`),
};

const phase = (
  column: 'proposed' | 'approved' | 'revised' | 'executed',
  label: { mn: string; en: string },
  fdp: Measure['phase'],
): Measure => ({
  label,
  column: `f.${column}`,
  aggregates: ['sum', 'count', 'avg', 'min', 'max'],
  currency: 'MNT',
  ...(fdp ? { phase: fdp } : {}),
});

/** Budget lines; the aimag of a line whose place is a soum (or a district) is that unit's parent. */
export const budgetCube: Cube = {
  name: 'fiscal-budget',
  label: text('Төсөв', 'Budget'),
  description: text(
    'Байгууллага, жил бүрийн төсвийн мөр: төсөөлсөн, батлагдсан, тодотгосон, гүйцэтгэл.',
    'Budget lines of each body and year: proposed, approved, revised and executed amounts.',
  ),
  facts: `(select b.*, case when u.kind in ('soum', 'district') then u.parent_code else u.code end as aimag_code
    from fiscal_budget_lines b left join admin_units u on u.code = b.admin_unit_code)`,
  factTable: 'fiscal_budget_lines',
  factOrder: 'f.id',
  measures: {
    proposed: phase('proposed', text('Төсөөлсөн', 'Proposed'), 'proposed'),
    approved: phase('approved', text('Батлагдсан', 'Approved'), 'approved'),
    revised: phase('revised', text('Тодотгосон', 'Revised'), 'adjusted'),
    executed: phase('executed', text('Гүйцэтгэл', 'Executed'), 'executed'),
  },
  dimensions: {
    year: yearDimension(),
    direction: plainDimension('direction', text('Орлого/зарлага', 'Direction')),
    administrative: administrativeDimension(),
    ...functionalHierarchy(false),
    programme: classificationDimension('programme', text('Хөтөлбөр', 'Programme')),
    funding: classificationDimension('funding', text('Санхүүжилтийн эх үүсвэр', 'Funding source')),
    place: aimagDimension('admin_unit_code', false, text('Байршил', 'Place')),
    aimag: aimagDimension('aimag_code'),
  },
  hierarchies,
  granularity: 'aggregated',
  fiscalPeriod: yearsOf(sql`fiscal_budget_lines`),
};

const flow = (direction: 'collection' | 'spending', label: { mn: string; en: string }): Measure => ({
  label,
  column: `case when f.direction = '${direction}' then f.amount_mnt else 0 end`,
  aggregates: ['sum'],
  currency: 'MNT',
  direction: direction === 'collection' ? 'revenue' : 'expenditure',
});

/** Collections into and spending from the special funds: the balance is one sum less the other. */
export const fundsCube: Cube = {
  name: 'fiscal-funds',
  label: text('Тусгай сангууд', 'Special funds'),
  description: text(
    'Засгийн газрын тусгай сангийн орлого, зарлага бүр (төгрөгөөр).',
    'Every collection into and spending from a special fund, in MNT.',
  ),
  facts: 'fiscal_fund_flows',
  factTable: 'fiscal_fund_flows',
  factOrder: 'f.id',
  measures: {
    collected: flow('collection', text('Орлого', 'Collected')),
    spent: flow('spending', text('Зарлага', 'Spent')),
  },
  dimensions: {
    year: yearDimension(),
    date: dateDimension('flowed_on', text('Огноо', 'Date')),
    fund: classificationDimension('fund', text('Сан', 'Fund')),
    direction: plainDimension('direction', text('Орлого/зарлага', 'Direction')),
    administrative: administrativeDimension(),
    aimag: aimagDimension(),
  },
  granularity: 'transactional',
  fiscalPeriod: yearsOf(sql`fiscal_fund_flows`),
};
