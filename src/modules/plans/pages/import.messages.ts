import { defineMessages } from '../../../platform/i18n/index.ts';

/** The upload page of a plan document. */
export const importMessages = defineMessages({
  'plans.import.link': { mn: 'Төлөвлөгөө оруулах', en: 'Import a plan' },
  'plans.import.title': { mn: 'Төлөвлөгөө оруулах', en: 'Import an action plan' },
  'plans.import.lead': {
    mn: 'PDF-ээс хөрвүүлсэн хүснэгт (табаар тусгаарласан текст, UTF-8) оруулна уу. Ноорог болж орох бөгөөд хянасны дараа нийтэлнэ.',
    en: 'Upload the plan as the table converted from its PDF (tab-separated text, UTF-8). It becomes a draft, which you review and then publish.',
  },
  'plans.import.file': { mn: 'Төлөвлөгөөний файл', en: 'Plan document' },
  'plans.import.hint': {
    mn: '.txt эсвэл .tsv файл, UTF-8 кодчилолтой, 5 МБ хүртэл.',
    en: 'A .txt or .tsv file in UTF-8, up to 5 MB.',
  },
  'plans.import.dryRun': { mn: 'Зөвхөн шалгах (юу ч хадгалахгүй)', en: 'Only check it (write nothing)' },
  'plans.import.submit': { mn: 'Оруулах', en: 'Import' },
  'plans.import.checked': { mn: 'Шалгалт: юу ч хадгалаагүй', en: 'Checked: nothing was written' },
  'plans.import.result.added': {
    mn: 'Төлөвлөгөөг ноорог болгон орууллаа',
    en: 'The plan is imported as a draft',
  },
  'plans.import.result.replaced': {
    mn: 'Ноорог төлөвлөгөөг шинэ хувилбараар солилоо',
    en: 'The draft is replaced by the new version',
  },
  'plans.import.result.unchanged': {
    mn: 'Энэ баримт бичгийг өмнө нь оруулсан: юу ч өөрчлөгдөөгүй',
    en: 'This document was imported before: nothing changed',
  },
  'plans.import.result.failed': { mn: 'Оруулж чадсангүй', en: 'The import failed' },
  'plans.import.priorities': { mn: 'тэргүүлэх чиглэл', en: 'priority areas' },
  'plans.import.commitments': { mn: 'амлалт', en: 'commitments' },
  'plans.import.milestones': { mn: 'арга хэмжээ', en: 'milestones and actions' },
  'plans.import.matched': {
    mn: 'байгууллагын холбоос бүртгэлтэй тохирсон',
    en: 'organisation links matched to the registry',
  },
  'plans.import.unmatched': { mn: 'байгууллага бүртгэлд олдоогүй', en: 'organisations not in the registry' },
  'plans.import.unplaced': { mn: 'хэсэг текстийг байршуулж чадаагүй', en: 'pieces of text not placed' },
  'plans.import.toReview': { mn: 'Хянах руу', en: 'Go to the review' },
  'plans.import.again': { mn: 'Өөр файл оруулах', en: 'Import another file' },
  'plans.import.problems': { mn: 'Баримт бичгийн алдаа', en: 'Problems in the document' },
  'plans.import.nothingWritten': { mn: 'Юу ч хадгалаагүй.', en: 'Nothing was written.' },
  'plans.import.lineProblem': { mn: '{line}-р мөр: {text}', en: 'line {line}: {text}' },
  'plans.import.error.missing': { mn: 'Оруулах файлаа сонгоно уу.', en: 'Choose the file to import.' },
  'plans.import.error.tooLarge': { mn: 'Файл 5 МБ-аас их байна.', en: 'The file is larger than 5 MB.' },
  'plans.import.error.problems': {
    mn: 'Баримт бичигт {count, plural, one {# алдаа} other {# алдаа}} байгаа тул оруулсангүй.',
    en: 'The document has {count, plural, one {# problem} other {# problems}}, so nothing was imported.',
  },
});
