import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { signInAsNewAdministrator } from './support/administrator.ts';
import { expectAccessible } from './support/axe.ts';
import { screenshotDir, useBrowser } from './support/browser.ts';

/**
 * An official imports a Windows-1251 spreadsheet export into the organisations directory in
 * Chromium against the real server (whose job worker runs the checks and the commit): the report
 * of the bad file, the preview of the corrected one, the commit with its progress view, the
 * history. Every page on the way is checked with axe, and photographed.
 */

const browser = useBrowser();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `imports-${name}.png`), fullPage: true });

const HEADER = 'Таних нэр;Нэр (монгол);Name (English);kind;parent_slug';
const file = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: iconv.encode([HEADER, ...rows].join('\r\n'), 'win1251'),
});

describe('an official imports a spreadsheet', () => {
  test('a file with errors gets a report; the corrected one is previewed, confirmed and imported', async () => {
    const page = await browser.newPage();
    await signInAsNewAdministrator(page, { name: 'Import Official', emailPrefix: 'importer' });
    await page.waitForURL((url) => url.pathname === '/account');
    await page.goto('/datasets/organizations?lang=en');
    await page.getByRole('link', { name: 'Import from a file' }).click();
    await page.waitForURL((url) => url.pathname === '/datasets/organizations/import');
    await expectAccessible(page);
    await shot(page, 'upload');

    const tag = Date.now().toString(36);
    await page.setInputFiles(
      '#file',
      file('bad.csv', [
        `browser-${tag}-a;Нэгдэх газар;First office;agency;`,
        `browser-${tag}-b;;Second office;shop;`,
      ]),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.waitForURL((url) => /^\/datasets\/organizations\/imports\/\d+$/.test(url.pathname));
    // The page refreshes itself until the background check is done.
    await page.getByText('The file has problems; nothing was imported').waitFor({ timeout: 30_000 });
    const report = await page.locator('table.data-table').last().textContent();
    expect(report).toContain('A required value is empty');
    expect(report).toContain('"shop" is not one of the allowed values');
    await expectAccessible(page);
    await shot(page, 'report');

    await page.goto('/datasets/organizations/import?lang=en');
    await page.setInputFiles(
      '#file',
      file('good.csv', [
        `browser-${tag}-a;Нэгдэх газар;First office;agency;`,
        `browser-${tag}-b;Хоёрдугаар газар;Second office;council;browser-${tag}-a`,
      ]),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('What the check found').waitFor({ timeout: 30_000 });
    expect(await page.locator('.import-counts').textContent()).toBe(
      '2 rows: 2 would be added, 0 changed, 0 left as they are.',
    );
    await expectAccessible(page);
    await shot(page, 'preview');

    await page.getByRole('button', { name: 'Confirm and import' }).click();
    await page.getByText('The import succeeded').waitFor({ timeout: 30_000 });
    expect(await page.locator('.import-counts').textContent()).toBe(
      '2 rows: 2 added, 0 changed, 0 left as they were.',
    );
    await expectAccessible(page);
    await shot(page, 'done');

    await page.goto(`/organizations/browser-${tag}-b?lang=en`);
    expect(await page.locator('main').textContent()).toContain('Second office');

    await page.goto('/datasets/organizations/imports');
    expect(await page.locator('main').textContent()).toContain('good.csv');
    await expectAccessible(page);
    await shot(page, 'history-mn');
  });

  test('a visitor is not offered the import and is refused it', async () => {
    const page = await browser.newPage();
    await page.goto('/datasets/organizations?lang=en');
    expect(await page.getByRole('link', { name: 'Import from a file' }).count()).toBe(0);
    await page.goto('/datasets/organizations/import?lang=en');
    // Sent to sign in first, and back here afterwards.
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
