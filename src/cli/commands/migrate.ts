import type { Command } from 'commander';
import type { Database } from '../../platform/db/database.ts';
import type { Migration } from '../../platform/db/migrate.ts';
import { sql } from '../../platform/db/sql.ts';
import { allMigrations, prepareDatabase } from '../../platform/setup.ts';
import { describeDatabase, type Session } from '../session.ts';

interface AppliedRow {
  id: string;
  checksum: string;
  applied_at: Date | string;
}

async function appliedMigrations(db: Database): Promise<AppliedRow[]> {
  const [exists] = await db.query<{ ok: boolean }>(
    sql`select to_regclass('schema_migrations') is not null as ok`,
  );
  if (!exists?.ok) return [];
  return db.query<AppliedRow>(
    sql`select id, checksum, applied_at from schema_migrations order by applied_at, id`,
  );
}

function when(value: Date | string): string {
  return (value instanceof Date ? value.toISOString() : String(value)).replace('T', ' ').slice(0, 19);
}

/** Applied, pending, changed-after-applying and unknown migrations; changes nothing. */
async function printStatus(session: Session, db: Database, known: readonly Migration[]): Promise<void> {
  const applied = await appliedMigrations(db);
  const byId = new Map(applied.map((row) => [row.id, row]));
  const knownIds = new Set(known.map((m) => m.id));
  let pending = 0;
  let changed = 0;
  for (const migration of known) {
    const row = byId.get(migration.id);
    if (!row) {
      pending++;
      session.say(`pending  ${migration.id}`);
    } else if (row.checksum !== migration.checksum) {
      changed++;
      session.say(`CHANGED  ${migration.id}  applied ${when(row.applied_at)}, edited since`);
    } else {
      session.say(`applied  ${migration.id}  ${when(row.applied_at)}`);
    }
  }
  const unknown = applied.filter((row) => !knownIds.has(row.id));
  for (const row of unknown)
    session.say(`unknown  ${row.id}  applied ${when(row.applied_at)}, not in this code`);
  session.say(
    `${applied.length - unknown.length} applied, ${pending} pending` +
      (changed
        ? `, ${changed} changed after applying (restore the file and add a new migration instead)`
        : '') +
      (unknown.length ? `, ${unknown.length} unknown to this version of Shilen` : '') +
      '.',
  );
  if (changed) session.exitCode = 1;
}

export function registerMigrate(program: Command, session: Session): void {
  program
    .command('migrate')
    .summary('apply pending database migrations and seed reference data')
    .description(
      'Brings the database schema up to date: applies every pending migration, each in its own ' +
        'transaction, then seeds the reference data every installation needs (administrative units, ' +
        'the directory of public bodies). Safe to run again: it only does what is missing.',
    )
    .option('--status', 'list applied and pending migrations without changing anything')
    .action(async (options: { status?: boolean }) => {
      const known = allMigrations(session.modules);
      session.say(`Database: ${describeDatabase(session.config())}`);
      const ctx = await session.openBare();
      if (options.status) {
        await printStatus(session, ctx.db, known);
        return;
      }
      const applied = await prepareDatabase(ctx, session.modules, (id) => session.say(`applied  ${id}`));
      session.say(
        applied.length
          ? `${applied.length} migration${applied.length === 1 ? '' : 's'} applied; reference data seeded. The database is up to date (${known.length} migrations).`
          : `Nothing to migrate; reference data seeded. The database is up to date (${known.length} migrations).`,
      );
    });
}
