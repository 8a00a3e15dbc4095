import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { csvChunks } from './copy-csv.ts';
import { copyStatement, type Database, type Queryable, type Row, type RowSource } from './database.ts';
import type { SqlQuery } from './sql.ts';
import { keepText, OID, parseInt8 } from './types.ts';

// biome-ignore lint/suspicious/noExplicitAny: postgres.js types its transaction and pool apart
type Sql = postgres.Sql<any> | postgres.TransactionSql<any>;

function queryable(client: Sql): Queryable {
  return {
    async query<R = Row>(query: SqlQuery) {
      const { text, params } = query.compile();
      return (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as R[];
    },
    async queryText<R = Row>(text: string, params: readonly unknown[] = []) {
      return (await client.unsafe(text, [...params] as postgres.ParameterOrJSON<never>[], { prepare: true })) as R[];
    },
    async copyInto(table: string, columns: readonly string[], rows: RowSource) {
      let total = 0;
      const sink: Writable = await client.unsafe(copyStatement(table, columns, 'STDIN')).writable();
      const source = Readable.from(
        (async function* () {
          for await (const chunk of csvChunks(rows)) {
            total += chunk.count;
            yield chunk.text;
          }
        })(),
      );
      await pipeline(source, sink);
      return total;
    },
    async exec(script: string) {
      await client.unsafe(script).simple();
    },
  };
}

/** A PostgreSQL server through a pool of connections. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: 'shilen', TimeZone: 'UTC' },
    types: {
      int8: { to: OID.int8, from: [OID.int8], serialize: (x: unknown) => String(x), parse: parseInt8 },
      numeric: { to: OID.numeric, from: [OID.numeric], serialize: (x: unknown) => String(x), parse: keepText },
      date: { to: OID.date, from: [OID.date], serialize: (x: unknown) => String(x), parse: keepText },
    },
  });
  const base = queryable(client);
  const db: Database = {
    engine: 'postgres',
    ...base,
    transaction: (work) => client.begin((tx) => work(queryable(tx))) as Promise<never>,
    copyInto: (table, columns, rows) =>
      client.begin((tx) => queryable(tx).copyInto(table, columns, rows)) as Promise<number>,
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
  return db;
}
