import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium running as root in a container without network beyond loopback. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Where screenshots go: `test-results/screenshots/` at the repository root (gitignored). */
export const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Origin of the server started by the global setup. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * One Chromium per test file, launched before the file's tests and closed after them.
 * Each test opens its own contexts with `newContext()` / `newPage()`, closed after the test, so
 * cookies (the language) never leak from one test to the next.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    await mkdir(screenshotDir, { recursive: true });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    /** A fresh context (cookies, storage) on the server under test. */
    async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      if (!browser) throw new Error('the browser is not running: call useBrowser() at the top of the file');
      const context = await browser.newContext({
        baseURL: baseUrl(),
        viewport: viewports.desktop,
        ...options,
      });
      contexts.push(context);
      return context;
    },
    /** A page in a fresh context. */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await this.newContext(options);
      return context.newPage();
    },
  };
}
