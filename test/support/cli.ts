import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/program.ts';
import type { ShilenModule } from '../../src/platform/module.ts';
import { createServerDatabaseUrl, serverUrl } from '../helpers.ts';

/** A temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'shilen-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A temporary migrations folder of a module of the test: its scripts by file name (`001_items.sql`). */
export function tempMigrations(scripts: Readonly<Record<string, string>>): string {
  const dir = tempDir('shilen-test-migrations-');
  for (const [file, script] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, file), script);
  return dir;
}

/** The environment of a database of this file's own: a data folder, or a database on the server. */
export async function isolatedDatabaseEnv(): Promise<NodeJS.ProcessEnv> {
  if (!serverUrl) return { SHILEN_DATA_DIR: tempDir() };
  return { DATABASE_URL: await createServerDatabaseUrl() };
}

/** The test runner's environment without any Shilen settings, plus `env`. */
export function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_|SHILEN_|LOG_LEVEL$|PORT$)/.test(key)),
  );
  return { ...base, ...env };
}

/** A stream that keeps what is written to it. */
export function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs `shilen ARGS` in this process with the given modules; returns exit code and output. */
export async function runShilen(args: string[], modules: readonly ShilenModule[], env: NodeJS.ProcessEnv) {
  const stdout = collector();
  const stderr = collector();
  const { exitCode } = await runCli(args, {
    modules,
    io: { stdout: stdout.stream, stderr: stderr.stream, env: cleanEnv(env) },
  });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}
