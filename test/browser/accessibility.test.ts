import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
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
/** An element inside the page, as Playwright hands it to `evaluate` (the project has no DOM typings). */
type PageRoot = Parameters<Exclude<Parameters<Locator['evaluate']>[0], string>>[0];
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

/**
 * Colour contrast where axe does not look: text inside an SVG chart (the chart is `role="img"`,
 * whose children axe treats as presentational, and SVG `fill` is not the CSS `color` axe reads) and
 * text hidden from assistive technology such as the sort arrow (`aria-hidden`, which axe skips but
 * sighted readers still see). WCAG 1.4.3: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 *
 * Runs in the page: every chart text and aria-hidden text below its contrast minimum.
 */
function findLowContrast(root: PageRoot): string[] {
  const document = root.ownerDocument;
  const view = document.defaultView!;
  const parse = (value: string): [number, number, number, number] | null => {
    const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: readonly number[]) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const ratio = (a: readonly number[], b: readonly number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  /** The first opaque background of an HTML element or its ancestors; white at the root. */
  const htmlBackground = (start: PageRoot | null): number[] => {
    for (let el = start; el; el = el.parentElement) {
      if (el instanceof view.SVGElement) continue;
      const bg = parse(view.getComputedStyle(el).backgroundColor);
      if (bg && bg[3] > 0) return bg;
    }
    return [255, 255, 255, 1];
  };
  /** What is painted under a point of an SVG text: a filled shape, or the page behind the chart. */
  const svgBackground = (text: PageRoot): number[] => {
    // elementsFromPoint sees only the viewport: below the fold it would find nothing but the page.
    text.scrollIntoView({ block: 'center', inline: 'center' });
    const box = text.getBoundingClientRect();
    const under = document
      .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      .filter((el: PageRoot) => el !== text && !text.contains(el));
    for (const el of under) {
      if (el instanceof view.SVGGeometryElement) {
        const fill = parse(view.getComputedStyle(el).fill);
        if (fill && fill[3] > 0) return fill;
      } else if (!(el instanceof view.SVGElement)) return htmlBackground(el);
    }
    return htmlBackground(text.ownerSVGElement);
  };
  const large = (el: PageRoot) => {
    const style = view.getComputedStyle(el);
    // An SVG's font size is in user units: scale it by how the chart is drawn on the screen.
    const svg = el instanceof view.SVGElement ? el.ownerSVGElement : null;
    const scale = svg
      ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width)
      : 1;
    const px = Number.parseFloat(style.fontSize) * scale;
    return px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
  };
  const found: string[] = [];
  const check = (el: PageRoot, fg: number[] | null, bg: number[]) => {
    if (!fg || fg[3] === 0 || !(el.textContent ?? '').trim()) return;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const needed = large(el) ? 3 : 4.5;
    const r = ratio(fg, bg);
    if (r < needed)
      found.push(
        `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${r.toFixed(2)}:1 (needs ${needed}:1)`,
      );
  };
  for (const text of document.querySelectorAll('svg text')) {
    check(text, parse(view.getComputedStyle(text).fill), svgBackground(text));
  }
  for (const el of document.querySelectorAll('body [aria-hidden="true"]:not(svg, svg *)')) {
    check(el, parse(view.getComputedStyle(el).color), htmlBackground(el));
  }
  return found;
}

/**
 * WCAG 2.1 1.4.10 Reflow (AA), which axe cannot check: at 320 CSS pixels wide the page must not
 * scroll sideways. Content inside its own scroll container (a wide table in `.table-wrap`) is fine.
 *
 * Runs in the page: how wide the page is against its window, and the elements that make it wider.
 */
function findOverflow(root: PageRoot): { scrollWidth: number; width: number; culprits: string[] } {
  const doc = root.ownerDocument;
  const view = doc.defaultView!;
  const width = root.clientWidth;
  const scrolls = (el: typeof root) => /auto|scroll|hidden|clip/.test(view.getComputedStyle(el).overflowX);
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
}

test('the contrast check finds pale chart text and a pale hidden arrow, and reads a chart below the fold (guards against a check that silently passes or wrongly fails)', async () => {
  const page = await browser.newPage();
  await page.goto('/');
  await page.setContent(
    '<!doctype html><html lang="en"><body><svg viewBox="0 0 200 40" width="200"><rect x="100" width="100" height="40" fill="#1d70b8"></rect><text x="10" y="20" fill="#aaaaaa">pale</text><text x="120" y="20" fill="#0b0c0c">dark on blue</text><text x="10" y="35" fill="#0b0c0c">fine</text></svg><svg viewBox="0 0 200 3000" width="200" height="3000"><rect y="2900" width="200" height="100" fill="#1d70b8"></rect><text x="10" y="2950" fill="#ffffff">white on blue below the fold</text></svg><p>Sorted<span aria-hidden="true">▲</span></p></body></html>',
  );
  // Set through the CSS object model: the content security policy forbids an inline style attribute.
  await page.locator('span[aria-hidden]').evaluate((span) => {
    span.style.color = '#c0c0c0';
  });
  const found = await page.locator('html').evaluate(findLowContrast);
  expect(found).toEqual([
    expect.stringMatching(/^text "pale"/),
    expect.stringMatching(/^text "dark on blue"/),
    expect.stringMatching(/^SPAN "▲"/),
  ]);
});

describe.each(locales)('every page (%s)', (locale) => {
  test.for(pagesUnderTest)(
    '$name: no serious axe violation, chart text and hidden text readable, no sideways scroll at 320 px',
    async ({ path, status = 200 }) => {
      // One load per page and language for the three checks: each page load costs a second.
      const page = await browser.newPage();
      const url = inLocale(path, locale);
      const response = await page.goto(url);
      expect(response?.status(), `status of ${url}`).toBe(status);
      expect(await page.locator('html').getAttribute('lang'), 'language of the page').toBe(locale);

      const results = await axe(page);
      const blocking = results.violations.filter((v) => failing.has(v.impact ?? ''));
      const other = results.violations.filter((v) => !failing.has(v.impact ?? ''));
      if (other.length > 0) lesser.push(`${url}\n${describeViolations(other)}`);
      expect.soft(blocking.length, `axe violations on ${url}:\n${describeViolations(blocking)}`).toBe(0);

      const lowContrast = await page.locator('html').evaluate(findLowContrast);
      expect.soft(lowContrast, `low contrast on ${url}`).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.locator('html').evaluate(findOverflow);
      expect(
        overflow.scrollWidth,
        `${url} is ${overflow.scrollWidth}px wide in a ${overflow.width}px window: ${overflow.culprits.join('; ')}`,
      ).toBeLessThanOrEqual(overflow.width);
    },
  );
});

/**
 * WCAG 1.3.5 Identify Input Purpose, as HTML_CodeSniffer reads it: the autocomplete token must be
 * one allowed for the input's type, and `username` is allowed only on a text field. An e-mail
 * field collecting the person's own address says `email` (sign-in too: the address is what the
 * person types); one collecting someone else's (an invitation) says `off`.
 */
const formsWithEmail = ['/sign-in', '/sign-up', '/reset-password', '/feedback/new'];
test.for(formsWithEmail)('every e-mail field on %s says autocomplete="email" (or off)', async (path) => {
  const page = await browser.newPage();
  expect((await page.goto(path))?.status(), `status of ${path}`).toBe(200);
  const fields = await page
    .locator('input[type="email"]')
    .evaluateAll((inputs) =>
      inputs.map((i) => `${i.getAttribute('name')}: ${i.getAttribute('autocomplete')}`),
    );
  expect(fields.length, `e-mail fields on ${path}`).toBeGreaterThan(0);
  for (const field of fields) expect(field).toMatch(/: (email|off)$/);
});
