/**
 * Automatic redaction of personal data in free text, before a moderator reviews what is to be
 * published: civil register numbers (two Cyrillic letters and eight digits), email addresses,
 * phone numbers (Mongolian eight-digit numbers, with or without +976, and longer international
 * ones), and the names the submitter gave. What it finds is replaced by a marker, so readers see
 * that something was taken out. The platform's, so that every flow that publishes a citizen's text
 * (feedback cases, public questions) redacts it the same way.
 */

export const REDACTED = '[…]';

const REGISTER_NUMBER = /(?<![\p{L}\p{N}])[А-ЯЁӨҮа-яёөү]{2}[ -]?\d{8}(?!\p{N})/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Seven or more digits, possibly grouped by spaces, dots or dashes, possibly after + or a bracket.
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d{1,4}\)?(?:[ .-]?\d){6,}(?!\p{N})/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words of the given names worth hiding: two letters or more (initials alone say little). */
function nameWords(names: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of (name ?? '').split(/[\s.,;:()"'«»-]+/u)) if (word.length >= 2) words.add(word);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

export interface Redaction {
  text: string;
  /** How many pieces of each kind were taken out, to tell the moderator and the reader. */
  found: { registerNumbers: number; emails: number; phones: number; names: number };
}

export function redactPersonalData(
  text: string,
  names: readonly (string | null | undefined)[] = [],
): Redaction {
  const found = { registerNumbers: 0, emails: 0, phones: 0, names: 0 };
  let out = text.replace(REGISTER_NUMBER, () => {
    found.registerNumbers += 1;
    return REDACTED;
  });
  out = out.replace(EMAIL, () => {
    found.emails += 1;
    return REDACTED;
  });
  out = out.replace(PHONE, () => {
    found.phones += 1;
    return REDACTED;
  });
  const words = nameWords(names);
  if (words.length > 0) {
    // A name with a case ending still matches (Батбаяр → Батбаярын): the word and what follows it.
    const pattern = new RegExp(
      `(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})\\p{L}{0,4}(?![\\p{L}])`,
      'giu',
    );
    out = out.replace(pattern, () => {
      found.names += 1;
      return REDACTED;
    });
  }
  return { text: out, found };
}

/** Whether text still holds something the automatic rules would take out (a guard before publishing). */
export function containsPersonalData(
  text: string,
  names: readonly (string | null | undefined)[] = [],
): boolean {
  const { found } = redactPersonalData(text, names);
  return found.registerNumbers + found.emails + found.phones + found.names > 0;
}
