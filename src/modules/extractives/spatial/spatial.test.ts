import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { readFeatures } from '../../../platform/geo/features.ts';
import { licenceAreas } from './areas.ts';
import { licenceAreasLayer } from './layer.ts';
import { allOverlaps, overlapHa, overlapsOf } from './overlaps.ts';
import { insertLicence, insertRestrictedArea, measured, square } from './test-support.ts';

const { app, ctx } = await createTestApp();
const get = (url: string) => app.inject({ method: 'GET', url });

// Around 106°E 47°N: A and B share half of A; C touches B's east edge only; D overlaps A but was
// revoked; E is far away in the west; a protected area covers A's south-west quarter.
const a = await insertLicence(ctx.db, { geometry: square(106, 47), number: 'XV-000001', unit: '1101' });
const b = await insertLicence(ctx.db, { geometry: square(106.05, 47), number: 'XV-000002', type: 'mining' });
const c = await insertLicence(ctx.db, { geometry: square(106.15, 47), number: 'XV-000003' });
await insertLicence(ctx.db, { geometry: square(106, 47.02), number: 'XV-000004', status: 'revoked' });
const e = await insertLicence(ctx.db, {
  geometry: square(91.6, 48),
  number: 'XV-000005',
  commodities: ['copper'],
});
const none = await insertLicence(ctx.db, { geometry: null, number: 'XV-000006' });
await insertRestrictedArea(ctx.db, { geometry: square(105.975, 46.975, 0.025), name: 'Хан Хэнтий' });
const aHa = measured(square(106, 47)).areaHa;

describe('overlaps', () => {
  it('measures the overlap of two areas, and none where they only touch', () => {
    expect(overlapHa(square(106, 47), square(106.05, 47))).toBeCloseTo(aHa / 2, 0);
    expect(overlapHa(square(106.05, 47), square(106.15, 47))).toBe(0);
  });

  it('finds the current licences and restricted areas a licence area overlaps, with hectares', async () => {
    const found = await overlapsOf(ctx.db, square(106, 47), { excludeLicenceId: a.id });
    expect(found.licences.map((l) => l.number)).toEqual(['XV-000002']);
    expect(found.licences[0]!.hectares).toBeCloseTo(aHa / 2, 0);
    expect(found.restricted.map((r) => r.name)).toEqual(['Хан Хэнтий']);
    expect(Math.abs(found.restricted[0]!.hectares / (aHa / 4) - 1)).toBeLessThan(0.01);
    // Without excluding itself, a licence overlaps itself whole.
    const self = await overlapsOf(ctx.db, square(106, 47));
    expect(self.licences.map((l) => l.number)).toEqual(['XV-000001', 'XV-000002']);
  });

  it('reports every overlapping pair once, largest first, revoked licences left out', async () => {
    const pairs = await allOverlaps(ctx.db);
    expect(
      pairs.map((p) => [p.licence.number, p.other.kind === 'licence' ? p.other.number : p.other.name]),
    ).toEqual([
      ['XV-000001', 'XV-000002'],
      ['XV-000001', 'Хан Хэнтий'],
    ]);
  });

  it('shows them on pages, one licence’s and all', async () => {
    const all = await get('/extractives/overlaps?lang=en');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('2 overlaps');
    expect(all.body).toContain('<a href="/extractives/licences/xv-000002">XV-000002</a>');
    expect(all.body).toContain('Protected areas');
    const one = await get(`/extractives/overlaps?licence=${a.slug}&lang=en`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('Overlaps of licence XV-000001');
    expect(one.body).toContain('Хан Хэнтий');
    expect(one.body).toMatch(/<td class="numeric">50<\/td>/);
    const noArea = await get(`/extractives/overlaps?licence=${none.slug}&lang=en`);
    expect(noArea.body).toContain('This licence has no area recorded');
    expect((await get('/extractives/overlaps?licence=nope')).statusCode).toBe(404);
  });
});

describe('the map of licence areas', () => {
  it('draws every area as a link to its licence, with a legend and a table, without JavaScript', async () => {
    const page = await get('/extractives/map?lang=en');
    expect(page.statusCode).toBe(200);
    for (const l of [a, b, c, e])
      expect(page.body).toContain(`<a href="/extractives/licences/${l.slug}" aria-label="`);
    expect(page.body).not.toContain(`/extractives/licences/${none.slug}"`);
    expect(page.body).toContain('<ul class="chart-legend">');
    expect(page.body).toContain('<form class="filters" method="get" action="/extractives/map"');
    expect(page.body).not.toMatch(/<script(?![^>]*src=)/);
  });

  it('filters by kind, commodity, aimag and map window (by shape, not only by box)', async () => {
    const kinds = await get('/extractives/map?kind=mining&lang=en');
    expect(kinds.body).toContain(`/extractives/licences/${b.slug}"`);
    expect(kinds.body).not.toContain(`/extractives/licences/${a.slug}"`);
    const copper = await get('/extractives/map?commodity=copper&lang=en');
    expect(copper.body).toContain(`/extractives/licences/${e.slug}"`);
    expect(copper.body).not.toContain(`/extractives/licences/${c.slug}"`);
    const aimag = await get('/extractives/map?aimag=11&lang=en');
    expect(aimag.body).toContain(`/extractives/licences/${a.slug}"`);
    expect(aimag.body).not.toContain(`/extractives/licences/${b.slug}"`);
    const window = await get('/extractives/map?bbox=106.11,46.9,106.3,47.1&lang=en');
    expect(window.body).toContain(`/extractives/licences/${c.slug}"`);
    expect(window.body).not.toContain(`/extractives/licences/${a.slug}"`);
    const bad = await get('/extractives/map?bbox=1,2,3&lang=en');
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('The map window must be four numbers');
  });

  it('says when there are more areas than it draws, with or without a window', async () => {
    const first = await licenceAreas(ctx.db, {}, 2);
    expect(first.areas.map((l) => l.number)).toEqual(['XV-000001', 'XV-000002']);
    expect(first.more).toBe(true);
    const window = { minLon: 105.9, minLat: 46.9, maxLon: 106.3, maxLat: 47.1 };
    expect((await licenceAreas(ctx.db, { window }, 4)).more).toBe(false);
    expect((await licenceAreas(ctx.db, { window }, 3)).more).toBe(true);
  });

  it('gives the same areas as GeoJSON, with public fields only', async () => {
    const res = await get('/extractives/map.geojson?bbox=105.9,46.9,106.1,47.1&status=granted');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const body = JSON.parse(res.body);
    expect(body.features.map((f: { id: string }) => f.id)).toEqual([a.slug, b.slug]);
    expect(Object.keys(body.features[0].properties).sort()).toEqual(
      [
        'admin_unit_code',
        'area_ha',
        'commodities',
        'expires_on',
        'granted_on',
        'licence_type',
        'name_en',
        'name_mn',
        'number',
        'resource',
        'slug',
        'status',
        'url',
      ].sort(),
    );
    const bad = await get('/extractives/map.geojson?bbox=200,0,0,0');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('query.bbox');
  });
});

describe('the layer for the platform’s map', () => {
  it('gives each licence area as its shape, filtered by the middle of its box', async () => {
    const { features } = await readFeatures(ctx.db, licenceAreasLayer, {
      bbox: [105.9, 46.9, 106.1, 47.1],
      limit: 100,
    });
    expect(features.map((f) => f.id)).toEqual([a.slug, b.slug, 'xv-000004']);
    expect(features[0]!.geometry.type).toBe('Polygon');
    expect(features[0]!.properties).toMatchObject({
      number: 'XV-000001',
      status: 'granted',
      precision: 'point',
    });
  });
});
