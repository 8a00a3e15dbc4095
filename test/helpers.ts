import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { modules as allModules } from '../src/modules/index.ts';
import { type Config, loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { dumpPglite, openPglite } from '../src/platform/db/pglite.ts';
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

/**
 * Runs `work` on a connection of its own to the server's maintenance database, closed straight
 * after: test files share processes, so a connection held until a file ends would add up.
 */
async function onServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The URL of a database of the server, by name. */
function serverDatabaseUrl(name: string): string {
  if (!serverUrl) throw new Error('no DATABASE_URL');
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database name for this test file, dropped when the file ends (registered before the
 * file's pools are closed, so it runs after them: afterAll hooks run in reverse).
 */
function ownDatabaseName(): string {
  const name = `shilen_test_${randomBytes(6).toString('hex')}`;
  afterAll(() => onServer((admin) => admin.query(`drop database if exists ${name} with (force)`)));
  return name;
}

/** A database of its own on the server for this test file, dropped when the file ends; its URL. */
export async function createServerDatabaseUrl(): Promise<string> {
  if (!serverUrl) throw new Error('no DATABASE_URL');
  const name = ownDatabaseName();
  await onServer((admin) => admin.query(`create database ${name}`));
  return serverDatabaseUrl(name);
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
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      testDataDir = undefined;
    });
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

/**
 * What a migrated, seeded database holds depends on the country and on the modules: their
 * migrations (by checksum) and their seeds (by source, for a test's own module of the same name).
 */
function preparedKey(country: string, modules: readonly ShilenModule[]): string {
  const hash = createHash('sha256');
  hash.update(country);
  for (const m of allMigrations(modules)) hash.update(`\0${m.id}:${m.checksum}`);
  for (const m of modules) hash.update(`\0${m.name}:${m.seed?.toString() ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Where this run keeps its prepared databases (set by `test/support/global-setup.ts`, removed
 * when the run ends); unset (a test file run some other way) prepares every database itself.
 */
const preparedDir = process.env.SHILEN_TEST_PREPARED_DIR;
const runId = process.env.SHILEN_TEST_RUN_ID;

/**
 * PGlite: the first test file of a run to need a set of modules migrates and seeds a database
 * and writes its data folder; every later one starts from that folder, skipping both the empty
 * cluster's creation and the migrations. Written under a temporary name and renamed, so a test
 * file running beside never reads half a file.
 */
async function preparedPglite(config: Config, modules: readonly ShilenModule[]): Promise<ModuleContext> {
  const file = preparedDir
    ? path.join(preparedDir, `${preparedKey(config.country, modules)}.tar`)
    : undefined;
  const saved = file ? await readFile(file).catch(() => undefined) : undefined;
  const db = await openPglite(undefined, saved ? { from: new Blob([saved]) } : {});
  afterAll(() => db.close());
  const ctx = moduleContext({ config, db, log: silentLog });
  if (saved) return ctx;
  await prepareDatabase(ctx, modules);
  if (file) {
    const partial = `${file}.${process.pid}.part`;
    await writeFile(partial, Buffer.from(await (await dumpPglite(db)).arrayBuffer()));
    await rename(partial, file);
  }
  return ctx;
}

/**
 * PostgreSQL: each set of modules is migrated and seeded once per run into a template database,
 * and each test file's database is a copy of it (`create database … template`), made under an
 * advisory lock so no file copies a template still being prepared. `global-setup.ts` drops the
 * templates when the run ends.
 */
async function preparedServerDatabase(
  config: Config,
  modules: readonly ShilenModule[],
): Promise<ModuleContext> {
  const template = `shilen_template_${runId}_${preparedKey(config.country, modules)}`;
  const name = ownDatabaseName();
  await onServer(async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const [exists] = (await admin.query('select 1 from pg_database where datname = $1', [template])).rows;
      if (!exists) {
        await admin.query(`create database ${template}`);
        const db = await openPostgres(serverDatabaseUrl(template), { max: 2 });
        try {
          await prepareDatabase(moduleContext({ config, db, log: silentLog }), modules);
        } finally {
          await db.close();
        }
      }
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  const db = await openPostgres(serverDatabaseUrl(name), { max: 5 });
  afterAll(() => db.close());
  return moduleContext({ config, db, log: silentLog });
}

/** A migrated, seeded database with its module context. */
export async function createTestContext(
  modules: readonly ShilenModule[] = allModules,
  overrides: Partial<Config> = {},
): Promise<ModuleContext> {
  const config = testConfig(overrides);
  if (!serverUrl) return preparedPglite(config, modules);
  if (runId) return preparedServerDatabase(config, modules);
  const db = await createTestDatabase();
  const ctx = moduleContext({ config, db, log: silentLog });
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
