import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the special funds' and non-budgetary income's pages, both languages side by side. */
export const fundsMessages = defineMessages({
  'fiscal.funds.title': { mn: 'Тусгай сангууд', en: 'Special funds' },
  'fiscal.funds.lead': {
    mn: 'Төв болон орон нутгийн засаг захиргааны тусгай сан бүр: хуулиар байгуулагдсан, жил бүр хэдэн төгрөг төвлөрүүлж, хэдийг зарцуулж, хэдэн төгрөгийн үлдэгдэлтэй байгаа.',
    en: 'Every special fund of central and local government: the law that set it up, how much it collected and spent each year, and its balance.',
  },
  'fiscal.funds.year': { mn: 'Төсвийн жил', en: 'Fiscal year' },
  'fiscal.funds.fund': { mn: 'Сан', en: 'Fund' },
  'fiscal.funds.law': { mn: 'Хууль', en: 'Law' },
  'fiscal.funds.opening': { mn: 'Эхний үлдэгдэл', en: 'Opening balance' },
  'fiscal.funds.collected': { mn: 'Төвлөрүүлсэн', en: 'Collected' },
  'fiscal.funds.spent': { mn: 'Зарцуулсан', en: 'Spent' },
  'fiscal.funds.closing': { mn: 'Эцсийн үлдэгдэл', en: 'Closing balance' },
  'fiscal.funds.caption': {
    mn: '{year} онд хүчин төгөлдөр тусгай сангууд (₮)',
    en: 'Special funds in force in {year} (MNT)',
  },
  'fiscal.funds.chart': {
    mn: 'Сан бүрийн төвлөрүүлсэн ба зарцуулсан дүн, {year} (₮)',
    en: 'Collected and spent by each fund, {year} (MNT)',
  },
  'fiscal.funds.balanceNote': {
    mn: 'Үлдэгдэл нь өмнөх жилүүдийн бүх төвлөрүүлэлтээс бүх зарцуулалтыг хассан дүн: платформд бүртгэгдсэн эхний гүйлгээнээс өмнөх үлдэгдлийг тэг гэж тооцно.',
    en: 'A balance is every collection less every spending of the years before: the platform counts from the first flow recorded on it, with nothing before.',
  },
  'fiscal.funds.unconfirmed': { mn: 'Баталгаажаагүй', en: 'Not confirmed' },
  'fiscal.funds.source': { mn: 'Сангийн жагсаалтын эх сурвалж', en: 'Source of the list of funds' },
  'fiscal.funds.inForce': { mn: 'Хүчин төгөлдөр', en: 'In force' },
  'fiscal.funds.since': { mn: '{from} оноос', en: 'since {from}' },
  'fiscal.funds.between': { mn: '{from}–{until}', en: '{from}–{until}' },
  'fiscal.funds.notInForce': {
    mn: 'Энэ сан {year} онд хүчин төгөлдөр байгаагүй.',
    en: 'This fund was not in force in {year}.',
  },
  'fiscal.funds.months': { mn: 'Сараар', en: 'By month' },
  'fiscal.funds.monthsChart': {
    mn: '{fund}: сар бүрийн төвлөрүүлэлт ба зарцуулалт, {year} (₮)',
    en: '{fund}: collection and spending by month, {year} (MNT)',
  },
  'fiscal.funds.monthsCaption': {
    mn: '{fund}: сараар, {year} (₮)',
    en: '{fund} by month, {year} (MNT)',
  },
  'fiscal.funds.month': { mn: 'Сар', en: 'Month' },
  'fiscal.funds.flows': { mn: 'Орлого, зарлагын гүйлгээ', en: 'Flows in and out' },
  'fiscal.funds.flowsCaption': {
    mn: '{fund}: {year} оны гүйлгээ, сүүлийнх нь эхэндээ',
    en: '{fund}: flows of {year}, newest first',
  },
  'fiscal.funds.date': { mn: 'Огноо', en: 'Date' },
  'fiscal.funds.body': { mn: 'Бүртгэсэн байгууллага', en: 'Recorded by' },
  'fiscal.funds.direction': { mn: 'Төрөл', en: 'Direction' },
  'fiscal.funds.direction.collection': { mn: 'Төвлөрүүлэлт', en: 'Collection' },
  'fiscal.funds.direction.spending': { mn: 'Зарцуулалт', en: 'Spending' },
  'fiscal.funds.amount': { mn: 'Дүн (₮)', en: 'Amount (MNT)' },
  'fiscal.funds.purpose': { mn: 'Зориулалт', en: 'Purpose' },
  'fiscal.funds.counterparty': { mn: 'Төлөгч / хүлээн авагч', en: 'Paid in by / paid to' },
  'fiscal.funds.noFlows': {
    mn: 'Энэ жил ямар ч гүйлгээ бүртгэгдээгүй.',
    en: 'No flow was recorded this year.',
  },
  'fiscal.funds.years': { mn: 'Жилүүд', en: 'Years' },
  'fiscal.funds.yearsCaption': { mn: '{fund}: жил бүрээр (₮)', en: '{fund} year by year (MNT)' },
  'fiscal.funds.monitor': { mn: 'Иргэдийн хяналт', en: 'Citizen monitoring' },
  'fiscal.funds.monitorText': {
    mn: 'Энэ сангийн талаар асуулт асууж болно: асуулт сангийн {year} оны гүйлгээг бүртгэсэн байгууллагад хугацаатайгаар очиж, хариулт нь нийтэд нээлттэй байна.',
    en: 'Anyone may ask a question about this fund: it goes to the body that recorded its flows of {year}, with a deadline, and the answer is public.',
  },
  'fiscal.funds.noManager': {
    mn: 'Энэ жил гүйлгээ бүртгээгүй тул асуултад хариулах байгууллага алга.',
    en: 'No body recorded flows this year, so there is no one to answer a question yet.',
  },
  'fiscal.funds.questions': { mn: 'Энэ сангийн талаарх асуултууд', en: 'Questions about this fund' },
  'fiscal.donations.title': { mn: 'Төсвийн бус орлого', en: 'Non-budgetary income' },
  'fiscal.donations.lead': {
    mn: 'Байгууллагууд хандив, буяны болон бусад тусламж хэнээс (хандивлагчийн төрлөөр), юунд зориулж хэдийг хүлээн авч, хэдийг зарцуулсан. Иргэний нэр хэзээ ч нийтлэгдэхгүй.',
    en: 'Donations, charity and assistance the bodies received: from whom (by kind of donor), for what, how much, and how much they spent of it. A citizen is never named.',
  },
  'fiscal.donations.spentNote': {
    mn: 'Зарцуулсан нь тухайн байгууллагын тухайн жилийн "төсвийн бус" эх үүсвэртэй гүйлгээний нийлбэр.',
    en: 'Spent is the sum of the body’s transactions of the year paid from the non-budgetary funding source.',
  },
  'fiscal.donations.body': { mn: 'Байгууллага', en: 'Body' },
  'fiscal.donations.anyBody': { mn: 'Бүх байгууллага', en: 'Every body' },
  'fiscal.donations.donorType': { mn: 'Хандивлагч', en: 'Donor' },
  'fiscal.donations.donor': { mn: 'Хандивлагч байгууллага', en: 'Donor organisation' },
  'fiscal.donations.kind': { mn: 'Төрөл', en: 'Kind' },
  'fiscal.donations.kind.donation': { mn: 'Хандив', en: 'Donation' },
  'fiscal.donations.kind.charity': { mn: 'Буяны тусламж', en: 'Charity' },
  'fiscal.donations.kind.assistance': { mn: 'Тусламж', en: 'Assistance' },
  'fiscal.donations.inKind': { mn: 'Эд зүйлээр', en: 'In kind' },
  'fiscal.donations.collected': { mn: 'Хүлээн авсан', en: 'Received' },
  'fiscal.donations.spent': { mn: 'Зарцуулсан', en: 'Spent' },
  'fiscal.donations.count': { mn: 'Тоо', en: 'Count' },
  'fiscal.donations.byBody': {
    mn: 'Байгууллага бүрийн хүлээн авсан ба зарцуулсан, {year} (₮)',
    en: 'Received and spent by each body, {year} (MNT)',
  },
  'fiscal.donations.byDonor': {
    mn: 'Хандивлагчийн төрлөөр, {year} (₮)',
    en: 'By kind of donor, {year} (MNT)',
  },
  'fiscal.donations.list': {
    mn: 'Хүлээн авсан хандив, тусламж, {year}',
    en: 'Donations and assistance received, {year}',
  },
  'fiscal.donations.empty': {
    mn: 'Энэ жил төсвийн бус орлого бүртгэгдээгүй.',
    en: 'No non-budgetary income was recorded this year.',
  },
  'fiscal.record.flow': { mn: 'Тусгай сангийн гүйлгээ бүртгэх', en: 'Record a special fund’s flow' },
  'fiscal.record.donation': { mn: 'Хандив, тусламж бүртгэх', en: 'Record a donation or assistance' },
  'fiscal.record.submit': { mn: 'Бүртгэх', en: 'Record' },
  'fiscal.record.ref': { mn: 'Баримтын дугаар', en: 'Document number' },
  'fiscal.record.refHint': {
    mn: 'Байгууллагын өөрийн дугаар: үсэг, тоо, . _ / -',
    en: 'The body’s own number: letters, digits, . _ / -',
  },
  'fiscal.record.date': { mn: 'Огноо (ЖЖЖЖ-СС-ӨӨ)', en: 'Date (YYYY-MM-DD)' },
  'fiscal.record.counterpartyHint': {
    mn: 'Хуулийн этгээдийн бүртгэлийн дугаар (/legal-entities/…), хувь хүн бол хоосон',
    en: 'The legal entity’s number on this platform (/legal-entities/…), empty for a person',
  },
  'fiscal.record.donorHint': {
    mn: 'Хандивлагч байгууллагын хуулийн этгээдийн дугаар; иргэн бол хоосон үлдээнэ',
    en: 'The donor organisation’s legal entity number; leave empty for a citizen',
  },
  'fiscal.record.error.ref': {
    mn: 'Дугаар үсэг эсвэл тоогоор эхэлж, 100 хүртэл тэмдэгт (үсэг, тоо, . _ / -) байна',
    en: 'The number starts with a letter or digit and has up to 100 letters, digits, . _ / -',
  },
  'fiscal.record.error.refTaken': { mn: '{ref} дугаар бүртгэгдсэн байна', en: '{ref} is already recorded' },
  'fiscal.record.error.date': {
    mn: 'Огноог ЖЖЖЖ-СС-ӨӨ хэлбэрээр оруулна уу',
    en: 'Enter the date as YYYY-MM-DD',
  },
  'fiscal.record.error.amount': {
    mn: 'Дүн тэгээс их, бутархай хоёр хүртэл оронтой байна (₮)',
    en: 'The amount is more than zero, with at most two decimals (MNT)',
  },
  'fiscal.record.error.purpose': {
    mn: 'Зориулалтыг 1–500 тэмдэгтээр бичнэ үү',
    en: 'Write the purpose in 1 to 500 characters',
  },
  'fiscal.record.error.entity': {
    mn: '{id}: ийм хуулийн этгээд бүртгэлд алга',
    en: '{id}: no such legal entity in the register',
  },
  'fiscal.record.error.fund': {
    mn: '{year} онд хүчин төгөлдөр байсан сангаас сонгоно уу',
    en: 'Choose a fund that was in force in {year}',
  },
  'fiscal.record.error.direction': {
    mn: 'Төвлөрүүлэлт эсвэл зарцуулалтыг сонгоно уу',
    en: 'Choose collection or spending',
  },
  'fiscal.record.error.kind': { mn: 'Төрлийг сонгоно уу', en: 'Choose the kind' },
  'fiscal.record.error.donorType': { mn: 'Хандивлагчийн төрлийг сонгоно уу', en: 'Choose the kind of donor' },
  'fiscal.record.error.citizenNamed': {
    mn: 'Иргэнийг хэзээ ч нэрлэхгүй: хандивлагчийг хоосон үлдээнэ үү',
    en: 'A citizen is never named: leave the donor empty',
  },
});
