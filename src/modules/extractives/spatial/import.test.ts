import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { sql } from '../../../platform/db/sql.ts';
import { importRestrictedAreaBytes } from './import.ts';
import { shapefileZip, utmNorthPrj, utmSquare } from './test-shapefile.ts';
import { square } from './test-support.ts';

const { app, ctx } = await createTestApp();
const rows = () =>
  ctx.db.query<{ layer: string; name: string; area_ha: number; source: string; file_name: string }>(
    sql`select layer, name, area_ha, source, file_name from extractive_restricted_areas order by layer, name`,
  );
const geojson = (features: unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
const run = (
  bytes: Uint8Array,
  name: string,
  options: { layer?: string; dryRun?: boolean; nameProperty?: string } = {},
) =>
  importRestrictedAreaBytes(
    ctx,
    { bytes, name },
    {
      dryRun: options.dryRun ?? false,
      layer: options.layer ?? 'protected-areas',
      source: 'Test fixture: squares, not real protected areas',
      actorLabel: 'test',
      ...(options.nameProperty ? { nameProperty: options.nameProperty } : {}),
    },
  );

describe('importing a restricted layer', () => {
  it('stores a zipped UTM shapefile in WGS 84 with its hectares, and audits it', async () => {
    const zip = shapefileZip('spa', [utmSquare(500000, 5300000), utmSquare(520000, 5300000)], {
      prj: utmNorthPrj(48),
      fields: ['NAME'],
      rows: [['Хан Хэнтий'], ['Богд хан уул']],
    });
    expect(await run(zip, 'spa.zip', { dryRun: true })).toMatchObject({ added: 2, problems: [] });
    expect(await rows()).toEqual([]);
    const report = await run(zip, 'spa.zip');
    expect(report).toMatchObject({ added: 2, problems: [] });
    const stored = await rows();
    expect(stored.map((r) => r.name)).toEqual(['Богд хан уул', 'Хан Хэнтий']);
    expect(stored[0]!.area_ha).toBeGreaterThan(9950);
    expect(stored[0]!.area_ha).toBeLessThan(10050);
    const [box] = await ctx.db.query<{ min_lon: number }>(
      sql`select min_lon from extractive_restricted_areas where name = 'Хан Хэнтий'`,
    );
    expect(box!.min_lon).toBeCloseTo(105, 9);
    const [audit] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'extractives.import-restricted-areas'`,
    );
    expect(audit!.n).toBe(1);
  });

  it('replaces the whole layer, and leaves the other layers alone', async () => {
    await run(
      geojson([{ type: 'Feature', properties: { name: 'Tuul' }, geometry: square(106.9, 47.9) }]),
      'w.geojson',
      {
        layer: 'water-sources',
      },
    );
    const report = await run(
      geojson([{ type: 'Feature', properties: { name: 'Gorkhi-Terelj' }, geometry: square(107.4, 47.9) }]),
      'spa.geojson',
    );
    expect(report.notes).toEqual([
      { where: 'layer protected-areas', message: 'replaces its 2 earlier areas' },
    ]);
    expect((await rows()).map((r) => [r.layer, r.name])).toEqual([
      ['protected-areas', 'Gorkhi-Terelj'],
      ['water-sources', 'Tuul'],
    ]);
  });

  it('stores nothing when any area is bad, naming the file and feature', async () => {
    const before = await rows();
    const outside = await run(
      geojson([
        { type: 'Feature', properties: { name: 'ok' }, geometry: square(106, 47) },
        { type: 'Feature', properties: { name: 'Beijing' }, geometry: square(116.4, 39.9) },
        { type: 'Feature', properties: { title: 'unnamed' }, geometry: square(106.5, 47) },
      ]),
      'spa.geojson',
    );
    expect(outside.problems.map((p) => p.where)).toEqual([
      'spa.geojson, feature 1',
      'spa.geojson, feature 2',
    ]);
    expect(outside.problems[0]!.message).toMatch(/^lies outside the country/);
    expect(outside.problems[1]!.message).toBe(
      'has no property "name" naming the area (choose another with --name-property)',
    );
    const layer = await run(geojson([]), 'x.geojson', { layer: 'forests' });
    expect(layer.problems).toEqual([
      {
        where: '--layer',
        message: '"forests" is not a restricted layer of the country pack (protected-areas, water-sources)',
      },
    ]);
    const missing = await run(
      shapefileZip('spa', [utmSquare(500000, 5300000)], { prj: utmNorthPrj(48), without: ['.prj'] }),
      'spa.zip',
    );
    expect(missing.problems).toEqual([
      { where: 'spa.zip: spa.shp', message: 'has no spa.prj beside it (the projection)' },
    ]);
    expect(await rows()).toEqual(before);
  });
});

describe('the import form', () => {
  it('lets a platform administrator replace a layer from a zipped shapefile, and names the problems of a bad one', async () => {
    const admin = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const form = await admin.get('/extractives/restricted-areas/import?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    const zip = shapefileZip('water', [utmSquare(540000, 5300000)], {
      prj: utmNorthPrj(48),
      rows: [['Туул гол']],
    });
    const fields = { layer: 'water-sources', source: 'Test fixture, not a real zone', nameProperty: 'name' };
    const done = await admin.upload('/extractives/restricted-areas/import?lang=en', fields, {
      file: { name: 'water.zip', content: zip },
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('1 area imported.');
    expect((await rows()).filter((r) => r.layer === 'water-sources').map((r) => r.name)).toEqual([
      'Туул гол',
    ]);
    const before = await rows();
    const bad = shapefileZip('water', [utmSquare(540000, 5300000)], {
      prj: utmNorthPrj(48),
      without: ['.dbf'],
    });
    const refused = await admin.upload('/extractives/restricted-areas/import?lang=en', fields, {
      file: { name: 'water.zip', content: bad },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Nothing was stored.');
    expect(refused.body).toContain('has no water.dbf beside it (the attributes)');
    expect(await rows()).toEqual(before);
    const noFile = await admin.upload(
      '/extractives/restricted-areas/import?lang=en',
      { ...fields, layer: 'forests' },
      {},
    );
    expect(noFile.statusCode).toBe(422);
    expect(noFile.body).toContain('Choose the layer.');
    expect(noFile.body).toContain('Choose a file.');
  });

  it('is refused to an organisation’s publisher', async () => {
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'mineral-resources-authority',
    });
    expect((await publisher.get('/extractives/restricted-areas/import')).statusCode).toBe(403);
  });
});
