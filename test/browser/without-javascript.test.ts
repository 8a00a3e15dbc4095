import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** A page in a context where JavaScript is switched off: everything must work with plain links and forms. */
function pageWithoutJavaScript(): Promise<Page> {
  return browser.newPage({ javaScriptEnabled: false });
}

function query(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

const cellTexts = (page: Page, column: number) =>
  page.locator(`.data-table tbody tr td:nth-child(${column})`).allTextContents();

describe('works without JavaScript', () => {
  test('JavaScript really is off in these pages', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto('/organizations');
    await page.setContent(
      '<p id="out">off</p><script>document.getElementById("out").textContent = "on"</script>',
    );
    expect(await page.locator('#out').textContent()).toBe('off');
  });

  test('filter the organisations, sort them and switch the language', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto('/organizations');
    const totalBefore = await page.locator('.data-table tbody tr').count();
    expect(totalBefore).toBeGreaterThan(0);

    // Filter: kind = ministry, submitted with the form's own button.
    const ministryLabel = (await page.locator('#kind option[value="ministry"]').textContent())?.trim();
    expect(ministryLabel).toBeTruthy();
    await page.selectOption('#kind', 'ministry');
    await page.locator('form.filters button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'ministry');
    expect(await page.locator('#kind').inputValue(), 'the filter keeps its value').toBe('ministry');

    const kinds = await cellTexts(page, 3);
    expect(kinds.length).toBeGreaterThan(1);
    expect(new Set(kinds.map((k) => k.trim()))).toEqual(new Set([ministryLabel]));
    const count = Number((await page.locator('.result-count').textContent())?.match(/\d+/)?.[0]);
    expect(count, 'the count says how many rows are shown').toBe(kinds.length);
    const ascending = await cellTexts(page, 1);

    // Sort: the name header is a link that reverses the current (ascending) order.
    const nameHeader = page.locator('.data-table thead th').first();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.locator('a').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-name');
    expect(query(page, 'kind'), 'sorting keeps the filter').toBe('ministry');
    expect(await page.locator('.data-table thead th').first().getAttribute('aria-sort')).toBe('descending');
    expect(await cellTexts(page, 1)).toEqual([...ascending].reverse());

    // Language: the switch keeps filter and sort, and the page is now English.
    expect(await page.locator('html').getAttribute('lang')).toBe('mn');
    await page.locator('a.lang-switch').click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(query(page, 'kind')).toBe('ministry');
    expect(query(page, 'sort')).toBe('-name');
    expect(await page.locator('main h1').textContent()).toBe('Public bodies');
    expect(new Set((await cellTexts(page, 3)).map((k) => k.trim()))).toEqual(new Set(['Ministry']));
    expect(await page.locator('a.lang-switch').textContent()).toBe('Монгол');

    // The choice is remembered: a plain link elsewhere stays in English.
    await page.locator('.breadcrumbs a[href="/"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  test('the header search box finds an organisation by a Cyrillic query', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto('/');
    const search = page.locator('header #site-search');
    // The body's name as people type it: a single word like "сангийн" is in every purchase of the
    // ministry's too, and those may fill the first page.
    await search.fill('сангийн яам');
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search');
    expect(query(page, 'q')).toBe('сангийн яам');
    expect(await page.locator('main #q').inputValue(), 'the query is shown again').toBe('сангийн яам');

    const result = page.locator('main ol.results a[href="/organizations/ministry-of-finance"]');
    expect(await result.textContent()).toBe('Сангийн яам');
    await result.click();
    await page.waitForURL((url) => url.pathname === '/organizations/ministry-of-finance');
    expect(await page.locator('main h1').textContent()).toBe('Сангийн яам');
  });
});
