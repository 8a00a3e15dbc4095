import { expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { inLocale, pagesUnderTest } from './support/pages.ts';

const browser = useBrowser();

const cases = [
  ...pagesUnderTest.map((p) => ({ ...p, locale: 'mn' as const })),
  { name: 'home', path: '/', locale: 'en' as const },
];

test.for(cases)(
  '$name ($locale): the first Tab reaches the skip link, which moves focus to main',
  async ({ path, locale }) => {
    const page = await browser.newPage();
    await page.goto(inLocale(path, locale));

    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === el.ownerDocument.activeElement), 'skip link has focus').toBe(
      true,
    );
    expect(await skip.getAttribute('href')).toBe('#main');
    // Hidden until focused, then on screen.
    const box = await skip.boundingBox();
    expect(box, 'skip link is rendered').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(await skip.isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main');
    const main = page.locator('main#main');
    expect(await main.evaluate((el) => el === el.ownerDocument.activeElement), 'focus is on main').toBe(true);

    // The next Tab continues from main, not from the top of the page.
    await page.keyboard.press('Tab');
    const afterMain = await main.evaluate((el) => {
      const active = el.ownerDocument.activeElement;
      if (!active || active === el.ownerDocument.body) return false;
      const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
      const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY
      return (el.compareDocumentPosition(active) & (FOLLOWING | CONTAINED_BY)) !== 0;
    });
    expect(afterMain, 'the Tab after the skip link lands inside or after main').toBe(true);
  },
);
