import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COPY_QUOTE, csvChunks } from './copy-csv.ts';
import { copyStatement, type Database, type Queryable, type Row, type RowSource } from './database.ts';
import type { SqlQuery } from './sql.ts';
import { keepText, OID, parseInt8 } from './types.ts';

/** The same readings as on PGlite (see types.ts), set per pool rather than globally. */
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === OID.int8) return parseInt8;
    if (oid === OID.numeric || oid === OID.date) return keepText;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

type Client = pg.Pool | pg.PoolClient;

/**
 * Statements are prepared once per connection under a name derived from their text, so the
 * server parses and plans a repeated query once (as PGlite's and the peers' drivers do). The
 * texts come from code, not users, so their number is bounded; past the cap, unnamed.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

function queryable(
  client: Client,
  copyClient: () => Promise<{ client: pg.PoolClient; done: (error?: Error) => Promise<void> }>,
): Queryable {
  return {
    async query<R = Row>(query: SqlQuery) {
      const { text, params } = query.compile();
      return (await client.query({ name: statementName(text), text, values: params })).rows as R[];
    },
    async queryText<R = Row>(text: string, params: readonly unknown[] = []) {
      return (await client.query({ name: statementName(text), text, values: [...params] })).rows as R[];
    },
    async copyInto(table: string, columns: readonly string[], rows: RowSource) {
      const { client: conn, done } = await copyClient();
      let total = 0;
      try {
        const sink = conn.query(copyFrom(copyStatement(table, columns, 'STDIN', { quote: COPY_QUOTE })));
        const source = Readable.from(
          (async function* () {
            for await (const chunk of csvChunks(rows)) {
              total += chunk.count;
              yield chunk.bytes;
            }
          })(),
        );
        await pipeline(source, sink);
      } catch (error) {
        await done(error as Error);
        throw error;
      }
      await done();
      return total;
    },
    async copyCsvText(table, columns, chunks, delimiter) {
      const { client: conn, done } = await copyClient();
      let count = 0;
      try {
        const sink = conn.query(copyFrom(copyStatement(table, columns, 'STDIN', { delimiter })));
        await pipeline(Readable.from(chunks), sink);
        count = Number(sink.rowCount);
      } catch (error) {
        await done(error as Error);
        throw error;
      }
      await done();
      return count;
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

/** Runs `work` on one pooled connection between BEGIN and COMMIT, rolling back on any error. */
async function inTransaction<T>(pool: pg.Pool, work: (conn: pg.PoolClient) => Promise<T>): Promise<T> {
  const conn = await pool.connect();
  try {
    await conn.query('begin');
    const result = await work(conn);
    await conn.query('commit');
    conn.release();
    return result;
  } catch (error) {
    // A connection whose rollback fails is broken: destroy it rather than return it to the pool.
    const broken = await conn.query('rollback').then(
      () => undefined,
      (e: Error) => e,
    );
    conn.release(broken ?? undefined);
    throw error;
  }
}

/** A PostgreSQL server through a pool of connections (node-postgres). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: 'shilen',
    options: '-c TimeZone=UTC',
    types,
  });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', () => {});
  const ownConnection = async () => {
    const conn = await pool.connect();
    return {
      client: conn,
      done: async (error?: Error) => conn.release(error),
    };
  };
  const sameConnection = (conn: pg.PoolClient) => async () => ({ client: conn, done: async () => {} });
  const base = queryable(pool, ownConnection);
  return {
    engine: 'postgres',
    ...base,
    transaction: (work) => inTransaction(pool, (conn) => work(queryable(conn, sameConnection(conn)))),
    copyInto: (table, columns, rows) =>
      inTransaction(pool, (conn) => queryable(conn, sameConnection(conn)).copyInto(table, columns, rows)),
    copyCsvText: (table, columns, chunks, delimiter) =>
      inTransaction(pool, (conn) =>
        queryable(conn, sameConnection(conn)).copyCsvText(table, columns, chunks, delimiter),
      ),
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}
