import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../../src/platform/config.ts';
import { type RunningServer, startServer } from '../../../src/platform/runtime.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server under test, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}

/**
 * Starts the real server once for the whole browser suite, exactly as `npm start` does
 * (migrations, demo data, listen), on a free port and a fresh embedded database.
 * With DATABASE_URL set it uses that server instead, like `npm start` would.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'shilen-browser-'));
  let server: RunningServer | undefined;
  try {
    server = await startServer(
      loadConfig({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        SHILEN_DATA_DIR: dataDir,
        SHILEN_DEMO: 'true',
        LOG_LEVEL: 'warn',
      }),
    );
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { port } = new URL(server.url);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  const running = server;
  return async () => {
    await running.app.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
