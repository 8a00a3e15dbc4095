import { escapeHtml, Html } from '../views/html.ts';
import { matchWords } from './transliterate.ts';

/** Words of a snippet: some before the first match, the rest after it. */
const SNIPPET_WORDS = 32;
const WORDS_BEFORE = 8;
/** Words of a body searched for a match; past them the snippet shows the beginning. */
const SCAN_WORDS = 400;

/** Runs of letters (with their marks) and digits; everything between is a separator. */
const TOKEN = /([\p{L}\p{M}\p{N}]+)/u;

/** Whether a word as displayed matches the query: one of its folded words is one of the terms. */
export function matcher(terms: readonly string[]): (word: string) => boolean {
  const wanted = new Set(terms);
  const memo = new Map<string, boolean>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const hit = matchWords(word).some((folded) => wanted.has(folded));
    memo.set(word, hit);
    return hit;
  };
}

/** Alternating separators and words: even indexes are separators, odd ones words. */
function tokens(text: string): string[] {
  return text.split(TOKEN);
}

function render(parts: readonly string[], isMatch: (word: string) => boolean): string {
  return parts
    .map((part, i) => (i % 2 === 1 && isMatch(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
}

/**
 * The whole text with matching words in `<mark>`. Built from escaped pieces: the only markup in
 * the result is the `<mark>` the function adds, whatever the text holds.
 */
export function highlight(text: string, isMatch: (word: string) => boolean): Html {
  return new Html(render(tokens(text), isMatch));
}

/**
 * A window of the text around its first matching word (or its beginning), matches in `<mark>`,
 * an ellipsis where it was cut. Escaped like `highlight`.
 */
export function snippet(text: string, isMatch: (word: string) => boolean): Html {
  const parts = tokens(text.replace(/\s+/g, ' ').trim());
  const wordCount = (parts.length - 1) / 2;
  if (wordCount <= 0) return new Html(escapeHtml(parts.join('')));
  let first = 0;
  for (let w = 0; w < Math.min(wordCount, SCAN_WORDS); w++) {
    if (isMatch(parts[2 * w + 1]!)) {
      first = w;
      break;
    }
  }
  const start = Math.max(0, Math.min(first - WORDS_BEFORE, wordCount - SNIPPET_WORDS));
  const end = Math.min(wordCount, start + SNIPPET_WORDS);
  // From the first word of the window to its last word, with the separators between.
  const window = parts.slice(2 * start + 1, 2 * end);
  const lead = start > 0 ? '… ' : escapeHtml(parts[0]!);
  const tail = end < wordCount ? ' …' : escapeHtml(parts[2 * end] ?? '');
  return new Html(`${lead}${render(['', ...window], isMatch)}${tail}`);
}
