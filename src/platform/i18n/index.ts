/**
 * Two languages, one mechanism: message catalogues keyed by dotted names, written in ICU
 * MessageFormat (`{name}` placeholders, plural and select forms) and compiled when they are
 * registered, and Intl for numbers, money and dates in the country's time zone.
 */
import {
  type CompiledMessage,
  compileMessage,
  formatMessage,
  type MessageParams,
  type PlainParams,
} from './icu.ts';

export { defineMessages, mergeCatalogues } from './define.ts';
export type { MessageParams } from './icu.ts';

export const locales = ['mn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'mn';

export type Messages = Readonly<Record<string, string>>;
export type Catalogue = Readonly<Record<Locale, Messages>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A text in both languages, as records hold them (`name_mn`, `name_en`). */
export interface Bilingual {
  mn: string;
  en: string;
}

export interface Translator {
  readonly locale: Locale;
  /**
   * The message for `key` formatted with `params` (placeholders, plural and select forms); a
   * missing key shows itself, loudly.
   */
  (key: string, params?: MessageParams): string;
  /** Picks the right language of a bilingual value, falling back to the other one. */
  pick(value: Bilingual | { mn: string | null; en: string | null }): string;
  number(value: number | bigint): string;
  money(value: number | bigint | string, currency?: string): string;
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
}

const registry: Record<Locale, Record<string, string>> = { mn: {}, en: {} };
/** Every registered message compiled once, for its own language. */
const compiled: Record<Locale, Map<string, CompiledMessage>> = { mn: new Map(), en: new Map() };

const intlLocale: Record<Locale, string> = { mn: 'mn-MN', en: 'en-GB' };
const timeZone = 'Asia/Ulaanbaatar';

/**
 * Adds a module's or the platform's messages. A key defined twice and a message that is not valid
 * ICU MessageFormat are programming errors, told at start-up; nothing is registered then.
 */
export function registerMessages(catalogue: Catalogue): void {
  const added: [Locale, string, string, CompiledMessage][] = [];
  for (const locale of locales) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      const existing = registry[locale][key];
      if (existing !== undefined && existing !== text)
        throw new Error(`message ${locale}:${key} defined twice`);
      if (existing !== undefined) continue;
      try {
        added.push([locale, key, text, compileMessage(text, intlLocale[locale])]);
      } catch (error) {
        throw new Error(
          `message ${locale}:${key} is not valid ICU MessageFormat: ${(error as Error).message}`,
        );
      }
    }
  }
  for (const [locale, key, text, message] of added) {
    registry[locale][key] = text;
    compiled[locale].set(key, message);
  }
}

export function allMessages(locale: Locale): Messages {
  return registry[locale];
}

/** The params with each name given in both languages (`{ mn, en }`) written in `locale`'s. */
function inLocale(params: MessageParams, locale: Locale): PlainParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === 'object' ? (locale === 'en' ? value.en : value.mn) : value;
  return out;
}

export function translator(locale: Locale): Translator {
  const messages = compiled[locale];
  const fallback = compiled[defaultLocale];
  const numberFormat = new Intl.NumberFormat(intlLocale[locale]);
  const dateFormat = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const t = ((key: string, given?: MessageParams) => {
    const params = given && inLocale(given, locale);
    const own = messages.get(key);
    if (own) return formatMessage(key, own, params, numberFormat);
    const other = fallback.get(key);
    return other ? formatMessage(key, other, params, numberFormat) : `[${key}]`;
  }) as Translator;
  Object.assign(t, {
    locale,
    pick: (value: { mn: string | null; en: string | null }) =>
      (locale === 'en' ? (value.en ?? value.mn) : (value.mn ?? value.en)) ?? '',
    number: (value: number | bigint) => numberFormat.format(value),
    money: (value: number | bigint | string, currency = 'MNT') => {
      const format = new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      });
      return format.format(typeof value === 'string' ? (value as `${number}`) : value);
    },
    date: (value: Date | string) =>
      dateFormat.format(
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? new Date(`${value}T12:00:00Z`)
          : new Date(value),
      ),
    dateTime: (value: Date | string) => dateTimeFormat.format(new Date(value)),
  });
  return t;
}
