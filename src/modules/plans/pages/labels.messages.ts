import { defineMessages } from '../../../platform/i18n/index.ts';

/** Labels every plans page shares: completion, OGP values, roles, fields and errors. */
export const labelMessages = defineMessages({
  'nav.plans': { mn: 'Төлөвлөгөө', en: 'Action plan' },
  'plans.more': { mn: 'Хяналт ба гүйцэтгэл', en: 'Oversight and performance' },
  'plans.draft.notice': {
    mn: 'Энэ бол ноорог: хянаж нийтлэх хүртэл олон нийтэд харагдахгүй.',
    en: 'This is a draft: the public cannot see it until it is reviewed and published.',
  },
  'plans.status.draft': { mn: 'Ноорог', en: 'Draft' },
  'plans.status.published': { mn: 'Нийтэлсэн', en: 'Published' },
  'plans.unnumbered': { mn: '(дугааргүй)', en: '(no number)' },
  'plans.starred': { mn: 'Одтой', en: 'Starred' },
  'plans.yes': { mn: 'Тийм', en: 'Yes' },
  'plans.no': { mn: 'Үгүй', en: 'No' },
  'plans.completion.not-reported': { mn: 'Тайлагнаагүй', en: 'Not reported' },
  'plans.completion.not-started': { mn: 'Эхлээгүй', en: 'Not started' },
  'plans.completion.limited': { mn: 'Хязгаарлагдмал', en: 'Limited' },
  'plans.completion.substantial': { mn: 'Ихэнх нь', en: 'Substantial' },
  'plans.completion.complete': { mn: 'Бүрэн', en: 'Complete' },
  'plans.completion.withdrawn': { mn: 'Цуцалсан', en: 'Withdrawn' },
  'plans.value.access-to-information': { mn: 'Мэдээлэл авах эрх', en: 'Access to information' },
  'plans.value.civic-participation': { mn: 'Иргэдийн оролцоо', en: 'Civic participation' },
  'plans.value.public-accountability': { mn: 'Олон нийтийн өмнө хариуцлага', en: 'Public accountability' },
  'plans.value.technology-and-innovation': { mn: 'Технологи, инноваци', en: 'Technology and innovation' },
  'plans.role.lead': { mn: 'Хариуцагч', en: 'Lead' },
  'plans.role.supporting': { mn: 'Хамтран хэрэгжүүлэгч', en: 'Supporting' },
  'plans.organization.unmatched': { mn: 'бүртгэлд олдоогүй', en: 'not in the registry' },
  'plans.error.prefix': { mn: 'Алдаа', en: 'Error' },
  'plans.error.number': {
    mn: 'Дугаар нь тоо, үсгийг цэгээр тусгаарласан байна, жишээ нь 3.3.1.2.',
    en: 'A number is digits or letters separated by dots, e.g. 3.3.1.2.',
  },
  'plans.error.numberTaken': {
    mn: 'Энэ дугаар энэ төлөвлөгөөнд аль хэдийн байна.',
    en: 'This number is already used in this plan.',
  },
  'plans.error.tooLong': { mn: 'Хэт урт байна.', en: 'This is too long.' },
  'plans.error.titleMissing': {
    mn: 'Нэрийг дор хаяж нэг хэлээр бичнэ үү.',
    en: 'Enter the title in at least one language.',
  },
  'plans.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр, бодит огноо оруулна уу.',
    en: 'Enter a real date as YYYY-MM-DD.',
  },
  'plans.error.dateOrder': {
    mn: 'Дуусах огноо эхлэх огнооноос өмнө байж болохгүй.',
    en: 'The end date cannot be before the start date.',
  },
  'plans.error.value': { mn: 'Үнэт зүйлсээс сонгоно уу.', en: 'Choose from the listed values.' },
  'plans.error.role': {
    mn: 'Хариуцагч эсвэл хамтран хэрэгжүүлэгчийг сонгоно уу.',
    en: 'Choose lead or supporting.',
  },
  'plans.error.organization': {
    mn: 'Бүртгэлээс байгууллага сонгоно уу.',
    en: 'Choose an organisation from the registry.',
  },
  'plans.field.number': { mn: 'Дугаар', en: 'Number' },
  'plans.field.numberHint': {
    mn: 'Баримт бичигт байгаагаар, жишээ нь 3.3.1.3.2.',
    en: 'As in the document, e.g. 3.3.1.3.2.',
  },
  'plans.field.titleMn': { mn: 'Нэр (монгол)', en: 'Title (Mongolian)' },
  'plans.field.titleEn': { mn: 'Нэр (англи)', en: 'Title (English)' },
  'plans.field.startDate': { mn: 'Эхлэх огноо', en: 'Start date' },
  'plans.field.endDate': { mn: 'Дуусах огноо', en: 'Due date' },
  'plans.field.ogpValues': { mn: 'НЗТ-ийн үнэт зүйлс', en: 'OGP values' },
});
