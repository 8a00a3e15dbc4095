import { defineMessages } from '../../../platform/i18n/index.ts';

/** Who answers which category where (pages-routing.ts). */
export const routingMessages = defineMessages({
  'feedback.routing.title': { mn: 'Хандлагын чиглүүлэлт', en: 'Routing of cases' },
  'feedback.routing.lead': {
    mn: 'Ангилал бүрийн хандлагыг аль байгууллага хариуцахыг улсын хэмжээнд болон аймаг бүрээр тогтооно. Өөрчлөлт шинээр ирэх хандлагад үйлчилнэ.',
    en: 'Which organisation answers each category, nationally and in each aimag. Changes apply to cases filed from now on.',
  },
  'feedback.routing.set': { mn: 'Дүрэм тогтоох', en: 'Set a rule' },
  'feedback.routing.national': {
    mn: 'Улсын хэмжээнд (аймгийн дүрэмгүй бол)',
    en: 'Nationally (where no aimag rule applies)',
  },
  'feedback.routing.save': { mn: 'Хадгалах', en: 'Save' },
  'feedback.routing.saved': { mn: 'Дүрмийг хадгаллаа.', en: 'The rule is saved.' },
  'feedback.routing.caption': { mn: 'Чиглүүлэлтийн дүрмүүд', en: 'Routing rules' },
});
