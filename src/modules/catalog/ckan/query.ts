/**
 * The part of Solr's query syntax that CKAN clients and harvesters send in `q` and `fq`:
 * `field:value`, `field:"a phrase"`, `field:(a OR b)`, ranges `field:[x TO y]` and `{x TO y}`
 * (with `*` and `NOW`, `NOW-7DAYS`), `-field:x` / `NOT` / `+`, `AND` / `OR` and parentheses, bare
 * words (matched against the text), `*:*`. Words side by side must all match, as CKAN's searches
 * are meant. Anything else is a `QueryError` that says where.
 */

export type Query =
  | { kind: 'all' }
  | { kind: 'term'; field: string | null; value: string; phrase: boolean }
  | { kind: 'range'; field: string; from: string; to: string; fromInclusive: boolean; toInclusive: boolean }
  | { kind: 'not'; query: Query }
  | { kind: 'and'; queries: Query[] }
  | { kind: 'or'; queries: Query[] };

export class QueryError extends Error {
  override name = 'QueryError';
}

/** Parentheses nested this deep at most: each level is a recursion of the parser and the matcher. */
export const MAX_DEPTH = 20;

/** A query nested deeper than `MAX_DEPTH`: refused before it is parsed further. */
export class QueryTooDeep extends Error {
  override name = 'QueryTooDeep';
}

/** How many terms and ranges a query holds: each is matched against every package. */
export function countTerms(q: Query): number {
  switch (q.kind) {
    case 'all':
      return 0;
    case 'term':
    case 'range':
      return 1;
    case 'not':
      return countTerms(q.query);
    default:
      return q.queries.reduce((n, x) => n + countTerms(x), 0);
  }
}

type Token = { type: 'word' | 'phrase' | '(' | ')' | '[' | ']' | '{' | '}' | ':' | '-' | '+'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new QueryError(`unclosed quote at ${i + 1}`);
      tokens.push({ type: 'phrase', text: input.slice(i + 1, end) });
      i = end + 1;
    } else if ('()[]{}:'.includes(c)) {
      tokens.push({ type: c as Token['type'], text: c });
      i += 1;
    } else if ((c === '-' || c === '+') && (tokens.length === 0 || /[\s(]/.test(input[i - 1] ?? ' '))) {
      tokens.push({ type: c, text: c });
      i += 1;
    } else {
      let word = '';
      // A colon inside a date (2024-01-01T00:00:00Z) belongs to the word, not to a field.
      while (i < input.length && !/[\s()[\]{}"]/.test(input[i] as string)) {
        if (input[i] === ':' && !/^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2})?$/.test(word)) break;
        if (input[i] === '\\' && i + 1 < input.length) i += 1;
        word += input[i];
        i += 1;
      }
      tokens.push({ type: 'word', text: word });
    }
  }
  return tokens;
}

class Parser {
  #tokens: Token[];
  #at = 0;
  #depth = 0;
  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }
  peek(offset = 0): Token | undefined {
    return this.#tokens[this.#at + offset];
  }
  next(): Token {
    const token = this.#tokens[this.#at];
    if (!token) throw new QueryError('the query ends too soon');
    this.#at += 1;
    return token;
  }
  expect(type: Token['type']): Token {
    const token = this.next();
    if (token.type !== type) throw new QueryError(`expected "${type}" but found "${token.text}"`);
    return token;
  }
  done(): boolean {
    return this.#at >= this.#tokens.length;
  }
  /** One level deeper (a parenthesis or a negation). */
  enter(): void {
    this.#depth++;
    if (this.#depth > MAX_DEPTH) throw new QueryTooDeep();
  }
  isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === 'word' && token.text === text;
  }

  or(field: string | null): Query {
    const queries = [this.and(field)];
    while (this.isWord('OR') || this.isWord('||')) {
      this.next();
      queries.push(this.and(field));
    }
    return queries.length === 1 ? (queries[0] as Query) : { kind: 'or', queries };
  }
  and(field: string | null): Query {
    const queries = [this.unary(field)];
    for (;;) {
      const token = this.peek();
      if (!token || token.type === ')' || this.isWord('OR') || this.isWord('||')) break;
      if (this.isWord('AND') || this.isWord('&&')) this.next();
      queries.push(this.unary(field));
    }
    return queries.length === 1 ? (queries[0] as Query) : { kind: 'and', queries };
  }
  unary(field: string | null): Query {
    if (this.peek()?.type === '-' || this.isWord('NOT')) {
      this.next();
      this.enter();
      const query = this.unary(field);
      this.#depth--;
      return { kind: 'not', query };
    }
    if (this.peek()?.type === '+') this.next();
    return this.primary(field);
  }
  primary(field: string | null): Query {
    const token = this.next();
    if (token.type === '(') {
      this.enter();
      const inner = this.or(field);
      this.expect(')');
      this.#depth--;
      return inner;
    }
    if (token.type === 'phrase') return { kind: 'term', field, value: token.text, phrase: true };
    if (token.type === '[' || token.type === '{') {
      if (field === null)
        throw new QueryError('a range needs a field, e.g. metadata_modified:[2024-01-01T00:00:00Z TO *]');
      const from = this.expect('word').text;
      if (!this.isWord('TO')) throw new QueryError('a range is written [from TO to]');
      this.next();
      const to = this.expect('word').text;
      const close = this.next();
      if (close.type !== ']' && close.type !== '}') throw new QueryError('a range ends with ] or }');
      return {
        kind: 'range',
        field,
        from,
        to,
        fromInclusive: token.type === '[',
        toInclusive: close.type === ']',
      };
    }
    if (token.type !== 'word') throw new QueryError(`unexpected "${token.text}"`);
    if (this.peek()?.type === ':') {
      if (field !== null) throw new QueryError(`a field inside the field ${field}`);
      this.next();
      if (token.text === '*' && this.isWord('*')) {
        this.next();
        return { kind: 'all' };
      }
      return this.primary(token.text);
    }
    return { kind: 'term', field, value: token.text, phrase: false };
  }
}

/** Parses a q or fq text; an empty one matches everything. */
export function parseQuery(text: string): Query {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kind: 'all' };
  const parser = new Parser(tokens);
  const query = parser.or(null);
  if (!parser.done()) throw new QueryError(`unexpected "${parser.peek()?.text}"`);
  return query;
}

const UNITS: Record<string, number> = {
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
  WEEK: 7 * 86_400_000,
  MONTH: 30 * 86_400_000,
  YEAR: 365 * 86_400_000,
};

/** A range bound as a time: ISO 8601 (with or without a zone, read as UTC), `NOW`, `NOW-7DAYS`; null for `*`. */
export function timeBound(text: string, now = new Date()): Date | null {
  if (text === '*') return null;
  const math = /^NOW(?:([+-])(\d+)(SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|YEAR)S?)?(?:\/[A-Z]+)?$/.exec(text);
  if (math) {
    const [, sign, amount, unit] = math;
    if (!sign) return now;
    const delta = Number(amount) * (UNITS[unit as string] as number);
    return new Date(now.getTime() + (sign === '-' ? -delta : delta));
  }
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text))
    throw new QueryError(`"${text}" is not a date; use ISO 8601 (2024-05-01T00:00:00Z), NOW or *`);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text)
    ? text
    : `${text.length === 10 ? `${text}T00:00:00` : text}Z`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) throw new QueryError(`"${text}" is not a date`);
  return date;
}
