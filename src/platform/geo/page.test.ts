import { beforeAll, describe, expect, test } from 'vitest';
import { buildOrganization } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/helpers.ts';

const { app, ctx } = await createTestApp();

beforeAll(async () => {
  // Three bodies in the capital (one in a district of it), one in the far west.
  await buildOrganization(ctx, { adminUnitCode: '11', nameEn: 'Capital Body A' });
  await buildOrganization(ctx, { adminUnitCode: '11', nameEn: 'Capital Body B' });
  await buildOrganization(ctx, { adminUnitCode: '1101', nameEn: 'District Body' });
  await buildOrganization(ctx, { adminUnitCode: '83', nameEn: 'Western Body' });
});

const page = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
};

describe('the public map page', () => {
  test('draws the chosen layer on the server, clustered, with the table of the same counts', async () => {
    const body = await page('/map?layer=organizations&lang=en');
    expect(body).toContain('<h1>Map</h1>');
    expect(body).toContain('<svg role="img" aria-labelledby="layer-map-title layer-map-desc"');
    expect(body).toContain('<title id="layer-map-title">Public bodies</title>');
    // The capital's three bodies are one circle with 3 on it, and one row of the table.
    const rows = [...body.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="numeric">(\d+)<\/td>/g)];
    const layer = await app.inject({ method: 'GET', url: '/api/v1/geo/organizations.geojson?limit=5000' });
    expect(rows.reduce((a, m) => a + Number(m[2]), 0)).toBe(layer.json().numberReturned);
    expect(rows.find((m) => m[1]!.includes('Capital Body A'))![2]).not.toBe('1');
    expect(body).toMatch(/>\d+<\/text>/);
    expect(body).toContain('Western Body');
    expect(body).not.toMatch(/<svg role="img"[\s\S]*<a [\s\S]*<\/svg>/);
    // The island over the site's own GeoJSON, and no other host.
    expect(body).toMatch(/data-map-island data-layer="\/api\/v1\/geo\/organizations\.geojson\?limit=5000"/);
    expect(body).toContain('data-outline="/api/v1/geo/outline.geojson"');
    expect(body).toMatch(/<script src="\/assets\/map-island\.[0-9a-f]+\.js" defer><\/script>/);
    expect(body).not.toMatch(/tile|openstreetmap/i);
    expect(body).not.toMatch(/<script>/);
  });

  test('filters by aimag with a GET form, names the layers, and ignores what it does not know', async () => {
    const body = await page('/map?layer=organizations&unit=83&lang=en');
    expect(body).toContain('<form class="filters" method="get" action="/map"');
    expect(body).toContain('<option value="83" selected>');
    expect(body).toContain('Western Body');
    expect(body).not.toContain('Capital Body A');
    expect(body).toContain('href="/api/v1/geo/procurement.geojson"');
    expect(body).toContain('data-layer="/api/v1/geo/organizations.geojson?limit=5000&amp;unit=83"');
    const unknown = await page('/map?layer=nothing&unit=zz');
    expect(unknown).toContain('<svg role="img"');
    expect(unknown).toContain('Газрын зураг');
  });

  test('serves the country’s outline as GeoJSON', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/geo/outline.geojson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = res.json();
    expect(collection.type).toBe('FeatureCollection');
    if (ctx.country.outline) {
      expect(collection.features).toHaveLength(1);
      expect(collection.features[0].geometry.type).toMatch(/Polygon$/);
      expect(collection.features[0].properties.source_en).toContain('Natural Earth');
    } else expect(collection.features).toEqual([]);
  });
});
