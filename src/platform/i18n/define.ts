/**
 * Catalogues written with both languages side by side, so the compiler sees a key without one of
 * them: `defineMessages({ 'feature.key': { mn: '…', en: '…' } })`. The result is the flat
 * `Catalogue` every manifest takes, so old and new files mix freely.
 */
import type { Catalogue, Locale } from './index.ts';

/** One message in every language the platform speaks. */
export type BilingualMessage = Readonly<Record<Locale, string>>;

export function defineMessages(entries: Readonly<Record<string, BilingualMessage>>): Catalogue {
  const mn: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [key, message] of Object.entries(entries)) {
    for (const locale of ['mn', 'en'] as const) {
      const text: unknown = message?.[locale];
      if (typeof text !== 'string' || text.trim() === '')
        throw new Error(`message ${key} has no ${locale} text`);
    }
    mn[key] = message.mn;
    en[key] = message.en;
  }
  return { mn, en };
}

/**
 * Joins the per-feature catalogues of one module into the one its manifest registers. A key in two
 * of them is a mistake, told here rather than left to whichever file came last.
 */
export function mergeCatalogues(...catalogues: readonly Catalogue[]): Catalogue {
  const merged: Record<Locale, Record<string, string>> = { mn: {}, en: {} };
  for (const catalogue of catalogues) {
    for (const locale of ['mn', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogue[locale])) {
        if (key in merged[locale]) throw new Error(`message ${locale}:${key} defined in two catalogues`);
        merged[locale][key] = text;
      }
    }
  }
  return merged;
}
