import { defineMessages } from '../../../platform/i18n/index.ts';

/** The submitter's pages: their case by its follow link or account, the rating, their cases (pages-citizen.ts). */
export const citizenMessages = defineMessages({
  'feedback.rating.5': { mn: '5 — Маш сайн', en: '5 — Very good' },
  'feedback.rating.4': { mn: '4 — Сайн', en: '4 — Good' },
  'feedback.rating.3': { mn: '3 — Дунд', en: '3 — Fair' },
  'feedback.rating.2': { mn: '2 — Муу', en: '2 — Poor' },
  'feedback.rating.1': { mn: '1 — Маш муу', en: '1 — Very poor' },
  'feedback.mine.title': { mn: 'Миний хандлагууд', en: 'My cases' },
  'feedback.mine.caption': { mn: 'Таны гаргасан хандлагууд', en: 'Cases you filed' },
  'feedback.mine.empty': {
    mn: 'Та одоогоор хандлага гаргаагүй байна.',
    en: 'You have not filed any case yet.',
  },
});
