/**
 * Two languages, one mechanism: flat message catalogues keyed by dotted names, `{name}`
 * placeholders, and Intl for numbers, money and dates in the country's time zone.
 */
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
  /** The message for `key` with `{placeholders}` filled; a missing key shows itself, loudly. */
  (key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Picks the right language of a bilingual value, falling back to the other one. */
  pick(value: Bilingual | { mn: string | null; en: string | null }): string;
  number(value: number | bigint): string;
  money(value: number | bigint | string, currency?: string): string;
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
}

const registry: Record<Locale, Record<string, string>> = { mn: {}, en: {} };

/** Adds a module's or the platform's messages; a key defined twice is a programming error. */
export function registerMessages(catalogue: Catalogue): void {
  for (const locale of locales) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      const existing = registry[locale][key];
      if (existing !== undefined && existing !== text)
        throw new Error(`message ${locale}:${key} defined twice`);
      registry[locale][key] = text;
    }
  }
}

export function allMessages(locale: Locale): Messages {
  return registry[locale];
}

const intlLocale: Record<Locale, string> = { mn: 'mn-MN', en: 'en-GB' };
const timeZone = 'Asia/Ulaanbaatar';

export function translator(locale: Locale): Translator {
  const messages = registry[locale];
  const numberFormat = new Intl.NumberFormat(intlLocale[locale]);
  const dateFormat = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const t = ((key: string, params?: Readonly<Record<string, string | number>>) => {
    const text = messages[key] ?? registry[defaultLocale][key];
    if (text === undefined) return `[${key}]`;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'number' ? numberFormat.format(value) : value;
    });
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
