import { defineMessages } from '../../../platform/i18n/index.ts';

/** Feasibility studies: section, forms and problems, both languages side by side. */
export const studyMessages = defineMessages({
  'projects.studies.title': { mn: 'Техник, эдийн засгийн үндэслэл', en: 'Feasibility studies' },
  'projects.studies.none': { mn: 'ТЭЗҮ бүртгээгүй байна.', en: 'No feasibility study is recorded.' },
  'projects.studies.ongoing': { mn: 'Үргэлжилж буй', en: 'Ongoing' },
  'projects.studies.notCompleted': { mn: 'Дуусаагүй', en: 'Not completed yet' },
  'projects.studies.documents': { mn: 'Баримт бичиг', en: 'Documents' },
  'projects.studies.months': {
    mn: '{count, plural, one {# сар} other {# сар}}',
    en: '{count, plural, one {# month} other {# months}}',
  },
  'projects.studies.new.link': { mn: 'ТЭЗҮ нэмэх', en: 'Add a feasibility study' },
  'projects.studies.new.title': { mn: 'ТЭЗҮ нэмэх', en: 'Add a feasibility study' },
  'projects.studies.edit.link': { mn: 'Засах', en: 'Change this study' },
  'projects.studies.edit.title': { mn: 'ТЭЗҮ засах', en: 'Change a feasibility study' },
  'projects.studies.submit': { mn: 'Хадгалах', en: 'Save the study' },
  'projects.studies.field.titleMn': { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' },
  'projects.studies.field.titleEn': { mn: 'Нэр (англи)', en: 'Title (English)' },
  'projects.studies.field.summaryMn': { mn: 'Хураангуй (монгол)', en: 'Summary (Mongolian)' },
  'projects.studies.field.summaryEn': { mn: 'Хураангуй (англи)', en: 'Summary (English)' },
  'projects.studies.field.author': { mn: 'Зохиогч', en: 'Author' },
  'projects.studies.field.startedOn': { mn: 'Эхэлсэн огноо', en: 'Started on' },
  'projects.studies.field.completedOn': { mn: 'Дууссан огноо', en: 'Completed on' },
  'projects.studies.field.costEstimate': { mn: 'Тооцсон өртөг', en: 'Cost estimate' },
  'projects.studies.field.costCurrency': { mn: 'Өртгийн валют', en: 'Currency of the estimate' },
  'projects.studies.field.durationMonths': {
    mn: 'Ажлын хугацаа (сар)',
    en: 'Duration of the works (months)',
  },
  'projects.studies.field.expectedBenefits': { mn: 'Хүлээгдэж буй үр ашиг', en: 'Expected benefits' },
  'projects.studies.field.expectedBenefitsMn': {
    mn: 'Хүлээгдэж буй үр ашиг (монгол)',
    en: 'Expected benefits (Mongolian)',
  },
  'projects.studies.field.expectedBenefitsEn': {
    mn: 'Хүлээгдэж буй үр ашиг (англи)',
    en: 'Expected benefits (English)',
  },
  'projects.studies.field.economicIrr': {
    mn: 'Эдийн засгийн дотоод өгөөжийн түвшин (%)',
    en: 'Economic internal rate of return (%)',
  },
  'projects.studies.field.benefitCostRatio': { mn: 'Өгөөж-зардлын харьцаа', en: 'Benefit–cost ratio' },
  'projects.studies.field.files': { mn: 'Баримт бичиг (файл)', en: 'Documents (files)' },
  'projects.studies.field.links': { mn: 'Баримт бичгийн холбоос', en: 'Links to documents' },
  'projects.studies.hint.files': {
    mn: 'PDF эсвэл зураг, тус бүр 10 MB хүртэл.',
    en: 'PDF or images, up to 10 MB each.',
  },
  'projects.studies.error.file': {
    mn: 'Файлыг хүлээн авсангүй: {detail}',
    en: 'The file was not accepted: {detail}',
  },
  'projects.studies.error.link': {
    mn: 'http:// эсвэл https://-ээр эхэлсэн хаягийг мөр бүрт нэгийг, {max} хүртэл бичнэ үү',
    en: 'Enter up to {max} addresses starting with http:// or https://, one a line',
  },
  'projects.studies.hint.completedOn': {
    mn: 'Судалгаа үргэлжилж байвал хоосон орхино.',
    en: 'Leave empty while the study is ongoing.',
  },
  'projects.studies.hint.currency': {
    mn: 'Гурван үсгийн код, жишээ нь USD',
    en: 'Three-letter code, for example USD',
  },
  'projects.studies.error.missing': { mn: 'Энэ талбарыг бөглөнө үү', en: 'Fill in this field' },
  'projects.studies.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'projects.studies.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter the date as YYYY-MM-DD',
  },
  'projects.studies.error.dateFuture': {
    mn: 'Огноо өнөөдрөөс хойш байж болохгүй',
    en: 'The date cannot be after today',
  },
  'projects.studies.error.completedBeforeStart': {
    mn: 'Дууссан огноо эхэлсэн огнооноос өмнө байж болохгүй',
    en: 'The study cannot be completed before it started',
  },
  'projects.studies.error.amount': {
    mn: 'Өртгийг 0-ээс их тоогоор, хамгийн ихдээ хоёр аравтын оронтой бичнэ үү',
    en: 'Enter the estimate as a number above 0 with at most two decimals',
  },
  'projects.studies.error.currency': {
    mn: 'Валютын гурван үсгийн код бичнэ үү (жишээ нь USD)',
    en: 'Enter the three-letter currency code (for example USD)',
  },
  'projects.studies.error.months': {
    mn: 'Хугацааг сараар, бүхэл эерэг тоогоор бичнэ үү',
    en: 'Enter the duration as a whole number of months above 0',
  },
  'projects.studies.error.irr': {
    mn: 'Өгөөжийн түвшинг хувиар, хамгийн ихдээ хоёр аравтын оронтой бичнэ үү',
    en: 'Enter the rate in percent with at most two decimals',
  },
  'projects.studies.error.ratio': {
    mn: 'Харьцааг 0 буюу түүнээс их тоогоор, хамгийн ихдээ гурван аравтын оронтой бичнэ үү',
    en: 'Enter the ratio as a number of 0 or more with at most three decimals',
  },
});
