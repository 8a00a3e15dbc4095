import { describe, expect, test } from 'vitest';
import { signInAsNewAdministrator } from './support/administrator.ts';
import { expectAccessible } from './support/axe.ts';
import { baseUrl, useBrowser } from './support/browser.ts';
import { inLocale, locales } from './support/pages.ts';

/**
 * Procurement in Chromium against the real server with its demo data: the list filtered without
 * JavaScript, the contract page with its red flags, buyer and supplier profiles with their charts,
 * and publishing an OCDS file through the upload page; axe on each, in both languages.
 */
const browser = useBrowser();

describe.each(locales)('procurement pages (%s)', (locale) => {
  test('the list filters by method and red flag with JavaScript off', async () => {
    // axe needs JavaScript; the same page is checked with it on, then used with it off.
    const checked = await browser.newPage();
    await checked.goto(inLocale('/procurement?method=limited&flag=split', locale));
    await expectAccessible(checked);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(inLocale('/procurement', locale));
    await page.selectOption('#method', 'limited');
    await page.selectOption('#flag', 'split');
    await page.locator('form.filters button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('flag') === 'split');
    const url = new URL(page.url());
    expect(url.searchParams.get('method')).toBe('limited');
    const rows = page.locator('table.data-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('table.data-table tbody').textContent()).toContain('ocds-mn0001-2025-90001');
    // Sorting is a link too.
    await page.locator('th a', { hasText: locale === 'en' ? 'Value' : 'Дүн' }).click();
    await page.waitForURL((u) => u.searchParams.has('sort'));
    expect(new URL(page.url()).searchParams.get('flag')).toBe('split');
  });

  test('the contract page shows the timeline and explains its red flag', async () => {
    const page = await browser.newPage();
    await page.goto(inLocale('/procurement/processes/ocds-mn0001-2025-90002', locale));
    await expectAccessible(page);
    const flags = page.locator('.procurement-flags');
    expect(await flags.locator('.flag-item').count()).toBeGreaterThanOrEqual(1);
    expect(await flags.textContent()).toContain(locale === 'en' ? 'just under the threshold' : 'босго');
    expect(await page.locator('.procurement-timeline li').count()).toBeGreaterThanOrEqual(5);
  });

  test('buyer and supplier profiles draw their charts', async () => {
    const page = await browser.newPage();
    await page.goto(inLocale('/procurement/buyers/governor-darkhan-uul', locale));
    await expectAccessible(page);
    expect(await page.locator('figure.procurement-chart svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    await page.locator('table.data-table tbody a').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/procurement/suppliers/'));
    await expectAccessible(page);
    expect(await page.locator('figure.procurement-chart svg').count()).toBeGreaterThanOrEqual(2);
  });

  test('the disclosure view and the OCDS downloads page', async () => {
    const page = await browser.newPage();
    for (const path of ['/procurement/disclosure', '/procurement/ocds']) {
      const res = await page.goto(inLocale(path, locale));
      expect(res?.status()).toBe(200);
      await expectAccessible(page);
    }
    const file = await page.request.get(`${baseUrl()}/procurement/ocds/releases-2025.json`);
    expect((await file.json()).releases.length).toBeGreaterThan(2000);
  });
});

test('an official publishes an OCDS file through the upload page', async () => {
  const page = await browser.newPage();
  await signInAsNewAdministrator(page, {
    name: 'Procurement Publisher',
    emailPrefix: 'publisher',
    next: '/procurement/upload',
  });

  await page.goto('/procurement/upload?lang=en');
  await expectAccessible(page);
  const ocid = `ocds-mn0001-browser-${Date.now().toString(36)}`;
  const good = {
    ocid,
    id: `${ocid}-tender`,
    date: '2025-06-01T09:00:00Z',
    tag: ['tender'],
    initiationType: 'tender',
    tender: {
      id: 't1',
      title: 'Browser test tender',
      procurementMethod: 'open',
      value: { amount: 1000000, currency: 'MNT' },
    },
  };
  const bad = { ...good, id: `${ocid}-bad`, tender: { ...good.tender, procurementMethod: 'auction' } };
  const file = {
    name: 'releases.ndjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(`${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`),
  };
  await page.setInputFiles('#file', file);
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await page.locator('text=nothing was published').waitFor();
  expect(await page.locator('main').textContent()).toContain('line 2.tender.procurementMethod');
  await expectAccessible(page);
  await page.setInputFiles('#file', file);
  await page.check('#skipInvalid');
  await page.getByRole('button', { name: 'Check and publish' }).click();
  await page.locator('h2', { hasText: 'Published' }).waitFor();
  await expectAccessible(page);
  const res = await page.goto(`/procurement/processes/${ocid}?lang=en`);
  expect(res?.status()).toBe(200);
  expect(await page.locator('h1').textContent()).toBe('Browser test tender');
});
