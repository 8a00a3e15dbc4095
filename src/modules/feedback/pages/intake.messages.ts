import { defineMessages } from '../../../platform/i18n/index.ts';

/** The case form on the web, the kiosk and the operator console (pages-intake.ts). */
export const intakeMessages = defineMessages({
  'feedback.form.title.web': { mn: 'Хандлага гаргах', en: 'File a case' },
  'feedback.form.title.kiosk': { mn: 'Киоск: хандлага гаргах', en: 'Kiosk: file a case' },
  'feedback.form.title.operator': { mn: 'Операторын маягт', en: 'Operator console' },
  'feedback.form.lead.web': {
    mn: 'Одоор тэмдэглэсэн бус бүх талбар заавал биш. Нэрээ нууцалж гаргаж болно.',
    en: 'Only the kind, category, subject and text are required. You may stay anonymous.',
  },
  'feedback.form.lead.kiosk': {
    mn: 'Төрөл, ангилал, гарчиг, агуулгаа бичээд илгээнэ үү.',
    en: 'Choose the kind and category, write a subject and your case, and send it.',
  },
  'feedback.form.lead.operator': {
    mn: 'Утсаар эсвэл биечлэн ирсэн иргэний өмнөөс бүртгэнэ. Сувгийг заавал сонгоно.',
    en: 'Enter a case for a caller or a visitor. The channel is required.',
  },
  'feedback.form.choose': { mn: 'Сонгоно уу', en: 'Choose' },
  'feedback.form.national': { mn: 'Улсын хэмжээнд / тодорхойгүй', en: 'Nationwide / not known' },
  'feedback.form.location': { mn: 'Байршил (заавал биш)', en: 'Location (optional)' },
  'feedback.form.contacts': { mn: 'Холбоо барих мэдээлэл (заавал биш)', en: 'Contact details (optional)' },
  'feedback.form.contactsHint': {
    mn: 'Эдгээрийг зөвхөн хариуцах байгууллага харна; хэзээ ч нийтлэгдэхгүй.',
    en: 'Only the organisation answering sees these; they are never published.',
  },
  'feedback.form.contactsOperator': {
    mn: 'Иргэний хэлснийг бичнэ; нэрээ хэлэхгүй бол хоосон үлдээнэ.',
    en: 'Write what the citizen says; leave blank if they stay anonymous.',
  },
  'feedback.form.submit': { mn: 'Илгээх', en: 'Send' },
  'feedback.received.title': { mn: 'Хандлага бүртгэгдсэн', en: 'Case registered' },
  'feedback.received.again': {
    mn: '{number} дугаартай хандлага аль хэдийн бүртгэгдсэн байна.',
    en: 'Case {number} was registered already.',
  },
  'feedback.received.againHint': {
    mn: 'Та маягтыг дахин илгээсэн тул шинэ хандлага үүсгээгүй. Нууц холбоосыг анх илгээхэд харуулсан.',
    en: 'You sent the form again, so no new case was made. The secret link was shown when it was first sent.',
  },
  'feedback.operator.forbidden': {
    mn: 'Операторын маягт зөвхөн 11-11 төвийн ажилтанд',
    en: 'The operator console is for the 11-11 centre’s staff',
  },
  'feedback.operator.entered': {
    mn: '{number} дугаартай хандлагыг бүртгэлээ. Дугаарыг иргэнд хэлнэ үү.',
    en: 'Case {number} is registered. Tell the citizen the number.',
  },
});
