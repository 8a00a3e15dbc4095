import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadProcurementDemo } from './demo.ts';

const { app, ctx } = await createTestApp();
await loadProcurementDemo(ctx);

interface Feature {
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

describe('procurement on the map', () => {
  test('every process of an aimag’s buyer is a feature at its aimag’s centre, with public fields only', async () => {
    const placed = await ctx.db.query<{ ocid: string; aimag: string; lon: number; lat: number }>(sql`
      select p.ocid, p.aimag, a.lon, a.lat from procurement_processes p join admin_units a on a.code = p.aimag`);
    expect(placed.length).toBeGreaterThan(0);
    const res = await app.inject({ url: '/api/v1/geo/procurement.geojson?limit=5000' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const features = res.json().features as Feature[];
    expect(features.map((f) => f.id).sort()).toEqual(placed.map((p) => p.ocid).sort());
    const one = placed[0];
    const feature = features.find((f) => f.id === one?.ocid);
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [one?.lon, one?.lat] });
    expect(Object.keys(feature?.properties ?? {}).sort()).toEqual(
      ['buyer_name', 'buyer_slug', 'date', 'method', 'ocid', 'precision', 'stage', 'title'].sort(),
    );
    expect(feature?.properties.precision).toBe('aimag');
  });

  test('unit keeps one aimag’s processes', async () => {
    const [{ aimag } = { aimag: '' }] = await ctx.db.query<{ aimag: string }>(
      sql`select aimag from procurement_processes where aimag is not null limit 1`,
    );
    const [{ n } = { n: 0 }] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from procurement_processes where aimag = ${aimag}`,
    );
    const res = await app.inject({ url: `/api/v1/geo/procurement.geojson?unit=${aimag}&limit=5000` });
    expect(res.json().features).toHaveLength(n);
  });
});
