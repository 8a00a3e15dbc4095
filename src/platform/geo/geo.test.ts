import { beforeAll, describe, expect, test } from 'vitest';
import { buildOrganization } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/helpers.ts';
import { modules } from '../../modules/index.ts';
import { sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { parseBbox } from './features.ts';
import { moduleLayers } from './layers.ts';

const { app, ctx } = await createTestApp();

interface Collection {
  type: string;
  bbox?: number[];
  features: {
    type: string;
    id: string;
    geometry: { type: string; coordinates: number[] };
    properties: Record<string, unknown>;
  }[];
  numberReturned: number;
  links: { href: string; rel: string; type: string }[];
}

async function layer(path: string): Promise<Collection> {
  const res = await app.inject({ method: 'GET', url: path });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
  return res.json();
}

let district: { slug: string };
let west: { slug: string };
beforeAll(async () => {
  // Baganuur, a district of the capital: on the map at the capital's centre.
  district = await buildOrganization(ctx, { adminUnitCode: '1101' });
  // Bayan-Ölgii, the far west.
  west = await buildOrganization(ctx, { adminUnitCode: '83' });
});

describe('the layers', () => {
  test('the index lists the units and every module layer, and no layer of feedback', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/geo' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().layers.map((l: { id: string }) => l.id);
    expect(ids).toEqual(['admin-units', 'organizations', 'procurement', 'licence-areas', 'projects']);
    expect(ids.some((id: string) => id.includes('feedback'))).toBe(false);
    const organizations = res.json().layers[1];
    expect(organizations).toMatchObject({
      dataset: 'organizations',
      href: `${ctx.config.publicUrl}/api/v1/geo/organizations.geojson`,
    });
    const openapi = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/v1/geo', '/api/v1/geo/{layer}.geojson']),
    );
  });

  test('no module holding personal data declares a layer, and every property is a public field of its own dataset', () => {
    const feedback = modules.find((m) => m.name === 'feedback');
    expect(feedback?.personalData).toBe(true);
    expect(feedback?.locations ?? []).toEqual([]);
    for (const module of modules) {
      if (module.personalData) expect(module.locations ?? [], module.name).toEqual([]);
      for (const l of module.locations ?? []) {
        const fields = module.datasets?.find((d) => d.id === l.dataset)?.fields.map((f) => f.name) ?? [];
        expect(fields.length, l.id).toBeGreaterThan(0);
        for (const p of l.properties) expect(fields, `${l.id}.${p}`).toContain(p);
      }
    }
    expect(moduleLayers(modules).map((l) => l.id)).toEqual([
      'organizations',
      'procurement',
      'licence-areas',
      'projects',
    ]);
  });

  test('the platform refuses a layer of a module that holds personal data, or one publishing what its dataset does not', () => {
    const organizations = modules.find((m) => m.name === 'organizations') as ShilenModule;
    const [own] = organizations.locations ?? [];
    if (!own) throw new Error('organisations declare a layer');
    const personal: ShilenModule = { ...organizations, name: 'cases', personalData: true };
    expect(() => moduleLayers([personal])).toThrow(/module cases.*holds personal data/);
    const leaky: ShilenModule = {
      ...organizations,
      locations: [{ ...own, properties: ['slug', 'password_hash'] }],
    };
    expect(() => moduleLayers([leaky])).toThrow(
      /password_hash is not a public field of the dataset organizations/,
    );
    const elsewhere: ShilenModule = { ...organizations, locations: [{ ...own, dataset: 'feedback-cases' }] };
    expect(() => moduleLayers([elsewhere])).toThrow(/declares no dataset feedback-cases/);
    expect(() => moduleLayers([organizations, organizations])).toThrow(/another layer has this id/);
  });
});

describe('a layer as GeoJSON', () => {
  test('is an RFC 7946 FeatureCollection of points with the declared properties and their precision', async () => {
    const collection = await layer('/api/v1/geo/organizations.geojson');
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.numberReturned).toBe(collection.features.length);
    expect(collection.features.length).toBeGreaterThanOrEqual(2);
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      // Nothing but the declared public fields: no e-mail, phone or address of any kind.
      expect(Object.keys(f.properties).sort()).toEqual(
        ['admin_unit_code', 'kind', 'name_en', 'name_mn', 'precision', 'slug'].sort(),
      );
      expect(f.properties.precision).toBe('aimag');
    }
    // [west, south, east, north] of what was returned.
    const [w, s, e, n] = collection.bbox as number[];
    expect(w).toBeLessThanOrEqual(e as number);
    expect(s).toBeLessThanOrEqual(n as number);
    const [capital] = await ctx.db.query<{ lon: number; lat: number }>(
      sql`select lon, lat from admin_units where code = '11'`,
    );
    const inDistrict = collection.features.find((f) => f.id === district.slug);
    expect(inDistrict?.geometry.coordinates).toEqual([capital?.lon, capital?.lat]);
    expect(inDistrict?.properties.admin_unit_code).toBe('1101');
  });

  test('unit keeps the features in the unit or under it', async () => {
    const capital = await layer('/api/v1/geo/organizations.geojson?unit=11');
    const slugs = capital.features.map((f) => f.id);
    expect(slugs).toContain(district.slug);
    expect(slugs).not.toContain(west.slug);
    const bayanUlgii = await layer('/api/v1/geo/organizations.geojson?unit=83');
    expect(bayanUlgii.features.map((f) => f.id)).toContain(west.slug);
    expect(bayanUlgii.features.every((f) => f.properties.admin_unit_code === '83')).toBe(true);
    const baganuur = await layer('/api/v1/geo/organizations.geojson?unit=1101');
    expect(baganuur.features.map((f) => f.id)).toContain(district.slug);
    expect(baganuur.features.every((f) => f.properties.admin_unit_code === '1101')).toBe(true);
  });

  test('bbox keeps the features whose point is in the box', async () => {
    const westOf95 = await layer('/api/v1/geo/organizations.geojson?bbox=87,45,95,52');
    expect(westOf95.features.map((f) => f.id)).toContain(west.slug);
    expect(westOf95.features.map((f) => f.id)).not.toContain(district.slug);
    for (const f of westOf95.features) expect((f.geometry.coordinates[0] as number) <= 95).toBe(true);
    const units = await layer('/api/v1/geo/admin-units.geojson?bbox=106,47,109,48.5');
    const codes = units.features.map((f) => f.id);
    expect(codes).toContain('11');
    expect(codes).toContain('1101');
    expect(codes).not.toContain('83');
    for (const f of units.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon >= 106 && lon <= 109 && lat >= 47 && lat <= 48.5).toBe(true);
    }
  });

  test('a bad bbox or an unknown unit is a 422 naming it', async () => {
    for (const bbox of [
      '1,2,3',
      'a,b,c,d',
      '1,2,3,4,5',
      '200,0,201,1',
      '0,-91,1,0',
      '110,45,100,50',
      '100,50,110,45',
      '',
    ]) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/geo/organizations.geojson?bbox=${encodeURIComponent(bbox)}`,
      });
      expect(res.statusCode, bbox).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['query.bbox']);
    }
    const res = await app.inject({ method: 'GET', url: '/api/v1/geo/organizations.geojson?unit=9999' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'query.unit', message: expect.stringContaining('9999') }]);
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/geo/feedback.geojson' });
    expect(unknown.statusCode).toBe(404);
  });

  test('pages by limit, with a next link in the body and the Link header, until every feature came once', async () => {
    const [{ count } = { count: 0 }] = await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from admin_units`,
    );
    const seen: string[] = [];
    let url: string | undefined = '/api/v1/geo/admin-units.geojson?limit=7';
    while (url) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const page = res.json() as Collection;
      expect(page.features.length).toBeLessThanOrEqual(7);
      seen.push(...page.features.map((f) => f.id));
      const next = page.links.find((l) => l.rel === 'next');
      if (next) expect(res.headers.link).toBe(`<${next.href}>; rel="next"; type="application/geo+json"`);
      else expect(res.headers.link).toBeUndefined();
      url = next ? next.href.slice(ctx.config.publicUrl.length) : undefined;
    }
    expect(seen.length).toBe(count);
    expect(new Set(seen).size).toBe(count);
    const tooMany = await app.inject({ method: 'GET', url: '/api/v1/geo/admin-units.geojson?limit=5001' });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().errors[0].field).toBe('query.limit');
  });

  test('parseBbox reads four numbers in range', () => {
    expect(parseBbox('87.7,41.5,120,52.2')).toEqual([87.7, 41.5, 120, 52.2]);
    expect(parseBbox('-180,-90,180,90')).toEqual([-180, -90, 180, 90]);
    expect(parseBbox('1e3,0,1,1')).toHaveProperty('problem');
  });
});
