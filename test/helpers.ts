import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { modules as allModules } from '../src/modules/index.ts';
import { type Config, loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openPglite } from '../src/platform/db/pglite.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { type ModuleContext, moduleContext, type ShilenModule, silentLog } from '../src/platform/module.ts';
import { allMigrations, prepareDatabase } from '../src/platform/setup.ts';

/**
 * The engine under test: a PostgreSQL server when DATABASE_URL is set (each test file gets a
 * database of its own, dropped afterwards), otherwise an in-memory PGlite.
 */
export const serverUrl = process.env.DATABASE_URL;
export const engine = serverUrl ? 'postgres' : 'pglite';

/** A database of its own on the server for this test file, dropped when the file ends; its URL. */
export async function createServerDatabaseUrl(): Promise<string> {
  if (!serverUrl) throw new Error('no DATABASE_URL');
  const name = `shilen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database for one test file; closed and dropped when the file ends. */
export async function createTestDatabase(): Promise<Database> {
  if (!serverUrl) {
    const db = await openPglite();
    afterAll(() => db.close());
    return db;
  }
  const db = await openPostgres(await createServerDatabaseUrl(), { max: 5 });
  // Registered after the drop, so it runs before it (afterAll hooks run in reverse).
  afterAll(() => db.close());
  return db;
}

/** A data folder of this test file's own (uploads land there), removed when the file ends. */
let testDataDir: string | undefined;
function dataDirForTests(): string {
  if (!testDataDir) {
    const dir = mkdtempSync(path.join(tmpdir(), 'shilen-test-'));
    testDataDir = dir;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
  }
  return testDataDir;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      SHILEN_PUBLIC_URL: 'http://shilen.test',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_PASSES: '1',
      SHILEN_COUNTRY: process.env.SHILEN_COUNTRY,
    }),
    demo: false,
    dataDir: dataDirForTests(),
    ...overrides,
  };
}

/**
 * The modules an installation has before any register of its own: the organisations directory is
 * then the only dataset. Tests of the catalogue's machinery use it so that their expected counts
 * do not move each time a module declares a dataset; harvest and conformance tests use them all.
 */
export const baseModules: readonly ShilenModule[] = allModules.filter((m) =>
  ['organizations', 'accounts', 'administration', 'catalog'].includes(m.name),
);

/** A migrated, seeded database with its module context. */
export async function createTestContext(
  modules: readonly ShilenModule[] = allModules,
  overrides: Partial<Config> = {},
): Promise<ModuleContext> {
  const db = await createTestDatabase();
  const ctx = moduleContext({
    config: testConfig(overrides),
    db,
    log: silentLog,
  });
  await prepareDatabase(ctx, modules);
  return ctx;
}

/** The whole app on a fresh database, for `app.inject`. */
export async function createTestApp(
  options: { modules?: readonly ShilenModule[]; ctx?: ModuleContext } = {},
): Promise<{ app: FastifyInstance; ctx: ModuleContext }> {
  const modules = options.modules ?? allModules;
  const ctx = options.ctx ?? (await createTestContext(modules));
  const app = await buildApp({
    config: ctx.config,
    db: ctx.db,
    modules,
    migrations: allMigrations(modules),
    secret: 'test-secret-test-secret-test-secret-0123',
  });
  await app.ready();
  afterAll(() => app.close());
  return { app, ctx };
}
