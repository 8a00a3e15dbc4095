import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { rectangle } from '../../../platform/places/test-support.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { extractivesModule } from '../module.ts';
import { shapefileZip, utmNorthPrj, utmSquare } from '../spatial/test-shapefile.ts';
import { holderLines, importLicenceBytes, importLicences } from './import.ts';
import { buildHolder } from './test-support.ts';

const { app, ctx } = await createTestApp({
  modules: [...baseModules, legalEntitiesModule, extractivesModule],
});
const ISSUER = 'mineral-resources-authority';
const KIND = 'mineral-exploration';
let a: { id: number; identifier: string };
let b: { id: number; identifier: string };

beforeAll(async () => {
  a = await buildHolder(ctx.db, { name: 'Gobi Copper LLC', identifier: '1234567' });
  b = await buildHolder(ctx.db, { name: 'Altai Gold LLC', identifier: '7654321' });
});

const meta = () => ({ ip: 'test', requestId: 'test', now: new Date('2026-01-10T00:00:00Z') });
const geojson = (features: unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
const feature = (properties: Record<string, unknown>, geometry: unknown = rectangle(46.5, 103, 0.05)) => ({
  type: 'Feature',
  properties,
  geometry,
});
const run = (bytes: Uint8Array, name: string, options: { kind?: string; dryRun?: boolean } = {}) =>
  importLicenceBytes(
    ctx,
    systemActor('test'),
    { bytes, name },
    { kind: options.kind ?? KIND, source: 'Test fixture, not the cadastre', dryRun: options.dryRun ?? false },
    meta(),
  );
const licences = () =>
  ctx.db.query<{
    number: string;
    name_en: string;
    status: string;
    area_ha: number;
    min_lon: number;
    max_lat: number;
    commodities: string[];
    holders: string;
  }>(sql`
    select l.number, l.name_en, l.status, l.area_ha, l.min_lon, l.max_lat, l.commodities,
      (select string_agg(e.identifier || ':' || h.share::float8, ';' order by e.identifier)
        from extractive_licence_holders h join legal_entities e on e.id = h.legal_entity_id
        where h.licence_id = l.id) as holders
    from extractive_licences l order by l.number`);

describe('holders as a cadastre writes them', () => {
  it('turns register numbers with shares into the form’s lines, a lone one holding the whole', () => {
    expect(holderLines('1234567:60;7654321:40')).toBe('1234567:60\n7654321:40');
    expect(holderLines('1234567')).toBe('1234567 100');
  });
});

describe('importing licences from a GeoJSON export', () => {
  const file = (name = 'Khuren Tolgoi') =>
    geojson([
      feature({
        LICENSE_NO: 'XV-020001',
        name_mn: 'Хүрэн толгой',
        name_en: name,
        status: 'granted',
        applied_on: '2021-02-01',
        granted_on: '2021-03-15',
        expires_on: '2024-03-15',
        commodities: 'Copper; gold',
        holders: `${a.identifier}:60;${b.identifier}:40`,
      }),
      feature(
        { licence_no: 'XV-020002', holder: b.identifier, status: 'applied', applied: '2025-06-01' },
        rectangle(47, 105, 0.03),
      ),
    ]);

  it('stores each feature as a licence with its hectares, box and holders, and a dry run nothing', async () => {
    expect(await run(file(), 'cadastre.geojson', { dryRun: true })).toEqual({
      ok: true,
      value: { added: 2, changed: 0 },
    });
    expect(await licences()).toEqual([]);
    expect(await run(file(), 'cadastre.geojson')).toEqual({ ok: true, value: { added: 2, changed: 0 } });
    const [first, second] = await licences();
    expect(first).toMatchObject({
      number: 'XV-020001',
      name_en: 'Khuren Tolgoi',
      status: 'granted',
      commodities: ['copper', 'gold'],
      holders: '1234567:60;7654321:40',
    });
    expect(first!.min_lon).toBeCloseTo(102.95, 9);
    expect(first!.max_lat).toBeCloseTo(46.55, 9);
    // 0.1° by 0.1° at 46.5° N: about 7.65 km by 11.1 km.
    expect(first!.area_ha).toBeGreaterThan(8300);
    expect(first!.area_ha).toBeLessThan(8700);
    // Names default to the number; a lone holder holds the whole licence.
    expect(second).toMatchObject({ number: 'XV-020002', name_en: 'XV-020002', holders: '7654321:100' });
    const [audit] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'extractives.licences.import'`,
    );
    expect(audit!.n).toBe(1);
  });

  it('updates a number the kind has already, from a newer export', async () => {
    expect(await run(file('Khuren Tolgoi North'), 'cadastre.geojson')).toEqual({
      ok: true,
      value: { added: 0, changed: 2 },
    });
    expect((await licences()).map((l) => l.name_en)).toEqual(['Khuren Tolgoi North', 'XV-020002']);
  });

  it('refuses a change of status without its decision, and records it with one', async () => {
    const revoked = (decision: Record<string, string>) =>
      geojson([
        feature({
          license_no: 'XV-020001',
          status: 'revoked',
          applied_on: '2021-02-01',
          granted_on: '2021-03-15',
          holders: `${a.identifier}:60;${b.identifier}:40`,
          ...decision,
        }),
      ]);
    const refused = await run(revoked({}), 'revoked.geojson');
    expect(refused.ok ? [] : refused.problems.map((p) => p.params?.property)).toEqual([
      'decision_number',
      'decision_body',
      'decision_date',
    ]);
    const decided = { decision_no: 'A/77', decision_body: 'MRPAM', decision_date: '2025-11-01' };
    expect(await run(revoked(decided), 'revoked.geojson')).toEqual({
      ok: true,
      value: { added: 0, changed: 1 },
    });
    const events = await ctx.db.query<{ status: string; occurred_on: string; decision_number: string }>(sql`
      select e.status, e.occurred_on::text, e.decision_number from extractive_licence_events e
        join extractive_licences l on l.id = e.licence_id where l.number = 'XV-020001' order by e.id`);
    expect(events.at(-1)).toEqual({ status: 'revoked', occurred_on: '2025-11-01', decision_number: 'A/77' });
  });
});

describe('a file with a bad feature', () => {
  it('stores nothing and names the feature, the licence and the property', async () => {
    const before = await licences();
    const result = await run(
      geojson([
        feature({ number: 'XV-020010', granted_on: '2022-01-01', holders: `${a.identifier}:100` }),
        feature({
          number: 'XV-020011',
          granted_on: '2022-01-01',
          holders: `${a.identifier}:60;${b.identifier}:30`,
        }),
        feature(
          { number: 'XV-020012', granted_on: '2022-01-01', holder: a.identifier },
          rectangle(39.9, 116.4, 0.05),
        ),
        feature(
          { number: 'XV-020010', granted_on: '2022-01-01', holder: a.identifier },
          rectangle(46, 100, 0.05),
        ),
      ]),
      'bad.geojson',
    );
    expect(result.ok).toBe(false);
    const en = (await import('../../../platform/i18n/index.ts')).translator('en');
    const messages = result.ok ? [] : result.problems.map((p) => en(p.key, p.params));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(
      /^bad\.geojson, feature 1, property holders: Licence XV-020011: the holders’ shares must add up to 100, not 90/,
    );
    expect(messages[1]).toMatch(/^bad\.geojson, feature 2, property geometry: Licence XV-020012: .*outside/);
    expect(messages[2]).toBe(
      'bad.geojson, feature 3: the number XV-020010 is in the file twice (first at bad.geojson, feature 0)',
    );
    expect(await licences()).toEqual(before);
  });

  it('refuses a kind the pack does not have, on the command line, naming the option', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'licences-'));
    const file = path.join(dir, 'cadastre.geojson');
    await fs.writeFile(file, geojson([feature({ number: 'XV-020020', holder: a.identifier })]));
    const report = await importLicences(ctx, file, { dryRun: true, settings: { kind: 'gold-panning' } });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.where).toBe('--kind');
    expect(report.problems[0]!.message).toMatch(
      /^There is no kind of licence “gold-panning”: choose one of /,
    );
    const dry = await importLicences(ctx, file, { dryRun: true, settings: { kind: KIND } });
    expect(dry).toMatchObject({ added: 1, changed: 0, problems: [] });
    expect((await licences()).map((l) => l.number)).not.toContain('XV-020020');
    await fs.rm(dir, { recursive: true });
  });
});

describe('the import form', () => {
  it('lets the issuer’s publisher import a zipped UTM shapefile', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ISSUER });
    const form = await publisher.get('/extractives/licences/import?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    const zip = shapefileZip('licences', [utmSquare(500000, 5300000), utmSquare(520000, 5300000)], {
      prj: utmNorthPrj(48),
      fields: ['LICENSE_NO', 'STATUS', 'GRANTED_ON', 'HOLDERS'],
      rows: [
        ['XV-030001', 'granted', '2023-04-01', `${a.identifier}:50;${b.identifier}:50`],
        ['XV-030002', 'granted', '2023-04-02', b.identifier],
      ],
    });
    const done = await publisher.upload(
      '/extractives/licences/import?lang=en',
      { kind: KIND, source: 'Test fixture' },
      { file: { name: 'licences.zip', content: zip } },
    );
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('2 licences added, 0 updated.');
    const stored = (await licences()).filter((l) => l.number.startsWith('XV-03'));
    expect(stored.map((l) => [l.number, l.holders])).toEqual([
      ['XV-030001', '1234567:50;7654321:50'],
      ['XV-030002', '7654321:100'],
    ]);
    expect(stored[0]!.min_lon).toBeCloseTo(105, 6);
    expect(stored[0]!.area_ha).toBeGreaterThan(9950);
    expect(stored[0]!.area_ha).toBeLessThan(10050);
    const bad = await publisher.upload(
      '/extractives/licences/import?lang=en',
      { kind: KIND },
      {
        file: {
          name: 'licences.zip',
          content: shapefileZip('licences', [utmSquare(540000, 5300000)], {
            prj: utmNorthPrj(48),
            without: ['.dbf'],
          }),
        },
      },
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Nothing was stored.');
    expect(bad.body).toContain('has no licences.dbf beside it (the attributes)');
  });

  it('refuses staff of another organisation (403), storing nothing', async () => {
    const before = await licences();
    const other = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    expect((await other.get('/extractives/licences/import?lang=en')).statusCode).toBe(200);
    const refused = await other.upload(
      '/extractives/licences/import?lang=en',
      { kind: KIND },
      {
        file: {
          name: 'c.geojson',
          content: geojson([feature({ number: 'XV-040001', holder: a.identifier })]),
        },
      },
    );
    expect(refused.statusCode).toBe(403);
    expect(await licences()).toEqual(before);
  });
});
