import { defineMessages } from '../../../platform/i18n/index.ts';

/** The contracts' texts, both languages side by side. */
export const contractMessages = defineMessages({
  'extractives.contracts.resources': { mn: 'Байгалийн баялаг', en: 'Natural resources' },
  'extractives.contracts.title': { mn: 'Байгалийн баялгийн гэрээ', en: 'Resource contracts' },
  'extractives.contracts.lead': {
    mn: 'Хөрөнгө оруулалт, тогтворжуулалт, бүтээгдэхүүн хуваах болон бусад гэрээ: талууд, огноо, эх бичвэр, заалтын тайлбар. Гэрээний бичвэр, тайлбараас хайна.',
    en: 'Investment, stability, production-sharing and other contracts: parties, dates, their text and annotated clauses. Search their text and annotations.',
  },
  'extractives.contracts.count': {
    mn: '{count, plural, one {# гэрээ} other {# гэрээ}}',
    en: '{count, plural, one {# contract} other {# contracts}}',
  },
  'extractives.contracts.countFound': {
    mn: '{count, plural, one {# гэрээ олдлоо} other {# гэрээ олдлоо}}',
    en: '{count, plural, one {# contract found} other {# contracts found}}',
  },
  'extractives.contracts.empty': { mn: 'Гэрээ олдсонгүй', en: 'No contracts found' },
  'extractives.contracts.emptyHint': {
    mn: 'Өөр үгээр хайх, эсвэл шүүлтүүрээ цэвэрлэнэ үү.',
    en: 'Search with other words, or clear the filters.',
  },
  'extractives.contracts.matchedMetadata': { mn: 'Гэрээний мэдээлэл', en: 'Contract details' },
  'extractives.contracts.filter.q': {
    mn: 'Гэрээ, бичвэр, тайлбараас хайх',
    en: 'Search contracts, text and annotations',
  },
  'extractives.contracts.filter.type': { mn: 'Гэрээний төрөл', en: 'Kind of contract' },
  'extractives.contracts.filter.party': { mn: 'Гэрээний тал', en: 'Party' },
  'extractives.contracts.filter.resource': { mn: 'Баялаг', en: 'Resource' },
  'extractives.contracts.filter.year': { mn: 'Гарын үсэг зурсан он', en: 'Year signed' },
  'extractives.contracts.resource.mineral': { mn: 'Ашигт малтмал', en: 'Minerals' },
  'extractives.contracts.resource.petroleum': { mn: 'Газрын тос', en: 'Petroleum' },
  'extractives.contracts.resource.land': { mn: 'Газар', en: 'Land' },
  'extractives.contracts.resource.water': { mn: 'Ус', en: 'Water' },
  'extractives.contracts.field.title': { mn: 'Гэрээ', en: 'Contract' },
  'extractives.contracts.field.type': { mn: 'Төрөл', en: 'Kind' },
  'extractives.contracts.field.parties': { mn: 'Талууд', en: 'Parties' },
  'extractives.contracts.field.signedOn': { mn: 'Гарын үсэг зурсан', en: 'Signed' },
  'extractives.contracts.field.term': { mn: 'Хугацаа', en: 'Term' },
  'extractives.contracts.field.resources': { mn: 'Баялаг', en: 'Resources' },
  'extractives.contracts.field.licences': { mn: 'Хамаарах тусгай зөвшөөрөл', en: 'Licences covered' },
  'extractives.contracts.field.amends': { mn: 'Өөрчлөлт оруулсан гэрээ', en: 'Amends' },
  'extractives.contracts.field.amendedBy': { mn: 'Өөрчлөлт оруулсан', en: 'Amended by' },
  'extractives.contracts.field.publisher': { mn: 'Нийтэлсэн', en: 'Published by' },
  'extractives.contracts.term': {
    mn: '{years, plural, one {# жил} other {# жил}}',
    en: '{years, plural, one {# year} other {# years}}',
  },
  'extractives.contracts.termWithExtension': {
    mn: '{years, plural, one {# жил} other {# жил}}, {extension, plural, one {# жилээр} other {# жилээр}} сунгаж болно',
    en: '{years, plural, one {# year} other {# years}}, which may be extended by {extension, plural, one {# year} other {# years}}',
  },
  'extractives.contracts.documents': { mn: 'Баримт бичиг', en: 'Documents' },
  'extractives.contracts.noDocuments': {
    mn: 'Гэрээний эх бичвэр оруулаагүй байна.',
    en: 'No text of the contract has been added.',
  },
  'extractives.contracts.pdf': {
    mn: 'PDF, {count, plural, one {# хуудас} other {# хуудас}}',
    en: 'PDF, {count, plural, one {# page} other {# pages}}',
  },
  'extractives.contracts.scans': {
    mn: '{count, plural, one {# хуудас бичвэргүй скан зураг байна} other {# хуудас бичвэргүй скан зураг байна}}: {pages}.',
    en: '{count, plural, one {# page is a scan without text} other {# pages are scans without text}}: {pages}.',
  },
  'extractives.contracts.pagesOf': { mn: '{title}: хуудсууд', en: 'Pages of {title}' },
  'extractives.contracts.page': { mn: '{page}-р хуудас', en: 'Page {page}' },
  'extractives.contracts.article': { mn: '{article}-р зүйл', en: 'article {article}' },
  'extractives.contracts.scanPage': {
    mn: '{page}-р хуудас бичвэргүй скан зураг тул бичвэрийг нь гаргаж чадсангүй. Эх PDF-ээс үзнэ үү.',
    en: 'Page {page} is a scan without text: no text could be extracted from it. See it in the original PDF.',
  },
  'extractives.contracts.pageNav': { mn: 'Хуудсаар шилжих', en: 'Move between pages' },
  'extractives.contracts.previousPage': { mn: 'Өмнөх хуудас', en: 'Previous page' },
  'extractives.contracts.nextPage': { mn: 'Дараагийн хуудас', en: 'Next page' },
  'extractives.contracts.annotations': { mn: 'Заалтын тайлбар', en: 'Annotated clauses' },
  'extractives.contracts.noAnnotations': {
    mn: 'Заалтын тайлбар алга.',
    en: 'No clauses have been annotated yet.',
  },
  'extractives.contracts.annotationsCsv': {
    mn: 'Тайлбаруудыг хүснэгтээр татах (CSV)',
    en: 'Download the annotations as a table (CSV)',
  },
  'extractives.contracts.compare.link': {
    mn: 'Нэг ангиллын заалтыг гэрээнүүдээр харьцуулах',
    en: 'Compare one kind of clause across contracts',
  },
  'extractives.contracts.compare.title': { mn: 'Заалт харьцуулах', en: 'Compare clauses' },
  'extractives.contracts.compare.titleOf': {
    mn: 'Заалт харьцуулах: {category}',
    en: 'Compare clauses: {category}',
  },
  'extractives.contracts.compare.lead': {
    mn: 'Нэг ангиллын тайлбарласан заалтууд гэрээ тус бүрээр, гарын үсэг зурсан дарааллаар.',
    en: 'The annotated clauses of one category, contract by contract, in the order they were signed.',
  },
  'extractives.contracts.compare.show': { mn: 'Харуулах', en: 'Show' },
  'extractives.contracts.compare.none': {
    mn: 'Энэ ангиллаар тайлбарласан заалт алга.',
    en: 'No clause has been annotated with this category.',
  },
  'extractives.contracts.compare.contract': { mn: 'Гэрээ', en: 'Contract' },
  'extractives.contracts.compare.summary': { mn: 'Товч тайлбар', en: 'Summary' },
  'extractives.contracts.compare.download': {
    mn: 'Энэ ангиллыг CSV-ээр татах',
    en: 'Download this category as CSV',
  },
  'extractives.contracts.create.title': { mn: 'Гэрээ нэмэх', en: 'Add a contract' },
  'extractives.contracts.upload.title': { mn: 'Гэрээний PDF оруулах', en: 'Add a PDF of the contract' },
  'extractives.contracts.annotate.title': { mn: 'Заалт тайлбарлах', en: 'Annotate a clause' },
  'extractives.contracts.form.slug': { mn: 'Таних нэр', en: 'Identifier' },
  'extractives.contracts.form.slugHint': {
    mn: 'Хаягт хэрэглэгдэх нэр: латин жижиг үсэг, цифр, зураас, жишээ нь oyu-tolgoi-investment-agreement.',
    en: 'The name in its address: lower-case letters, digits and hyphens, e.g. oyu-tolgoi-investment-agreement.',
  },
  'extractives.contracts.form.contractType': { mn: 'Гэрээний төрөл', en: 'Kind of contract' },
  'extractives.contracts.form.choose': { mn: 'Сонгох', en: 'Choose' },
  'extractives.contracts.form.titleMn': { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' },
  'extractives.contracts.form.titleEn': { mn: 'Нэр (англи)', en: 'Title (English)' },
  'extractives.contracts.form.signedOn': { mn: 'Гарын үсэг зурсан өдөр', en: 'Date signed' },
  'extractives.contracts.form.termYears': { mn: 'Хугацаа (жил)', en: 'Term (years)' },
  'extractives.contracts.form.extensionYears': { mn: 'Сунгах хугацаа (жил)', en: 'Extension (years)' },
  'extractives.contracts.form.resources': { mn: 'Баялаг', en: 'Resources' },
  'extractives.contracts.form.parties': { mn: 'Талууд', en: 'Parties' },
  'extractives.contracts.form.partiesHint': {
    mn: 'Мөр бүрт нэг тал, гэрээнд бичигдсэн дарааллаар: төрийн байгууллага бол organization:таних-нэр, хуулийн этгээд бол entity:дугаар.',
    en: 'One party a line, in the contract’s order: organization:slug for a public body, entity:number for a legal entity of the register.',
  },
  'extractives.contracts.form.licences': { mn: 'Хамаарах тусгай зөвшөөрөл', en: 'Licences covered' },
  'extractives.contracts.form.licencesHint': {
    mn: 'Мөр бүрт нэг тусгай зөвшөөрлийн таних нэр.',
    en: 'The identifier of one licence a line.',
  },
  'extractives.contracts.form.amends': { mn: 'Өөрчлөлт оруулж буй гэрээ', en: 'Contract it amends' },
  'extractives.contracts.form.amendsHint': {
    mn: 'Тухайн гэрээний таних нэр (байвал).',
    en: 'That contract’s identifier, if any.',
  },
  'extractives.contracts.form.amendedOn': { mn: 'Өөрчлөлтийн огноо', en: 'Date of the amendment' },
  'extractives.contracts.form.documentTitleMn': {
    mn: 'Баримтын нэр (монгол)',
    en: 'Title of the document (Mongolian)',
  },
  'extractives.contracts.form.documentTitleEn': {
    mn: 'Баримтын нэр (англи)',
    en: 'Title of the document (English)',
  },
  'extractives.contracts.form.document': { mn: 'PDF файл', en: 'PDF file' },
  'extractives.contracts.form.documentHint': {
    mn: 'Шифрлээгүй PDF, {max} МБ хүртэл. Скан хуудсыг бичвэргүй гэж тэмдэглэнэ.',
    en: 'An unencrypted PDF up to {max} MB. Scanned pages are marked as having no text.',
  },
  'extractives.contracts.form.upload': { mn: 'Оруулах', en: 'Upload' },
  'extractives.contracts.form.category': { mn: 'Ангилал', en: 'Category' },
  'extractives.contracts.form.page': { mn: 'Хуудас', en: 'Page' },
  'extractives.contracts.form.pageHint': {
    mn: 'Гэрээний PDF-ийн хуудасны дугаар; гэрээ бүхэлдээ бол хоосон орхино.',
    en: 'The page number in the contract’s PDF; leave empty for the contract as a whole.',
  },
  'extractives.contracts.form.article': { mn: 'Зүйл', en: 'Article' },
  'extractives.contracts.form.summaryMn': {
    mn: 'Энгийн хэлээрх тайлбар (монгол)',
    en: 'Plain-language summary (Mongolian)',
  },
  'extractives.contracts.form.summaryEn': {
    mn: 'Энгийн хэлээрх тайлбар (англи)',
    en: 'Plain-language summary (English)',
  },
  'extractives.contracts.form.save': { mn: 'Хадгалах', en: 'Save' },
  'extractives.contracts.error.slug': {
    mn: 'Латин жижиг үсэг, цифрийг зураасаар холбож бичнэ үү',
    en: 'Use lower-case letters and digits joined by hyphens',
  },
  'extractives.contracts.error.slugTaken': {
    mn: '“{slug}” аль хэдийн байна; өөр нэр сонгоно уу',
    en: '“{slug}” is taken; choose another identifier',
  },
  'extractives.contracts.error.type': {
    mn: 'Гэрээний төрлийг сонгоно уу',
    en: 'Choose the kind of contract',
  },
  'extractives.contracts.error.title': {
    mn: 'Нэрийг {max} хүртэл тэмдэгтээр бичнэ үү',
    en: 'Enter the title, at most {max} characters',
  },
  'extractives.contracts.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter a real date as YYYY-MM-DD',
  },
  'extractives.contracts.error.years': {
    mn: '1-ээс 200 хүртэлх бүхэл тоо бичнэ үү',
    en: 'Enter a whole number of years from 1 to 200',
  },
  'extractives.contracts.error.termTooLong': {
    mn: 'Энэ төрлийн гэрээний хугацаа {max} жилээс урт байж болохгүй',
    en: 'A contract of this kind runs at most {max} years',
  },
  'extractives.contracts.error.resource': {
    mn: 'Жагсаалтаас баялаг сонгоно уу',
    en: 'Choose resources from the list',
  },
  'extractives.contracts.error.partiesTooFew': {
    mn: 'Дор хаяж хоёр тал бичнэ үү',
    en: 'Enter at least two parties',
  },
  'extractives.contracts.error.partiesTooMany': {
    mn: '50-аас олон тал байж болохгүй',
    en: 'Enter at most 50 parties',
  },
  'extractives.contracts.error.party': {
    mn: '{line}-р мөр: “{party}” бүртгэлд алга',
    en: 'Line {line}: “{party}” is not in the registers',
  },
  'extractives.contracts.error.licence': {
    mn: '“{licence}” тусгай зөвшөөрөл алга',
    en: 'There is no licence “{licence}”',
  },
  'extractives.contracts.error.amends': {
    mn: '“{contract}” гэрээ алга',
    en: 'There is no contract “{contract}”',
  },
  'extractives.contracts.error.noContract': {
    mn: '“{contract}” гэрээ алга',
    en: 'There is no contract “{contract}”',
  },
  'extractives.contracts.error.noDocument': { mn: 'PDF файл сонгоно уу', en: 'Choose a PDF file' },
  'extractives.contracts.error.tooLarge': {
    mn: '“{contract}” гэрээний файл {max} МБ-аас их байна',
    en: 'The file for contract “{contract}” is larger than {max} MB',
  },
  'extractives.contracts.error.notPdf': {
    mn: '“{contract}” гэрээний “{file}” файл PDF биш; юу ч хадгалсангүй',
    en: 'The file “{file}” for contract “{contract}” is not a PDF; nothing was stored',
  },
  'extractives.contracts.error.encrypted': {
    mn: '“{contract}” гэрээний “{file}” PDF шифрлэгдсэн тул бичвэрийг нийтлэх боломжгүй; шифргүй хувийг оруулна уу',
    en: 'The PDF “{file}” for contract “{contract}” is encrypted, so its text cannot be published; upload an unencrypted copy',
  },
  'extractives.contracts.error.sameDocument': {
    mn: 'Энэ файл “{contract}” гэрээнд аль хэдийн бий',
    en: 'This file is already a document of contract “{contract}”',
  },
  'extractives.contracts.error.category': {
    mn: 'Ангиллыг жагсаалтаас сонгоно уу',
    en: 'Choose a category from the list',
  },
  'extractives.contracts.error.page': {
    mn: '“{contract}” гэрээнд {page}-р хуудас алга',
    en: 'Contract “{contract}” has no page {page}',
  },
  'extractives.contracts.error.article': {
    mn: 'Зүйлийг 100 хүртэл тэмдэгтээр бичнэ үү',
    en: 'Enter the article in at most 100 characters',
  },
  'extractives.contracts.error.summary': {
    mn: 'Тайлбарыг {max} хүртэл тэмдэгтээр бичнэ үү',
    en: 'Enter the summary, at most {max} characters',
  },
  'extractives.contracts.search.label': { mn: 'Байгалийн баялгийн гэрээ', en: 'Resource contracts' },
  'extractives.contracts.search.kind': { mn: 'Гэрээ', en: 'Contract' },
});
