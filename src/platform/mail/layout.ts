import type { Locale } from '../i18n/index.ts';

const words: Record<Locale, { greeting: (name?: string) => string; footer: (siteUrl: string) => string }> = {
  mn: {
    greeting: (name) => (name ? `Сайн байна уу, ${name}.` : 'Сайн байна уу.'),
    footer: (siteUrl) =>
      `Энэ захидлыг Шилэн систем (${siteUrl}) автоматаар илгээсэн тул хариу бичих шаардлагагүй.`,
  },
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    footer: (siteUrl) =>
      `This message was sent automatically by Shilen (${siteUrl}); there is no need to reply.`,
  },
};

/**
 * The plain-text frame of every mail: greeting, the module's body, and a signed-off footer in
 * the recipient's language. `siteUrl` is the public origin (`config.publicUrl`).
 */
export function layoutMailText(
  locale: Locale,
  content: { body: string; recipientName?: string; siteUrl: string },
): string {
  const w = words[locale];
  // "-- " on its own line is the signature separator mail clients recognise.
  return `${w.greeting(content.recipientName)}\n\n${content.body.trim()}\n\n-- \n${w.footer(content.siteUrl)}\n`;
}
