import { defineMessages, registerMessages } from '../i18n/index.ts';

/**
 * What the request clock says: its refusals and its escalation mail (no text of the citizen's).
 * Registered when loaded, as the components' words are, so that a job worker without the app has them.
 */
export const requestMessages = defineMessages({
  'requests.error.answered': {
    mn: 'Энэ хүсэлтэд аль хэдийн хариулсан.',
    en: 'This request has already been answered.',
  },
  'requests.error.extendedOnce': {
    mn: 'Хугацааг зөвхөн нэг удаа сунгаж болно; энэ хүсэлтийн хугацааг аль хэдийн сунгасан.',
    en: 'A deadline may be extended only once, and this request’s has been extended already.',
  },
  'requests.error.extensionDays': {
    mn: 'Сунгах хоногийг 1-ээс {max} хүртэл бүхэл тоогоор оруулна уу.',
    en: 'Enter the days of the extension as a whole number from 1 to {max}.',
  },
  'requests.error.reasonMissing': {
    mn: 'Хугацаа сунгах шалтгааныг бичнэ үү; асуусан хүнд үүнийг мэдэгдэнэ.',
    en: 'Enter the reason for the extension; the person who asked is told it.',
  },
  'requests.error.reasonTooLong': {
    mn: 'Шалтгаан {max} тэмдэгтээс хэтрэхгүй байна.',
    en: 'The reason must be {max} characters or fewer.',
  },
  'requests.error.paused': {
    mn: 'Хүсэлтийн хугацааг аль хэдийн зогсоосон байна.',
    en: 'This request’s clock is already paused.',
  },
  'requests.error.notPaused': {
    mn: 'Хүсэлтийн хугацаа зогсоогүй байна.',
    en: 'This request’s clock is not paused.',
  },
  'requests.mail.overdue.subject': {
    mn: '{organization}: хугацаа хэтэрсэн хүсэлт',
    en: '{organization}: a request is overdue',
  },
  'requests.mail.overdue.body': {
    mn: '{organization}-д ирсэн иргэний хүсэлтэд {deadline}-ны дотор хариулах ёстой байсан ч хариулаагүй байна{level, select, 2 { (хоёр дахь сануулга)} other {}}. Хариулна уу: {link}',
    en: 'A citizen’s request to {organization} was due to be answered by {deadline} and has not been{level, select, 2 { (second reminder)} other {}}. Please answer it: {link}',
  },
  'requests.mail.received.subject': {
    mn: '{organization}: иргэний шинэ асуулт',
    en: '{organization}: a new question from a citizen',
  },
  'requests.mail.received.body': {
    mn: '{organization}-д иргэн олон нийтэд нээлттэй асуулт тавилаа. {deadline}-ны дотор хариулна уу: {link}',
    en: 'A citizen has asked {organization} a public question. Please answer it by {deadline}: {link}',
  },
  'requests.askQuestion': {
    mn: 'Энэ бүртгэлийн талаар асуулт асуух',
    en: 'Ask a question about this record',
  },
  'requests.league.title': {
    mn: 'Хугацаандаа хариулсан байгууллагууд',
    en: 'Who answers on time',
  },
  'requests.league.lead': {
    mn: 'Иргэдийн өргөдөл, гомдол, олон нийтийн асуултад хуулийн хугацаанд хариулсан хувиар байгууллагуудыг эрэмбэлэв.',
    en: 'Public bodies ranked by the share of citizens’ requests — feedback cases and public questions — they answered within the legal period.',
  },
  'requests.league.kind': { mn: 'Хүсэлтийн төрөл', en: 'Kind of request' },
  'requests.league.allKinds': { mn: 'Бүх төрөл', en: 'All kinds' },
  'requests.league.caption': {
    mn: 'Байгууллага бүрийн хугацаандаа хариулсан хүсэлтийн хувь',
    en: 'Share of requests each body answered on time',
  },
  'requests.league.empty': {
    mn: 'Хугацаа нь өнгөрсөн эсвэл хариулсан хүсэлт алга.',
    en: 'No request has been answered or passed its deadline yet.',
  },
  'requests.league.col.rank': { mn: 'Байр', en: 'Rank' },
  'requests.league.col.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'requests.league.col.share': { mn: 'Хугацаандаа', en: 'On time' },
  'requests.league.col.decided': { mn: 'Тооцсон хүсэлт', en: 'Requests counted' },
  'requests.league.col.onTime': { mn: 'Хугацаандаа хариулсан', en: 'Answered on time' },
  'requests.league.col.late': { mn: 'Хоцорч хариулсан', en: 'Answered late' },
  'requests.league.col.overdue': { mn: 'Хугацаа хэтэрсэн, хариугүй', en: 'Overdue, unanswered' },
  'requests.league.col.pending': { mn: 'Хугацаа нь болоогүй', en: 'Not yet due' },
  'requests.league.method': {
    mn: 'Хариулсан эсвэл хугацаа нь өнгөрсөн хүсэлтийг тооцно; сунгасан болон иргэнээс хариу хүлээж зогсоосон хугацааг оруулсан эцсийн хугацаанаас өмнө хариулсныг хугацаандаа гэж үзнэ. Хугацаа нь болоогүй хүсэлтийг хувьд оруулахгүй.',
    en: 'A request counts once it is answered or its deadline has passed; it was answered on time if before its deadline as it stood, after its one extension and any pause while waiting for the citizen. Requests not yet due are not in the share.',
  },
});

registerMessages(requestMessages);
