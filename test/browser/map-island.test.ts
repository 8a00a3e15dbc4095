import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { screenshotDir, useBrowser } from './support/browser.ts';

/**
 * The map page in Chromium: with JavaScript its island draws the layer with Leaflet over the
 * site's own GeoJSON (no tile layer: the strict CSP would refuse any other host), clustered; the
 * table of the same figures stays; without JavaScript the SVG drawn on the server is the map.
 */

const browser = useBrowser();

describe('the map page', () => {
  test('the island draws the layer with Leaflet, the outline and clusters, and passes axe', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto('/map?layer=organizations&lang=en');
    const map = page.locator('.map-island-canvas.leaflet-container');
    await map.waitFor({ state: 'visible' });
    // The outline is a vector path; the capital's many bodies are one cluster with their count.
    const outline = page.locator('.map-island-canvas .leaflet-overlay-pane path').first();
    await outline.waitFor({ state: 'attached' });
    const cluster = page.locator('.map-island-canvas .map-cluster').first();
    await cluster.waitFor();
    expect(Number(await cluster.textContent())).toBeGreaterThan(1);
    await page.screenshot({ path: `${screenshotDir}/map-island.png` });
    // The SVG drawn on the server gives way on screen; its table stays.
    expect(await page.locator('figure > svg[role="img"]').isHidden()).toBe(true);
    expect(await page.locator('figure table.data-table tbody tr').count()).toBeGreaterThan(0);
    // No tiles, and nothing from another host; nothing refused by the Content Security Policy.
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect([...hosts]).toHaveLength(1);
    expect(refused.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
    await expectAccessible(page);
    // A click on a cluster zooms in: the country's outline is drawn larger.
    const before = (await outline.boundingBox())!.width;
    await cluster.click();
    await expect.poll(async () => (await outline.boundingBox())?.width ?? 0).toBeGreaterThan(before * 1.5);
  });

  test('without JavaScript the page shows the SVG drawn on the server and its table', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/map?layer=organizations&lang=en');
    const svg = page.locator('figure > svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.getAttribute('aria-labelledby')).toBe('layer-map-title layer-map-desc');
    expect(await page.locator('figure > svg circle').count()).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    await page.locator('figure details summary').click();
    const rows = page.locator('figure table.data-table tbody tr');
    expect(await rows.count()).toBe(await page.locator('figure > svg circle').count());
    expect(await rows.first().isVisible()).toBe(true);
  });
});
