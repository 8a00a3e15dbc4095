import fs from 'node:fs';
import path from 'node:path';
import { type Config, redactUrl } from '../config.ts';
import { processAlive } from '../process-alive.ts';
import type { Database } from './database.ts';
import { DataFolderFlusher } from './durability.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/** A start-up failure that is the operator's to fix: one line, what and where. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Makes sure `dir` exists and this process may write to it. */
export function ensureWritableDir(dir: string, what: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new StartupError(
      `cannot write the ${what} folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}

/**
 * The embedded engine must have one process per data folder: a second one would corrupt it.
 * A lock file holds the owner's pid; a stale one (its process gone) is taken over.
 */
function lockDataFolder(dir: string): () => void {
  const file = path.join(dir, 'shilen.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && processAlive(owner)) {
        throw new StartupError(
          `the embedded database in ${dir} is in use by process ${owner}; stop it or set SHILEN_DATA_DIR to another folder`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new StartupError(`cannot lock the embedded database in ${dir}`);
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'poolMax'> & { flushIntervalMs?: number },
): Promise<Database> {
  if (config.databaseUrl) {
    const db = await openPostgres(config.databaseUrl, { max: config.poolMax });
    try {
      await db.ping();
    } catch (error) {
      await db.close().catch(() => {});
      throw new StartupError(
        `cannot reach the database at ${redactUrl(config.databaseUrl)}: ${(error as Error).message}`,
      );
    }
    return db;
  }
  ensureWritableDir(config.dataDir, 'data');
  const dir = path.join(config.dataDir, 'pgdata');
  ensureWritableDir(dir, 'embedded database');
  const unlock = lockDataFolder(config.dataDir);
  try {
    const db = await openPglite(dir);
    const flusher = new DataFolderFlusher(dir, config.flushIntervalMs ?? 1000);
    flusher.start();
    return {
      ...db,
      close: async () => {
        await db.close();
        await flusher.stop();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw new StartupError(`cannot open the embedded database in ${dir}: ${(error as Error).message}`);
  }
}
