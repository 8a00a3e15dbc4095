import { lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import { datasetFilters } from '../../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';
import { environmentList } from './lists.ts';
import { caseRows } from './queries.ts';

const field = (
  name: string,
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime',
  mn: string,
  en: string,
  required = false,
) => ({
  name,
  type,
  title: { mn, en },
  required,
});

/**
 * The environmental list as open data: one row per case from the notice on (never before: see the
 * README), in id order, with where it stands. Its downloads take the list page's filters.
 */
export const environmentDataset: DatasetDeclaration = {
  id: 'extractives-environment',
  title: {
    mn: 'Байгаль орчинд хор хохирол учруулсан аж ахуйн нэгжийн жагсаалт',
    en: 'The environmental list',
  },
  description: {
    mn: 'Байгаль орчин, хүний эрүүл мэндэд хор хохирол учруулсан компани, хуулийн этгээд: илэрсэн зөрчил, шийдвэр, торгууль, арга хэмжээ, хариу тайлбар, гомдол, жагсаалтаас хасагдсан эсэх.',
    en: 'Companies and legal bodies whose actions harm the environment or people’s health: what was found, the decision, penalty and remedy, the company’s reply, appeal, and delisting.',
  },
  publisher: 'ministry-of-environment-and-green-development',
  themes: ['ENVI'],
  key: ['id'],
  fields: [
    field('id', 'integer', 'Дугаар', 'Case number', true),
    field('company_id', 'integer', 'Хуулийн этгээдийн дугаар', 'Legal entity id', true),
    field('company_name_mn', 'string', 'Нэр (монгол)', 'Name (Mongolian)'),
    field('company_name_en', 'string', 'Нэр (англи)', 'Name (English)'),
    field('finding_mn', 'string', 'Илэрсэн зөрчил (монгол)', 'Finding (Mongolian)', true),
    field('finding_en', 'string', 'Илэрсэн зөрчил (англи)', 'Finding (English)', true),
    field('admin_unit', 'string', 'Засаг захиргааны нэгж', 'Administrative unit'),
    field('aimag', 'string', 'Аймаг, нийслэл', 'Aimag or capital'),
    field('licences', 'string', 'Тусгай зөвшөөрөл', 'Licences'),
    field('inspected_on', 'date', 'Шалгасан огноо', 'Inspected on', true),
    field('inspector', 'string', 'Шалгасан байгууллага', 'Inspecting body', true),
    field('report_reference', 'string', 'Актын дугаар', 'Report reference', true),
    field('stage', 'string', 'Шат', 'Stage', true),
    field('listed', 'boolean', 'Жагсаалтад байгаа', 'Listed now', true),
    field('noticed_on', 'date', 'Мэдэгдсэн огноо', 'Noticed on'),
    field('reply_last_day', 'date', 'Хариу өгөх эцсийн өдөр', 'Last day to reply'),
    field('decided_on', 'date', 'Шийдвэрийн огноо', 'Decided on'),
    field('appeal_last_day', 'date', 'Гомдол гаргах эцсийн өдөр', 'Last day to appeal'),
    field('penalty_mnt', 'number', 'Торгууль (төгрөг)', 'Penalty (MNT)'),
    field('remedy_mn', 'string', 'Арга хэмжээ (монгол)', 'Remedy (Mongolian)'),
    field('remedy_en', 'string', 'Арга хэмжээ (англи)', 'Remedy (English)'),
    field('remedy_due_on', 'date', 'Арга хэмжээний хугацаа', 'Remedy due on'),
    field('updated_at', 'datetime', 'Шинэчилсэн', 'Updated', true),
  ],
  source: sql`select d.id, d.entity_id as company_id, d.entity_name_mn as company_name_mn,
      d.entity_name_en as company_name_en, d.finding_mn, d.finding_en, d.unit_code as admin_unit, d.aimag,
      (select string_agg(l->>'number', '; ') from jsonb_array_elements(d.licences) l) as licences,
      d.inspected_on, d.inspector, d.report_reference, d.stage, d.listed, d.noticed_on, d.reply_last_day,
      d.decided_on, d.appeal_last_day, d.penalty_mnt::numeric as penalty_mnt, d.remedy_mn, d.remedy_en,
      d.remedy_due_on, d.updated_at, d.entity_id
    from (${caseRows} where c.stage <> 'inspected') d`,
  filters: datasetFilters(environmentList),
  // Each step writes the case's version (record-step.ts), so its change history is the dataset's.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from extractive_environment_cases where stage <> 'inspected'`,
    dataset: 'extractives-environment',
    installed: 'extractives',
  }),
  recordPath: (id) => `/extractives/environment/${id}`,
};
