import { defineMessages, mergeCatalogues } from '../../../platform/i18n/index.ts';
import { loanPageMessages } from './page-messages.ts';
import { searchMessages } from './search.ts';

/** The loans' problems, both languages side by side; each names what is wrong with its field. */
const errorMessages = defineMessages({
  'projects.loan.error.kind': {
    mn: 'Зээл эсвэл буцалтгүй тусламжийг сонгоно уу',
    en: 'Choose loan or grant',
  },
  'projects.loan.error.lender': {
    mn: 'Зээлдүүлэгчийг бүртгэлийн дугаар, IATI танигч эсвэл «схем:танигч» хэлбэрээр бичнэ үү',
    en: 'Give the lender as a register number, an IATI identifier or “scheme:identifier”',
  },
  'projects.loan.error.project': {
    mn: '“{slug}” төсөл бүртгэлд алга',
    en: 'There is no project “{slug}”',
  },
  'projects.loan.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter the date as YYYY-MM-DD',
  },
  'projects.loan.error.agreementOn': {
    mn: 'Гэрээ байгуулсан огноог бичнэ үү',
    en: 'Enter the date the agreement was signed',
  },
  'projects.loan.error.beforeAgreement': {
    mn: 'Энэ огноо гэрээ байгуулсан өдрөөс өмнө байж болохгүй',
    en: 'This date cannot be before the agreement was signed',
  },
  'projects.loan.error.currency': {
    mn: 'Валютыг ISO 4217 гурван үсгийн кодоор бичнэ үү (JPY, USD)',
    en: 'Enter the currency as its three-letter ISO 4217 code (JPY, USD)',
  },
  'projects.loan.error.noRate': {
    mn: '{date}-ны {currency}-ийн ханш платформын ханшийн бүртгэлд алга: эхлээд ханшийг оруулна уу',
    en: 'The platform’s register has no {currency} rate for {date}: import the rate first',
  },
  'projects.loan.error.amount': { mn: 'Тэгээс их дүн бичнэ үү', en: 'Enter an amount above zero' },
  'projects.loan.error.amountUnit': {
    mn: '{decimals, plural, one {{currency}-ийн дүнг бутархайн # орон хүртэл бичнэ үү} other {{currency}-ийн дүнг бутархайн # орон хүртэл бичнэ үү}}',
    en: '{decimals, plural, one {Write {currency} amounts with at most # decimal place} other {Write {currency} amounts with at most # decimal places}}',
  },
  'projects.loan.error.amountBelowDrawn': {
    mn: 'Дүн аль хэдийн олгосон дүнгээс бага байж болохгүй',
    en: 'The amount cannot be less than what has already been disbursed',
  },
  'projects.loan.error.tiedStatus': {
    mn: 'Уяалдааг сонгоно уу: уяатай, хэсэгчлэн уяатай, уяагүй',
    en: 'Choose tied, partially tied or untied',
  },
  'projects.loan.error.rateKind': {
    mn: 'Хүү тогтмол эсвэл хувьсах эсэхийг сонгоно уу',
    en: 'Choose whether the rate is fixed or variable',
  },
  'projects.loan.error.rate': {
    mn: 'Хүүг жилийн хувиар, бутархайн 4 орон хүртэл бичнэ үү (0.2)',
    en: 'Enter the rate in percent a year, with at most 4 decimals (0.2)',
  },
  'projects.loan.error.baseRateName': {
    mn: 'Суурь хүүгийн нэрийг бичнэ үү (SOFR, TIBOR)',
    en: 'Name the base rate (SOFR, TIBOR)',
  },
  'projects.loan.error.maturity': {
    mn: 'Зээлийн хугацааг бүхэл сараар бичнэ үү',
    en: 'Enter the maturity in whole months',
  },
  'projects.loan.error.grace': {
    mn: 'Хөнгөлөлтийн хугацааг бүхэл сараар бичнэ үү (байхгүй бол 0)',
    en: 'Enter the grace period in whole months (0 for none)',
  },
  'projects.loan.error.graceBeyondMaturity': {
    mn: 'Хөнгөлөлтийн хугацаа зээлийн хугацаанаас богино байх ёстой',
    en: 'The grace period must be shorter than the maturity',
  },
  'projects.loan.error.method': {
    mn: 'Эргэн төлөх аргыг сонгоно уу',
    en: 'Choose the repayment method',
  },
  'projects.loan.error.perYear': {
    mn: 'Жилд хэдэн удаа төлөхийг сонгоно уу: 1, 2, 4 эсвэл 12',
    en: 'Choose how many payments a year: 1, 2, 4 or 12',
  },
  'projects.loan.error.periodsUneven': {
    mn: 'Зээлийн болон хөнгөлөлтийн хугацаа төлөлтийн үеүдэд тэнцүү хуваагдах ёстой',
    en: 'The maturity and the grace period must be whole numbers of payment periods',
  },
  'projects.loan.error.firstBeforeStart': {
    mn: 'Анхны төлөлт зээл хүчин төгөлдөр болсны дараа байх ёстой',
    en: 'The first repayment must come after the loan takes effect',
  },
  'projects.loan.error.finalBeforeFirst': {
    mn: 'Эцсийн төлөлт анхны төлөлтөөс өмнө байж болохгүй',
    en: 'The final repayment cannot come before the first',
  },
  'projects.loan.error.finalOffPeriod': {
    mn: 'Эцсийн төлөлт анхны төлөлтөөс бүтэн үеүдийн дараа байх ёстой',
    en: 'The final repayment must fall a whole number of periods after the first',
  },
  'projects.loan.error.scheduleLine': {
    mn: '{line}-р мөр: «ОООО-СС-ӨӨ үндсэн_төлбөр хүү» хэлбэрээр бичнэ үү',
    en: 'Line {line}: write “YYYY-MM-DD principal interest”',
  },
  'projects.loan.error.scheduleNeeded': {
    mn: 'Бусад аргаар төлөх зээлд гэрээний эргэн төлөлтийн хуваарийг бичнэ үү',
    en: 'For another repayment method, enter the agreement’s schedule',
  },
  'projects.loan.error.scheduleNotRepaid': {
    mn: 'Хуваарийн үндсэн төлбөрийн нийлбэр зээлийн дүн {amount} {currency}-тэй тэнцэх ёстой',
    en: 'The schedule’s principal must add up to the loan’s {amount} {currency}',
  },
  'projects.loan.error.scheduleUnit': {
    mn: '{line}-р мөр: дүн валютын хамгийн бага нэгжээс бутархай байна',
    en: 'Line {line}: an amount is finer than the currency’s smallest unit',
  },
  'projects.loan.error.scheduleNegative': {
    mn: '{line}-р мөр: дүн сөрөг байж болохгүй',
    en: 'Line {line}: an amount cannot be negative',
  },
  'projects.loan.error.scheduleOrder': {
    mn: '{line}-р мөр: огноо өмнөх мөрийнхөөс хойш байх ёстой',
    en: 'Line {line}: the date must come after the line before',
  },
  'projects.loan.error.beyondAmount': {
    mn: 'Олголт зээлийн дүнгээс ({amount} {currency}, олгосон {drawn}) хэтэрч байна',
    en: 'This would disburse more than the loan’s {amount} {currency} ({drawn} drawn so far)',
  },
  'projects.loan.error.beyondDrawn': {
    mn: 'Төлсөн үндсэн төлбөр олгосон дүнгээс ({drawn} {currency}, төлсөн {repaid}) хэтэрч байна',
    en: 'This would repay more principal than was drawn ({drawn} {currency}, {repaid} repaid so far)',
  },
  'projects.loan.error.repaymentEmpty': {
    mn: 'Үндсэн төлбөр эсвэл хүүгийн дүнг бичнэ үү',
    en: 'Enter the principal or the interest paid',
  },
  'projects.loan.error.notVariable': {
    mn: 'Энэ зээлийн хүү тогтмол тул суурь хүү бүртгэхгүй',
    en: 'This loan has a fixed rate: it has no base rate to record',
  },
  'projects.loan.error.periodEnd': {
    mn: 'Дуусах огноо эхлэх огнооноос хойш байх ёстой',
    en: 'The end must come after the start',
  },
  'projects.loan.error.periodOverlap': {
    mn: 'Энэ үе бүртгэсэн өөр үетэй давхцаж байна',
    en: 'This period overlaps another one recorded',
  },
  'projects.loan.error.feeKind': { mn: 'Шимтгэлийн төрлийг сонгоно уу', en: 'Choose the kind of fee' },
  'projects.loan.error.feeOneOf': {
    mn: 'Шимтгэлийн хувь эсвэл дүнгийн аль нэгийг бичнэ үү',
    en: 'Enter either the fee’s rate or its amount, not both',
  },
  'projects.loan.error.official': {
    mn: '“{slug}” албан тушаалтан бүртгэлд алга',
    en: 'There is no official “{slug}” in the register',
  },
  'projects.loan.error.role': { mn: 'Үүргийг бичнэ үү', en: 'Enter the role' },
  'projects.loan.error.boardTwice': {
    mn: 'Энэ хүн энэ үүргээр бүртгэгдсэн байна',
    en: 'This official is already recorded in this role',
  },
});

/** Everything the loans say, joined into the module's catalogue. */
export const loanMessages = mergeCatalogues(errorMessages, loanPageMessages, searchMessages);
