import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';
import { sql } from './sql.ts';

export interface Migration {
  /** `<owner>/<file>`, e.g. `platform/001_base.sql`; applied once, in list order. */
  id: string;
  script: string;
  checksum: string;
}

const FILE = /^\d{3}_[a-z0-9_]+\.sql$/;

/** The migrations of one owner (the platform or a module): `NNN_name.sql` files in a folder. */
export function readMigrations(owner: string, dir: string): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      if (!FILE.test(file))
        throw new Error(`migration file name must look like 001_name.sql: ${path.join(dir, file)}`);
      const script = fs.readFileSync(path.join(dir, file), 'utf8');
      return { id: `${owner}/${file}`, script, checksum: createHash('sha256').update(script).digest('hex') };
    });
}

const LOCK_KEY = 7_243_001; // any constant; serialises migrators across processes

const BOOKKEEPING = `
create table if not exists schema_migrations (
  id text primary key,
  checksum text not null,
  applied_at timestamptz not null default now()
)`;

/**
 * Applies what is missing, each migration in its own transaction together with its bookkeeping
 * row, so a migration is either wholly applied or not at all. A changed applied migration is an
 * error: applied history is never rewritten.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  onApply?: (id: string) => void,
): Promise<string[]> {
  await db.exec(BOOKKEEPING);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
      const [row] = await tx.query<{ checksum: string }>(
        sql`select checksum from schema_migrations where id = ${migration.id}`,
      );
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.id} was changed after it was applied; add a new migration instead`,
          );
        }
        return false;
      }
      await tx.exec(migration.script);
      await tx.query(
        sql`insert into schema_migrations (id, checksum) values (${migration.id}, ${migration.checksum})`,
      );
      return true;
    });
    if (done) {
      applied.push(migration.id);
      onApply?.(migration.id);
    }
  }
  return applied;
}

/** Migrations known to the code but not yet in the database (readiness). */
export async function pendingMigrations(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const [exists] = await db.query<{ ok: boolean }>(
    sql`select to_regclass('schema_migrations') is not null as ok`,
  );
  if (!exists?.ok) return migrations.map((m) => m.id);
  const rows = await db.query<{ id: string }>(sql`select id from schema_migrations`);
  const have = new Set(rows.map((r) => r.id));
  return migrations.filter((m) => !have.has(m.id)).map((m) => m.id);
}
