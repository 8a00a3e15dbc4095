import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ImportRule } from '../../../platform/imports/types.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import {
  bodyColumn,
  bodyField,
  codeColumn,
  refColumn,
  reportingBodyRule,
  yearAndBodyFilters,
  yearField,
} from './shared.ts';

const PHASES = ['proposed', 'approved', 'revised', 'executed'] as const;

const notNegative = (field: (typeof PHASES)[number]): ImportRule => ({
  field,
  holds: sql`${sql.raw(field)} >= 0`,
  message: { mn: 'Төсвийн дүн сөрөг байж болохгүй', en: 'A budget amount is never negative' },
});

/**
 * Every budget line of every reporting body and year, revenue and expenditure: its classification
 * and the amount of each phase (proposed, approved, revised, executed), as open data and as an
 * import (`shilen import fiscal-budget-lines FILE`). Each code is checked against the
 * classification of the line's fiscal year. An executed amount that its transactions do not add
 * up to is no import error: `totals.ts` reports it (the compliance view shows it).
 */
export const budgetLinesDataset: DatasetDeclaration = {
  id: 'fiscal-budget-lines',
  title: { mn: 'Төсвийн мөрүүд', en: 'Budget lines' },
  description: {
    mn: 'Төсөв захирагч бүрийн орлого, зарлагын мөр: төсөл, баталсан, тодотгосон, гүйцэтгэл, чиг үүрэг, эдийн засаг, хөтөлбөр, санхүүжилтийн эх үүсвэр, байршлын ангиллаар.',
    en: 'Every revenue and expenditure line of every reporting body: proposed, approved, revised and executed amounts by functional, economic, programme, funding-source and place classification.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  keywords: { mn: ['төсөв', 'шилэн данс'], en: ['budget', 'glass account'] },
  frequency: 'monthly',
  temporal: { start: '2015-01-01' },
  key: ['ref'],
  fields: datasetFields({
    ref: { mn: 'Мөрийн дугаар', en: 'Reference', required: true },
    body: bodyField,
    fiscal_year: yearField,
    direction: { mn: 'Орлого/зарлага', en: 'Direction', required: true, values: ['expenditure', 'revenue'] },
    name_mn: { mn: 'Нэр', en: 'Name (Mongolian)', required: true },
    name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
    functional_code: { mn: 'Чиг үүргийн ангилал', en: 'Functional code' },
    economic_code: { mn: 'Эдийн засгийн ангилал', en: 'Economic code', required: true },
    programme_code: { mn: 'Хөтөлбөр', en: 'Programme code' },
    funding_code: { mn: 'Санхүүжилтийн эх үүсвэр', en: 'Funding source', required: true },
    admin_unit_code: { mn: 'Засаг захиргааны нэгж', en: 'Administrative unit' },
    proposed: { mn: 'Төсөл', en: 'Proposed', type: 'number' },
    approved: { mn: 'Баталсан', en: 'Approved', type: 'number' },
    revised: { mn: 'Тодотгосон', en: 'Revised', type: 'number' },
    executed: { mn: 'Гүйцэтгэл', en: 'Executed', type: 'number' },
  }),
  source: sql`
    select l.ref, o.slug as body, l.fiscal_year, l.direction, l.name_mn, l.name_en, l.functional_code, l.economic_code,
      l.programme_code, l.funding_code, l.admin_unit_code, l.proposed, l.approved, l.revised, l.executed
    from fiscal_budget_lines l join organizations o on o.id = l.organization_id`,
  filters: [
    ...yearAndBodyFilters,
    {
      name: 'direction',
      title: { mn: 'Орлого/зарлага', en: 'Direction' },
      values: ['expenditure', 'revenue'],
    },
  ],
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from fiscal_budget_lines`,
    dataset: 'fiscal-budget-lines',
    installed: 'fiscal',
  }),
  chart: { field: 'direction' },
  import: {
    table: 'fiscal_budget_lines',
    action: 'fiscal.publish',
    columns: {
      ref: refColumn,
      body: bodyColumn,
      name_mn: { maxLength: 300 },
      name_en: { maxLength: 300 },
      functional_code: codeColumn('functional'),
      economic_code: codeColumn('economic'),
      programme_code: codeColumn('programme'),
      funding_code: codeColumn('funding'),
      admin_unit_code: { references: { table: 'admin_units', column: 'code' } },
    },
    touch: { updated_at: sql`now()` },
    rules: [reportingBodyRule, ...PHASES.map(notNegative)],
  },
};
