import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { type Actor, systemActor } from '../../platform/auth/actor.ts';
import { registerPermissions } from '../../platform/auth/permissions.ts';
import { type Dataset, datasetsOf } from '../../platform/datasets/dataset.ts';
import { recordCurrentVersions, recordHistory } from '../../platform/datasets/versions.ts';
import { sql } from '../../platform/db/sql.ts';
import { listImports } from '../../platform/imports/history.ts';
import { importFile } from '../../platform/imports/run.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { organizationsModule } from './module.ts';

let ctx: ModuleContext;
let dataset: Dataset;
const admin = systemActor('test');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shilen-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = 'slug,name_mn,name_en,kind,parent_slug,admin_unit_code,email';
function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}
const run = (target: string, options: Partial<Parameters<typeof importFile>[3]> = {}) =>
  importFile(ctx, dataset, target, {
    actor: admin,
    dryRun: false,
    fileName: path.basename(target),
    ...options,
  });
const en = (problems: { line?: number; column?: string; message: { en: string } }[]) =>
  problems.map((p) => `${p.line ?? '-'}|${p.column ?? '-'}|${p.message.en}`);
const count = async () =>
  Number((await ctx.db.query<{ n: number }>(sql`select count(*) as n from organizations`))[0]?.n);

beforeAll(async () => {
  ctx = await createTestContext();
  registerPermissions(organizationsModule.permissions ?? {});
  dataset = datasetsOf([organizationsModule])[0] as Dataset;
});

describe('importing the directory of public bodies', () => {
  it('reports a Windows-1251 file with errors by line, column and problem, writing nothing; the corrected file imports', async () => {
    const before = await count();
    const bad = [
      HEADER,
      'test-dept-one,Туршилтын газар,Test department one,agency,cabinet-secretariat,11,info@test.mn',
      'test-dept-two,,Test department two,agency,,,',
      'test-dept-three,Гурав дахь газар,Test department three,shop,,,not-an-email',
      'Bad Slug,Буруу,Bad,agency,,,',
      'test-dept-four,Дархан,Four,agency,,99,',
      'test-dept-three,Давхардсан,Duplicate of a row with problems,agency,,,',
    ].join('\r\n');
    const target = file('cp1251-bad.csv', iconv.encode(bad, 'win1251'));
    const outcome = await run(target);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.encoding).toBe('windows-1251');
    expect(en(outcome.report.problems)).toEqual([
      '3|name_mn|A required value is empty',
      '4|kind|"shop" is not one of the allowed values: government, parliament, ministry, agency, authority, council, committee, local-government, court, state-owned-enterprise, other',
      '4|email|Not an email address: "not-an-email"',
      '5|slug|An identifier is lower-case Latin letters and digits joined by hyphens: "Bad Slug"',
      '6|admin_unit_code|"99" is not a known admin units code',
      '7|slug|Duplicate key "test-dept-three": it is also on line 4',
    ]);
    expect(outcome.report.problemCount).toBe(6);
    expect(await count()).toBe(before);

    const good = [
      HEADER,
      'test-dept-one,Туршилтын газар,Test department one,agency,cabinet-secretariat,11,info@test.mn',
      'test-dept-two,Хоёр дахь газар,Test department two,agency,test-dept-one,,',
    ].join('\r\n');
    const fixed = await run(file('cp1251-good.csv', iconv.encode(good, 'win1251')));
    expect(fixed.status).toBe('succeeded');
    expect([fixed.report.added, fixed.report.changed]).toEqual([2, 0]);
    const [row] = await ctx.db.query<{
      name_mn: string;
      parent: string;
    }>(sql`select o.name_mn, p.slug as parent
      from organizations o join organizations p on p.id = o.parent_id where o.slug = 'test-dept-two'`);
    expect(row).toEqual({ name_mn: 'Хоёр дахь газар', parent: 'test-dept-one' });
    expect(await count()).toBe(before + 2);
    // Versions and search index written with the rows.
    expect((await recordHistory(ctx.db, 'organizations', 'test-dept-two')).map((v) => v.operation)).toEqual([
      'insert',
    ]);
    const [doc] = await ctx.db.query(
      sql`select 1 from search_documents where module = 'organizations' and key = 'test-dept-two'`,
    );
    expect(doc).toBeTruthy();
  });

  it('says when a Windows-1251 file lost the letters Ө and Ү, which that encoding does not have', async () => {
    const lost = await run(
      file(
        'lost.csv',
        iconv.encode(`${HEADER}\ntest-lost,Өмнөговь аймаг,South Gobi,local-government,,,\n`, 'win1251'),
      ),
    );
    expect(lost.status).toBe('failed');
    expect(en(lost.report.problems)).toEqual([
      '2|name_mn|Letters Ө or Ү were lost as "?": the file is in Windows-1251, which has no such letters. Save it as UTF-8 (CSV UTF-8) or XLSX',
    ]);
  });

  it('re-importing the same file changes nothing, and the versions match what the change history would record', async () => {
    const content = [
      HEADER,
      'test-idem,Давтан,Idempotent,agency,,,',
      'cabinet-secretariat,Засгийн газрын Хэрэг эрхлэх газар,Cabinet Secretariat of the Government of Mongolia,government,government,,',
    ].join('\n');
    const first = await run(file('idem.csv', content));
    expect(first.status).toBe('succeeded');
    expect(first.report.added).toBe(1);
    const versions = await ctx.db.query(sql`select count(*) as n from record_versions`);
    const again = await run(file('idem.csv', content));
    expect([again.report.added, again.report.changed, again.report.unchanged]).toEqual([0, 0, 2]);
    expect(await ctx.db.query(sql`select count(*) as n from record_versions`)).toEqual(versions);
    // The set-based versions are exactly what the row-by-row history writes: it finds nothing to add.
    expect(await ctx.db.transaction((tx) => recordCurrentVersions(tx, dataset, 'system:check'))).toBe(0);
  });

  it('a dry run counts what would be added, changed and left alone, with samples, and writes nothing', async () => {
    const before = await count();
    const [{ updated }] = (await ctx.db.query<{ updated: Date }>(
      sql`select updated_at as updated from organizations where slug = 'test-idem'`,
    )) as [{ updated: Date }];
    const content = [
      HEADER,
      'test-dry-new,Шинэ,New,agency,,,',
      'test-idem,Давтан,Idempotent (renamed),agency,,,',
    ].join('\n');
    const outcome = await run(file('dry.csv', content), { dryRun: true });
    expect(outcome.status).toBe('dry-run');
    expect([outcome.report.added, outcome.report.changed, outcome.report.unchanged]).toEqual([1, 1, 0]);
    expect(outcome.report.samples.added.map((s) => s.key)).toEqual(['test-dry-new']);
    expect(outcome.report.samples.changed[0]?.before?.name_en).toBe('Idempotent');
    expect(outcome.report.samples.changed[0]?.values.name_en).toBe('Idempotent (renamed)');
    expect(await count()).toBe(before);
    const [{ now }] = (await ctx.db.query<{ now: Date }>(
      sql`select updated_at as now from organizations where slug = 'test-idem'`,
    )) as [{ now: Date }];
    expect(now).toEqual(updated);
  });

  it('reads UTF-8 with a byte order mark, UTF-16 LE with one and UTF-16 BE without, mapping titles as headers', async () => {
    const content =
      'Identifier;Нэр (монгол);Name (English);KIND\ntest-utf-a;Өмнөговь салбар;Branch A;agency\n';
    const bom = await run(
      file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content)])),
    );
    expect([bom.status, bom.report.encoding, bom.report.added]).toEqual(['succeeded', 'utf-8', 1]);
    const le = await run(
      file(
        'le.csv',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          iconv.encode(content.replace('test-utf-a', 'test-utf-b'), 'utf16le'),
        ]),
      ),
    );
    expect([le.status, le.report.encoding, le.report.added]).toEqual(['succeeded', 'utf-16le', 1]);
    const be = await run(
      file('be.csv', iconv.encode(content.replace('test-utf-a', 'test-utf-c'), 'utf16be')),
    );
    expect([be.status, be.report.encoding, be.report.added]).toEqual(['succeeded', 'utf-16be', 1]);
    const [row] = await ctx.db.query(sql`select name_mn from organizations where slug = 'test-utf-c'`);
    expect(row).toEqual({ name_mn: 'Өмнөговь салбар' });
  });

  it('reads XLSX, JSON and NDJSON', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['slug', 'name_mn', 'name_en', 'kind']);
    sheet.addRow([
      'test-xlsx',
      { richText: [{ text: 'Эксел ' }, { text: 'газар' }] },
      'Excel office',
      'agency',
    ]);
    const xlsx = path.join(dir, 'book.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const fromXlsx = await run(xlsx);
    expect([fromXlsx.status, fromXlsx.report.format, fromXlsx.report.added]).toEqual([
      'succeeded',
      'xlsx',
      1,
    ]);
    const json = JSON.stringify([
      { slug: 'test-json', name_mn: 'Жэйсон', name_en: 'JSON office', kind: 'agency' },
    ]);
    const fromJson = await run(file('rows.json', json));
    expect([fromJson.status, fromJson.report.format, fromJson.report.added]).toEqual([
      'succeeded',
      'json',
      1,
    ]);
    const ndjson =
      '{"slug":"test-ndjson","name_mn":"Мөр","name_en":"NDJSON office","kind":"agency"}\n{"slug":"test-ndjson-2","name_mn":"Мөр 2","name_en":"Second","kind":"council"}\n';
    const fromNdjson = await run(file('rows.ndjson', ndjson));
    expect([fromNdjson.status, fromNdjson.report.format, fromNdjson.report.added]).toEqual([
      'succeeded',
      'ndjson',
      2,
    ]);
    const names = await ctx.db.query(sql`select name_mn from organizations where slug = 'test-xlsx'`);
    expect(names).toEqual([{ name_mn: 'Эксел газар' }]);
  });

  it('refuses bad files with a report and nothing written', async () => {
    const before = await count();
    const cases: [string, string | Uint8Array, string][] = [
      [
        'dup.csv',
        `${HEADER}\ntest-dup,А,A,agency,,,\ntest-dup2,Б,B,agency,,,\ntest-dup,В,C,agency,,,\n`,
        '4|slug|Duplicate key "test-dup": it is also on line 2',
      ],
      [
        'missing.csv',
        'slug,name_en,kind\ntest-miss,Missing,agency\n',
        '1|name_mn|The required column "name_mn" (Name (Mongolian)) is missing',
      ],
      ['empty.csv', '', '-|-|The file is empty: it has neither a header nor any rows.'],
      ['header-only.csv', `${HEADER}\n`, '-|-|The file has a header but no rows'],
      ['blank.csv', '\ufeff\n\n', '-|-|The file is empty: it has neither a header nor any rows.'],
      [
        'image.csv',
        Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
        '-|-|This is a binary file (PNG), not a table. Upload a CSV, XLSX, JSON or NDJSON file.',
      ],
      [
        'cut.csv',
        `${HEADER}\ntest-cut,"Дутуу,Cut,agency,,,\n`,
        '2|-|The file is damaged or cut short (at line 2): a quoted value is never closed',
      ],
      ['cut.json', '[{"slug":"test-cut-json","name_mn":"А","name_en":"A","kind":"agency"},{"slug":"x', ''],
      [
        'latin1.csv',
        Buffer.from('slug,name_mn,name_en,kind\ntest-latin,M\xfcller,M\xfcller,agency\n', 'latin1'),
        '',
      ],
    ];
    for (const [name, content, expected] of cases) {
      const outcome = await run(file(name, content));
      expect(outcome.status, name).toBe('failed');
      expect(outcome.report.problemCount, name).toBeGreaterThan(0);
      if (expected)
        expect(en(outcome.report.problems), `${name}: ${en(outcome.report.problems)}`).toContain(expected);
    }
    const cutJson = await run(
      file('cut.json', '[{"slug":"test-cut-json","name_mn":"А","name_en":"A","kind":"agency"},{"slug":"x'),
    );
    expect(cutJson.report.problems[0]?.message.en).toMatch(
      /^The JSON file is damaged, cut short or not an array/,
    );
    const latin = await run(
      file(
        'latin1.csv',
        Buffer.from('slug,name_mn,name_en,kind\ntest-latin,M\xfcller,M\xfcller,agency\n', 'latin1'),
      ),
    );
    expect(latin.report.problems[0]?.message.en).toMatch(/^The file's encoding is not one Shilen reads/);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('data').addRow(['slug', 'name_mn', 'name_en', 'kind']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const cutXlsx = await run(file('cut.xlsx', buffer.subarray(0, Math.floor(buffer.length / 2))));
    expect(cutXlsx.status).toBe('failed');
    expect(await count()).toBe(before);
  });

  it('reports the first 1000 problems of a file of bad rows and counts the rest', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 2500; i++) lines.push(`test-many-${i},Олон,Many,nonsense,,,`);
    const outcome = await run(file('many.csv', lines.join('\n')));
    expect(outcome.status).toBe('failed');
    expect(outcome.report.problems).toHaveLength(1000);
    expect(outcome.report.problemCount).toBe(2500);
    expect(outcome.report.problems[0]?.line).toBe(2);
  });

  it('asks for a mapping of unknown headers, and imports with one', async () => {
    const content = 'Код,Албан нэр,English name,Төрөл,Тэмдэглэл\ntest-mapped,Зураглал,Mapped,agency,note\n';
    const unmapped = await run(file('unmapped.csv', content));
    expect(unmapped.status).toBe('failed');
    expect(unmapped.report.unmapped).toEqual(['Код', 'Албан нэр', 'English name', 'Тэмдэглэл']);
    const mapped = await run(file('unmapped.csv', content), {
      mapping: { Код: 'slug', 'Албан нэр': 'name_mn', 'english NAME': 'name_en', Тэмдэглэл: '' },
    });
    expect([mapped.status, mapped.report.added]).toEqual(['succeeded', 1]);
  });

  it('refuses an official of another organisation, and keeps the history of every import', async () => {
    const [other] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = 'government'`,
    );
    const outsider: Actor = {
      kind: 'user',
      userId: null,
      tokenId: null,
      label: 'user:outsider',
      roles: [
        { role: 'organization-publisher', organizationId: Number(other?.id), includeSubOrganizations: false },
      ],
      reach: { 'organization-publisher': [Number(other?.id)] },
      scopes: null,
      secondFactor: true,
    };
    await expect(
      run(file('refused.csv', `${HEADER}\ntest-refused,Х,X,agency,,,\n`), { actor: outsider }),
    ).rejects.toThrow(/not allowed: organizations.import/);
    const history = await listImports(ctx.db, 'organizations', 200);
    expect(history.some((h) => h.fileName === 'refused.csv')).toBe(false);
    const ok = history.find((h) => h.fileName === 'cp1251-good.csv');
    expect(ok).toMatchObject({
      status: 'succeeded',
      actor: 'system:test',
      format: 'csv',
      encoding: 'windows-1251',
      added: 2,
    });
    expect(ok?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(history.find((h) => h.fileName === 'dry.csv')?.status).toBe('dry-run');
    expect(history.find((h) => h.fileName === 'dup.csv')?.status).toBe('failed');
    const audit = await ctx.db.query<{ details: { file: string; added: number } }>(
      sql`select details from audit_log where action = 'organizations.import' order by seq`,
    );
    expect(audit.map((a) => a.details.file)).toContain('cp1251-good.csv');
    // No staging tables left behind.
    const left = await ctx.db.query(
      sql`select tablename from pg_tables where tablename like 'import#_%' escape '#'`,
    );
    expect(left).toEqual([]);
  });
});
