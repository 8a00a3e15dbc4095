import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { isolatedDatabaseEnv, runShilen } from '../../../test/support/cli.ts';
import { anonymous, systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { search } from '../../platform/search/query.ts';
import { modules } from '../index.ts';
import { importKnownSpending } from './import/known-spending.ts';
import { importOcdsFile } from './import/run.ts';
import { compileReleases, type JsonObject } from './ocds/merge.ts';
import { disclosureByBuyer } from './profiles.ts';
import { indexProcesses } from './search.ts';
import { findProcess, recordsAfter } from './service.ts';
import { storeReleases } from './store.ts';
import { cleanSpec, exampleReleasePackage, publish, releasesOf, withFile } from './test-support.ts';

const ctx = await createTestContext();
const actor = systemActor('test');

const count = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from procurement_releases`))[0]!.n;

const pkg = (releases: unknown[]) =>
  JSON.stringify({
    uri: 'https://example.mn/p.json',
    version: '1.1',
    publishedDate: '2025-05-01T00:00:00Z',
    publisher: { name: 'Test' },
    releases,
  });

const importText = (name: string, text: string, skipInvalid = false) =>
  withFile(name, text, (file) => importOcdsFile(ctx, file, { actor, skipInvalid }));

describe('bad OCDS input', () => {
  it('a file that is not JSON is refused whole, saying so', async () => {
    const before = await count();
    const report = await importText('x.json', '{"releases": [ {"ocid": "ocds-x-1", ');
    expect(report.committed).toBe(false);
    expect(report.problems[0]).toMatchObject({ where: 'file' });
    expect(report.problems[0]!.message).toMatch(/not valid JSON/);
    const text = await importText('x.csv', 'ocid,id\nocds-1,1\n');
    expect(text.problems[0]!.message).toMatch(/not a JSON file/);
    expect(await count()).toBe(before);
  });

  it('a package without releases or records is refused, naming the empty array', async () => {
    const releases = await importText('r.json', '{"uri": "https://example.mn/p.json", "releases": []}');
    expect(releases.committed).toBe(false);
    expect(releases.problems[0]).toMatchObject({
      where: 'releases',
      message: 'the package has no releases (a release package needs a "releases" array)',
    });
    const records = await importText('k.json', '{"uri": "https://example.mn/k.json", "records": []}');
    expect(records.problems[0]).toMatchObject({ where: 'records', message: 'the package has no records' });
  });

  it('names every problem of every release by its JSON path, and writes nothing', async () => {
    const good = releasesOf(cleanSpec('ocds-test02-good'));
    const noId = { ...releasesOf(cleanSpec('ocds-test02-noid'))[0]!, id: undefined };
    const unknownCode = structuredClone(releasesOf(cleanSpec('ocds-test02-code'))[0]!) as JsonObject;
    (unknownCode.tender as JsonObject).procurementMethod = 'auction';
    const text = structuredClone(releasesOf(cleanSpec('ocds-test02-text'))[0]!) as JsonObject;
    ((text.tender as JsonObject).value as JsonObject).amount = '300000000';
    const mixed = structuredClone(releasesOf(cleanSpec('ocds-test02-mixed'))[1]!) as JsonObject;
    ((mixed.awards as JsonObject[])[0]!.value as JsonObject).currency = 'USD';
    const before = await count();
    const report = await importText('p.json', pkg([...good, noId, unknownCode, text, mixed, good[0]]));
    expect(report.committed).toBe(false);
    expect(report.added).toBe(0);
    const where = report.problems.map((p) => `${p.where}: ${p.message}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'releases[3].id: is required',
        expect.stringMatching(
          /^releases\[4\]\.tender\.procurementMethod: unknown code "auction" \(not in the method\.csv codelist\)$/,
        ),
        expect.stringMatching(/^releases\[5\]\.tender\.value\.amount: the amount "300000000" is text/),
        expect.stringMatching(
          /^releases\[6\]\.(awards\[0\]\.value|bids\.details\[\d\]\.value)\.currency: mixed currencies/,
        ),
        expect.stringMatching(/^releases\[7\]\.id: duplicate release id .* also at releases\[0\]$/),
      ]),
    );
    expect(await count()).toBe(before);
  });

  it('with “skip invalid” the valid releases are published and the invalid ones reported', async () => {
    const good = releasesOf(cleanSpec('ocds-test03-good'));
    const bad = { ...releasesOf(cleanSpec('ocds-test03-bad'))[0]!, date: 'yesterday' };
    const before = await count();
    const report = await importText('p.json', pkg([...good, bad]), true);
    expect(report).toMatchObject({ committed: true, added: good.length, invalid: 1 });
    expect(report.problems.map((p) => p.where)).toContain('releases[3].date');
    expect(await count()).toBe(before + good.length);
  });

  it('re-importing the same package changes nothing, and a changed release under a used id is refused', async () => {
    const releases = releasesOf(cleanSpec('ocds-test04'));
    expect(await publish(ctx, releases)).toMatchObject({ added: 3, committed: true });
    const [before] = await ctx.db.query<{ updated: Date; audit: number }>(sql`
      select p.updated_at as updated, (select count(*)::int from audit_log) as audit
      from procurement_processes p where ocid = 'ocds-test04'`);
    expect(await publish(ctx, releases)).toMatchObject({ added: 0, unchanged: 3, problems: [] });
    const [after] = await ctx.db.query<{ updated: Date; audit: number }>(sql`
      select p.updated_at as updated, (select count(*)::int from audit_log) as audit
      from procurement_processes p where ocid = 'ocds-test04'`);
    expect(after).toEqual(before);
    const changed = structuredClone(releases[0]!) as JsonObject;
    (changed.tender as JsonObject).title = 'Something else';
    const refused = await publish(ctx, [changed]);
    expect(refused.committed).toBe(false);
    expect(refused.problems[0]!.message).toMatch(/already published with other content/);
  });

  it('keeps each release as the very text its digest was taken of, members in their published order', async () => {
    const releases = releasesOf(cleanSpec('ocds-test04-text'));
    expect(await publish(ctx, releases)).toMatchObject({ added: 3, committed: true });
    const stored = await ctx.db.query<{ text: string; digest: string }>(sql`
      select data::text as text, digest from procurement_releases where ocid = 'ocds-test04-text' order by seq`);
    expect(stored.map((s) => JSON.parse(s.text))).toEqual(releases);
    for (const s of stored) {
      expect(createHash('sha256').update(s.text).digest('base64url')).toBe(s.digest);
      // Not reordered as jsonb would (shortest keys first): the text starts as the release did.
      expect(Object.keys(JSON.parse(s.text))[0]).toBe('ocid');
    }
  });

  it('a release id seen in an earlier batch of the same file is a duplicate, not “unchanged”', async () => {
    const [tender] = releasesOf(cleanSpec('ocds-test08'));
    const before = await count();
    const problems = await ctx.db
      .transaction(async (tx) => {
        await storeReleases(tx, [{ release: tender!, where: 'line 1' }], {
          publishedBy: 'test',
          country: ctx.country,
        });
        const again = await storeReleases(tx, [{ release: tender!, where: 'line 5001' }], {
          publishedBy: 'test',
          country: ctx.country,
        });
        throw Object.assign(new Error('roll back'), { problems: again.problems });
      })
      .catch((e: { problems: unknown }) => e.problems);
    expect(problems).toEqual([
      {
        where: 'line 5001.id',
        message: expect.stringMatching(/duplicate release id .* appears earlier in this file/),
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('an older release arriving late is merged in date order', async () => {
    const [tender, award, contract] = releasesOf(cleanSpec('ocds-test05'));
    await publish(ctx, [tender, contract]);
    await publish(ctx, [award]);
    const [row] = await ctx.db.query<{ compiled: JsonObject; stage: string; bids: number }>(sql`
      select compiled, stage, bid_count as bids from procurement_processes where ocid = 'ocds-test05'`);
    expect(row!.stage).toBe('contract');
    expect(row!.bids).toBe(3);
    expect(row!.compiled.date).toBe(contract!.date);
  });

  it('a process of one release keeps no compiled copy but reads as compiled; its second release stores one', async () => {
    const [tender, award] = releasesOf(cleanSpec('ocds-test09'));
    await publish(ctx, [tender]);
    const stored = async () =>
      (
        await ctx.db.query<{ id: number; compiled: JsonObject | null; stage: string }>(sql`
          select id, compiled, stage from procurement_processes where ocid = 'ocds-test09'`)
      )[0]!;
    const first = await stored();
    expect(first.compiled).toBeNull();
    expect((await findProcess(ctx.db, 'ocds-test09'))!.compiled).toEqual(compileReleases([tender!]));
    const [record] = await recordsAfter(ctx.db, { after: first.id - 1, limit: 1 });
    expect(record!.compiled).toEqual(compileReleases([tender!]));
    await publish(ctx, [award]);
    const second = await stored();
    expect(second.compiled).toEqual(compileReleases([tender!, award!]));
    expect(second.stage).toBe('award');
    expect((await findProcess(ctx.db, 'ocds-test09'))!.compiled).toEqual(second.compiled);
  });
});
it('writes the search documents the processes’ own rows make, and search finds them', async () => {
  // A title in Cyrillic, none at all (the OCID stands in), and an OCID the URL must encode.
  const releases = [
    ...releasesOf(cleanSpec('ocds-test10-a')),
    ...releasesOf(cleanSpec('ocds-test10-b', { title: '' })),
    ...releasesOf(cleanSpec('ocds-test10-c/ü')),
  ];
  expect(await publish(ctx, releases)).toMatchObject({ committed: true, problems: [] });
  const documents = () =>
    ctx.db.query(sql`
        select d.kind, d.key, d.organization_id, d.admin_unit_code, d.year, d.restricted_action,
          d.updated_at, d.title_key, d.tsv::text as tsv, t.title_mn, t.title_en, t.body_mn, t.body_en, t.url
        from search_documents d join search_document_texts t on t.document_id = d.id
        where d.module = 'procurement' and d.key like 'ocds-test10-%' order by d.key`);
  const imported = await documents();
  expect(imported.map((d) => d.key)).toEqual(['ocds-test10-a', 'ocds-test10-b', 'ocds-test10-c/ü']);
  expect(imported[1]).toMatchObject({ title_mn: 'ocds-test10-b', title_en: 'ocds-test10-b' });
  expect(imported[2]).toMatchObject({ url: '/procurement/ocds-test10-c%2F%C3%BC' });
  // The same documents as the processes' rows give one by one (`processDocument`).
  const ids = await ctx.db.query<{ id: number }>(
    sql`select id from procurement_processes where ocid like 'ocds-test10-%'`,
  );
  await ctx.db.transaction((tx) =>
    indexProcesses(
      tx,
      ids.map((r) => r.id),
    ),
  );
  expect(await documents()).toEqual(imported);
  // Every word of the keys is in the vocabulary (typo tolerance, completion).
  const keyWords = imported.flatMap(
    (d) =>
      String(d.title_key)
        .split(' ')
        .filter((w) => /^[a-z]{3,}$/.test(w)) ?? [],
  );
  expect(keyWords).toContain('ocds');
  const known = await ctx.db.query<{ word: string }>(
    sql`select word from search_words where word = any(${keyWords}::text[])`,
  );
  expect(new Set(known.map((w) => w.word))).toEqual(new Set(keyWords));
  const found = await search(ctx.db, anonymous, { q: 'ocds-test10-b' });
  expect(found.items.map((i) => i.key)).toContain('ocds-test10-b');
});

describe('spending known from payments and budget lines', () => {
  it('counts as missing in the disclosure view when no published contract covers it; bad lines are named', async () => {
    const csv = (rows: string[]) =>
      ['buyer,source,reference,supplier_register,amount,currency,date,ocid', ...rows].join('\n');
    const bad = await withFile('k.csv', csv(['no-such-body,refund,,,12x,EUROS,2025-13-45,']), (file) =>
      importKnownSpending(ctx, file, { dryRun: false }),
    );
    expect(bad.problems.map((p) => p.where)).toEqual([
      'line 2, column buyer',
      'line 2, column source',
      'line 2, column reference',
      'line 2, column amount',
      'line 2, column currency',
      'line 2, column date',
    ]);
    const good = csv([
      'ministry-of-energy,payment,GA-1,,150000000,MNT,2025-03-01,',
      'ministry-of-energy,budget-line,BL-9,,20000000,MNT,2025-03-01,',
    ]);
    const first = await withFile('k.csv', good, (file) => importKnownSpending(ctx, file, { dryRun: false }));
    expect(first).toMatchObject({ added: 2, changed: 0, unchanged: 0, problems: [] });
    const again = await withFile('k.csv', good, (file) => importKnownSpending(ctx, file, { dryRun: false }));
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    const [energy] = await ctx.db.query<{ id: number }>(
      sql`select id from organizations where slug = 'ministry-of-energy'`,
    );
    const [row] = await disclosureByBuyer(ctx, energy!.id);
    // Only the payment at or above the threshold is a missing contract.
    expect(row?.missing).toBe(1);
  });
});

// A fresh embedded database migrated in-process takes most of the time (as in cli.test.ts).
describe('shilen import ocds', { timeout: 90_000 }, () => {
  it('imports a release package of a whole process from the command line, then finds nothing new', async () => {
    const env = await isolatedDatabaseEnv();
    await withFile('road-repair.json', JSON.stringify(exampleReleasePackage()), async (file) => {
      const first = await runShilen(['import', 'ocds', file], modules, env);
      expect(first.stdout).toContain('6 added, 0 changed, 0 unchanged');
      expect(first.exitCode).toBe(0);
      const again = await runShilen(['import', 'ocds', file], modules, env);
      expect(again.stdout).toContain('0 added, 0 changed, 6 unchanged');
    });
    const list = await runShilen(['import', '--list'], modules, env);
    expect(list.stdout).toContain('ocds');
  });
});
