import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { benefitsMessages } from './pages/benefits-messages.ts';
import { explorerMessages } from './pages/explorer-routes.ts';
import { fundsMessages } from './pages/funds-messages.ts';
import { searchMessages } from './search.ts';
import { paymentsMessages } from './transactions/payments-messages.ts';
import { splittingMessages } from './transactions/splitting-messages.ts';

/** The module's own words: its name in the navigation and on the home page. */
const moduleMessages = defineMessages({
  'nav.fiscal': { mn: 'Шилэн данс', en: 'Glass account' },
  'fiscal.title': { mn: 'Шилэн данс', en: 'Glass account' },
  'fiscal.card': {
    mn: 'Улсын төсвийн төлөвлөлтөөс эхлээд гүйлгээ бүр хүртэл: хэн, хэнд, юунд хэдэн төгрөг төлсөн.',
    en: 'Public money from the budget proposal to every transaction: who paid whom, for what, and how much.',
  },
  'fiscal.cardEmpty': {
    mn: 'Төсөв, гүйлгээ хараахан нийтлэгдээгүй байна.',
    en: 'No budget or transaction has been published yet.',
  },
  'fiscal.cardFigure': {
    mn: '{count, plural, one {# гүйлгээ} other {# гүйлгээ}}',
    en: '{count, plural, one {# transaction} other {# transactions}}',
  },
});

/** Every message of the fiscal module: each feature's catalogue, both languages side by side. */
export const messages = mergeCatalogues(
  moduleMessages,
  searchMessages,
  benefitsMessages,
  fundsMessages,
  ...explorerMessages,
  paymentsMessages,
  splittingMessages,
);
