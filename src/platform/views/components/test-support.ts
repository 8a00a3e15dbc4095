import { registerMessages, translator } from '../../i18n/index.ts';
import { platformMessages } from '../../i18n/messages.ts';
import type { PageContext } from '../context.ts';

registerMessages(platformMessages);

/** A page context for rendering components in tests. */
export function testContext(locale: 'mn' | 'en' = 'en', url = '/x'): PageContext {
  return { locale, t: translator(locale), url, navigation: [], assets: { css: '/assets/shilen.css' } };
}
