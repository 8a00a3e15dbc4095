import { defineMessages } from '../../../platform/i18n/index.ts';

const STAGE_MN =
  '{stage, select, inspected {Шалгасан} noticed {Мэдэгдсэн, хариу хүлээж буй} replied {Хариу ирсэн} decided {Шийдвэрлэсэн} appealed {Гомдол гаргасан} overturned {Давж заалдахад шийдвэр хүчингүй болсон} remedied {Арга хэмжээ биелсэн} delisted {Жагсаалтаас хассан} other {Бусад}}';
const STAGE_EN =
  '{stage, select, inspected {Inspected} noticed {Notified, reply awaited} replied {Replied} decided {Decided} appealed {Appealed} overturned {Overturned on appeal} remedied {Remedy verified} delisted {Delisted} other {Other}}';
const STEP_MN =
  '{step, select, inspection {Шалгалт} notice {Мэдэгдэл} reply {Компанийн хариу тайлбар} decision {Шийдвэр} appeal {Гомдол} appealOutcome {Гомдлын шийдвэр} remedyVerified {Арга хэмжээ биелснийг баталгаажуулсан} delisted {Жагсаалтаас хассан} other {Алхам}}';
const STEP_EN =
  '{step, select, inspection {Inspection} notice {Notice} reply {The company’s reply} decision {Decision} appeal {Appeal} appealOutcome {Outcome of the appeal} remedyVerified {Remedy verified} delisted {Delisted} other {Step}}';

/** The texts of the environmental list (commitment 3.1.6), both languages side by side. */
export const environmentMessages = defineMessages({
  'extractives.environment.title': {
    mn: 'Байгаль орчинд хор хохирол учруулсан аж ахуйн нэгжүүд',
    en: 'The environmental list',
  },
  'extractives.environment.lead': {
    mn: 'Байгаль орчин, хүний эрүүл мэндэд хор хохирол учруулсан компани, хуулийн этгээд: юу илэрсэн, хаана, ямар шийдвэр гарсан, компанийн хариу тайлбар, гомдол, жагсаалтаас хасагдсан эсэх.',
    en: 'Companies and legal bodies whose actions harm the environment or people’s health: what was found, where, the decision, the company’s own reply, appeals, and delisting.',
  },
  'extractives.environment.resources': { mn: 'Байгалийн баялаг', en: 'Natural resources' },
  'extractives.environment.caption': { mn: 'Хэргүүд', en: 'Cases' },
  'extractives.environment.count': {
    mn: '{count, plural, one {# хэрэг} other {# хэрэг}}',
    en: '{count, plural, one {# case} other {# cases}}',
  },
  'extractives.environment.empty': { mn: 'Хэрэг олдсонгүй', en: 'No cases found' },
  'extractives.environment.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэж дахин оролдоно уу.',
    en: 'Clear the filters and try again.',
  },
  'extractives.environment.filter.stage': { mn: 'Шат', en: 'Stage' },
  'extractives.environment.filter.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'extractives.environment.filter.company': { mn: 'Компани', en: 'Company' },
  'extractives.environment.stage': { mn: STAGE_MN, en: STAGE_EN },
  'extractives.environment.step': { mn: STEP_MN, en: STEP_EN },
  'extractives.environment.stepDate': {
    mn: '{step, select, notice {Мэдэгдсэн өдөр} reply {Хариу хүлээн авсан өдөр} decision {Шийдвэрийн өдөр} appeal {Гомдол гаргасан өдөр} appealOutcome {Гомдлыг шийдвэрлэсэн өдөр} remedyVerified {Баталгаажуулсан өдөр} delisted {Хассан өдөр} other {Өдөр}}',
    en: '{step, select, notice {Day of the notice} reply {Day the reply was received} decision {Day of the decision} appeal {Day the appeal was filed} appealOutcome {Day of the ruling} remedyVerified {Day it was verified} delisted {Day of delisting} other {Day}}',
  },
  'extractives.environment.listedNow': { mn: 'Жагсаалтад байгаа', en: 'Listed' },
  'extractives.environment.timing': {
    mn: '{timing, select, met {хугацаандаа} missed {хугацаа хэтэрсэн} other {хугацаа үргэлжилж буй}}',
    en: '{timing, select, met {met} missed {missed} other {running}}',
  },
  'extractives.environment.outcome': {
    mn: '{outcome, select, upheld {Шийдвэрийг хэвээр үлдээсэн} overturned {Шийдвэрийг хүчингүй болгосон} varied {Шийдвэрийг өөрчилсөн} other {—}}',
    en: '{outcome, select, upheld {Decision upheld} overturned {Decision overturned} varied {Decision varied} other {—}}',
  },
  'extractives.environment.process.title': {
    mn: 'Шударга журам: хэрхэн жагсаалтад орж, хасагддаг вэ',
    en: 'Due process: how a company is listed and delisted',
  },
  'extractives.environment.process.inspection': {
    mn: 'Хяналт шалгалтын байгууллага газар дээр шалгаж, илэрсэн зөрчлийг актаар тогтооно.',
    en: 'An inspecting body inspects the site and records what it found in a report.',
  },
  'extractives.environment.process.notice': {
    mn: 'Жагсаалтыг хөтлөгч байгууллага компанид бичгээр мэдэгдэнэ. Компани {days} хоногийн дотор хариу тайлбар өгөх эрхтэй; хариуг илэрсэн зөрчлийн хажууд нийтэлнэ.',
    en: 'The keeper of the list notifies the company in writing. The company has {days} days to reply; its reply is published beside the finding.',
  },
  'extractives.environment.process.decision': {
    mn: 'Хариу хугацаа дууссаны дараа (эсвэл хариу ирсний дараа) жагсаалтад оруулах эсэх, торгууль, арга хэмжээг шийдвэрлэнэ.',
    en: 'Once the company has replied or the period has run, the keeper decides whether to list it, any penalty and the remedy ordered.',
  },
  'extractives.environment.process.appeal': {
    mn: 'Компани шийдвэрийг {days} хоногийн дотор давж заалдаж болно; гомдлын шийдвэрийг энд нийтэлнэ.',
    en: 'The company may appeal within {days} days of the decision; the outcome is published here.',
  },
  'extractives.environment.process.delisting': {
    mn: 'Арга хэмжээ биелснийг баталгаажуулсан, эсвэл гомдлоор шийдвэр хүчингүй болсон үед л жагсаалтаас хасна. Түүх бүхэлдээ хадгалагдана.',
    en: 'A company is delisted only once its remedy is verified or the decision is overturned on appeal. The whole history is kept.',
  },
  'extractives.environment.process.source': { mn: 'Хугацааны эх сурвалж', en: 'Source of the periods' },
  'extractives.environment.process.unconfirmed': {
    mn: 'эх сурвалжаас баталгаажаагүй',
    en: 'not confirmed in the source',
  },
  'extractives.environment.process.publication': {
    mn: 'Компанид мэдэгдэхээс өмнө нэрийг нь нийтлэхгүй: хэрэг мэдэгдсэн өдрөөс эхлэн нийтэд ил болно.',
    en: 'No company is named before it has been notified: a case is public from the day of its notice.',
  },
  'extractives.environment.open.link': { mn: 'Хэрэг нээх', en: 'Open a case' },
  'extractives.environment.open.title': {
    mn: 'Шалгалтын үр дүнгээр хэрэг нээх',
    en: 'Open a case on an inspection',
  },
  'extractives.environment.open.companyHint': {
    mn: 'Хуулийн этгээдийн бүртгэл дэх хуудасных нь хаягийн дугаар, жишээ нь /legal-entities/42 бол 42.',
    en: 'The number in the address of its page in the register of legal entities: 42 for /legal-entities/42.',
  },
  'extractives.environment.open.licencesHint': {
    mn: 'Тусгай зөвшөөрлийн дугаарууд, таслалаар тусгаарлана, жишээ нь MV-016869.',
    en: 'Licence numbers separated by commas, e.g. MV-016869.',
  },
  'extractives.environment.open.choose': { mn: 'Сонгох', en: 'Choose' },
  'extractives.environment.waiting': {
    mn: 'Мэдэгдэл хүлээж буй хэргүүд (зөвхөн танд харагдана)',
    en: 'Cases awaiting their notice (only you see these)',
  },
  'extractives.environment.submit': { mn: 'Хадгалах', en: 'Save' },
  'extractives.environment.dateHint': { mn: 'Жишээ нь 2026-03-27', en: 'For example 2026-03-27' },
  'extractives.environment.case.title': {
    mn: '{company}: байгаль орчны хэрэг',
    en: '{company}: environmental case',
  },
  'extractives.environment.reply.title': { mn: 'Компанийн хариу тайлбар', en: 'The company’s reply' },
  'extractives.environment.reply.attribution': {
    mn: 'Компанийн өөрийн үг: {date}-нд бичгээр ирүүлсэн хариуг жагсаалтыг хөтлөгч байгууллага оруулсан.',
    en: 'In the company’s own words: its written reply, received on {date}, entered by the keeper of the list.',
  },
  'extractives.environment.reply.awaited': {
    mn: 'Компани {date} хүртэл хариу тайлбар өгөх эрхтэй.',
    en: 'The company may reply until {date}.',
  },
  'extractives.environment.reply.none': {
    mn: 'Хариу өгөх хугацаа {date}-нд дууссан; хариу ирээгүй.',
    en: 'No reply was received; the period ended on {date}.',
  },
  'extractives.environment.reply.notNoticed': {
    mn: 'Компанид хараахан мэдэгдээгүй.',
    en: 'The company has not been notified yet.',
  },
  'extractives.environment.reply.hint': {
    mn: 'Компанийн бичгээр ирүүлсэн хариуг өөрчлөлтгүй бичнэ үү: компанийн үг гэж нийтлэгдэнэ.',
    en: 'Copy the company’s written reply as it was sent: it is published as the company’s words.',
  },
  'extractives.environment.replyOnTime': { mn: 'Хугацаандаа ирсэн.', en: 'Received within the period.' },
  'extractives.environment.replyLate': { mn: 'Хугацаа хэтэрч ирсэн.', en: 'Received after the period.' },
  'extractives.environment.decision.listed': { mn: 'Жагсаалтад оруулсан', en: 'Put on the list' },
  'extractives.environment.decision.notListed': { mn: 'Жагсаалтад оруулаагүй', en: 'Not listed' },
  'extractives.environment.deadline.reply': {
    mn: 'Хариу өгөх эцсийн өдөр: {date}',
    en: 'Last day to reply: {date}',
  },
  'extractives.environment.deadline.appeal': {
    mn: 'Гомдол гаргах эцсийн өдөр: {date}.',
    en: 'Last day to appeal: {date}.',
  },
  'extractives.environment.deadline.remedy': {
    mn: 'Арга хэмжээ биелүүлэх эцсийн өдөр: {date}',
    en: 'Remedy due by: {date}',
  },
  'extractives.environment.appealFiled': {
    mn: 'Гомдол хугацаандаа гарсан.',
    en: 'An appeal was filed in time.',
  },
  'extractives.environment.noAppeal': { mn: 'Гомдол гараагүй.', en: 'No appeal was filed.' },
  'extractives.environment.recorded': { mn: 'Бүртгэсэн: {by}, {at}', en: 'Recorded by {by}, {at}' },
  'extractives.environment.remedyDue': { mn: '({date} хүртэл)', en: '(due by {date})' },
  'extractives.environment.history': { mn: 'Шударга журмын түүх', en: 'Due-process history' },
  'extractives.environment.nextSteps': { mn: 'Дараагийн алхам', en: 'Record the next step' },
  'extractives.environment.field.company': { mn: 'Компани', en: 'Company' },
  'extractives.environment.field.companyId': { mn: 'Хуулийн этгээдийн дугаар', en: 'Legal entity number' },
  'extractives.environment.field.finding': { mn: 'Илэрсэн зөрчил', en: 'What was found' },
  'extractives.environment.field.findingMn': {
    mn: 'Илэрсэн зөрчил (монгол)',
    en: 'What was found (Mongolian)',
  },
  'extractives.environment.field.findingEn': { mn: 'Илэрсэн зөрчил (англи)', en: 'What was found (English)' },
  'extractives.environment.field.place': { mn: 'Байршил', en: 'Where' },
  'extractives.environment.field.licences': { mn: 'Тусгай зөвшөөрөл', en: 'Licences' },
  'extractives.environment.field.inspection': { mn: 'Шалгалт', en: 'Inspection' },
  'extractives.environment.field.inspectedOn': { mn: 'Шалгасан өдөр', en: 'Day of the inspection' },
  'extractives.environment.field.inspector': { mn: 'Шалгасан байгууллага', en: 'Inspecting body' },
  'extractives.environment.field.report': { mn: 'Актын дугаар', en: 'Report reference' },
  'extractives.environment.field.stage': { mn: 'Шат', en: 'Stage' },
  'extractives.environment.field.latest': { mn: 'Сүүлийн алхам', en: 'Latest step' },
  'extractives.environment.field.penalty': { mn: 'Торгууль', en: 'Penalty' },
  'extractives.environment.field.penaltyVaried': {
    mn: 'Өөрчилсөн торгууль (төгрөг)',
    en: 'Penalty as varied (MNT)',
  },
  'extractives.environment.field.remedy': { mn: 'Арга хэмжээ', en: 'Remedy ordered' },
  'extractives.environment.field.remedyMn': { mn: 'Арга хэмжээ (монгол)', en: 'Remedy ordered (Mongolian)' },
  'extractives.environment.field.remedyEn': { mn: 'Арга хэмжээ (англи)', en: 'Remedy ordered (English)' },
  'extractives.environment.field.remedyDue': { mn: 'Арга хэмжээний хугацаа', en: 'Remedy due by' },
  'extractives.environment.field.listed': {
    mn: 'Жагсаалтад оруулах уу?',
    en: 'Put the company on the list?',
  },
  'extractives.environment.field.outcome': { mn: 'Гомдлын шийдвэр', en: 'Outcome' },
  'extractives.environment.field.replyText': { mn: 'Компанийн хариу тайлбар', en: 'The company’s reply' },
  'extractives.environment.field.language': { mn: 'Хариуны хэл', en: 'Language of the reply' },
  'extractives.environment.field.note': { mn: 'Тэмдэглэл', en: 'Note' },
  'extractives.environment.entity.title': { mn: 'Байгаль орчны бүртгэл', en: 'Environmental record' },
  'extractives.environment.entity.caption': {
    mn: '{count, plural, one {Байгаль орчны # хэрэг} other {Байгаль орчны # хэрэг}}',
    en: '{count, plural, one {# environmental case} other {# environmental cases}}',
  },
  'extractives.environment.search.label': { mn: 'Байгаль орчны жагсаалт', en: 'Environmental list' },
  'extractives.environment.search.kind': { mn: 'Байгаль орчны хэрэг', en: 'Environmental case' },
  'extractives.environment.error.dateMissing': { mn: 'Өдрийг оруулна уу', en: 'Enter the day' },
  'extractives.environment.error.date': {
    mn: 'Өдрийг ЖЖЖЖ-СС-ӨӨ хэлбэрээр бодит өдрөөр оруулна уу',
    en: 'Enter a real day as YYYY-MM-DD',
  },
  'extractives.environment.error.dateFuture': {
    mn: 'Ирээдүйн өдөр байж болохгүй',
    en: 'The day cannot be in the future',
  },
  'extractives.environment.error.dateBeforeLast': {
    mn: 'Хэргийн өмнөх алхмын өдөр ({date})-өөс өмнө байж болохгүй',
    en: 'The day cannot be before the case’s previous step ({date})',
  },
  'extractives.environment.error.textMissing': { mn: 'Энэ талбарыг бөглөнө үү', en: 'Fill in this field' },
  'extractives.environment.error.tooLong': {
    mn: '{max} тэмдэгтээс ихгүй байна',
    en: 'Use at most {max} characters',
  },
  'extractives.environment.error.penalty': {
    mn: 'Торгуулийг төгрөгөөр, тоогоор оруулна уу (хоёр хүртэл аравтын оронтой)',
    en: 'Enter the penalty in tögrögs as a number (up to two decimals)',
  },
  'extractives.environment.error.penaltyOnlyVaried': {
    mn: 'Торгуулийг зөвхөн шийдвэрийг өөрчилсөн үед оруулна',
    en: 'Give a penalty only when the decision was varied',
  },
  'extractives.environment.error.language': {
    mn: 'Хариуны хэлийг сонгоно уу',
    en: 'Choose the reply’s language',
  },
  'extractives.environment.error.listed': {
    mn: 'Жагсаалтад оруулах эсэхийг сонгоно уу',
    en: 'Choose whether to list the company',
  },
  'extractives.environment.error.outcome': { mn: 'Гомдлын шийдвэрийг сонгоно уу', en: 'Choose the outcome' },
  'extractives.environment.error.remedyIncomplete': {
    mn: 'Арга хэмжээг хоёр хэлээр, хугацаатай нь оруулна уу',
    en: 'Give the remedy in both languages, with its due day',
  },
  'extractives.environment.error.remedyDue': {
    mn: 'Арга хэмжээний хугацааг ЖЖЖЖ-СС-ӨӨ хэлбэрээр оруулна уу',
    en: 'Enter the remedy’s due day as YYYY-MM-DD',
  },
  'extractives.environment.error.remedyDueBefore': {
    mn: 'Арга хэмжээний хугацаа шийдвэрийн өдөр ({date})-өөс хойш байна',
    en: 'The remedy must be due after the day of the decision ({date})',
  },
  'extractives.environment.error.decisionBeforeReplyDeadline': {
    mn: 'Компани {lastDay} хүртэл хариу өгөх эрхтэй: хариу ирээгүй бол тэр өдрөөс хойш шийдвэрлэнэ',
    en: 'The company may reply until {lastDay}: without its reply, decide only after that day',
  },
  'extractives.environment.error.appealLate': {
    mn: 'Гомдол гаргах хугацаа {lastDay}-нд дууссан',
    en: 'The period to appeal ended on {lastDay}',
  },
  'extractives.environment.error.replyAfterDecision': {
    mn: 'Хэрэг шийдвэрлэгдсэн тул хариу тайлбар нэмэх боломжгүй',
    en: 'The case has been decided: a reply can no longer be added',
  },
  'extractives.environment.error.delistWithoutRemedy': {
    mn: 'Арга хэмжээ биелснийг баталгаажуулсан, эсвэл гомдлоор шийдвэр хүчингүй болсны дараа л жагсаалтаас хасна',
    en: 'Delist only after the remedy is verified or the decision is overturned on appeal',
  },
  'extractives.environment.error.appealedOnce': {
    mn: 'Энэ шийдвэрийн талаар гомдол аль хэдийн гарсан',
    en: 'An appeal against this decision was already filed',
  },
  'extractives.environment.error.stepNotAllowed': {
    mn: `Хэргийн одоогийн шатанд (${STAGE_MN}) энэ алхмыг бүртгэх боломжгүй`,
    en: `This step cannot be recorded at the case’s stage (${STAGE_EN})`,
  },
  'extractives.environment.error.company': {
    mn: 'Бүртгэлд байгаа хуулийн этгээдийн дугаарыг оруулна уу',
    en: 'Enter the number of a legal entity in the register',
  },
  'extractives.environment.error.unit': {
    mn: 'Байршлыг жагсаалтаас сонгоно уу',
    en: 'Choose the place from the list',
  },
  'extractives.environment.error.licence': {
    mn: '{number} дугаартай тусгай зөвшөөрөл бүртгэлд алга',
    en: 'No licence numbered {number} is in the register',
  },
  'extractives.environment.error.licenceAmbiguous': {
    mn: '{number} дугаартай хэд хэдэн тусгай зөвшөөрөл байна',
    en: 'Several licences are numbered {number}',
  },
  'extractives.environment.error.inspector': {
    mn: 'Шалгасан байгууллагыг сонгоно уу',
    en: 'Choose the inspecting body',
  },
});
