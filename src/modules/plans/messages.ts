import type { Catalogue } from '../../platform/i18n/index.ts';

export const messages: Catalogue = {
  mn: {
    'nav.plans': 'Төлөвлөгөө',
  },
  en: {
    'nav.plans': 'Action plan',
  },
};
