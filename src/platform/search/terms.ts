import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import { matchWords } from './transliterate.ts';

/** Characters of the query that are read at all; anything longer is cut, not refused. */
export const MAX_QUERY_CHARS = 500;
/** Words of the query that count; more are ignored. */
export const MAX_QUERY_WORDS = 8;
/** Words shorter than this are matched as they are: no completions, no typo tolerance. */
const MIN_FUZZY_LENGTH = 3;
/** Similar words tried for a word that no document has. */
const MAX_ALTERNATIVES = 3;

/** Small words that would make a query miss a title that lacks them; dropped unless alone. */
const STOP_WORDS = new Set(
  ['a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'to', 'by', 'with', 'or', 'ба', 'болон', 'нь'].flatMap(
    matchWords,
  ),
);

/** Raw input (from a query string, an API call, anywhere) as text to echo back: capped, no control characters. */
export function cleanQuery(raw: unknown): string {
  const text = Array.isArray(raw) ? raw.join(' ') : typeof raw === 'string' ? raw : '';
  return text
    .slice(0, MAX_QUERY_CHARS)
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words a query searches for, without repeats or stop words, at most MAX_QUERY_WORDS. */
export function queryWords(query: string): string[] {
  const words = [...new Set(matchWords(query))];
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return (content.length > 0 ? content : words).slice(0, MAX_QUERY_WORDS);
}

/** A query ready to run: the tsquery text (only `[a-z0-9]`, `&`, `|`, parentheses) and the words it matches. */
export interface QueryTerms {
  words: string[];
  tsquery: string;
  /** Every word the tsquery can match, for highlighting. */
  terms: string[];
}

/** What the vocabulary says of a query word. */
export interface WordInfo {
  /** Some document has the word itself. */
  exact: boolean;
  /** Longer words that begin with it, shortest first (at most MAX_COMPLETIONS). */
  completions: string[];
  /** Close words by trigram similarity, closest first; only looked for when the other two are empty. */
  similar: { word: string; similarity: number }[];
}

const MAX_COMPLETIONS = 5;
/**
 * How close (pg_trgm similarity) a vocabulary word must be to stand in for a word no document has:
 * pg_trgm's own default, low enough to reach another form of the same word (төсөв → төсвийн).
 */
const MIN_SIMILARITY = 0.3;
/** The same for two neighbouring words written as one: stricter, since it replaces two words. */
const MIN_PAIR_SIMILARITY = 0.5;

/** A stand-in differs from the word by a few letters, not by half of it (tailan is not tai). */
const closeInLength = (a: string, b: string) =>
  Math.abs(a.length - b.length) <= Math.max(2, Math.floor(b.length / 3));

const fuzzy = (word: string) => word.length >= MIN_FUZZY_LENGTH && !/[0-9]/.test(word);

/**
 * The words to look up in the vocabulary: each query word, and each two neighbours written as one
 * ("Ulan Bator" is also tried as "ulanbator", which is close to "ulanbatar").
 */
export function lookupWords(words: readonly string[]): string[] {
  return [...new Set([...words, ...pairs(words).map((p) => p.joined)])].filter(fuzzy);
}

/** Neighbouring words of letters written as one, with where the pair starts. */
function pairs(words: readonly string[]): { at: number; joined: string }[] {
  const out: { at: number; joined: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (/[0-9]/.test(a + b)) continue;
    out.push({ at: i, joined: matchWords(a + b).join('') });
  }
  return out;
}

/**
 * The tsquery of a query, from exact words only (a prefix search over a million documents is
 * slow; the vocabulary turns prefixes into words instead). Each query word becomes a group: the
 * word itself, and for the last word (still being typed) also its completions; a word no document
 * has becomes its completions, or else its closest words (typos); a word nothing resembles stays,
 * and the query finds nothing. Groups are ANDed; each two neighbours written as one word give an
 * alternative, ORed in.
 */
export function buildTerms(words: readonly string[], vocabulary: ReadonlyMap<string, WordInfo>): QueryTerms {
  const terms = new Set<string>();
  const similar = (info: WordInfo, word: string, min: number, minLength = 0) =>
    info.similar
      .filter((s) => s.similarity >= min && s.word.length >= minLength && closeInLength(s.word, word))
      .map((s) => s.word);
  const group = (word: string, last: boolean): string[] => {
    const info = vocabulary.get(word);
    if (!fuzzy(word) || !info) return [word];
    if (info.exact) return last ? [word, ...info.completions] : [word];
    if (info.completions.length > 0) return info.completions;
    const close = similar(info, word, MIN_SIMILARITY);
    return close.length > 0 ? close : [word];
  };
  const text = (alternatives: readonly string[]) => {
    for (const word of alternatives) terms.add(word);
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
  };
  const groups = words.map((w, i) => text(group(w, i === words.length - 1)));
  const alternatives = [groups.join(' & ')];
  for (const { at, joined } of pairs(words)) {
    const info = vocabulary.get(joined);
    if (!info || !fuzzy(joined)) continue;
    // A word close to the pair must be longer than either half, or the pair would just drop one.
    const longer = Math.max(words[at]!.length, words[at + 1]!.length) + 1;
    const found = info.exact ? [joined] : similar(info, joined, MIN_PAIR_SIMILARITY, longer);
    if (found.length === 0) continue;
    alternatives.push([...groups.slice(0, at), text(found), ...groups.slice(at + 2)].join(' & '));
  }
  const tsquery =
    alternatives.length === 1 ? alternatives[0]! : alternatives.map((a) => `(${a})`).join(' | ');
  return { words: [...words], tsquery, terms: [...terms] };
}

/**
 * Looks the words up in `search_words`: whether it is there, its completions, else its closest
 * words. Words in `joined` (two query words written as one) need MIN_PAIR_SIMILARITY: they are
 * looked for with pg_trgm's strict word similarity (`<<%`, whose default threshold is that 0.5,
 * and which for two single words is their similarity), so the trigram index gives a tenth of
 * the candidates that `%` (0.3) would, each of which would have its similarity computed.
 */
export async function lookUp(
  db: Queryable,
  words: readonly string[],
  joined: ReadonlySet<string> = new Set(),
): Promise<Map<string, WordInfo>> {
  if (words.length === 0) return new Map();
  const close = (condition: SqlQuery) => sql`coalesce((
        select json_agg(json_build_object('word', s.word, 'similarity', s.similarity) order by s.similarity desc, s.word)
        from (select word, similarity(word, w.word) as similarity from search_words
          where ${condition} order by 2 desc, 1 limit ${MAX_ALTERNATIVES}) s), '[]'::json)`;
  const rows = await db.query<WordInfo & { word: string }>(sql`
    select w.word, e.exact, c.completions,
      case when e.exact or cardinality(c.completions) > 0 then '[]'::json
        when w.joined then ${close(sql`w.word <<% word`)}
        else ${close(sql`word % w.word`)} end as similar
    from (select word collate "C" as word, joined from unnest(${[...words]}::text[],
      ${words.map((w) => joined.has(w))}::boolean[]) as u(word, joined)) w
    cross join lateral (select exists (select 1 from search_words s where s.word = w.word) as exact) e
    cross join lateral (select array(
      select s.word from search_words s where s.word > w.word and s.word < w.word || '~'
      order by length(s.word), s.word limit ${MAX_COMPLETIONS}) as completions) c`);
  return new Map(rows.map(({ word, ...info }) => [word, info]));
}

/** From raw input to a runnable query; null when the input has nothing to search for. */
export async function prepareQuery(db: Queryable, query: string): Promise<QueryTerms | null> {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const joined = new Set(pairs(words).map((p) => p.joined));
  for (const word of words) joined.delete(word);
  return buildTerms(words, await lookUp(db, lookupWords(words), joined));
}
