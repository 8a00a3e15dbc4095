import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the public servants' benefits pages and form, both languages side by side. */
export const benefitsMessages = defineMessages({
  'fiscal.benefits.title': {
    mn: 'Төрийн албан хаагчдын нийгмийн баталгаа',
    en: 'Social benefits of public servants',
  },
  'fiscal.benefits.lead': {
    mn: 'Байгууллага, албан тушаалын ангилал, тэтгэмжийн төрлөөр: хэдэн хүн, нийт хэдэн төгрөг авсан. Зөвхөн нэгтгэсэн тоо нийтлэгдэнэ.',
    en: 'By organisation, position grade and benefit type: how many people received how much in total. Only aggregates are published.',
  },
  'fiscal.benefits.why': { mn: 'Зарим нүд яагаад нууцлагдсан бэ', en: 'Why some cells are suppressed' },
  'fiscal.benefits.whyText': {
    mn: '{minimum}-аас цөөн хүнтэй нүдийг нийтлэхгүй: ийм нүднээс тухайн хүнийг таних боломжтой. Нийлбэрээс хасаж нууцлагдсан нүдийг олохгүйн тулд мөр, баганын өөр нэг нүдийг мөн нууцална (нэмэлт нууцлал). Нууцлагдсан нүдний хүний тоо, дүн хоёулаа нийтлэгдэхгүй.',
    en: 'A cell of fewer than {minimum} recipients is not published: its people could be recognised. So that a suppressed cell cannot be worked out by subtracting from the totals, another cell of its row or column is suppressed too (complementary suppression). A suppressed cell shows neither its recipients nor its amount.',
  },
  'fiscal.benefits.source': { mn: 'Эх сурвалж', en: 'Source' },
  'fiscal.benefits.year': { mn: 'Төсвийн жил', en: 'Fiscal year' },
  'fiscal.benefits.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'fiscal.benefits.allOrganizations': { mn: 'Бүх байгууллага', en: 'All organisations' },
  'fiscal.benefits.grade': { mn: 'Албан тушаалын ангилал', en: 'Position grade' },
  'fiscal.benefits.type': { mn: 'Тэтгэмжийн төрөл', en: 'Benefit type' },
  'fiscal.benefits.recipients': { mn: 'Хүний тоо', en: 'Recipients' },
  'fiscal.benefits.amount': { mn: 'Дүн (₮)', en: 'Amount (MNT)' },
  'fiscal.benefits.total': { mn: 'Бүгд', en: 'Total' },
  'fiscal.benefits.suppressed.small': {
    mn: 'Нууцалсан: {minimum}-аас цөөн',
    en: 'Suppressed: fewer than {minimum}',
  },
  'fiscal.benefits.suppressed.complementary': {
    mn: 'Нууцалсан: өөр нүдийг хамгаална',
    en: 'Suppressed: protects another cell',
  },
  'fiscal.benefits.recipientsCaption': {
    mn: '{scope}: хүний тоо, ангилал ба тэтгэмжийн төрлөөр, {year}',
    en: '{scope}: recipients by grade and benefit type, {year}',
  },
  'fiscal.benefits.amountCaption': {
    mn: '{scope}: дүн (₮), ангилал ба тэтгэмжийн төрлөөр, {year}',
    en: '{scope}: amount (MNT) by grade and benefit type, {year}',
  },
  'fiscal.benefits.byOrganization': { mn: 'Байгууллагаар', en: 'By organisation' },
  'fiscal.benefits.byOrganizationCaption': {
    mn: 'Байгууллага бүрийн нийт хүний тоо, дүн, {year}',
    en: 'Each organisation’s recipients and amount, {year}',
  },
  'fiscal.benefits.chart': {
    mn: '{scope}: тэтгэмжийн төрлөөр дүн, {year} (нууцлагдсан нүдгүй)',
    en: '{scope}: amount by benefit type, {year} (suppressed cells left out)',
  },
  'fiscal.benefits.empty': {
    mn: 'Нийгмийн баталгааны мэдээ хараахан нийтлэгдээгүй байна.',
    en: 'No benefits have been reported yet.',
  },
  'fiscal.benefits.report': {
    mn: 'Байгууллагын нийгмийн баталгааны нийт дүнг оруулах',
    en: 'Report an organisation’s benefit totals',
  },
  'fiscal.benefits.form.lead': {
    mn: 'Ангилал, тэтгэмжийн төрөл бүрээр хүний тоо, нийт дүнг оруулна. Тухайн байгууллага, жилийн өмнөх тоог энэ нь бүхэлд нь солино. Нэр, хувь хүний мэдээлэл оруулахгүй.',
    en: 'Enter the recipients and the total amount for each grade and benefit type. This replaces the organisation’s figures for the year. Never a name or anything about one person.',
  },
  'fiscal.benefits.form.submit': { mn: 'Хадгалах', en: 'Save' },
  'fiscal.benefits.form.cell': { mn: '{grade}, {type}: {measure}', en: '{grade}, {type}: {measure}' },
  'fiscal.benefits.saved': {
    mn: 'Нийгмийн баталгааны тоо хадгалагдлаа.',
    en: 'The benefit totals were saved.',
  },
  'fiscal.benefits.error.organization': {
    mn: 'Та энэ байгууллагын өмнөөс нийтлэх эрхгүй, эсвэл ийм байгууллага алга',
    en: 'You may not publish for this organisation, or there is no such organisation',
  },
  'fiscal.benefits.error.year': {
    mn: 'Төсвийн жилийг 1990–2100 хооронд бүхэл тоогоор оруулна уу',
    en: 'Enter the fiscal year as a whole number between 1990 and 2100',
  },
  'fiscal.benefits.error.recipients': {
    mn: '{grade}, {type}: хүний тоо тэг буюу эерэг бүхэл тоо байна',
    en: '{grade}, {type}: recipients must be a whole number, zero or more',
  },
  'fiscal.benefits.error.amount': {
    mn: '{grade}, {type}: дүн тэг буюу эерэг тоо байна (₮, бутархай хоёр оронтой)',
    en: '{grade}, {type}: the amount must be zero or more (MNT, at most two decimals)',
  },
  'fiscal.benefits.error.amountWithoutRecipients': {
    mn: '{grade}, {type}: хүнгүй нүдэнд дүн байж болохгүй',
    en: '{grade}, {type}: an amount with no recipients',
  },
  'fiscal.benefits.error.unknownCode': {
    mn: '{code}: энэ ангилал, төрөл улсын багцад алга',
    en: '{code}: not a grade or benefit type of the country pack',
  },
});
