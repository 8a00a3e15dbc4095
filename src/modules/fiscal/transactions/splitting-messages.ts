import { defineMessages } from '../../../platform/i18n/index.ts';

/** Threshold splitting, the "what if" view and publication compliance. */
export const splittingMessages = defineMessages({
  'fiscal.splitting.title': { mn: 'Босгоос доош хуваасан төлбөр', en: 'Payments split under the threshold' },
  'fiscal.splitting.lead': {
    mn: 'Нэг байгууллага нэг хүлээн авагчид богино хугацаанд босгоос бага зэрэг доогуур хэд хэдэн төлбөр хийвэл тэр нь нэг төлбөрийг нийтлэх үүргээс зайлсхийхийн тулд хуваасан байж болзошгүй.',
    en: 'When a body pays one payee several amounts just under the threshold within a short time, one payment may have been split to escape the duty to publish it.',
  },
  'fiscal.splitting.rule': { mn: 'Дүрэм', en: 'The rule' },
  'fiscal.splitting.ruleThreshold': {
    mn: '{threshold}-өөс дээш гүйлгээ бүрийг тус бүрд нь нийтэлнэ.',
    en: 'Every transaction above {threshold} must be published on its own.',
  },
  'fiscal.splitting.ruleWindow': {
    mn: 'Нэг төлөгч нэг хүлээн авагчид {days, plural, one {# хоногийн} other {# хоногийн}} дотор дор хаяж {payments, plural, one {# төлбөр} other {# төлбөр}} хийсэн, тус бүр нь босгын {band}% ({floor})-иас багагүй, босгоос ихгүй, нийлбэр нь босгоос их бол дохио өгнө.',
    en: 'Flagged: at least {payments, plural, one {# payment} other {# payments}} by one payer to one payee within {days, plural, one {# day} other {# days}}, each at least {band}% of the threshold ({floor}) and not above it, together above it.',
  },
  'fiscal.splitting.source': { mn: 'Эх сурвалж', en: 'Source' },
  'fiscal.splitting.unconfirmed': { mn: 'баталгаажаагүй', en: 'not confirmed' },
  'fiscal.splitting.caveat': {
    mn: 'Дохио нь буруу зүйл хийсэн гэдгийг нотлохгүй; хаана шалгахыг заана. Буцаалтыг тооцохгүй.',
    en: 'A flag does not prove wrongdoing; it tells where to look. Refunds are not counted.',
  },
  'fiscal.splitting.explain': {
    mn: '{payer} {payee}-д {days, plural, one {# хоногийн} other {# хоногийн}} дотор {amounts} төлсөн; тус бүр нь тус бүрд нь нийтлэх ёстой {threshold}-ийн босгоос бага зэрэг доогуур; нийт {total}.',
    en: '{payer} paid {payee} {amounts} within {days, plural, one {# day} other {# days}}; each just under the {threshold} threshold above which a payment must be published on its own; together {total}.',
  },
  'fiscal.splitting.groups': {
    mn: '{count, plural, one {# бүлэг} other {# бүлэг}}',
    en: '{count, plural, one {# flagged group} other {# flagged groups}}',
  },
  'fiscal.splitting.caption': { mn: '{year} оны дохио өгсөн бүлгүүд', en: 'Flagged groups of {year}' },
  'fiscal.splitting.none': {
    mn: 'Энэ дүрмээр дохио өгөх төлбөр олдсонгүй.',
    en: 'No payments meet this rule.',
  },
  'fiscal.splitting.noPayments': { mn: 'Энэ жил төлбөр алга.', en: 'No payments this year.' },
  'fiscal.splitting.years': { mn: 'Жилүүд', en: 'Years' },
  'fiscal.splitting.col.payments': { mn: 'Төлбөрүүд', en: 'Payments' },
  'fiscal.splitting.col.total': { mn: 'Нийт', en: 'Together' },
  'fiscal.splitting.col.explain': { mn: 'Тайлбар', en: 'In plain words' },
  'fiscal.whatIf.title': { mn: 'Босго {threshold} байсан бол', en: 'What if the threshold were {threshold}' },
  'fiscal.whatIf.lead': {
    mn: 'Босго {current}-өөс {proposed} болж буурвал хэдэн гүйлгээ, хэдэн төгрөг тус бүрдээ нийтлэгдэх байсан, мөн ямар төлбөрүүд хуваасан гэж дохио өгөх байсан.',
    en: 'How many transactions and how much money would be published one by one if the threshold fell from {current} to {proposed}, and which payments the lower threshold would flag as split.',
  },
  'fiscal.whatIf.summary': {
    mn: 'Нийт {all, plural, one {# төлбөр} other {# төлбөр}} ({allAmount}). {current}-ийн босгоор {now, plural, one {# төлбөр} other {# төлбөр}} ({nowAmount}), {proposed}-ийн босгоор {lower, plural, one {# төлбөр} other {# төлбөр}} ({lowerAmount}) тус бүрдээ нийтлэгдэнэ.',
    en: '{all, plural, one {# payment} other {# payments}} in all ({allAmount}). At {current}, {now, plural, one {# payment} other {# payments}} ({nowAmount}) are published one by one; at {proposed}, {lower, plural, one {# payment} other {# payments}} ({lowerAmount}) would be.',
  },
  'fiscal.whatIf.caption': { mn: '{year} онд байгууллага бүрээр', en: 'By body, {year}' },
  'fiscal.whatIf.col.all': { mn: 'Бүх төлбөр', en: 'All payments' },
  'fiscal.whatIf.col.above': { mn: '{threshold}-өөс дээш', en: 'Above {threshold}' },
  'fiscal.whatIf.groups': {
    mn: '{threshold}-ийн босгоор дохио өгөх {count, plural, one {# бүлэг} other {# бүлэг}}',
    en: '{count, plural, one {# group} other {# groups}} the {threshold} threshold would flag',
  },
  'fiscal.whatIf.groupsCaption': {
    mn: '{threshold}-ийн босгоор хуваасан байж болзошгүй төлбөрүүд',
    en: 'Payments possibly split under a {threshold} threshold',
  },
  'fiscal.compliance.title': { mn: 'Нийтлэлтийн хяналт', en: 'Publication compliance' },
  'fiscal.compliance.lead': {
    mn: 'Байгууллага бүр гүйлгээгээ хэр нийтэлж байна: нийтэлсэн, хоцорсон, дутуу (гүйцэтгэлд тусгагдсан боловч гүйлгээ нь нийтлэгдээгүй).',
    en: 'How each body publishes its transactions: published, late, and missing (spending reported in execution with no transactions behind it).',
  },
  'fiscal.compliance.rule': {
    mn: '{threshold}-өөс дээш гүйлгээг төлснөөс хойш {days, plural, one {# хоногт} other {# хоногт}} нийтэлнэ.',
    en: 'A transaction above {threshold} must be published within {days, plural, one {# day} other {# days}} of payment.',
  },
  'fiscal.compliance.caption': { mn: '{year} оны байгууллага бүрийн байдал', en: 'Each body in {year}' },
  'fiscal.compliance.col.body': { mn: 'Байгууллага', en: 'Body' },
  'fiscal.compliance.col.published': { mn: 'Нийтэлсэн', en: 'Published' },
  'fiscal.compliance.col.amount': { mn: 'Дүн', en: 'Amount' },
  'fiscal.compliance.col.late': { mn: 'Хоцорсон', en: 'Late' },
  'fiscal.compliance.col.missing': { mn: 'Гүйлгээгүй мөр', en: 'Lines without transactions' },
  'fiscal.compliance.col.status': { mn: 'Байдал', en: 'Status' },
  'fiscal.compliance.col.month': { mn: 'Сар', en: 'Month' },
  'fiscal.compliance.col.line': { mn: 'Төсвийн мөр', en: 'Budget line' },
  'fiscal.compliance.col.executed': { mn: 'Гүйцэтгэл', en: 'Executed' },
  'fiscal.compliance.col.transactions': { mn: 'Гүйлгээ', en: 'Transactions' },
  'fiscal.compliance.col.sum': { mn: 'Гүйлгээний нийлбэр', en: 'Sum of transactions' },
  'fiscal.compliance.col.difference': { mn: 'Зөрүү', en: 'Difference' },
  'fiscal.compliance.status': {
    mn: '{published, plural, one {# гүйлгээ} other {# гүйлгээ}} нийтэлсэн, {late, plural, =0 {хоцорсон нь алга} one {# нь хоцорсон} other {# нь хоцорсон}}; {missing, plural, =0 {гүйцэтгэлтэй бүх мөрт гүйлгээ бий} one {# төсвийн мөр {amount} гүйцэтгэлтэй боловч гүйлгээгүй} other {# төсвийн мөр {amount} гүйцэтгэлтэй боловч гүйлгээгүй}}{differing, plural, =0 {} one {; # мөрийн гүйцэтгэл гүйлгээний нийлбэртэй зөрсөн} other {; # мөрийн гүйцэтгэл гүйлгээний нийлбэртэй зөрсөн}}.',
    en: 'published {published, plural, one {# transaction} other {# transactions}}, {late, plural, =0 {none late} one {# late} other {# late}}; {missing, plural, =0 {every line with spending has transactions} one {# budget line reports {amount} executed with no transactions} other {# budget lines report {amount} executed with no transactions}}{differing, plural, =0 {} one {; # line’s executed total differs from its transactions} other {; # lines’ executed totals differ from their transactions}}.',
  },
  'fiscal.compliance.months': { mn: 'Сар бүрээр', en: 'Month by month' },
  'fiscal.compliance.monthsCaption': { mn: '{year} оны сар бүр', en: 'Each month of {year}' },
  'fiscal.compliance.lines': { mn: 'Шалгах төсвийн мөрүүд', en: 'Budget lines to check' },
  'fiscal.compliance.linesHint': {
    mn: 'Гүйцэтгэлийг гүйлгээний нийлбэртэй тулгасан; зөрүүг засахгүй, байгаагаар нь харуулна.',
    en: 'Executed totals against the sum of their transactions; differences are shown as they are, never forced.',
  },
  'fiscal.compliance.linesCaption': {
    mn: 'Гүйлгээгүй эсвэл зөрүүтэй мөрүүд',
    en: 'Lines without transactions or whose totals differ',
  },
  'fiscal.compliance.noLines': { mn: 'Шалгах мөр алга.', en: 'No line to check.' },
  'fiscal.compliance.none': {
    mn: 'Энэ жил нийтэлсэн төсөв, гүйлгээ алга.',
    en: 'No budget or transaction published for this year.',
  },
  'fiscal.compliance.transactions': { mn: 'Гүйлгээнүүдийг үзэх', en: 'See the transactions' },
});
