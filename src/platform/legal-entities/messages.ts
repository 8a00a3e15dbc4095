import { defineMessages } from '../i18n/index.ts';

/**
 * The kinds of legal entity, both languages: the register's own words, used by its search
 * documents (`search.ts`) and by the publishing module's pages (its catalogue includes them).
 */
export const entityKindMessages = defineMessages({
  'legal-entities.kind.company': { mn: 'Компани', en: 'Company' },
  'legal-entities.kind.state-owned-enterprise': {
    mn: 'Төрийн өмчит үйлдвэрийн газар',
    en: 'State-owned enterprise',
  },
  'legal-entities.kind.state-shareholding-company': {
    mn: 'Төрийн өмчийн оролцоотой компани',
    en: 'Company with state shares',
  },
  'legal-entities.kind.cooperative': { mn: 'Хоршоо', en: 'Cooperative' },
  'legal-entities.kind.ngo': { mn: 'Төрийн бус байгууллага', en: 'Non-governmental organisation' },
  'legal-entities.kind.foundation': { mn: 'Сан', en: 'Foundation' },
  'legal-entities.kind.foreign-company': { mn: 'Гадаадын компани', en: 'Foreign company' },
  'legal-entities.kind.international-organisation': {
    mn: 'Олон улсын байгууллага',
    en: 'International organisation',
  },
  'legal-entities.kind.government-body': { mn: 'Төрийн байгууллага', en: 'Government body' },
  'legal-entities.kind.other': { mn: 'Бусад', en: 'Other' },
});
