import { allMessages, type Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { FlagCode, FlagDetails } from '../flags.ts';

/** An amount in its currency, or a dash. */
export function amount(t: Translator, value: string | number | null, currency: string | null): string {
  if (value === null || value === undefined) return '—';
  return t.money(value, currency ?? 'MNT');
}

export function flagBadges(t: Translator, flags: readonly string[]): Html {
  if (flags.length === 0) return html``;
  return html`<ul class="flag-badges">${flags.map((f) => html`<li><span class="flag-badge" title="${t(`procurement.flag.${f}.title`)}">${t(`procurement.flag.${f}.short`)}</span></li>`)}</ul>`;
}

/** The plain-words explanation of a flag, with the figures that raised it. */
export function explainFlag(t: Translator, code: FlagCode, details: FlagDetails): string {
  const d = details[code] ?? {};
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) {
    params[k] =
      typeof v === 'number' && ['from', 'to', 'total', 'threshold', 'amount'].includes(k) ? t.money(v) : v;
  }
  if (typeof d.date === 'string') params.date = t.dateTime(d.date);
  if (typeof d.deadline === 'string') params.deadline = t.dateTime(d.deadline);
  if (typeof d.registered === 'string') params.registered = t.date(d.registered);
  return t(`procurement.flag.${code}.explain`, params);
}

/** A code's label from the catalogue (`procurement.method.open`), or the code itself for codes from elsewhere. */
export function codeLabel(t: Translator, group: string, code: string | null | undefined): string | null {
  if (!code) return null;
  return allMessages(t.locale)[`procurement.${group}.${code}`] ?? code;
}
