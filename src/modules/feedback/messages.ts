import type { Catalogue } from '../../platform/i18n/index.ts';
import { coreEn, coreMn } from './messages-core.ts';

export const messages: Catalogue = {
  mn: { ...coreMn },
  en: { ...coreEn },
};
