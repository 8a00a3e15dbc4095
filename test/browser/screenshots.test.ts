import path from 'node:path';
import { expect, test } from 'vitest';
import { screenshotDir, useBrowser, type ViewportName, viewports } from './support/browser.ts';
import { inLocale, locales } from './support/pages.ts';

/** Full-page screenshots for a person to look at, saved to test-results/screenshots/ (gitignored). */
const shots = [
  { name: 'home', path: '/' },
  { name: 'organizations', path: '/organizations' },
  { name: 'organization-ministry-of-finance', path: '/organizations/ministry-of-finance' },
  { name: 'plan-dashboard', path: '/plans/action-plan-2014-2015' },
  { name: 'feedback-reports', path: '/feedback/reports' },
  { name: 'procurement', path: '/procurement' },
];

const browser = useBrowser();

const cases = shots.flatMap((shot) =>
  locales.flatMap((locale) =>
    (Object.keys(viewports) as ViewportName[]).map((viewport) => ({ ...shot, locale, viewport })),
  ),
);

test.for(cases)(
  'screenshot: $name, $locale, $viewport',
  async ({ name, path: pagePath, locale, viewport }) => {
    const page = await browser.newPage({ viewport: viewports[viewport], isMobile: viewport === 'mobile' });
    const response = await page.goto(inLocale(pagePath, locale));
    expect(response?.status()).toBe(200);
    await page.locator('html').evaluate((el) => el.ownerDocument.fonts.ready.then(() => undefined));
    const file = path.join(screenshotDir, `${name}-${locale}-${viewport}.png`);
    const png = await page.screenshot({ path: file, fullPage: true });
    expect(png.length).toBeGreaterThan(1000);
  },
);
