import type { Locale, Translator } from '../i18n/index.ts';
import type { NavigationItem } from '../module.ts';

/** What every page needs to render: language, translator and where the user is. */
export interface PageContext {
  locale: Locale;
  t: Translator;
  /** Path and query of the current request, e.g. `/organizations?page=2`. */
  url: string;
  navigation: readonly NavigationItem[];
  /** The stylesheet's fingerprinted URL, and every other asset's by its name (`location-picker.js`). */
  assets: { css: string; files?: Readonly<Record<string, string>> };
  /** Whether someone is signed in (the header offers their account instead of signing in). */
  signedIn?: boolean;
}

/** The current URL with some query parameters replaced (null removes one). */
export function withQuery(
  url: string,
  changes: Readonly<Record<string, string | number | null | undefined>>,
): string {
  const parsed = new URL(url, 'http://local');
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') parsed.searchParams.delete(key);
    else parsed.searchParams.set(key, String(value));
  }
  const query = parsed.searchParams.toString();
  return parsed.pathname + (query ? `?${query}` : '');
}
