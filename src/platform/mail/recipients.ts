import { isLocale, type Locale } from '../i18n/index.ts';

/** Someone a mail goes to: the address (lower case), the name to greet, the language to write in. */
export interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
}

/**
 * Addresses as queries find them (a person's account, an organisation's official address; some
 * without an address) made into recipients, each address once (the first row's name and language
 * win), in the rows' order.
 */
export function distinctRecipients(
  rows: readonly { email: string | null; name: string | null; locale: string }[],
): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const r of rows) {
    if (!r.email) continue;
    const email = r.email.toLowerCase();
    if (!seen.has(email))
      seen.set(email, { email, name: r.name, locale: isLocale(r.locale) ? r.locale : 'mn' });
  }
  return [...seen.values()];
}
