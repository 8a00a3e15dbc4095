// A child process for the kill test: opens the embedded database the way the server does and
// commits numbered rows one transaction at a time, printing each number only after its commit.
import { openDatabase } from '../../src/platform/db/open.ts';
import { sql } from '../../src/platform/db/sql.ts';

const dataDir = process.argv[2] as string;
const db = await openDatabase({ databaseUrl: undefined, dataDir, poolMax: 1 });
await db.exec('create table if not exists acknowledged (n int primary key, payload text not null)');
const [start] = await db.query<{ next: number }>(
  sql`select coalesce(max(n), 0) + 1 as next from acknowledged`,
);
process.stdout.write('ready\n');
for (let n = start?.next ?? 1; ; n++) {
  await db.transaction(async (tx) => {
    await tx.query(sql`insert into acknowledged (n, payload) values (${n}, ${'x'.repeat(2000)})`);
  });
  process.stdout.write(`${n}\n`);
}
