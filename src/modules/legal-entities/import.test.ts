import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import { resolveEntities } from '../../platform/legal-entities/index.ts';
import { loadLegalEntitiesDemo } from './demo.ts';
import { importEntityBytes } from './import.ts';
import { legalEntitiesModule } from './module.ts';
import { nextRegisterNumber } from './test-support.ts';

const ctx = await createTestContext([...baseModules, legalEntitiesModule]);
const pack = ctx.country.legalEntities;
const scheme = pack.nationalScheme;
const aimag = ctx.country.adminUnits.find((u) => u.kind === 'aimag')!.code;
const [body] = ctx.country.organizations.map((o) => o.slug) as [string];
const HEADER =
  'scheme,identifier,name_mn,name_en,common_name_mn,common_name_en,kind,status,admin_unit_code,registered_on,organization_slug';
const run = (text: string, name = 'extract.csv', dryRun = false) =>
  importEntityBytes(ctx, { text, name }, { dryRun });
const stored = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from legal_entities`))[0]!.n;

const first = nextRegisterNumber(ctx);
const second = nextRegisterNumber(ctx);

describe('importing a register extract', () => {
  it('names every bad line and column, and stores nothing', async () => {
    const text = [
      HEADER,
      `${scheme},12,Нэг ХХК,,,,company,active,${aimag},2001-01-01,`,
      `${scheme},${first},Хоёр ХХК,,,,castle,active,,,`,
      `${scheme},${second},Гурав ХХК,,,,company,active,,2020-02-30,`,
      `${scheme},${second},Дөрөв ХХК,,,,company,active,999,,`,
      `${scheme},${first},Тав ХХК,,,,company,active,,,no-such-body`,
      `XI-IATI,XM-DAC-46004,,,,,international-organisation,active,,,`,
      `${scheme},${nextRegisterNumber(ctx)},Зургаа ХХК,,,,company,active,,,`,
      `${scheme},12345678901,Долоо ХХК,,,,company,active,,,`,
    ].join('\n');
    const before = await stored();
    const report = await run(text);
    expect(report.problems.map((p) => p.where)).toEqual([
      'line 2, column identifier',
      'line 3, column kind',
      'line 4, column registered_on',
      'line 5, column admin_unit_code',
      'line 6, column organization_slug',
      'line 7, column name_mn',
      'line 9, column identifier',
    ]);
    expect(report.problems[0]!.message).toContain(pack.numberFormat.en);
    expect(await stored()).toBe(before);
  });

  it('names a number that is twice in the file, and a header that lacks a column', async () => {
    const twice = await run(
      [HEADER, `${scheme},${first},Нэг ХХК,,,,,,,,`, `${scheme},${first},Нэг ХХК,,,,,,,,`].join('\n'),
    );
    expect(twice.problems).toEqual([
      { where: 'line 3, column identifier', message: `${scheme} ${first} is already on line 2` },
    ]);
    const header = await run('identifier,name_mn,colour\n1,Нэг,red');
    expect(header.problems.map((p) => p.where)).toEqual(['line 1, column 3', 'line 1']);
    expect((await run('')).problems).toEqual([
      { where: 'file', message: 'the file is empty: it needs a header' },
    ]);
  });

  it('writes the register’s facts over a module’s spelling, sourced to the file, and the same file twice changes nothing', async () => {
    // A module spelt the company first, by its number.
    await resolveEntities(
      ctx.db,
      [{ scheme, identifier: first, name: 'НЭГ КОМПАНИ' }],
      { source: 'procurement', reference: 'ocds-1' },
      pack,
    );
    const text = [
      HEADER,
      `${scheme},${first},Нэг Компани ХХК,Neg Kompani LLC,Нэг,One,company,active,${aimag},2001-02-03,${body}`,
      `XI-IATI,XM-DAC-46004,Азийн хөгжлийн банк,Asian Development Bank,,ADB,international-organisation,active,,,`,
    ].join('\n');
    expect(await run(text, 'extract.csv', true)).toMatchObject({ added: 1, changed: 1, problems: [] });
    expect(await run(text)).toMatchObject({ added: 1, changed: 1, unchanged: 0, problems: [] });
    const [row] = await ctx.db.query<Record<string, unknown>>(sql`
      select e.name_mn, e.name_en, e.kind, e.registered_on::text as registered, o.slug
      from legal_entities e left join organizations o on o.id = e.organization_id where identifier = ${first}`);
    expect(row).toEqual({
      name_mn: 'Нэг Компани ХХК',
      name_en: 'Neg Kompani LLC',
      kind: 'company',
      registered: '2001-02-03',
      slug: body,
    });
    const sources = await ctx.db.query<{ field: string; source: string; reference: string }>(sql`
      select s.field, s.source, s.reference from legal_entity_sources s join legal_entities e on e.id = s.entity_id
      where e.identifier = ${first} and s.field = 'name_mn'`);
    expect(sources).toEqual([
      { field: 'name_mn', source: 'import:legal-entities', reference: 'extract.csv' },
    ]);
    // The module's spelling stays a name it is known by, for matching.
    const names = await ctx.db.query<{ name: string }>(sql`
      select n.name from legal_entity_names n join legal_entities e on e.id = n.entity_id
      where e.identifier = ${first} order by n.name`);
    expect(names.map((n) => n.name)).toContain('НЭГ КОМПАНИ');
    expect(await run(text, 'again.csv')).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    // A body linked to one entity is refused for another.
    const taken = await run([HEADER, `${scheme},${second},Хоёр ХХК,,,,,,,,${body}`].join('\n'));
    expect(taken.problems[0]).toMatchObject({ where: 'line 2, column organization_slug' });
  });
});

describe('shilen import legal-entities FILE.csv', () => {
  it('reads the file the manifest’s importer is given, and a dry run stores nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entities-'));
    const file = path.join(dir, 'register-2026.csv');
    writeFileSync(file, `${HEADER}\n${scheme},${nextRegisterNumber(ctx)},Файлын ХХК,,,,,,,,\n`);
    const importer = legalEntitiesModule.importers!.find((i) => i.name === 'legal-entities')!;
    const before = await stored();
    expect(await importer.run(ctx, file, { dryRun: true })).toMatchObject({ added: 1, problems: [] });
    expect(await stored()).toBe(before);
    expect(await importer.run(ctx, file, { dryRun: false })).toMatchObject({ added: 1, problems: [] });
    const [source] = await ctx.db.query<{ reference: string }>(
      sql`select reference from legal_entity_sources where reference = 'register-2026.csv' limit 1`,
    );
    expect(source?.reference).toBe('register-2026.csv');
    rmSync(dir, { recursive: true });
  });
});

describe('the demo', () => {
  it('loads invented companies through the import, the pack’s enterprises linked to their bodies, and parties known by name only', async () => {
    const made = await loadLegalEntitiesDemo(ctx);
    expect(made.legalEntities).toBeGreaterThan(25);
    const kinds = await ctx.db.query<{ scheme: string; n: number; linked: number }>(sql`
      select scheme, count(*)::int as n, count(organization_id)::int as linked from legal_entities group by scheme order by scheme`);
    const enterprises = ctx.country.organizations.filter((o) => o.kind === 'state-owned-enterprise').length;
    expect(kinds).toContainEqual(expect.objectContaining({ scheme: 'XI-IATI', n: 1 }));
    expect(kinds.find((k) => k.scheme === 'unidentified')?.linked).toBe(enterprises);
    const [demo] = await ctx.db.query<{ reference: string }>(
      sql`select distinct reference from legal_entity_sources where reference like 'demo-legal-entities%'`,
    );
    expect(demo?.reference).toContain('invented');
  });
});
