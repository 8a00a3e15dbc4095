import { lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { datasetFilters } from '../../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { contractList } from './lists.ts';
import { annotationRows, contractRows } from './store.ts';

const field = (
  name: string,
  type: 'string' | 'integer' | 'date' | 'datetime',
  mn: string,
  en: string,
  required = false,
) => ({
  name,
  type,
  title: { mn, en },
  required,
});

/** The contracts as open data: one row per contract with its parties; the list page's filters. */
export const contractsDataset: DatasetDeclaration = {
  id: 'extractives-contracts',
  title: { mn: 'Байгалийн баялгийн гэрээ', en: 'Resource contracts' },
  description: {
    mn: 'Ашигт малтмал, газрын тос, газар, усны хөрөнгө оруулалт, тогтворжуулалт, бүтээгдэхүүн хуваах болон бусад гэрээ: талууд, огноо, хугацаа.',
    en: 'Investment, stability, production-sharing and other contracts over minerals, petroleum, land and water: parties, dates and terms.',
  },
  publisher: 'mineral-resources-authority',
  themes: ['ECON', 'GOVE'],
  key: ['slug'],
  fields: [
    field('slug', 'string', 'Таних нэр', 'Identifier', true),
    field('contract_type', 'string', 'Төрөл', 'Kind of contract', true),
    field('title_mn', 'string', 'Нэр (монгол)', 'Title (Mongolian)', true),
    field('title_en', 'string', 'Нэр (англи)', 'Title (English)', true),
    field('signed_on', 'date', 'Гарын үсэг зурсан', 'Signed'),
    field('term_years', 'integer', 'Хугацаа (жил)', 'Term (years)'),
    field('extension_years', 'integer', 'Сунгалт (жил)', 'Extension (years)'),
    field('resources', 'string', 'Баялаг', 'Resources'),
    field('parties_mn', 'string', 'Талууд (монгол)', 'Parties (Mongolian)', true),
    field('parties_en', 'string', 'Талууд (англи)', 'Parties (English)', true),
    field('organization', 'string', 'Нийтэлсэн байгууллага', 'Publisher', true),
    field('updated_at', 'datetime', 'Шинэчилсэн', 'Updated', true),
  ],
  source: contractRows,
  filters: datasetFilters(contractList),
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from extractive_contracts`,
    dataset: 'extractives-contracts',
    installed: 'extractives',
  }),
  recordPath: (slug) => `/extractives/contracts/${slug}`,
};

/** Every annotated clause: contract, page, article, category and the summary in both languages. */
export const annotationsDataset: DatasetDeclaration = {
  id: 'extractives-annotations',
  title: { mn: 'Гэрээний заалтын тайлбар', en: 'Annotated contract clauses' },
  description: {
    mn: 'Байгалийн баялгийн гэрээний заалт бүрийн ангилал (татвар, тогтворжуулалт, арбитр, ажил эрхлэлт …) ба энгийн хэлээрх товч тайлбар.',
    en: 'Clauses of resource contracts marked with a category (royalties, stabilisation, arbitration, local employment …) and a plain-language summary.',
  },
  publisher: 'mineral-resources-authority',
  themes: ['ECON', 'GOVE'],
  key: ['id'],
  fields: [
    field('id', 'integer', 'Дугаар', 'Number', true),
    field('contract', 'string', 'Гэрээ', 'Contract', true),
    field('contract_type', 'string', 'Гэрээний төрөл', 'Kind of contract', true),
    field('page', 'integer', 'Хуудас', 'Page'),
    field('article', 'string', 'Зүйл', 'Article'),
    field('category', 'string', 'Ангилал', 'Category', true),
    field('summary_mn', 'string', 'Тайлбар (монгол)', 'Summary (Mongolian)', true),
    field('summary_en', 'string', 'Тайлбар (англи)', 'Summary (English)', true),
    field('author', 'string', 'Тайлбарласан', 'Annotated by', true),
    field('created_at', 'datetime', 'Бүртгэсэн', 'Created', true),
  ],
  source: annotationRows,
  filters: [
    {
      name: 'contract',
      title: { mn: 'Гэрээ', en: 'Contract' },
      pattern: /^[a-z0-9-]{1,100}$/,
      where: (slug) => sql`contract = ${slug}`,
    },
    {
      name: 'category',
      title: { mn: 'Ангилал', en: 'Category' },
      pattern: /^[a-z0-9-]{1,60}$/,
      where: (category) => sql`category = ${category}`,
    },
  ],
  lastModified: lastChanged({
    rows: sql`select max(created_at) from extractive_contract_annotations`,
    dataset: 'extractives-annotations',
    installed: 'extractives',
  }),
};
