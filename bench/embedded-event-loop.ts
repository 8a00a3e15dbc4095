// What one connection in this process means: how long a heavy query on the embedded engine
// stops the event loop (no other request is served meanwhile), against the same on a server.
// Run: npx node bench/embedded-event-loop.ts [--rows 1000000] [--server postgres://postgres@127.0.0.1:5432/test]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../src/platform/db/database.ts';
import { openPglite } from '../src/platform/db/pglite.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { sql } from '../src/platform/db/sql.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, server: { type: 'string' } },
});
const rows = Number(values.rows);

function* synthetic(n: number) {
  for (let i = 1; i <= n; i++)
    yield [i, `org-${i % 500}`, (i * 7919) % 100_000_000, `2015-${String((i % 12) + 1).padStart(2, '0')}-15`];
}

async function measure(label: string, db: Database) {
  await db.exec(
    'drop table if exists ev_payments; create table ev_payments (id int, payer text, amount bigint, day date)',
  );
  let t = performance.now();
  await db.copyInto('ev_payments', ['id', 'payer', 'amount', 'day'], synthetic(rows));
  const loadMs = performance.now() - t;
  // A timer that should fire every 10 ms: its worst lateness is how long nothing else could run.
  let last = performance.now();
  let worstGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
  }, 10);
  t = performance.now();
  await db.query(
    sql`select payer, date_trunc('month', day) as m, sum(amount), count(*) from ev_payments group by 1, 2 order by 1, 2`,
  );
  const queryMs = performance.now() - t;
  await new Promise((r) => setTimeout(r, 50));
  clearInterval(ticker);
  console.log(
    `${label}: COPY ${rows.toLocaleString('en')} rows in ${(loadMs / 1000).toFixed(1)} s (${Math.round(rows / (loadMs / 1000)).toLocaleString('en')} rows/s); ` +
      `aggregate query ${queryMs.toFixed(0)} ms; event loop stalled up to ${worstGap.toFixed(0)} ms`,
  );
  await db.exec('drop table ev_payments');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-evloop-'));
const embedded = await openPglite(path.join(dir, 'pgdata'));
await measure('embedded (PGlite, on disk)', embedded);
await embedded.close();
fs.rmSync(dir, { recursive: true, force: true });
if (values.server) {
  const server = await openPostgres(values.server);
  await measure('server (PostgreSQL)', server);
  await server.close();
}
