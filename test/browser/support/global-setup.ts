import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { modules } from '../../../src/modules/index.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import { type RunningServer, startServer } from '../../../src/platform/runtime.ts';
import { startTestOidcProvider } from '../../support/oidc.ts';
import { startTestSmtpServer } from '../../support/smtp.ts';
import { startHarness } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server under test, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** The test OpenID Connect provider the server signs in with (accounts: `defaultOidcAccounts`). */
    oidcIssuer: string;
    /** The door to the mail the server sent and to its database (see `harness.ts`). */
    harnessUrl: string;
  }
}

/** A port free now, so the server's public URL (in mail links, the OIDC redirect URI) is known before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server once for the whole browser suite, exactly as `npm start` does
 * (migrations, demo data, listen), on a free port and a fresh embedded database, with a real
 * SMTP server catching its mail and a real OpenID Connect provider to sign in with.
 * With DATABASE_URL set it uses that server instead, like `npm start` would.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'shilen-browser-'));
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const smtp = await startTestSmtpServer();
  const oidc = await startTestOidcProvider({ redirectUri: `${publicUrl}/sign-in/oidc/callback` });
  const stopHelpers = async () => {
    await oidc.stop();
    await smtp.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  let server: RunningServer | undefined;
  try {
    server = await startServer(
      loadConfig({
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SHILEN_PUBLIC_URL: publicUrl,
        SHILEN_DATA_DIR: dataDir,
        SHILEN_DEMO: 'true',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: oidc.clientId,
        OIDC_CLIENT_SECRET: oidc.clientSecret,
        OIDC_NAME: 'Test ID',
      }),
      modules,
    );
  } catch (error) {
    await stopHelpers();
    throw error;
  }
  const harness = await startHarness(smtp, server.db);
  project.provide('baseUrl', publicUrl);
  project.provide('oidcIssuer', oidc.issuer);
  project.provide('harnessUrl', harness.url);
  const running = server;
  return async () => {
    await harness.stop();
    await running.app.close();
    await stopHelpers();
  };
}
