import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { inLocale, locales, pagesUnderTest } from './support/pages.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const failing = new Set(['serious', 'critical']);

function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map(
        (n) =>
          `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
      );
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets.join('\n')}`;
    })
    .join('\n');
}

function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(tags).analyze();
}

const browser = useBrowser();
/** Moderate and minor findings do not fail the suite; they are listed once at the end. */
const lesser: string[] = [];

afterAll(() => {
  if (lesser.length > 0) console.log(`axe: moderate or minor findings (not failing)\n${lesser.join('\n')}`);
});

test('axe runs and reports violations (guards against a check that silently passes)', async () => {
  const page = await browser.newPage();
  await page.goto('/');
  await page.setContent('<!doctype html><html><body><img src="x.png"><input type="text"></body></html>');
  const ids = (await axe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'html-has-lang']));
});

describe.each(locales)('axe (%s)', (locale) => {
  test.for(pagesUnderTest)('$name has no serious or critical violations', async ({ path, status = 200 }) => {
    const page = await browser.newPage();
    const url = inLocale(path, locale);
    const response = await page.goto(url);
    expect(response?.status(), `status of ${url}`).toBe(status);
    expect(await page.locator('html').getAttribute('lang'), 'language of the page').toBe(locale);

    const results = await axe(page);
    const blocking = results.violations.filter((v) => failing.has(v.impact ?? ''));
    const other = results.violations.filter((v) => !failing.has(v.impact ?? ''));
    if (other.length > 0) lesser.push(`${url}\n${describeViolations(other)}`);
    expect(blocking.length, `axe violations on ${url}:\n${describeViolations(blocking)}`).toBe(0);
  });
});

/**
 * WCAG 2.1 1.4.10 Reflow (AA), which axe cannot check: at 320 CSS pixels wide the page must not
 * scroll sideways. Content inside its own scroll container (a wide table in `.table-wrap`) is fine.
 */
describe.each(locales)('reflow at 320 px (%s)', (locale) => {
  test.for(pagesUnderTest)('$name does not scroll sideways', async ({ path, status = 200 }) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const url = inLocale(path, locale);
    expect((await page.goto(url))?.status(), `status of ${url}`).toBe(status);
    const overflow = await page.locator('html').evaluate((root) => {
      const doc = root.ownerDocument;
      const view = doc.defaultView!;
      const width = root.clientWidth;
      const scrolls = (el: typeof root) =>
        /auto|scroll|hidden|clip/.test(view.getComputedStyle(el).overflowX);
      const name = (el: typeof root) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      const culprits: string[] = [];
      for (const el of doc.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right <= width + 1) continue;
        let inside: typeof root | null = el.parentElement;
        let contained = false;
        let outermost = true;
        while (inside && inside !== doc.body) {
          if (scrolls(inside)) contained = true;
          if (inside.getBoundingClientRect().right > width + 1) outermost = false;
          inside = inside.parentElement;
        }
        if (!contained && outermost) culprits.push(`${name(el)} reaches ${Math.round(right)}px`);
      }
      return { scrollWidth: root.scrollWidth, width, culprits };
    });
    expect(
      overflow.scrollWidth,
      `${url} is ${overflow.scrollWidth}px wide in a ${overflow.width}px window: ${overflow.culprits.join('; ')}`,
    ).toBeLessThanOrEqual(overflow.width);
  });
});
