import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { screenshotDir, useBrowser } from './support/browser.ts';
import { inLocale, locales } from './support/pages.ts';

/**
 * The location field's map picker in Chromium: the case form draws the units with Leaflet from
 * the site's own GeoJSON (no tiles: the strict CSP would block any other host); a click fills the
 * latitude and longitude and chooses the aimag; axe passes with the map drawn; without
 * JavaScript the map stays hidden and the selects and inputs are all there is.
 */

const browser = useBrowser();

describe('the location picker', () => {
  test('a click on the map fills the latitude, the longitude and the aimag', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') blocked.push(m.text());
    });
    await page.goto('/feedback/new?lang=en');
    // The map is made while its part is closed, and fitted when it opens.
    await page.locator('.location-map.leaflet-container').waitFor({ state: 'attached' });
    await page.locator('.location-point summary').click();
    const map = page.locator('.location-map.leaflet-container');
    await map.waitFor({ state: 'visible' });
    // Bayan-Ölgii, the far west: click just left of its label, at its centre.
    const label = page.locator('.location-map-label', { hasText: 'Bayan-Ölgii' });
    await label.waitFor();
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/location-picker.png` });
    const box = await label.boundingBox();
    if (!box) throw new Error('the label has a box');
    await page.mouse.click(box.x - 4, box.y + box.height / 2);
    await expect.poll(() => page.inputValue('#aimag')).toBe('83');
    const lat = Number(await page.inputValue('#lat'));
    const lon = Number(await page.inputValue('#lon'));
    expect(lat).toBeGreaterThan(47);
    expect(lat).toBeLessThan(51);
    expect(lon).toBeGreaterThan(87);
    expect(lon).toBeLessThan(92);
    await expect.poll(() => page.locator('.location-status').textContent()).toContain('Bayan-Ölgii');
    // A district of the capital chosen before goes when the click lands in another aimag.
    await page.selectOption('#soum', '1101');
    await page.mouse.click(box.x - 4, box.y + box.height / 2);
    expect(await page.inputValue('#soum')).toBe('');
    // Nothing was refused by the Content Security Policy, and nothing came from another host.
    expect(blocked.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
  });

  test('the form with its map drawn passes axe in both languages', async () => {
    for (const locale of locales) {
      const page = await browser.newPage();
      await page.goto(inLocale('/feedback/new', locale));
      await page.locator('.location-point summary').click();
      await page.locator('.location-map.leaflet-container .location-map-label').first().waitFor();
      await expectAccessible(page);
    }
  });

  test('without JavaScript the map stays hidden and the fields are plain selects and inputs', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/feedback/new?lang=en');
    await page.locator('.location-point summary').click();
    expect(await page.locator('.location-map').isHidden()).toBe(true);
    expect(await page.locator('#soum optgroup[label="Ulaanbaatar"] option').count()).toBeGreaterThan(0);
    await page.fill('#lat', '47.9');
    expect(await page.inputValue('#lat')).toBe('47.9');
  });
});
