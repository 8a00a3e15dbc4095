import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { startAuditHeadPublisher } from './audit/heads.ts';
import { registerPermissions } from './auth/permissions.ts';
import { platformPermissions } from './auth/platform-permissions.ts';
import { installationSecret } from './auth/secret.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open.ts';
import { buildApp } from './http/app.ts';
import { startPlatformWorkers } from './jobs/index.ts';
import { type ModuleContext, moduleContext, type ShilenModule } from './module.ts';
import { allMigrations, loadDemoOnce, prepareDatabase } from './setup.ts';

/** A logger for work outside a request (start-up, CLI, jobs). */
export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel });
}

/**
 * Opens the database and brings it up to date for the given modules: what `serve`, the CLI and
 * tests all start from. The entry point hands the platform its modules; the platform never
 * imports the module list.
 */
export async function openContext(
  config: Config,
  modules: readonly ShilenModule[],
  log = createLogger(config),
): Promise<ModuleContext> {
  // The actions commands check are known before anything runs: demo data, seeds and CLI tools
  // call the same commands as the routes.
  registerPermissions(platformPermissions);
  for (const module of modules) if (module.permissions) registerPermissions(module.permissions);
  const db = await openDatabase(config);
  const ctx = moduleContext({ config, db, log });
  try {
    await prepareDatabase(ctx, modules, (id) => log.info({ migration: id }, 'migration applied'));
  } catch (error) {
    await db.close();
    throw error;
  }
  return ctx;
}

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
}

/** Everything `npm start` does: database, migrations, demo data once, then listen. */
export async function startServer(config: Config, modules: readonly ShilenModule[]): Promise<RunningServer> {
  const log = createLogger(config);
  const ctx = await openContext(config, modules, log);
  if (config.demo) {
    const made = await loadDemoOnce(ctx, modules);
    if (made) log.info({ made }, 'demo data loaded');
  }
  const app = await buildApp({
    config,
    db: ctx.db,
    secret: await installationSecret(ctx.db, config.secret),
    modules,
    migrations: allMigrations(modules),
    logger: { level: config.logLevel },
  });
  // Workers stop (waiting for running jobs) before the database closes.
  let stopJobs = async () => {};
  let stopAuditHeads = async () => {};
  app.addHook('onClose', async () => {
    await stopJobs();
    await stopAuditHeads();
    await ctx.db.close();
  });
  const url = await app.listen({ port: config.port, host: config.host });
  stopJobs = startPlatformWorkers(ctx, modules);
  stopAuditHeads = startAuditHeadPublisher(ctx.db, ctx.country.timeZone, app.log);
  app.log.info({ engine: ctx.db.engine, url }, 'Shilen is serving');
  return { app, db: ctx.db, url };
}
