import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { COPY_QUOTE, csvChunks } from './copy-csv.ts';
import { copyStatement, type Database, type Queryable, type Row, type RowSource } from './database.ts';
import type { SqlQuery } from './sql.ts';
import { keepText, OID, parseInt8 } from './types.ts';

type PgliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction;

function queryable(pg: PgliteLike): Queryable {
  const self: Queryable = {
    async query<R = Row>(query: SqlQuery) {
      const { text, params } = query.compile();
      return (await pg.query<R>(text, params)).rows;
    },
    async queryText<R = Row>(text: string, params: readonly unknown[] = []) {
      return (await pg.query<R>(text, [...params])).rows;
    },
    async copyInto(table: string, columns: readonly string[], rows: RowSource) {
      const statement = copyStatement(table, columns, "'/dev/blob'", { quote: COPY_QUOTE });
      let total = 0;
      for await (const chunk of csvChunks(rows, 4 << 20)) {
        await pg.query(statement, [], { blob: new Blob([chunk.bytes]) });
        total += chunk.count;
      }
      return total;
    },
    async copyCsvText(table, columns, chunks, delimiter) {
      const statement = copyStatement(table, columns, "'/dev/blob'", { delimiter });
      let count = 0;
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        const result = await pg.query(statement, [], { blob: new Blob([chunk as Uint8Array<ArrayBuffer>]) });
        count += result.affectedRows ?? 0;
      }
      return count;
    },
    async exec(script: string) {
      await pg.exec(script);
    },
  };
  return self;
}

/** The engine behind each database `openPglite` opened, for `dumpPglite`. */
const engines = new WeakMap<Database, PGlite>();

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, in this process, on one connection.
 * `dataDir` undefined keeps it in memory (tests). `from` starts it from a data folder `dumpPglite`
 * wrote (a tarball) instead of an empty cluster: the test suite migrates and seeds once per set of
 * modules and starts every later test file from that.
 */
export async function openPglite(dataDir?: string, options: { from?: Blob } = {}): Promise<Database> {
  const pg = await PGlite.create({
    dataDir,
    ...(options.from ? { loadDataDir: options.from } : {}),
    extensions: { pg_trgm, unaccent },
    parsers: { [OID.int8]: parseInt8, [OID.numeric]: keepText, [OID.date]: keepText },
  });
  const base = queryable(pg);
  const db: Database = {
    engine: 'pglite',
    ...base,
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    copyInto: (table, columns, rows) => pg.transaction((tx) => queryable(tx).copyInto(table, columns, rows)),
    copyCsvText: (table, columns, chunks, delimiter) =>
      pg.transaction((tx) => queryable(tx).copyCsvText(table, columns, chunks, delimiter)),
    ping: async () => {
      await pg.query('select 1');
    },
    close: () => pg.close(),
  };
  engines.set(db, pg);
  return db;
}

/** The whole data folder of a database `openPglite` opened, as an uncompressed tarball. */
export async function dumpPglite(db: Database): Promise<Blob> {
  const pg = engines.get(db);
  if (!pg) throw new Error('dumpPglite: not a database openPglite opened');
  return pg.dumpDataDir('none');
}
