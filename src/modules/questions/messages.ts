import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { pageMessages } from './pages/messages.ts';

/** What the module's pages, commands and home card share, both languages side by side. */
const questionMessages = defineMessages({
  'nav.questions': { mn: 'Олон нийтийн асуулт', en: 'Public questions' },
  'questions.title': { mn: 'Олон нийтийн асуулт', en: 'Public questions' },
  'questions.card': {
    mn: '{count, plural, one {Төрийн бүртгэлийн талаарх # асуулт, хариултын хамт.} other {Төрийн бүртгэлийн талаарх # асуулт, хариултын хамт.}}',
    en: '{count, plural, one {# question about public records, with its answer.} other {# questions about public records, with their answers.}}',
  },
  'questions.record.title': { mn: 'Асуулт №{number}', en: 'Question {number}' },
  'questions.field.number': { mn: 'Дугаар', en: 'Number' },
  'questions.field.subject': { mn: 'Бүртгэл', en: 'Record' },
  'questions.field.organization': { mn: 'Хариулах байгууллага', en: 'Answering organisation' },
  'questions.field.status': { mn: 'Төлөв', en: 'Status' },
  'questions.field.published': { mn: 'Нийтэлсэн', en: 'Published' },
  'questions.field.due': { mn: 'Хариулах эцсийн өдөр', en: 'Answer due by' },
  'questions.field.extension': { mn: 'Сунгалт', en: 'Extension' },
  'questions.field.answered': { mn: 'Хариулсан', en: 'Answered' },
  'questions.field.question': { mn: 'Асуулт', en: 'Question' },
  'questions.field.answer': { mn: 'Хариулт', en: 'Answer' },
  'questions.field.asked': { mn: 'Асуусан', en: 'Asked' },
  'questions.state.submitted': { mn: 'Зохицуулагч хянаж байна', en: 'Being reviewed by a moderator' },
  'questions.state.rejected': { mn: 'Нийтлээгүй', en: 'Not published' },
  'questions.state.published': { mn: 'Хариу хүлээж байна', en: 'Awaiting an answer' },
  'questions.state.answered': { mn: 'Хариулсан', en: 'Answered' },
  'questions.rule': {
    mn: 'Хугацаа: {days} {count, select, working {ажлын} other {хуанлийн}} өдөр.',
    en: 'Period: {days} {count, select, working {working} other {calendar}} days.',
  },
  'questions.ruleUnconfirmed': {
    mn: 'асуултад зориулсан хуулийн хугацаа батлагдаагүй тул түр мөрдөж байна',
    en: 'no law’s period for such questions has been confirmed, so this one is used for now',
  },
  'questions.extension': {
    mn: '{days} хоногоор сунгасан: {reason}',
    en: 'Extended by {days} days: {reason}',
  },
  'questions.error.subject': {
    mn: 'Асуулт тавих бүртгэл олдсонгүй. Бүртгэлийн хуудсан дээрх “Асуулт асуух” холбоосоор орно уу.',
    en: 'The record to ask about was not found. Use the “Ask a question” link on the record’s page.',
  },
  'questions.error.textMissing': { mn: 'Асуултаа бичнэ үү', en: 'Enter your question' },
  'questions.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'questions.error.moderated': {
    mn: 'Энэ асуултыг аль хэдийн хянасан байна.',
    en: 'This question has already been moderated.',
  },
  'questions.error.decision': { mn: 'Нийтлэх эсэхээ сонгоно уу', en: 'Choose whether to publish it' },
  'questions.error.reasonMissing': {
    mn: 'Нийтлэхгүй байгаа шалтгааныг бичнэ үү; асуусан хүн үүнийг харна.',
    en: 'Enter why it is not published; the person who asked will see it.',
  },
  'questions.error.personalData': {
    mn: 'Нийтлэх текстэд хувь хүний мэдээлэл (нэр, регистрийн дугаар, утас, и-мэйл) үлдсэн байна. Устгаад дахин илгээнэ үү.',
    en: 'The text to publish still holds personal data (a name, register number, phone number or e-mail address). Take it out and send it again.',
  },
  'questions.error.notOpen': {
    mn: 'Энэ асуулт хариулт хүлээгээгүй байна.',
    en: 'This question is not awaiting an answer.',
  },
  'questions.mail.moderated.subject': {
    mn: 'Таны асуулт №{number}: {decision, select, publish {нийтлэгдлээ} other {нийтлэгдсэнгүй}}',
    en: 'Your question {number}: {decision, select, publish {published} other {not published}}',
  },
  'questions.mail.moderated.body': {
    mn: '{decision, select, publish {Таны асуултыг нийтэлж, хариулах байгууллагад хүргэлээ.} other {Таны асуултыг нийтлээгүй; шалтгааныг асуултын хуудаснаас харна уу.}} {link}',
    en: '{decision, select, publish {Your question has been published and sent to the organisation that answers it.} other {Your question has not been published; its page says why.}} {link}',
  },
  'questions.error.answerMissing': { mn: 'Хариултаа бичнэ үү', en: 'Enter the answer' },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(questionMessages, pageMessages);
