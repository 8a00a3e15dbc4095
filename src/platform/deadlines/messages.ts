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
});

registerMessages(requestMessages);
