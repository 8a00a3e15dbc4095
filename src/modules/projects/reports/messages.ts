import { defineMessages } from '../../../platform/i18n/index.ts';

/** Progress reports and milestones: forms, pages, chart and problems, both languages side by side. */
export const reportMessages = defineMessages({
  'projects.reports.sectionTitle': { mn: 'Гүйцэтгэл', en: 'Progress' },
  'projects.reports.none': { mn: 'Гүйцэтгэлийн тайлан ирүүлээгүй байна.', en: 'No progress report yet.' },
  'projects.reports.tableCaption': { mn: 'Гүйцэтгэлийн тайлангууд', en: 'Progress reports' },
  'projects.reports.chart.title': {
    mn: 'Биет, санхүүгийн гүйцэтгэл ба зээлийн олголт',
    en: 'Physical and financial progress and loans drawn',
  },
  'projects.reports.chart.period': { mn: 'Үеийн төгсгөл', en: 'Period ending' },
  'projects.reports.chart.table': { mn: 'Тоон утгаар харах', en: 'The figures as a table' },
  'projects.reports.chart.physical': { mn: 'Биет гүйцэтгэл', en: 'Physical progress' },
  'projects.reports.chart.financial': { mn: 'Санхүүгийн гүйцэтгэл', en: 'Financial progress' },
  'projects.reports.chart.drawn': { mn: 'Олгосон зээл ({currency})', en: 'Loans drawn ({currency})' },
  'projects.reports.new.link': { mn: 'Гүйцэтгэлийн тайлан нэмэх', en: 'Add a progress report' },
  'projects.reports.new.title': { mn: 'Гүйцэтгэлийн тайлан', en: 'Progress report' },
  'projects.reports.new.submit': { mn: 'Тайлан хадгалах', en: 'Save the report' },
  'projects.reports.page.title': { mn: '{start} – {end} үеийн тайлан', en: 'Report for {start} – {end}' },
  'projects.reports.page.milestones': { mn: 'Хийгдсэн ажлын үе шат', en: 'Milestones completed' },
  'projects.reports.page.documents': { mn: 'Баримт, зураг', en: 'Documents and photos' },
  'projects.reports.field.period': { mn: 'Үе', en: 'Period' },
  'projects.reports.field.periodStart': { mn: 'Үеийн эхний өдөр', en: 'First day of the period' },
  'projects.reports.field.periodEnd': { mn: 'Үеийн сүүлийн өдөр', en: 'Last day of the period' },
  'projects.reports.field.reportedOn': { mn: 'Тайлагнасан огноо', en: 'Reported on' },
  'projects.reports.field.physicalPercent': { mn: 'Биет гүйцэтгэл (%)', en: 'Physical progress (%)' },
  'projects.reports.field.physicalBasisMn': {
    mn: 'Биет гүйцэтгэлийг юутай харьцуулсан (монгол)',
    en: 'Physical progress measured against (Mongolian)',
  },
  'projects.reports.field.physicalBasisEn': {
    mn: 'Биет гүйцэтгэлийг юутай харьцуулсан (англи)',
    en: 'Physical progress measured against (English)',
  },
  'projects.reports.field.financialPercent': { mn: 'Санхүүгийн гүйцэтгэл (%)', en: 'Financial progress (%)' },
  'projects.reports.field.financialBasisMn': {
    mn: 'Санхүүгийн гүйцэтгэлийг юутай харьцуулсан (монгол)',
    en: 'Financial progress measured against (Mongolian)',
  },
  'projects.reports.field.financialBasisEn': {
    mn: 'Санхүүгийн гүйцэтгэлийг юутай харьцуулсан (англи)',
    en: 'Financial progress measured against (English)',
  },
  'projects.reports.field.spentAmount': { mn: 'Зарцуулсан дүн', en: 'Spent to the end of the period' },
  'projects.reports.field.spentCurrency': { mn: 'Валют', en: 'Currency' },
  'projects.reports.field.issues': { mn: 'Илэрсэн асуудал', en: 'Issues found' },
  'projects.reports.field.issuesMn': { mn: 'Илэрсэн асуудал (монгол)', en: 'Issues found (Mongolian)' },
  'projects.reports.field.issuesEn': { mn: 'Илэрсэн асуудал (англи)', en: 'Issues found (English)' },
  'projects.reports.field.decreaseReason': { mn: 'Гүйцэтгэл буурсан шалтгаан', en: 'Why progress went down' },
  'projects.reports.field.decreaseReasonMn': {
    mn: 'Гүйцэтгэл буурсан шалтгаан (монгол)',
    en: 'Why progress went down (Mongolian)',
  },
  'projects.reports.field.decreaseReasonEn': {
    mn: 'Гүйцэтгэл буурсан шалтгаан (англи)',
    en: 'Why progress went down (English)',
  },
  'projects.reports.field.officer': { mn: 'Тайлагнасан албан тушаалтан', en: 'Reporting officer' },
  'projects.reports.field.milestones': {
    mn: 'Энэ тайлангаар хийгдсэн үе шат',
    en: 'Milestones this report records as done',
  },
  'projects.reports.field.photos': { mn: 'Ажлын зураг', en: 'Photos of the works' },
  'projects.reports.field.files': { mn: 'Тайлангийн файл', en: 'The report’s files' },
  'projects.reports.field.links': { mn: 'Тайлангийн холбоос', en: 'Links to the report' },
  'projects.reports.hint.photos': {
    mn: 'JPEG, PNG эсвэл WebP, тус бүр 10 MB хүртэл.',
    en: 'JPEG, PNG or WebP, up to 10 MB each.',
  },
  'projects.reports.hint.files': {
    mn: 'PDF эсвэл зураг, тус бүр 10 MB хүртэл.',
    en: 'PDF or images, up to 10 MB each.',
  },
  'projects.reports.hint.links': {
    mn: 'Өөр газар нийтэлсэн баримтын хаяг, мөр бүрт нэг (https://…).',
    en: 'Addresses of documents published elsewhere, one a line (https://…).',
  },
  'projects.reports.error.file': {
    mn: 'Файлыг хүлээн авсангүй: {detail}',
    en: 'The file was not accepted: {detail}',
  },
  'projects.reports.error.link': {
    mn: 'http:// эсвэл https://-ээр эхэлсэн хаягийг мөр бүрт нэгийг, {max} хүртэл бичнэ үү',
    en: 'Enter up to {max} addresses starting with http:// or https://, one a line',
  },
  'projects.reports.hint.percent': { mn: '0-ээс 100, жишээ нь 42.5', en: 'From 0 to 100, for example 42.5' },
  'projects.reports.hint.physicalBasis': {
    mn: 'Жишээ нь: гэрээний ажлын тоо хэмжээ',
    en: 'For example: the quantities of works in the contract',
  },
  'projects.reports.hint.financialBasis': {
    mn: 'Жишээ нь: батлагдсан төсөв',
    en: 'For example: the approved budget',
  },
  'projects.reports.hint.decreaseReason': {
    mn: 'Өмнөх тайлангаас бага гүйцэтгэл тайлагнавал заавал бичнэ.',
    en: 'Required when progress is below the previous report’s.',
  },
  'projects.reports.hint.officer': {
    mn: 'Албан тушаалтны бүртгэл дэх таних нэр, жишээ нь bat-dorj',
    en: 'The official’s identifier in the officials register, for example bat-dorj',
  },
  'projects.reports.error.percentMissing': { mn: 'Хувийг бичнэ үү', en: 'Enter the percentage' },
  'projects.reports.error.percent': {
    mn: 'Хувийг тоогоор, хамгийн ихдээ хоёр аравтын оронтой бичнэ үү',
    en: 'Enter the percentage as a number with at most two decimals',
  },
  'projects.reports.error.percentRange': {
    mn: '{value} биш, 0-ээс 100 хүртэлх хувь бичнэ үү',
    en: 'Enter a percentage from 0 to 100, not {value}',
  },
  'projects.reports.error.dateMissing': { mn: 'Огноогоо бичнэ үү', en: 'Enter the date' },
  'projects.reports.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter the date as YYYY-MM-DD',
  },
  'projects.reports.error.periodEnd': {
    mn: 'Үеийн сүүлийн өдөр эхний өдрөөс хойш байна',
    en: 'The last day of the period must be after its first day',
  },
  'projects.reports.error.periodOverlap': {
    mn: 'Өмнөх тайлан {date} хүртэлх үеийг хамарсан: үе нь түүнээс хойш эхэлнэ',
    en: 'The previous report covers up to {date}: the period must start after it',
  },
  'projects.reports.error.periodOutOfOrder': {
    mn: '{date} хүртэлх тайлан бүртгэгдсэн: тайлан үеийн дарааллаар ирнэ',
    en: 'A report up to {date} is already recorded: reports come in the order of their periods',
  },
  'projects.reports.error.reportedFuture': {
    mn: 'Тайлагнасан огноо өнөөдрөөс хойш байж болохгүй',
    en: 'The report cannot be dated after today',
  },
  'projects.reports.error.reportedBeforePeriod': {
    mn: 'Тайлагнасан огноо үеийн эхлэлээс өмнө байж болохгүй',
    en: 'The report cannot be dated before its period starts',
  },
  'projects.reports.error.decreaseReason': {
    mn: 'Өмнөх тайланд биет {physical}%, санхүүгийн {financial}% байсан: буурсан шалтгааныг бичнэ үү',
    en: 'The previous report had {physical}% physical and {financial}% financial progress: say why progress went down',
  },
  'projects.reports.error.textMissing': { mn: 'Энэ талбарыг бөглөнө үү', en: 'Fill in this field' },
  'projects.reports.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'projects.reports.error.amount': {
    mn: 'Дүнг тоогоор, хамгийн ихдээ хоёр аравтын оронтой бичнэ үү',
    en: 'Enter the amount as a number with at most two decimals',
  },
  'projects.reports.error.currency': {
    mn: 'Валютын гурван үсгийн код бичнэ үү (жишээ нь MNT)',
    en: 'Enter the three-letter currency code (for example MNT)',
  },
  'projects.reports.error.officer': {
    mn: '“{slug}” албан тушаалтны бүртгэлд алга',
    en: '“{slug}” is not in the officials register',
  },
  'projects.reports.error.milestone': {
    mn: 'Энэ төслийн хийгдээгүй үе шатыг сонгоно уу',
    en: 'Choose milestones of this project that are not done yet',
  },
  'projects.milestones.title': { mn: 'Ажлын үе шат', en: 'Milestones' },
  'projects.milestones.none': { mn: 'Үе шат төлөвлөөгүй байна.', en: 'No milestone is planned.' },
  'projects.milestones.open': { mn: 'Хийгдээгүй', en: 'Not done yet' },
  'projects.milestones.field.title': { mn: 'Үе шат', en: 'Milestone' },
  'projects.milestones.field.titleMn': { mn: 'Үе шат (монгол)', en: 'Milestone (Mongolian)' },
  'projects.milestones.field.titleEn': { mn: 'Үе шат (англи)', en: 'Milestone (English)' },
  'projects.milestones.field.dueOn': { mn: 'Хийх хугацаа', en: 'Due on' },
  'projects.milestones.field.completedOn': { mn: 'Хийгдсэн', en: 'Completed' },
  'projects.milestones.new.link': { mn: 'Үе шат нэмэх', en: 'Plan a milestone' },
  'projects.milestones.new.title': { mn: 'Ажлын үе шат төлөвлөх', en: 'Plan a milestone' },
  'projects.milestones.new.submit': { mn: 'Үе шат хадгалах', en: 'Save the milestone' },
  'projects.documents.kind.feasibilityStudy': { mn: 'ТЭЗҮ', en: 'Feasibility study' },
  'projects.documents.kind.physicalProgressReport': {
    mn: 'Биет гүйцэтгэлийн тайлан',
    en: 'Physical progress report',
  },
  'projects.documents.kind.financialProgressReport': {
    mn: 'Санхүүгийн гүйцэтгэлийн тайлан',
    en: 'Financial progress report',
  },
  'projects.documents.kind.photo': { mn: 'Зураг', en: 'Photo' },
  'projects.documents.kind.projectPlan': { mn: 'Төслийн төлөвлөгөө', en: 'Project plan' },
  'projects.documents.kind.environmentalImpact': {
    mn: 'Байгаль орчны нөлөөллийн үнэлгээ',
    en: 'Environmental impact assessment',
  },
  'projects.documents.kind.contractSigned': { mn: 'Гэрээ', en: 'Signed contract' },
  'projects.documents.kind.other': { mn: 'Бусад', en: 'Other' },
});
