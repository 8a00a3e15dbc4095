import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { modules } from '../../src/modules/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openContext } from '../../src/platform/runtime.ts';
import { loadDemoOnce } from '../../src/platform/setup.ts';
import type { Engine } from './args.ts';

/** A database made for one run: what each server is pointed at, and how to throw it away. */
export interface BenchData {
  engine: Engine;
  /** Environment for the Shilen server: DATABASE_URL or SHILEN_DATA_DIR. */
  shilenEnv: Record<string, string>;
  /** Where the bare ceiling server reads: the same database, or a copy of the embedded data folder. */
  bare: { databaseUrl?: string; pgliteDir?: string };
  /** One line on what the database is, for the report. */
  where: string;
  /** What the loader put in it. */
  loaded: string;
  /** PostgreSQL server version (engine postgres). */
  serverVersion?: string;
  /** PostgreSQL backend pids serving connections with this application_name (engine postgres). */
  backendPids?: (application: string) => Promise<number[]>;
  cleanup(): Promise<void>;
}

/** Fills a migrated, seeded database with the demo data and whatever else the benchmark needs. */
export type Loader = (db: Database) => Promise<string>;

/**
 * Makes a fresh database on the chosen engine, migrates and seeds it exactly as `npm start` would
 * (demo data included), then runs `load` and refreshes the planner's statistics.
 * postgres: a new database `shilen_bench_*` on the server at `pgUrl`, dropped by `cleanup`.
 * pglite: a new temporary SHILEN_DATA_DIR; the ceiling server gets a copy of its data folder,
 * since an embedded database can only be open in one process.
 */
export async function prepareData(engine: Engine, pgUrl: string, load: Loader): Promise<BenchData> {
  if (engine === 'postgres') {
    const name = `shilen_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    const cleanup = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
    try {
      const [version] = await admin<{ server_version: string }[]>`show server_version`;
      await admin.unsafe(`create database ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const databaseUrl = url.toString();
      const loaded = await migrateAndLoad({ DATABASE_URL: databaseUrl }, load);
      return {
        engine,
        shilenEnv: { DATABASE_URL: databaseUrl },
        bare: { databaseUrl },
        where: `database ${name} on the PostgreSQL server at ${url.host}`,
        loaded,
        serverVersion: version?.server_version,
        backendPids: async (application) =>
          (
            await admin<{ pid: number }[]>`select pid from pg_stat_activity
              where datname = ${name} and application_name = ${application}`
          ).map((r) => r.pid),
        cleanup,
      };
    } catch (error) {
      await cleanup().catch(() => {});
      throw error;
    }
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-bench-'));
  const cleanup = async () => fs.rmSync(root, { recursive: true, force: true });
  try {
    const dataDir = path.join(root, 'shilen');
    const loaded = await migrateAndLoad({ SHILEN_DATA_DIR: dataDir }, load);
    const bareDir = path.join(root, 'bare-pgdata');
    fs.cpSync(path.join(dataDir, 'pgdata'), bareDir, { recursive: true });
    return {
      engine,
      shilenEnv: { SHILEN_DATA_DIR: dataDir },
      bare: { pgliteDir: bareDir },
      where: `PGlite data folder in ${dataDir} (the ceiling reads a copy of it)`,
      loaded,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function migrateAndLoad(env: Record<string, string>, load: Loader): Promise<string> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn', SHILEN_DEMO: 'true', DATABASE_POOL_MAX: '2' });
  const ctx = await openContext(config, modules);
  try {
    await loadDemoOnce(ctx, modules);
    const loaded = await load(ctx.db);
    await ctx.db.exec('vacuum analyze');
    return loaded;
  } finally {
    await ctx.db.close();
  }
}
