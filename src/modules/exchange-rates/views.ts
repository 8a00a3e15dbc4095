import type { Locale } from '../../platform/i18n/index.ts';

const formats = new Map<Locale, Intl.NumberFormat>();

/** A rate as written in the reader's language, every decimal it has kept (up to 6). */
export function formatRate(rate: string | number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'mn' ? 'mn-MN' : 'en-GB', { maximumFractionDigits: 6 });
    formats.set(locale, format);
  }
  return format.format(typeof rate === 'string' ? (rate as `${number}`) : rate);
}
