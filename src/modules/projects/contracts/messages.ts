import { defineMessages } from '../../../platform/i18n/index.ts';

/** The contracts part of a project: its section, form and problems, both languages side by side. */
export const contractMessages = defineMessages({
  'projects.contracts.title': { mn: 'Худалдан авалт, гэрээ', en: 'Procurement and contracts' },
  'projects.contracts.caption': {
    mn: '{count, plural, one {Төслийн # худалдан авалтын үйл явц} other {Төслийн # худалдан авалтын үйл явц}}',
    en: '{count, plural, one {The project’s # procurement process} other {The project’s # procurement processes}}',
  },
  'projects.contracts.none': {
    mn: 'Худалдан авалтын үйл явц холбогдоогүй байна.',
    en: 'No procurement process is linked yet.',
  },
  'projects.contracts.add': { mn: 'Худалдан авалтын үйл явц холбох', en: 'Link a procurement process' },
  'projects.contracts.lead': {
    mn: 'Худалдан авалтын бүртгэлд нийтлэгдсэн үйл явцыг OCID-аар нь холбоно.',
    en: 'Link a process the procurement register publishes, by its OCID.',
  },
  'projects.contracts.submit': { mn: 'Холбох', en: 'Link' },
  'projects.contracts.noLoan': { mn: 'Зээлгүй', en: 'No loan' },
  'projects.contracts.notPublished': {
    mn: 'Худалдан авалтын бүртгэлд одоо нийтлэгдээгүй',
    en: 'Not published by the procurement register now',
  },
  'projects.contracts.conditions': { mn: 'Гэрээний ерөнхий нөхцөл', en: 'General conditions of contract' },
  'projects.contracts.field.ocid': { mn: 'OCID', en: 'OCID' },
  'projects.contracts.field.ocidHint': {
    mn: 'Жишээ нь ocds-abc123-000001',
    en: 'For example ocds-abc123-000001',
  },
  'projects.contracts.field.process': { mn: 'Үйл явц', en: 'Process' },
  'projects.contracts.field.buyer': { mn: 'Захиалагч', en: 'Buyer' },
  'projects.contracts.field.supplier': { mn: 'Гүйцэтгэгч', en: 'Supplier' },
  'projects.contracts.field.value': { mn: 'Гэрээний дүн', en: 'Contract value' },
  'projects.contracts.field.status': { mn: 'Төлөв', en: 'Status' },
  'projects.contracts.field.loan': { mn: 'Санхүүжүүлэгч зээл', en: 'Financing loan' },
  'projects.contracts.field.generalConditionsMn': {
    mn: 'Гэрээний ерөнхий нөхцөл (монгол)',
    en: 'General conditions of contract (Mongolian)',
  },
  'projects.contracts.field.generalConditionsEn': {
    mn: 'Гэрээний ерөнхий нөхцөл (англи)',
    en: 'General conditions of contract (English)',
  },
  'projects.contracts.error.ocidMissing': { mn: 'OCID-аа бичнэ үү', en: 'Enter the OCID' },
  'projects.contracts.error.ocidFormat': {
    mn: 'OCID нь «ocds-» угтвар, нийтлэгчийн кодоос эхэлнэ',
    en: 'An OCID begins with “ocds-” and the publisher’s prefix',
  },
  'projects.contracts.error.ocidUnknown': {
    mn: '«{ocid}» үйл явц худалдан авалтын бүртгэлд нийтлэгдээгүй байна',
    en: 'The procurement register publishes no process “{ocid}”',
  },
  'projects.contracts.error.linked': {
    mn: '«{ocid}» үйл явц энэ төсөлд аль хэдийн холбогдсон',
    en: 'The process “{ocid}” is already linked to this project',
  },
  'projects.contracts.error.loan': {
    mn: 'Энэ төслийн зээлүүдээс сонгоно уу',
    en: 'Choose one of this project’s loans',
  },
});
