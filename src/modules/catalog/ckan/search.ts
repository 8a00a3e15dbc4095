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

function pattern(value: string): (candidate: string) => boolean {
  const wanted = value.toLocaleLowerCase();
  if (!wanted.includes('*') && !wanted.includes('?')) return (c) => c.toLocaleLowerCase() === wanted;
  const regex = new RegExp(
    `^${wanted
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.')}$`,
    'u',
  );
  return (c) => regex.test(c.toLocaleLowerCase());
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
    const value = q.value.toLocaleLowerCase().replaceAll('*', '');
    return value === '' || haystack.includes(value);
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
      const value = q.value.toLocaleLowerCase().replaceAll('*', '');
      if (value === '') return 0;
      const inTitle = doc.title.toLocaleLowerCase().includes(value) ? 2 : 0;
      const inTags = doc.tags.some((t) => t.toLocaleLowerCase() === value) ? 2 : 0;
      return inTitle + inTags + (doc.text.includes(value) ? 1 : 0);
    }
    case 'and':
    case 'or':
      return q.queries.reduce((sum, x) => sum + score(doc, x), 0);
    default:
      return 0;
  }
}
