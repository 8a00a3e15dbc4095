import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';

/** One row per link of a project to a procurement process, with the loan that finances it. */
export const contractLinkRows = sql`
  select c.id, p.slug as project_slug, p.title_mn as project_title_mn, p.title_en as project_title_en,
    o.slug as organization, c.ocid, l.slug as loan_slug, c.general_conditions_mn, c.general_conditions_en,
    c.created_at, p.id as project_id
  from project_contracts c join projects p on p.id = c.project_id join organizations o on o.id = p.organization_id
  left join project_loans l on l.id = c.loan_id`;

/**
 * The procurement processes and contracts of each project (commitment 3.3.1.7), by OCID: the
 * process itself is the procurement module's (its dataset `procurement`, same OCID), this says
 * which project it belongs to, which loan finances it and the general conditions of contract.
 */
export const projectContractsDataset: DatasetDeclaration = {
  id: 'project-contracts',
  title: { mn: 'Төслийн худалдан авалт, гэрээ', en: 'Projects’ procurement and contracts' },
  description: {
    mn: 'Төсөл бүрийн худалдан авалтын үйл явц, гэрээ (OCID-аар), түүнийг санхүүжүүлж буй зээл, гэрээний ерөнхий нөхцөл.',
    en: 'The procurement processes and contracts of each project (by OCID), the loan that finances each, and the general conditions of contract.',
  },
  publisher: 'ministry-of-finance',
  themes: ['GOVE', 'ECON'],
  keywords: {
    mn: ['хөрөнгө оруулалт', 'гадаад зээл', 'гэрээ', 'OCID'],
    en: ['investment projects', 'foreign loans', 'contracts', 'OCID'],
  },
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    project_slug: { mn: 'Төсөл (таних нэр)', en: 'Project (identifier)', required: true },
    project_title_mn: { mn: 'Төсөл (монгол)', en: 'Project (Mongolian)', required: true },
    project_title_en: { mn: 'Төсөл (англи)', en: 'Project (English)', required: true },
    organization: { mn: 'Хэрэгжүүлэгч байгууллага', en: 'Implementing body', required: true },
    ocid: {
      mn: 'OCID',
      en: 'OCID',
      description: {
        mn: 'Худалдан авалтын үйл явцын дугаар (`procurement` өгөгдлийн багц).',
        en: 'The process’s Open Contracting ID (dataset `procurement`).',
      },
      required: true,
    },
    loan_slug: { mn: 'Санхүүжүүлэгч зээл', en: 'Financing loan' },
    general_conditions_mn: { mn: 'Гэрээний ерөнхий нөхцөл (монгол)', en: 'General conditions (Mongolian)' },
    general_conditions_en: { mn: 'Гэрээний ерөнхий нөхцөл (англи)', en: 'General conditions (English)' },
    created_at: { mn: 'Бүртгэсэн', en: 'Recorded', type: 'datetime', required: true },
  }),
  source: sql`select d.id, d.project_slug, d.project_title_mn, d.project_title_en, d.organization, d.ocid,
      d.loan_slug, d.general_conditions_mn, d.general_conditions_en, d.created_at
    from (${contractLinkRows}) d`,
  lastModified: lastChanged({
    rows: sql`select max(created_at) from project_contracts`,
    dataset: 'project-contracts',
    installed: 'projects',
  }),
};
