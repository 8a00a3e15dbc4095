import { defineMessages } from '../../platform/i18n/index.ts';

/** The acknowledgement and the notices of a case (notify.ts), and the escalation mail (escalate.ts). */
export const mailMessages = defineMessages({
  'feedback.mail.received.subject': {
    mn: 'Таны хандлагыг хүлээн авлаа: {number}',
    en: 'We have received your case: {number}',
  },
  'feedback.mail.received.body': {
    mn: 'Таны хандлагыг {number} дугаартайгаар бүртгэлээ. Хуулийн дагуу {deadline}-ний дотор хариу өгнө.\n\nЯвцыг энэ холбоосоор харна уу (холбоосыг бусдад бүү дамжуулаарай):\n{link}\n\nХэрэв та хандлага илгээгээгүй бол хэн нэгэн таны хаягийг андуурч бичсэн байна: юу ч хийх шаардлагагүй.',
    en: 'Your case is registered as {number}. By law it will be answered by {deadline}.\n\nFollow it with this link (do not share it):\n{link}\n\nIf you did not send a case, someone gave your address by mistake: you need do nothing.',
  },
  'feedback.mail.answered.subject': {
    mn: 'Таны хандлагад хариу ирлээ: {number}',
    en: 'Your case has been answered: {number}',
  },
  'feedback.mail.answered.body': {
    mn: '{number} дугаартай хандлагад хариу өгөгдлөө. Хариуг энд харж, үнэлнэ үү: {where}',
    en: 'Case {number} has been answered. Read and rate the answer here: {where}',
  },
  'feedback.mail.information.subject': {
    mn: 'Нэмэлт мэдээлэл хэрэгтэй байна: {number}',
    en: 'More information is needed: {number}',
  },
  'feedback.mail.information.body': {
    mn: '{number} дугаартай хандлагын талаар танаас нэмэлт мэдээлэл хүссэн байна: {where}',
    en: 'More information has been asked of you about case {number}: {where}',
  },
  'feedback.mail.extended.subject': {
    mn: 'Шийдвэрлэх хугацааг сунгалаа: {number}',
    en: 'The deadline has been extended: {number}',
  },
  'feedback.mail.extended.body': {
    mn: '{number} дугаартай хандлагыг шийдвэрлэх хугацааг сунгасан байна. Шалтгааныг энд харна уу: {where}',
    en: 'The deadline of case {number} has been extended. See why here: {where}',
  },
  'feedback.mail.transferred.subject': {
    mn: 'Таны хандлагыг өөр байгууллагад шилжүүллээ: {number}',
    en: 'Your case went to another organisation: {number}',
  },
  'feedback.mail.transferred.body': {
    mn: '{number} дугаартай хандлагыг шийдвэрлэх эрх бүхий байгууллагад шилжүүлсэн байна: {where}',
    en: 'Case {number} was transferred to the organisation responsible: {where}',
  },
  'feedback.mail.followHint': {
    mn: 'хүлээн авсан тухай анхны захидал дахь холбоосоор',
    en: 'with the link in the first message, confirming receipt',
  },
  'feedback.mail.overdue.subject': {
    mn: 'Хугацаа хэтэрсэн хандлага: {number}',
    en: 'Overdue case: {number}',
  },
  'feedback.mail.overdue.body': {
    mn: '{organization}-д ирсэн {number} дугаартай хандлагад {deadline}-ний дотор хариу өгөх байсан боловч хариу өгөөгүй байна.\n\n{link}',
    en: 'Case {number} to {organization} was due to be answered by {deadline} and has not been.\n\n{link}',
  },
});
