import { defineMessages } from '../../../platform/i18n/index.ts';

/** The progress report form. */
export const reportMessages = defineMessages({
  'plans.report.link': { mn: 'Биелэлт тайлагнах', en: 'Report progress' },
  'plans.report.title': { mn: 'Биелэлтийн тайлан', en: 'Progress report' },
  'plans.report.forbidden': {
    mn: 'Та энэ амлалтыг хариуцах байгууллагын нэрийн өмнөөс тайлагнах эрхгүй.',
    en: 'You may not report for any organisation responsible for this commitment.',
  },
  'plans.report.finder': { mn: 'Нотлох бүртгэл хайх', en: 'Find a record as evidence' },
  'plans.report.finderHint': {
    mn: 'Гэрээ, мэдээллийн багц, хэлэлцүүлэг гэх мэт сайтад нийтэлсэн бүртгэл.',
    en: 'A contract, a dataset, a consultation or any record published on this site.',
  },
  'plans.report.findButton': { mn: 'Хайх', en: 'Find' },
  'plans.report.foundNothing': { mn: 'Тохирох бүртгэл олдсонгүй.', en: 'No record found.' },
  'plans.report.organization': { mn: 'Тайлагнах байгууллага', en: 'Reporting organisation' },
  'plans.report.completion': { mn: 'Биелэлт', en: 'Completion' },
  'plans.report.milestone': { mn: 'Арга хэмжээ', en: 'Milestone' },
  'plans.report.wholeCommitment': { mn: 'Амлалт бүхэлдээ', en: 'The whole commitment' },
  'plans.report.narrative': { mn: 'Юу хийснийг тайлбарлах', en: 'What was done' },
  'plans.report.narrativeHint': {
    mn: 'Юу хийсэн, юу үлдсэн, ямар саад тулгарсан.',
    en: 'What was done, what remains, what stood in the way.',
  },
  'plans.report.reportedOn': { mn: 'Тайлангийн огноо', en: 'Date of the report' },
  'plans.report.records': { mn: 'Нотлох бүртгэлүүд', en: 'Records as evidence' },
  'plans.report.recordsHint': {
    mn: 'Дээрх хайлтаар олсон бүртгэлээ сонгоно уу.',
    en: 'Tick the records found with the search above.',
  },
  'plans.report.recordAddresses': { mn: 'Эсвэл бүртгэлийн хаяг', en: 'Or the records’ addresses' },
  'plans.report.recordAddressesHint': {
    mn: 'Энэ сайт дахь бүртгэлийн хаяг, мөр бүрт нэг.',
    en: 'Addresses of records on this site, one a line.',
  },
  'plans.report.links': { mn: 'Бусад сайтын холбоос', en: 'Links to other sites' },
  'plans.report.linksHint': {
    mn: 'https:// -ээр эхэлсэн хаяг, мөр бүрт нэг.',
    en: 'Addresses starting with https://, one a line.',
  },
  'plans.report.files': { mn: 'Баримт бичиг хавсаргах', en: 'Attach documents' },
  'plans.report.filesHint': {
    mn: 'PDF, JPEG, PNG, WebP, тус бүр 10 МБ хүртэл.',
    en: 'PDF, JPEG, PNG or WebP, up to 10 MB each.',
  },
  'plans.report.submit': { mn: 'Тайланг нийтлэх', en: 'Publish the report' },
  'plans.report.error.organization': {
    mn: 'Хариуцах байгууллагаасаа сонгоно уу.',
    en: 'Choose one of the responsible organisations.',
  },
  'plans.report.error.completion': {
    mn: 'Биелэлтийн түвшинг сонгоно уу.',
    en: 'Choose the completion level.',
  },
  'plans.report.error.narrative': { mn: 'Юу хийснийг бичнэ үү.', en: 'Write what was done.' },
  'plans.report.error.future': {
    mn: 'Тайлангийн огноо ирээдүйд байж болохгүй.',
    en: 'The report’s date cannot be in the future.',
  },
  'plans.report.error.milestone': {
    mn: 'Энэ амлалтын арга хэмжээнээс сонгоно уу.',
    en: 'Choose a milestone of this commitment.',
  },
  'plans.report.error.record': {
    mn: 'Бүртгэл олдсонгүй эсвэл нийтэд нээлттэй биш.',
    en: 'The record was not found or is not public.',
  },
  'plans.report.error.link': {
    mn: 'Холбоос https:// -ээр эхэлсэн бүтэн хаяг байна.',
    en: 'A link is a whole address starting with https://.',
  },
  'plans.report.error.file': {
    mn: 'Файлыг хүлээн авсангүй: {detail}.',
    en: 'The file is refused: {detail}.',
  },
});
