import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import { boundariesInBox, boundaryFeature, unitAt } from '../../platform/places/boundaries.ts';
import { unitMap } from '../../platform/places/map.ts';
import { collection, rectangle, unitFeature } from '../../platform/places/test-support.ts';
import { importBoundaryBytes } from './import.ts';
import { placesModule } from './module.ts';

// Every module, so that the feedback report's map is there to switch to real shapes.
const { app, ctx } = await createTestApp();
const units = ctx.country.adminUnits;
const unit = (code: string) => units.find((u) => u.code === code)!;
const topLevel = units.filter((u) => u.kind === 'capital' || u.kind === 'aimag');
const counts = async () =>
  (
    await ctx.db.query<{ boundaries: number; imports: number }>(sql`
      select (select count(*)::int from admin_unit_boundaries) as boundaries,
        (select count(*)::int from boundary_imports) as imports`)
  )[0]!;
const importText = (
  text: string,
  options: { dryRun?: boolean; source?: string; licence?: string; unitProperty?: string } = {},
) =>
  importBoundaryBytes(
    ctx,
    { bytes: Buffer.from(text), name: 'boundaries.geojson' },
    {
      dryRun: options.dryRun ?? false,
      source: options.source ?? 'Test fixture: rectangles around the aimag centres, not real boundaries',
      licence: options.licence ?? 'CC0-1.0',
      actorLabel: 'test',
      ...(options.unitProperty ? { unitProperty: options.unitProperty } : {}),
    },
  );
// Rectangles around the centres of the capital and every aimag (0.1° from the centre each way),
// and a small one around a district of the capital: fixtures, never real boundaries.
const district = unit('1107');
const allTopLevel = collection([
  ...topLevel.map((u) => unitFeature(u, { half: 0.1 })),
  unitFeature(district, { half: 0.02 }),
]);
const page = async (url: string) => app.inject({ method: 'GET', url });

describe('before any boundary is imported', () => {
  it('finds no unit at a point, and draws the labelled schematic inside the country’s outline', async () => {
    expect(await unitAt(ctx.db, district.lat, district.lon)).toBeNull();
    expect(await boundaryFeature(ctx.db, '65')).toBeNull();
    const places = await page('/places?lang=en');
    expect(places.statusCode).toBe(200);
    expect(places.body).toContain('No official boundaries have been imported yet');
    expect(places.body).toContain('A schematic: each square is one aimag');
    expect(places.body).toContain('Country outline: Natural Earth (public domain)');
    expect(places.body).toContain('stroke-dasharray="6 4"');
    expect(places.body).toContain('<a href="/places/65">Arkhangai</a>');
    const report = await page('/feedback/reports?lang=en');
    expect(report.body).toContain('A schematic: each square is one aimag');
    expect(report.body).not.toContain('Boundaries:');
  });

  it('draws no outline for a country Natural Earth does not have (the fictional pack)', async () => {
    const t = translator('en');
    const map = (
      await unitMap(
        ctx.db,
        { outline: null },
        { id: 'm', title: 'Cases', t, locale: 'en', values: {}, valueLabel: 'Cases' },
      )
    ).value;
    expect(map).toContain(
      'A schematic: each square is one aimag, placed by its centre; it does not show borders or size.',
    );
    expect(map).not.toContain('<path');
    expect(map).not.toContain('Natural Earth');
  });
});

describe('a file of boundaries with a problem', () => {
  it('names the feature and stores nothing, even beside good features', async () => {
    const beijing = { type: 'Feature', properties: { code: '46' }, geometry: rectangle(39.9, 116.4) };
    const report = await importText(collection([unitFeature(unit('65')), beijing]));
    expect(report.problems).toEqual([
      { where: 'feature 1 (code "46")', message: expect.stringContaining('lies outside the country') },
    ]);
    const notClosed = {
      ...unitFeature(unit('64')),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100, 46],
            [101, 46],
            [101, 47],
            [100, 47],
          ],
        ],
      },
    };
    expect((await importText(collection([unitFeature(unit('65')), notClosed]))).problems).toEqual([
      { where: 'feature 1 (code "64")', message: expect.stringContaining('ring 0 is not closed') },
    ]);
    expect(await counts()).toEqual({ boundaries: 0, imports: 0 });
  });

  it('needs a source and a licence', async () => {
    const report = await importText(collection([unitFeature(unit('65'))]), { source: ' ', licence: '' });
    expect(report.problems.map((p) => p.where)).toEqual(['--source', '--licence']);
    expect(await counts()).toEqual({ boundaries: 0, imports: 0 });
  });

  it('counts in a dry run and stores nothing', async () => {
    expect(await importText(allTopLevel, { dryRun: true })).toMatchObject({
      added: topLevel.length + 1,
      problems: [],
    });
    expect(await counts()).toEqual({ boundaries: 0, imports: 0 });
  });
});

describe('importing boundaries', () => {
  it('stores each unit’s shape and box, with the import’s source and licence, audited', async () => {
    const report = await importText(allTopLevel);
    expect(report).toEqual({ added: topLevel.length + 1, changed: 0, unchanged: 0, problems: [] });
    expect(await counts()).toEqual({ boundaries: topLevel.length + 1, imports: 1 });
    const [stored] = await ctx.db.query<{
      minLon: number;
      maxLat: number;
      source: string;
      licence: string;
      by: string;
    }>(sql`
      select min_lon as "minLon", max_lat as "maxLat", source, licence, imported_by as by
      from admin_unit_boundaries where unit_code = '65'`);
    expect(stored!.minLon).toBeCloseTo(unit('65').lon - 0.1, 9);
    expect(stored!.maxLat).toBeCloseTo(unit('65').lat + 0.1, 9);
    expect(stored).toMatchObject({ licence: 'CC0-1.0', by: 'system:test' });
    const [record] = await ctx.db.query<Record<string, unknown>>(sql`
      select file_name, unit_property, features, added, replaced, unchanged, imported_by from boundary_imports`);
    expect(record).toEqual({
      file_name: 'boundaries.geojson',
      unit_property: 'code',
      features: topLevel.length + 1,
      added: topLevel.length + 1,
      replaced: 0,
      unchanged: 0,
      imported_by: 'system:test',
    });
    const audit = await ctx.db.query<{ details: { added: number; units: string[] } }>(
      sql`select details from audit_log where action = 'places.import-boundaries'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details.units).toContain('1107');
    const feature = await boundaryFeature(ctx.db, '65');
    expect(feature).toMatchObject({
      type: 'Feature',
      id: '65',
      properties: { code: '65', nameEn: 'Arkhangai', licence: 'CC0-1.0' },
    });
  });

  it('finds the most specific unit at a point: the district before the capital, else the aimag', async () => {
    expect((await unitAt(ctx.db, district.lat, district.lon))?.code).toBe('1107');
    const capital = unit('11');
    expect((await unitAt(ctx.db, capital.lat + 0.08, capital.lon + 0.08))?.code).toBe('11');
    expect(await unitAt(ctx.db, unit('65').lat, unit('65').lon)).toMatchObject({
      code: '65',
      kind: 'aimag',
      nameEn: 'Arkhangai',
    });
    const around = unit('65');
    const inBox = await boundariesInBox(ctx.db, {
      minLon: around.lon - 0.05,
      minLat: around.lat - 0.05,
      maxLon: around.lon + 1,
      maxLat: around.lat + 0.05,
    });
    expect([...inBox.keys()]).toEqual(['65']);
    // Between the rectangles, and outside the country.
    expect(await unitAt(ctx.db, unit('65').lat + 0.3, unit('65').lon)).toBeNull();
    expect(await unitAt(ctx.db, 39.9, 116.4)).toBeNull();
  });

  it('serves the units’ shapes in the map layer the location picker reads, a centre where none', async () => {
    const layer = await page('/api/v1/geo/admin-units.geojson?unit=65');
    expect(layer.statusCode).toBe(200);
    const features = layer.json<{ features: { id: string; geometry: { type: string } }[] }>().features;
    expect(features.map((f) => [f.id, f.geometry.type])).toEqual([['65', 'Polygon']]);
    const soums = await page(`/api/v1/geo/admin-units.geojson?unit=${district.parentCode}`);
    const types = soums.json<{ features: { id: string; geometry: { type: string } }[] }>().features;
    expect(types.find((f) => f.id === '1107')?.geometry.type).toBe('Polygon');
    expect(types.some((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('draws every map in the real shapes once every aimag has one, naming their source', async () => {
    const report = await page('/feedback/reports?lang=en');
    expect(report.statusCode).toBe(200);
    expect(report.body).not.toContain('A schematic');
    expect(report.body).toContain(
      'Boundaries: Test fixture: rectangles around the aimag centres, not real boundaries (CC0-1.0).',
    );
    expect(report.body).toContain(
      '<svg role="img" aria-labelledby="feedback-by-aimag-title feedback-by-aimag-desc"',
    );
    expect(report.body).toContain('<caption>Cases received from each aimag</caption>');
    const places = await page('/places?lang=en');
    expect(places.body).not.toContain('No official boundaries');
    expect(places.body.match(/<path d="M/g)!.length).toBeGreaterThanOrEqual(topLevel.length + 1);
    const svg = places.body.slice(places.body.indexOf('<svg role="img"'), places.body.indexOf('</svg>'));
    expect(svg).not.toContain('<a ');
    expect(places.body).toContain('<td>Imported</td>');
  });

  it('shows a unit with its parent, children and shape, and 404 for a code that is none', async () => {
    const capital = await page('/places/11?lang=en');
    expect(capital.statusCode).toBe(200);
    expect(capital.body).toContain('<h1>Ulaanbaatar</h1>');
    expect(capital.body).toContain('Units within Ulaanbaatar');
    expect(capital.body).toContain('<a href="/places/1107">');
    expect(capital.body).toContain('aria-labelledby="place-map-title place-map-desc"');
    const child = await page('/places/1107?lang=en');
    expect(child.body).toContain('<a href="/places/11">Ulaanbaatar</a>');
    const noShape = await page('/places/1101?lang=en');
    expect(noShape.body).toContain('This unit’s official boundary has not been imported yet.');
    expect(noShape.body).not.toContain('place-map-title');
    expect((await page('/places/99')).statusCode).toBe(404);
    expect((await page('/places/%3Cscript%3E')).statusCode).toBe(404);
  });

  it('replaces the boundaries of the units a file names and keeps the others', async () => {
    expect(await importText(allTopLevel)).toMatchObject({
      added: 0,
      changed: 0,
      unchanged: topLevel.length + 1,
    });
    const report = await importText(
      collection([unitFeature(unit('65'), { half: 0.15, property: 'iso', value: 'MN-073' })]),
      {
        unitProperty: 'iso',
        source: 'Second fixture',
      },
    );
    expect(report).toEqual({ added: 0, changed: 1, unchanged: 0, problems: [] });
    const sources = await ctx.db.query<{ code: string; source: string }>(
      sql`select unit_code as code, source from admin_unit_boundaries where unit_code in ('64', '65') order by unit_code`,
    );
    expect(sources.map((s) => s.source)).toEqual([
      'Test fixture: rectangles around the aimag centres, not real boundaries',
      'Second fixture',
    ]);
    expect((await unitAt(ctx.db, unit('65').lat + 0.12, unit('65').lon))?.code).toBe('65');
  });

  it('runs as `shilen import boundaries FILE --source … --licence …`', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'boundaries-'));
    const file = path.join(dir, 'official.geojson');
    await fs.writeFile(
      file,
      collection([unitFeature(unit('64'), { half: 0.12, property: 'name', value: 'Баянхонгор' })]),
    );
    const importer = placesModule.importers!.find((i) => i.name === 'boundaries')!;
    expect(importer.options?.filter((o) => o.required).map((o) => o.name)).toEqual(['source', 'licence']);
    const report = await importer.run(ctx, file, {
      dryRun: false,
      settings: { source: 'Third fixture', licence: 'CC-BY-4.0', 'unit-property': 'name' },
    });
    expect(report).toMatchObject({ changed: 1, problems: [] });
    const [last] = await ctx.db.query<{ fileName: string; property: string }>(
      sql`select file_name as "fileName", unit_property as property from boundary_imports order by id desc limit 1`,
    );
    expect(last).toEqual({ fileName: 'official.geojson', property: 'name' });
  });
});
