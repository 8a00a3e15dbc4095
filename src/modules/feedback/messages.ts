import type { Catalogue } from '../../platform/i18n/index.ts';
import { coreEn, coreMn } from './messages-core.ts';
import { pagesEn, pagesMn } from './messages-pages.ts';

export const messages: Catalogue = {
  mn: { ...coreMn, ...pagesMn },
  en: { ...coreEn, ...pagesEn },
};
