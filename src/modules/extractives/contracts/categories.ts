/**
 * The categories a clause of a resource contract is annotated with, grouped in clusters, in the
 * manner of ResourceContracts.org (NRGI, CCSI and the World Bank): an international taxonomy of
 * what such contracts contain, not a fact of one country, so it lives in the module. The list is
 * this project's own wording of the usual headings of mining and petroleum agreements.
 */

export const CLUSTERS = ['general', 'fiscal', 'environment', 'social', 'operations', 'legal'] as const;
export type Cluster = (typeof CLUSTERS)[number];

export interface Category {
  code: string;
  cluster: Cluster;
  name: { mn: string; en: string };
}

const c = (code: string, cluster: Cluster, mn: string, en: string): Category => ({
  code,
  cluster,
  name: { mn, en },
});

export const CATEGORIES: readonly Category[] = [
  c('parties', 'general', 'Гэрээний талууд', 'Parties to the contract'),
  c('term', 'general', 'Гэрээний хугацаа, сунгалт', 'Term and renewal'),
  c('contract-area', 'general', 'Гэрээт талбай', 'Contract area'),
  c('definitions', 'general', 'Нэр томьёо', 'Definitions'),
  c('royalties', 'fiscal', 'Ашигт малтмалын нөөц ашигласны төлбөр', 'Royalties'),
  c('income-tax', 'fiscal', 'Аж ахуйн нэгжийн орлогын албан татвар', 'Income tax'),
  c('state-participation', 'fiscal', 'Төрийн оролцоо', 'State participation'),
  c(
    'production-sharing',
    'fiscal',
    'Бүтээгдэхүүн хуваах, зардал нөхөх',
    'Production sharing and cost recovery',
  ),
  c('customs-duties', 'fiscal', 'Гаалийн татвар, хөнгөлөлт', 'Customs duties and exemptions'),
  c('bonuses', 'fiscal', 'Урамшуулал, нэг удаагийн төлбөр', 'Bonuses'),
  c('environmental-protection', 'environment', 'Байгаль орчныг хамгаалах', 'Environmental protection'),
  c(
    'environmental-impact-assessment',
    'environment',
    'Байгаль орчинд нөлөөлөх байдлын үнэлгээ',
    'Environmental impact assessment',
  ),
  c('closure-rehabilitation', 'environment', 'Уурхай хаах, нөхөн сэргээлт', 'Closure and rehabilitation'),
  c('water-use', 'environment', 'Ус ашиглалт', 'Water use'),
  c('local-employment', 'social', 'Орон нутгийн ажил эрхлэлт', 'Local employment'),
  c('training', 'social', 'Сургалт, ур чадвар', 'Training'),
  c('community-development', 'social', 'Орон нутгийн хөгжил', 'Community development'),
  c('resettlement', 'social', 'Нүүлгэн шилжүүлэлт', 'Resettlement'),
  c('local-procurement', 'social', 'Дотоодын худалдан авалт', 'Local procurement'),
  c(
    'work-obligations',
    'operations',
    'Ажлын үүрэг, хөрөнгө оруулалтын хэмжээ',
    'Work and investment obligations',
  ),
  c('infrastructure', 'operations', 'Дэд бүтэц', 'Infrastructure'),
  c('reporting', 'operations', 'Тайлагнал, мэдээлэл өгөх', 'Reporting'),
  c('health-safety', 'operations', 'Хөдөлмөрийн аюулгүй байдал', 'Health and safety'),
  c('stabilisation', 'legal', 'Тогтворжуулалт', 'Stabilisation'),
  c('arbitration', 'legal', 'Арбитр, маргаан шийдвэрлэх', 'Arbitration and dispute resolution'),
  c('governing-law', 'legal', 'Хэрэглэх хууль', 'Governing law'),
  c('confidentiality', 'legal', 'Нууцлал', 'Confidentiality'),
  c('assignment', 'legal', 'Эрх шилжүүлэх', 'Assignment and transfer'),
  c('termination', 'legal', 'Гэрээ цуцлах', 'Termination'),
];

const BY_CODE = new Map(CATEGORIES.map((k) => [k.code, k]));

export const categoryOf = (code: string): Category | undefined => BY_CODE.get(code);

export const CLUSTER_NAMES: Readonly<Record<Cluster, { mn: string; en: string }>> = {
  general: { mn: 'Ерөнхий', en: 'General' },
  fiscal: { mn: 'Санхүү, татвар', en: 'Fiscal' },
  environment: { mn: 'Байгаль орчин', en: 'Environment' },
  social: { mn: 'Нийгэм', en: 'Social' },
  operations: { mn: 'Үйл ажиллагаа', en: 'Operations' },
  legal: { mn: 'Эрх зүй', en: 'Legal' },
};
