import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { modules } from '../../src/modules/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { ModuleContext } from '../../src/platform/module.ts';
import { openContext } from '../../src/platform/runtime.ts';
import type { Engine } from './args.ts';

/**
 * A fresh database for a projects benchmark: on the PostgreSQL server, a database of the
 * benchmark's own name (dropped first if there, and at the end; never the server's own); or an
 * embedded PGlite in a temporary folder. Migrated and seeded as `npm start` would, without demo data.
 */
export async function benchDatabase(
  engine: Engine,
  pgUrl: string,
  name: string,
): Promise<{ ctx: ModuleContext; where: string; close: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    const ctx = await openContext(loadConfig({ SHILEN_DATA_DIR: dir, LOG_LEVEL: 'warn' }), modules);
    return {
      ctx,
      where: `an embedded PGlite database in a temporary folder`,
      close: async () => {
        await ctx.db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!/^bench_[a-z_]+$/.test(name)) throw new Error(`not a benchmark database name: ${name}`);
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const [version] = await admin<{ server_version: string }[]>`show server_version`;
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const ctx = await openContext(
    loadConfig({ DATABASE_URL: url.toString(), DATABASE_POOL_MAX: '4', LOG_LEVEL: 'warn' }),
    modules,
  );
  return {
    ctx,
    where: `a fresh database \`${name}\` on the PostgreSQL ${version?.server_version ?? ''} server at ${url.host}`,
    close: async () => {
      await ctx.db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
