import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { contractMessages } from './contracts/messages.ts';
import { studyMessages } from './feasibility/messages.ts';
import { flagMessages } from './flags/messages.ts';
import { loanMessages } from './loans/messages.ts';
import { pageMessages } from './pages/messages.ts';
import { reportMessages } from './reports/messages.ts';
import { searchMessages } from './search.ts';
import { standardsMessages } from './standards/messages.ts';

/** What the module's pages, API problems and home card share, both languages side by side. */
const recordMessages = defineMessages({
  'nav.projects': { mn: 'Төсөл, гадаад зээл', en: 'Projects and loans' },
  'projects.title': { mn: 'Төсөл, гадаад зээл', en: 'Projects and foreign loans' },
  'projects.card': {
    mn: '{count, plural, one {Улсын хөрөнгө оруулалт, гадаад зээлийн # төсөл: явц, санхүүжилт, зээлийн нөхцөл.} other {Улсын хөрөнгө оруулалт, гадаад зээлийн # төсөл: явц, санхүүжилт, зээлийн нөхцөл.}}',
    en: '{count, plural, one {# public investment or foreign-loan project: progress, funding and loan terms.} other {# public investment and foreign-loan projects: progress, funding and loan terms.}}',
  },
  'projects.field.name': { mn: 'Нэр', en: 'Title' },
  'projects.field.slug': { mn: 'Таних нэр', en: 'Identifier' },
  'projects.field.organization': { mn: 'Хэрэгжүүлэгч байгууллага', en: 'Implementing body' },
  'projects.field.supervisingOrganization': { mn: 'Хяналт тавих байгууллага', en: 'Supervising body' },
  'projects.field.titleMn': { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' },
  'projects.field.titleEn': { mn: 'Нэр (англи)', en: 'Title (English)' },
  'projects.field.descriptionMn': { mn: 'Тайлбар (монгол)', en: 'Description (Mongolian)' },
  'projects.field.descriptionEn': { mn: 'Тайлбар (англи)', en: 'Description (English)' },
  'projects.field.sector': { mn: 'Салбар', en: 'Sector' },
  'projects.field.projectType': { mn: 'Төслийн төрөл', en: 'Type of project' },
  'projects.field.stage': { mn: 'Үе шат', en: 'Stage' },
  'projects.field.status': { mn: 'Төлөв', en: 'Status' },
  'projects.field.budget': { mn: 'Төсөв', en: 'Budget' },
  'projects.field.budgetAmount': { mn: 'Төсвийн дүн', en: 'Budget amount' },
  'projects.field.budgetCurrency': { mn: 'Төсвийн валют', en: 'Budget currency' },
  'projects.field.budgetApprovedOn': { mn: 'Төсөв баталсан огноо', en: 'Budget approved on' },
  'projects.field.plannedStart': { mn: 'Эхлэх огноо (төлөвлөсөн)', en: 'Planned start' },
  'projects.field.plannedEnd': { mn: 'Дуусах огноо (төлөвлөсөн)', en: 'Planned end' },
  'projects.field.planDecision': { mn: 'Төлөвлөгөө баталсан шийдвэр', en: 'Decision approving the plan' },
  'projects.field.actualStart': { mn: 'Эхэлсэн огноо', en: 'Actual start' },
  'projects.field.actualEnd': { mn: 'Дууссан огноо', en: 'Actual end' },
  'projects.field.adminUnit': { mn: 'Засаг захиргааны нэгж', en: 'Admin unit' },
  'projects.field.locations': { mn: 'Байршил (GeoJSON)', en: 'Places (GeoJSON)' },
  'projects.field.funding': { mn: 'Санхүүжилтийн эх үүсвэр', en: 'Funding sources' },
  'projects.field.source': { mn: 'Эх үүсвэр', en: 'Source' },
  'projects.field.amount': { mn: 'Дүн', en: 'Amount' },
  'projects.field.currency': { mn: 'Валют', en: 'Currency' },
  'projects.field.fundingDetail': { mn: 'Зээл, төсвийн ангилал', en: 'Loan or budget line' },
  'projects.field.revisedOn': { mn: 'Өөрчилсөн огноо', en: 'Revised on' },
  'projects.field.reason': { mn: 'Шалтгаан', en: 'Reason' },
  'projects.field.reasonMn': { mn: 'Шалтгаан (монгол)', en: 'Reason (Mongolian)' },
  'projects.field.reasonEn': { mn: 'Шалтгаан (англи)', en: 'Reason (English)' },
  'projects.field.decision': { mn: 'Шийдвэр', en: 'Decision' },
  'projects.field.created': { mn: 'Бүртгэсэн', en: 'Created' },
  'projects.field.updated': { mn: 'Шинэчилсэн', en: 'Updated' },
  'projects.field.version': { mn: 'Хувилбар', en: 'Version' },
  'projects.field.changedAt': { mn: 'Өөрчилсөн', en: 'Changed' },
  'projects.field.changed': { mn: 'Өөрчлөгдсөн талбар', en: 'Fields changed' },
  'projects.stage.identification': { mn: 'Тодорхойлох', en: 'Identification' },
  'projects.stage.preparation': { mn: 'Бэлтгэл', en: 'Preparation' },
  'projects.stage.implementation': { mn: 'Хэрэгжилт', en: 'Implementation' },
  'projects.stage.completion': { mn: 'Дууссан', en: 'Completion' },
  'projects.status.active': { mn: 'Идэвхтэй', en: 'Active' },
  'projects.status.suspended': { mn: 'Түр зогссон', en: 'Suspended' },
  'projects.status.cancelled': { mn: 'Цуцлагдсан', en: 'Cancelled' },
  'projects.status.closed': { mn: 'Хаагдсан', en: 'Closed' },
  'projects.type.construction': { mn: 'Шинэ барилга', en: 'Construction' },
  'projects.type.rehabilitation': { mn: 'Сэргээн засварлалт', en: 'Rehabilitation' },
  'projects.type.replacement': { mn: 'Солих', en: 'Replacement' },
  'projects.type.expansion': { mn: 'Өргөтгөл', en: 'Expansion' },
  'projects.type.decommissioning': { mn: 'Ашиглалтаас гаргах', en: 'Decommissioning' },
  'projects.funding.budget': { mn: 'Улсын төсөв', en: 'State budget' },
  'projects.funding.foreign-loan': { mn: 'Гадаад зээл', en: 'Foreign loan' },
  'projects.funding.grant': { mn: 'Буцалтгүй тусламж', en: 'Grant' },
  'projects.funding.concession': { mn: 'Концесс', en: 'Concession' },
  'projects.funding.ppp': { mn: 'Төр, хувийн хэвшлийн түншлэл', en: 'Public–private partnership' },
  'projects.error.organization': {
    mn: 'Бүртгэлтэй байгууллага сонгоно уу',
    en: 'Choose an organisation of the registry',
  },
  'projects.error.slug': {
    mn: 'Латин жижиг үсэг, цифрийг зураасаар холбож бичнэ үү; new, map, loans зэрэг хуудасны нэрийг хэрэглэхгүй',
    en: 'Use lower-case letters and digits joined by hyphens, and not the name of a page such as new, map or loans',
  },
  'projects.error.slugTaken': {
    mn: '“{slug}” нэр бүртгэгдсэн байна, өөр нэр сонгоно уу',
    en: '“{slug}” is taken; choose another identifier',
  },
  'projects.error.nameMissing': { mn: 'Нэрээ бичнэ үү', en: 'Enter the title' },
  'projects.error.descriptionMissing': { mn: 'Тайлбараа бичнэ үү', en: 'Enter the description' },
  'projects.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'projects.error.sector': { mn: 'Жагсаалтаас салбар сонгоно уу', en: 'Choose a sector from the list' },
  'projects.error.projectType': { mn: 'Жагсаалтаас төрөл сонгоно уу', en: 'Choose a type from the list' },
  'projects.error.stage': { mn: 'Жагсаалтаас үе шат сонгоно уу', en: 'Choose a stage from the list' },
  'projects.error.status': { mn: 'Жагсаалтаас төлөв сонгоно уу', en: 'Choose a status from the list' },
  'projects.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter a real date as YYYY-MM-DD',
  },
  'projects.error.dateMissing': { mn: 'Огноогоо бичнэ үү', en: 'Enter the date' },
  'projects.error.endBeforeStart': {
    mn: 'Дуусах огноо эхлэх огнооноос хойш байх ёстой',
    en: 'The end must come after the start',
  },
  'projects.error.startMissing': {
    mn: 'Дууссан бол эхэлсэн огноог бичнэ үү',
    en: 'Enter when it started, since it has ended',
  },
  'projects.error.amount': {
    mn: 'Тэгээс их дүнг, хамгийн ихдээ хоёр бутархай оронтой бичнэ үү',
    en: 'Enter an amount above zero with at most two decimals',
  },
  'projects.error.amountMissing': {
    mn: 'Валютын хамт дүнг бичнэ үү',
    en: 'Enter the amount with its currency',
  },
  'projects.error.currency': {
    mn: 'Валютын гурван үсэгт кодыг бичнэ үү (жишээ нь MNT)',
    en: 'Enter the three-letter currency code (e.g. MNT)',
  },
  'projects.error.place.json': {
    mn: 'Байршлыг GeoJSON хэлбэрээр бичнэ үү',
    en: 'Give the places as GeoJSON',
  },
  'projects.error.place.tooMany': { mn: 'Хамгийн ихдээ {max} байршил', en: 'At most {max} places' },
  'projects.error.place.type': {
    mn: '{place}-р байршил цэг, шугам эсвэл талбай байх ёстой',
    en: 'Place {place} must be a point, a line or an area',
  },
  'projects.error.place.positions': {
    mn: '{place}-р байршлын координат буруу: уртраг, өргөрөгийн тоо хэрэгтэй (шугам 2-оос доошгүй цэгтэй)',
    en: 'Place {place} has bad positions: longitude and latitude numbers are needed (a line needs two or more)',
  },
  'projects.error.place.ringTooFew': {
    mn: '{place}-р талбайн хүрээ 4-өөс доошгүй цэгтэй байх ёстой',
    en: 'A ring of place {place} needs four positions or more',
  },
  'projects.error.place.ringNotClosed': {
    mn: '{place}-р талбайн хүрээ эхэлсэн цэгтээ хаагдах ёстой',
    en: 'A ring of place {place} must end where it starts',
  },
  'projects.error.place.crosses': {
    mn: '{place}-р талбайн хил өөрөө өөрийгөө огтолж байна ({lon}, {lat})',
    en: 'The edge of place {place} crosses itself at ({lon}, {lat})',
  },
  'projects.error.place.outside': {
    mn: '{place}-р байршлын цэг ({lon}, {lat}) улсын хилийн гадна байна',
    en: 'Place {place} has a position ({lon}, {lat}) outside the country',
  },
  'projects.error.place.properties': {
    mn: '{place}-р байршлын тайлбар {max} тэмдэгтээс хэтрэхгүй бичвэр байх ёстой',
    en: 'The descriptions of place {place} must be text of at most {max} characters',
  },
  'projects.error.place.unit': {
    mn: '{place}-р байршлын “{code}” нэгж бүртгэлд алга',
    en: 'Place {place} names a unit “{code}” the country does not have',
  },
  'projects.error.funding.line': {
    mn: '{line}-р мөр: эх үүсвэр, дүн, валют, шаардлагатай бол зээл эсвэл төсвийн ангилал',
    en: 'Line {line}: write the source, amount, currency and, where needed, the loan or budget line',
  },
  'projects.error.funding.tooMany': {
    mn: 'Хамгийн ихдээ {max} эх үүсвэр',
    en: 'At most {max} funding sources',
  },
  'projects.error.funding.source': {
    mn: '{line}-р мөр: эх үүсвэр budget, foreign-loan, grant, concession, ppp-ийн аль нэг байна',
    en: 'Line {line}: the source is one of budget, foreign-loan, grant, concession, ppp',
  },
  'projects.error.funding.amount': {
    mn: '{line}-р мөр: тэгээс их дүн бичнэ үү',
    en: 'Line {line}: enter an amount above zero',
  },
  'projects.error.funding.currency': {
    mn: '{line}-р мөр: валютын гурван үсэгт код бичнэ үү',
    en: 'Line {line}: enter a three-letter currency code',
  },
  'projects.error.funding.description': {
    mn: '{line}-р мөр: тайлбар {max} тэмдэгтээс хэтрэхгүй',
    en: 'Line {line}: a description has at most {max} characters',
  },
  'projects.error.funding.loanMissing': {
    mn: '{line}-р мөр: зээл эсвэл тусламжийн таних нэрийг бичнэ үү',
    en: 'Line {line}: name the loan or grant by its identifier',
  },
  'projects.error.funding.loanUnknown': {
    mn: '{line}-р мөр: “{loan}” зээл бүртгэлд алга',
    en: 'Line {line}: there is no loan or grant “{loan}” in the register',
  },
  'projects.error.funding.loanKind': {
    mn: '{line}-р мөр: “{loan}” нь энэ төрлийн эх үүсвэр биш (зээл бол foreign-loan, тусламж бол grant)',
    en: 'Line {line}: “{loan}” is not of this kind (foreign-loan for a loan, grant for a grant)',
  },
  'projects.error.funding.loanCurrency': {
    mn: '{line}-р мөр: “{loan}” зээлийн валют {currency}',
    en: 'Line {line}: the loan “{loan}” is in {currency}',
  },
  'projects.error.funding.loanOther': {
    mn: '{line}-р мөр: “{loan}” өөр төслийг санхүүжүүлдэг',
    en: 'Line {line}: “{loan}” funds another project',
  },
  'projects.error.funding.reference': {
    mn: '{line}-р мөр: төсвийн ангилал (100 тэмдэгт хүртэл) зөвхөн төсөвт, зээл зөвхөн зээл, тусламжид',
    en: 'Line {line}: only the budget takes a budget line (up to 100 characters), only a loan or grant a loan',
  },
  'projects.error.revision.nothing': {
    mn: 'Шинэ төсөв эсвэл хугацааны аль нэгийг бичнэ үү',
    en: 'Enter a new budget or new planned dates',
  },
  'projects.error.revision.order': {
    mn: 'Өмнөх өөрчлөлтийн огноо ({date})-оос хойш байх ёстой',
    en: 'Use a date no earlier than the last revision’s ({date})',
  },
  'projects.error.revision.reason': {
    mn: 'Өөрчлөлтийн шалтгааныг монголоор бичнэ үү',
    en: 'Give the reason for the change in Mongolian',
  },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(
  recordMessages,
  pageMessages,
  searchMessages,
  contractMessages,
  reportMessages,
  flagMessages,
  studyMessages,
  loanMessages,
  standardsMessages,
);
