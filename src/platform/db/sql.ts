/**
 * A tagged template for parameterised SQL. Values become `$n` parameters; fragments made with
 * `sql` nest; identifiers go through `sql.id`. Nothing a user typed is ever spliced into the text.
 */
export class SqlQuery {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
  constructor(strings: readonly string[], values: readonly unknown[]) {
    this.strings = strings;
    this.values = values;
  }

  /** The query text with `$1..$n` placeholders and the flat list of parameters. */
  compile(): { text: string; params: unknown[] } {
    const params: unknown[] = [];
    const text = this.#write(params);
    return { text, params };
  }

  #write(params: unknown[]): string {
    let text = this.strings[0] ?? '';
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i];
      if (value instanceof SqlQuery) text += value.#write(params);
      else if (value instanceof RawSql) text += value.text;
      else {
        params.push(value);
        text += `$${params.length}`;
      }
      text += this.strings[i + 1] ?? '';
    }
    return text;
  }
}

/** Trusted SQL text (identifiers, keywords) spliced as is. Never pass user input. */
export class RawSql {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
  return new SqlQuery(strings, values);
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A quoted identifier; only lower-case snake_case names are accepted, so a typo fails loudly. */
sql.id = (name: string): RawSql => {
  if (!IDENTIFIER.test(name)) throw new Error(`not a valid SQL identifier: ${name}`);
  return new RawSql(`"${name}"`);
};

/** Trusted text, for keywords chosen by code (sort directions, operators). */
sql.raw = (text: string): RawSql => new RawSql(text);

/** Fragments joined by a separator: `sql.join([sql\`a = ${1}\`, sql\`b = ${2}\`], ' and ')`. */
sql.join = (parts: readonly SqlQuery[], separator = ', '): SqlQuery => {
  if (parts.length === 0) return new SqlQuery([''], []);
  const strings = ['', ...parts.slice(1).map(() => separator), ''];
  return new SqlQuery(strings, parts);
};

/** An empty fragment, for optional clauses. */
sql.empty = new SqlQuery([''], []);
