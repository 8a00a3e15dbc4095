import path from 'node:path';
import { seedAdminUnits } from './admin-units.ts';
import type { Database } from './db/database.ts';
import { type Migration, migrate, readMigrations } from './db/migrate.ts';
import { sql } from './db/sql.ts';
import { type ModuleContext, orderModules, type ShilenModule } from './module.ts';

const PLATFORM_MIGRATIONS = path.join(import.meta.dirname, 'db', 'migrations');

/** The platform's migrations, then each module's, dependencies first. */
export function allMigrations(modules: readonly ShilenModule[]): Migration[] {
  return [
    ...readMigrations('platform', PLATFORM_MIGRATIONS),
    ...orderModules(modules).flatMap((m) => (m.migrationsDir ? readMigrations(m.name, m.migrationsDir) : [])),
  ];
}

/** Writes which country pack runs, for SQL's `country_time_zone()`. */
async function recordCountry({ db, country }: ModuleContext): Promise<void> {
  const value = JSON.stringify({
    code: country.code,
    timeZone: country.timeZone,
    currency: country.currency,
  });
  await db.query(sql`insert into platform_settings (key, value) values ('country', ${value}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()
    where platform_settings.value is distinct from excluded.value`);
}

/** Migrates, then brings reference data (admin units, each module's seed) up to date. */
export async function prepareDatabase(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
  onMigration?: (id: string) => void,
): Promise<string[]> {
  const applied = await migrate(ctx.db, allMigrations(modules), onMigration);
  await recordCountry(ctx);
  await seedAdminUnits(ctx.db, ctx.country.adminUnits);
  for (const module of orderModules(modules)) await module.seed?.(ctx);
  return applied;
}

/**
 * Loads every module's demo data, once: the marker row is written in the same run, and a
 * database that already has it is left alone. Returns what was made, or null if it was there.
 * Loaders must be idempotent: a run killed half way is run again at the next start.
 */
export async function loadDemoOnce(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
): Promise<Record<string, Record<string, number>> | null> {
  // With no demo loaders nothing is marked, so demo data that modules gain later still loads.
  if (!modules.some((m) => m.demo)) return {};
  if (await isDemoLoaded(ctx.db)) return null;
  const made: Record<string, Record<string, number>> = {};
  for (const module of orderModules(modules))
    if (module.demo) made[module.name] = await module.demo(ctx, modules);
  await ctx.db.query(sql`insert into platform_settings (key, value) values ('demo_loaded', ${JSON.stringify(made)})
    on conflict (key) do nothing`);
  return made;
}

export async function isDemoLoaded(db: Database): Promise<boolean> {
  const [row] = await db.query(sql`select 1 from platform_settings where key = 'demo_loaded'`);
  return row !== undefined;
}
