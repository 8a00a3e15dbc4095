import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the module's pages, both languages side by side. */
export const pageMessages = defineMessages({
  'questions.lead': {
    mn: 'Иргэдийн төрийн бүртгэлийн талаар тавьсан асуулт, хариулах байгууллага, хугацаа, хариулт. Асуусан хүний нэрийг нийтлэхгүй.',
    en: 'Questions citizens asked about public records, with the organisation that answers, its deadline and its answer. Who asked is never published.',
  },
  'questions.count': {
    mn: '{count, plural, one {# асуулт} other {# асуулт}}',
    en: '{count, plural, one {# question} other {# questions}}',
  },
  'questions.caption': { mn: 'Олон нийтийн асуулт', en: 'Public questions' },
  'questions.empty': { mn: 'Асуулт олдсонгүй', en: 'No questions found' },
  'questions.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэх эсвэл бүртгэлийн хуудаснаас асуулт асууна уу.',
    en: 'Clear the filters, or ask a question from a record’s page.',
  },
  'questions.filter.q': { mn: 'Текст', en: 'Text' },
  'questions.filter.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'questions.filter.status': { mn: 'Төлөв', en: 'Status' },
  'questions.status.open': { mn: 'Хариу хүлээж буй', en: 'Awaiting an answer' },
  'questions.status.overdue': { mn: 'Хугацаа хэтэрсэн', en: 'Overdue' },
  'questions.status.answered': { mn: 'Хариулсан', en: 'Answered' },
  'questions.leagueLink': {
    mn: 'Аль байгууллага хугацаандаа хариулдаг вэ?',
    en: 'Which organisations answer on time?',
  },
  'questions.done.asked': {
    mn: 'Асуулт тань ирлээ. Зохицуулагч хувийн мэдээллийг хассаны дараа нийтэлж, байгууллагад хүргэнэ.',
    en: 'Your question has been received. A moderator will publish it, without personal data, and send it to the organisation.',
  },
  'questions.done.moderated': { mn: 'Шийдвэрийг хадгаллаа.', en: 'The decision has been saved.' },
  'questions.done.answered': { mn: 'Хариултыг нийтэллээ.', en: 'The answer has been published.' },
  'questions.done.extended': { mn: 'Хугацааг сунгалаа.', en: 'The deadline has been extended.' },
  'questions.rejected.title': {
    mn: 'Асуултыг нийтлээгүй шалтгаан',
    en: 'Why your question was not published',
  },
  'questions.awaitingModeration': {
    mn: 'Зохицуулагч таны асуултыг хянаж байна. Нийтэлсний дараа байгууллагад хүргэж, хариулах хугацаа эхэлнэ.',
    en: 'A moderator is reviewing your question. Once it is published it goes to the organisation and the time to answer starts.',
  },
  'questions.privateUntilPublished': {
    mn: 'Энэ хуудсыг зөвхөн та харна.',
    en: 'Only you can see this page.',
  },
  'questions.noAnswerYet': { mn: 'Хариулаагүй байна.', en: 'Not answered yet.' },
  'questions.notRouted': {
    mn: 'Нийтлэгдээгүй асуулт байгууллагад хүрээгүй.',
    en: 'A question not published has not been sent to the organisation.',
  },
  'questions.ask.title': { mn: 'Асуулт асуух', en: 'Ask a question' },
  'questions.ask.about': { mn: '{kind}:', en: '{kind}:' },
  'questions.ask.howItWorks': {
    mn: 'Асуулт, хариулт хоёулаа нийтэд нээлттэй. Таны нэр, регистр, утас, и-мэйлийг автоматаар хасч, зохицуулагч шалгасны дараа нийтэлнэ. Хариулах байгууллага хуулийн хугацаанд хариулна.',
    en: 'The question and its answer are both public. Your name, register number, phone number and e-mail address are taken out automatically and a moderator checks it before it is published. The organisation answers within the legal period.',
  },
  'questions.ask.textHint': {
    mn: 'Бүртгэлийн талаар юу мэдэхийг хүсч байгаагаа бичнэ үү. {max} тэмдэгт хүртэл.',
    en: 'Say what you want to know about the record. Up to {max} characters.',
  },
  'questions.ask.submit': { mn: 'Асуулт илгээх', en: 'Send the question' },
  'questions.mine.title': { mn: 'Миний асуултууд', en: 'My questions' },
  'questions.mine.caption': {
    mn: 'Таны асуусан асуултууд, сүүлийнх нь эхэндээ',
    en: 'The questions you asked, newest first',
  },
  'questions.mine.empty': { mn: 'Та асуулт асуугаагүй байна.', en: 'You have not asked a question.' },
  'questions.mine.emptyHint': {
    mn: 'Бүртгэлийн хуудсан дээрх “Асуулт асуух” холбоосоор асууна уу.',
    en: 'Use the “Ask a question” link on a record’s page.',
  },
  'questions.mine.link': { mn: 'Миний асуултууд', en: 'My questions' },
  'questions.moderation.title': { mn: 'Асуултын хяналт', en: 'Questions to moderate' },
  'questions.moderation.empty': { mn: 'Хянах асуулт алга.', en: 'No question is waiting.' },
  'questions.moderation.caption': {
    mn: 'Хянуулахаар хүлээж буй асуултууд, эхэнд ирсэн нь эхэндээ',
    en: 'Questions waiting for a moderator, oldest first',
  },
  'questions.moderate.link': { mn: 'Хянах', en: 'Moderate' },
  'questions.moderate.title': { mn: 'Асуулт №{number}-ийг хянах', en: 'Moderate question {number}' },
  'questions.moderate.asWritten': { mn: 'Асуусан хүний бичсэнээр', en: 'As the asker wrote it' },
  'questions.moderate.publicText': { mn: 'Нийтлэх текст', en: 'Text to publish' },
  'questions.moderate.publicTextHint': {
    mn: 'Хувийн мэдээллийг автоматаар […] болгосон. Үлдсэн нэр, хаягийг хасна уу.',
    en: 'Personal data found automatically is shown as […]. Take out any name or address that remains.',
  },
  'questions.moderate.decision': { mn: 'Шийдвэр', en: 'Decision' },
  'questions.moderate.publish': {
    mn: 'Нийтэлж, байгууллагад хүргэх',
    en: 'Publish and send to the organisation',
  },
  'questions.moderate.publishHint': {
    mn: 'Хариулах хугацаа өнөөдрөөс эхэлнэ.',
    en: 'The time to answer starts today.',
  },
  'questions.moderate.reject': { mn: 'Нийтлэхгүй', en: 'Do not publish' },
  'questions.moderate.rejectHint': {
    mn: 'Шалтгааныг асуусан хүн харна.',
    en: 'The person who asked sees the reason.',
  },
  'questions.moderate.reason': { mn: 'Нийтлэхгүй шалтгаан', en: 'Reason for not publishing' },
  'questions.moderate.reasonHint': {
    mn: 'Зөвхөн нийтлэхгүй бол бөглөнө.',
    en: 'Only when not publishing.',
  },
  'questions.moderate.submit': { mn: 'Хадгалах', en: 'Save the decision' },
  'questions.moderate.already': {
    mn: 'Энэ асуултыг аль хэдийн хянасан.',
    en: 'This question has already been moderated.',
  },
  'questions.answer.link': { mn: 'Хариулах', en: 'Answer' },
  'questions.answer.title': { mn: 'Асуулт №{number}-д хариулах', en: 'Answer question {number}' },
  'questions.answer.hint': {
    mn: 'Хариулт нийтэд шууд нээлттэй болно.',
    en: 'The answer is public as soon as it is sent.',
  },
  'questions.answer.submit': { mn: 'Хариулт нийтлэх', en: 'Publish the answer' },
  'questions.answer.closed': {
    mn: 'Энэ асуулт хариулт хүлээгээгүй байна.',
    en: 'This question is not awaiting an answer.',
  },
  'questions.extend.title': { mn: 'Хугацаа сунгах (нэг удаа)', en: 'Extend the deadline (once)' },
  'questions.extend.days': { mn: 'Сунгах хоног', en: 'Days to extend by' },
  'questions.extend.daysHint': { mn: '1-ээс {max} хүртэл.', en: 'From 1 to {max}.' },
  'questions.extend.reason': { mn: 'Шалтгаан', en: 'Reason' },
  'questions.extend.reasonHint': {
    mn: 'Асуултын нийтийн хуудсанд харагдана.',
    en: 'Shown on the question’s public page.',
  },
  'questions.extend.submit': { mn: 'Хугацаа сунгах', en: 'Extend the deadline' },
});
