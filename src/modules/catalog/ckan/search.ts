import { type Query, QueryError, timeBound } from './query.ts';

/** What a package is searched by: CKAN's index fields, from a catalogue entry. */
export interface SearchDoc {
  id: string;
  name: string;
  title: string;
  notes: string;
  organization: string | null;
  tags: string[];
  res_format: string[];
  groups: string[];
  license_id: string;
  metadata_modified: Date | null;
  metadata_created: Date | null;
  /** Everything free text is matched against, lower-cased. */
  text: string;
}

const EXACT = new Set(['id', 'name', 'organization', 'owner_org', 'license_id', 'capacity', 'state', 'type']);
const LISTS = new Set(['tags', 'res_format', 'groups']);
const TEXT = new Set(['title', 'notes', 'text']);
const TIMES = new Set(['metadata_modified', 'metadata_created']);
export const searchFields = [...EXACT, ...LISTS, ...TEXT, ...TIMES];

const isGlob = (value: string) => value.includes('*') || value.includes('?');

/** Whether `piece` (code points, `?` any one) matches `text` at `at`. */
function pieceAt(piece: readonly string[], text: readonly string[], at: number): boolean {
  for (let i = 0; i < piece.length; i++) if (piece[i] !== '?' && piece[i] !== text[at + i]) return false;
  return true;
}

/**
 * Whether `text` matches a glob of `*` (any run of characters) and `?` (any one), case aside.
 * The glob is cut at its stars; the first piece must sit at the start, the last at the end, and
 * each one between is placed at the earliest place after the one before and never moved again:
 * the earliest place leaves the most room for the rest, so where it fails every other would. So
 * at most text × glob steps, never the exponential retries of a regular expression built from the
 * user's text (`*a*a*a…b` against a long run of a's).
 */
export function globMatches(glob: string, candidate: string): boolean {
  const pieces = glob
    .toLocaleLowerCase()
    .split('*')
    .map((p) => Array.from(p));
  const text = Array.from(candidate.toLocaleLowerCase());
  const first = pieces[0] as string[];
  if (pieces.length === 1) return first.length === text.length && pieceAt(first, text, 0);
  const last = pieces[pieces.length - 1] as string[];
  const end = text.length - last.length;
  if (end < first.length || !pieceAt(first, text, 0) || !pieceAt(last, text, end)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    if (piece.length === 0) continue;
    let found = -1;
    for (let i = at; i + piece.length <= end; i++)
      if (pieceAt(piece, text, i)) {
        found = i;
        break;
      }
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

function pattern(value: string): (candidate: string) => boolean {
  const wanted = value.toLocaleLowerCase();
  if (!isGlob(wanted)) return (c) => c.toLocaleLowerCase() === wanted;
  return (c) => globMatches(wanted, c);
}

/** The words of a text as Solr's tokenizer would cut them: letters and digits, with `.`, `_`, `-` inside. */
const words = (text: string) => text.split(/[^\p{L}\p{N}._-]+/u).filter(Boolean);

/**
 * A free-text term against a text: a wildcard term must match a whole word (as Solr matches
 * wildcards against indexed terms), any other is looked for anywhere in it, as before.
 */
function textMatches(haystack: string, value: string, phrase: boolean): boolean {
  const wanted = value.toLocaleLowerCase();
  if (phrase || !isGlob(wanted)) return haystack.includes(wanted);
  if (/^\*+$/.test(wanted)) return true;
  return words(haystack).some((word) => globMatches(wanted, word));
}

function exactValue(doc: SearchDoc, field: string): string | null {
  switch (field) {
    case 'id':
      return doc.id;
    case 'name':
      return doc.name;
    case 'organization':
    case 'owner_org':
      return doc.organization;
    case 'license_id':
      return doc.license_id;
    case 'capacity':
      return 'public';
    case 'state':
      return 'active';
    default:
      return 'dataset';
  }
}

function inRange(value: Date | null, q: Extract<Query, { kind: 'range' }>, now: Date): boolean {
  if (!value) return false;
  const from = timeBound(q.from, now);
  const to = timeBound(q.to, now);
  const t = value.getTime();
  if (from && (q.fromInclusive ? t < from.getTime() : t <= from.getTime())) return false;
  if (to && (q.toInclusive ? t > to.getTime() : t >= to.getTime())) return false;
  return true;
}

function termMatches(doc: SearchDoc, q: Extract<Query, { kind: 'term' }>, now: Date): boolean {
  const field = q.field ?? 'text';
  if (TEXT.has(field)) {
    const haystack =
      field === 'title'
        ? doc.title.toLocaleLowerCase()
        : field === 'notes'
          ? doc.notes.toLocaleLowerCase()
          : doc.text;
    return textMatches(haystack, q.value, q.phrase);
  }
  if (TIMES.has(field)) {
    const bound = timeBound(q.value, now);
    const value = doc[field as 'metadata_modified'];
    return bound === null ? value !== null : value?.getTime() === bound.getTime();
  }
  const test = pattern(q.value);
  if (LISTS.has(field)) return doc[field as 'tags'].some(test);
  if (EXACT.has(field)) {
    const value = exactValue(doc, field);
    return value !== null && test(value);
  }
  throw new QueryError(`unknown field "${field}"; the fields are: ${searchFields.join(', ')}`);
}

/** Whether a package matches a parsed query. */
export function matchesQuery(doc: SearchDoc, q: Query, now = new Date()): boolean {
  switch (q.kind) {
    case 'all':
      return true;
    case 'term':
      return termMatches(doc, q, now);
    case 'range':
      if (!TIMES.has(q.field)) throw new QueryError(`ranges work on ${[...TIMES].join(' and ')} only`);
      return inRange(doc[q.field as 'metadata_modified'], q, now);
    case 'not':
      return !matchesQuery(doc, q.query, now);
    case 'and':
      return q.queries.every((x) => matchesQuery(doc, x, now));
    case 'or':
      return q.queries.some((x) => matchesQuery(doc, x, now));
  }
}

/** Relevance: how many of the query's free-text words the package's title, tags and text hold. */
export function score(doc: SearchDoc, q: Query): number {
  switch (q.kind) {
    case 'term': {
      if (q.field !== null && !TEXT.has(q.field)) return 0;
      if (/^\*+$/.test(q.value)) return 0;
      const inTitle = textMatches(doc.title.toLocaleLowerCase(), q.value, q.phrase) ? 2 : 0;
      const inTags = doc.tags.some(pattern(q.value)) ? 2 : 0;
      return inTitle + inTags + (textMatches(doc.text, q.value, q.phrase) ? 1 : 0);
    }
    case 'and':
    case 'or':
      return q.queries.reduce((sum, x) => sum + score(doc, x), 0);
    default:
      return 0;
  }
}
