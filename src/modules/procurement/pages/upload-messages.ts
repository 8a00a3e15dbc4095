import { defineMessages } from '../../../platform/i18n/index.ts';

/** Publishing a file through the upload page. */
export const uploadMessages = defineMessages({
  'procurement.upload.title': { mn: 'OCDS файл нийтлэх', en: 'Publish an OCDS file' },
  'procurement.upload.lead': {
    mn: 'Хувилбарын багц, бүртгэлийн багц эсвэл мөр бүрт нэг хувилбартай JSON файл. Хувилбар бүрийг OCDS 1.1 схем, кодын жагсаалтаар шалгана.',
    en: 'A release package, a record package, or one release per line (JSON). Each release is checked against the OCDS 1.1 schema and codelists.',
  },
  'procurement.upload.file': { mn: 'OCDS файл', en: 'OCDS file' },
  'procurement.upload.fileHint': {
    mn: '.json, .ndjson эсвэл .jsonl, 25 МБ хүртэл',
    en: '.json, .ndjson or .jsonl, up to 25 MB',
  },
  'procurement.upload.skipInvalid': {
    mn: 'Алдаатай хувилбаруудыг алгасаж, зөвийг нь нийтлэх',
    en: 'Skip invalid releases and publish the valid ones',
  },
  'procurement.upload.submit': { mn: 'Шалгаад нийтлэх', en: 'Check and publish' },
  'procurement.upload.choose': { mn: 'Нийтлэх файлаа сонгоно уу', en: 'Choose the file to publish' },
  'procurement.upload.done': { mn: 'Нийтлэгдлээ', en: 'Published' },
  'procurement.upload.nothing': {
    mn: 'Алдаа олдсон тул юу ч нийтлэгдээгүй',
    en: 'Problems were found, so nothing was published',
  },
  'procurement.upload.added': { mn: 'Шинээр нийтэлсэн', en: 'Published' },
  'procurement.upload.unchanged': {
    mn: 'Өмнө нь нийтлэгдсэн (өөрчлөлтгүй)',
    en: 'Already published (unchanged)',
  },
  'procurement.upload.invalid': { mn: 'Алдаатай', en: 'Invalid' },
  'procurement.upload.problems': {
    mn: '{count, plural, one {# алдаа} other {# алдаа}}',
    en: '{count, plural, one {# problem} other {# problems}}',
  },
  'procurement.upload.where': { mn: 'Байршил (JSON зам)', en: 'Where (JSON path)' },
  'procurement.upload.problem': { mn: 'Алдаа', en: 'Problem' },
});
