import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { loadPlansDemo } from '../demo.ts';
import { importActionPlan, lineOf } from './import-plan.ts';
import { actionPlanImporter } from './importer.ts';

const SEED = new URL('../demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);
const seed = new Uint8Array(fs.readFileSync(SEED));
const ctx = await createTestContext();
const actor = systemActor('test');

const count = async (table: string) =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.id(table)}`))[0]!.n;
const tables = ['plans', 'plan_priorities', 'plan_commitments', 'plan_milestones', 'plan_item_organizations'];
const snapshot = async () =>
  Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)])));

describe('importing the seed action plan', () => {
  it('checks and counts on a dry run, writing nothing', async () => {
    const result = await importActionPlan(ctx, actor, { bytes: seed, name: 'seed.txt' }, { dryRun: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const outcome = result.value;
    expect(outcome).toMatchObject({ result: 'added' });
    expect(outcome.counts).toMatchObject({ priorities: 5, commitments: 33, milestones: 26 });
    expect(await count('plans')).toBe(0);
  });

  it('writes a draft plan with every item, organisation and date, and audits it', async () => {
    const result = await importActionPlan(ctx, actor, { bytes: seed, name: 'seed.txt' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const outcome = result.value;
    expect(outcome).toMatchObject({ result: 'added', plan: { slug: 'action-plan-2014-2015' } });
    expect(outcome.counts).toEqual({
      priorities: 5,
      commitments: 33,
      milestones: 26,
      organizationLinks: 73,
      unmatchedOrganizations: 0,
    });
    expect(outcome.unmatched).toEqual([]);
    expect(outcome.unplaced.map((u) => u.line)).toEqual([11, 20, 21, 22, 32]);
    const [plan] = await ctx.db.query<{ status: string; period_start: string; title_en: string }>(
      sql`select status, period_start, title_en from plans`,
    );
    expect(plan).toMatchObject({ status: 'draft', period_start: '2014-01-01' });
    const lead = await ctx.db.query<{
      number: string;
      slug: string;
      role: string;
    }>(sql`select m.number, o.slug, l.role
      from plan_item_organizations l join plan_milestones m on m.id = l.milestone_id
      join organizations o on o.id = l.organization_id where m.number = '3.3.1.3.1' order by l.position`);
    expect(lead.map((l) => [l.slug, l.role])).toEqual([
      ['government', 'lead'],
      ['national-audit-office', 'supporting'],
      ['ministry-of-finance', 'supporting'],
    ]);
    const [c] = await ctx.db.query<{ start_date: string; end_date: string }>(
      sql`select start_date, end_date from plan_commitments where number = '3.3.1.1'`,
    );
    expect(c).toEqual({ start_date: '2014-07-01', end_date: '2014-07-31' });
    const [audit] = await ctx.db.query<{ action: string; subject_id: string }>(
      sql`select action, subject_id from audit_log where action = 'plans.import'`,
    );
    expect(audit).toEqual({ action: 'plans.import', subject_id: 'action-plan-2014-2015' });
  });

  it('changes nothing when the same document is imported again', async () => {
    const before = await snapshot();
    const [{ updated_at: stamp }] = (await ctx.db.query<{ updated_at: Date }>(
      sql`select updated_at from plans`,
    )) as [{ updated_at: Date }];
    const outcome = await importActionPlan(ctx, actor, { bytes: seed, name: 'again.txt' });
    expect(outcome.ok && outcome.value.result).toBe('unchanged');
    expect(await snapshot()).toEqual(before);
    const [row] = await ctx.db.query<{ updated_at: Date; source_name: string }>(
      sql`select updated_at, source_name from plans`,
    );
    expect(row).toEqual({ updated_at: stamp, source_name: 'seed.txt' });
  });

  it('reports through the CLI frame: counts and what to review', async () => {
    const dir = fs.mkdtempSync('/tmp/plans-import-');
    const file = `${dir}/plan.txt`;
    fs.writeFileSync(file, seed);
    const report = await actionPlanImporter.run(ctx, file, { dryRun: false });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: 64, problems: [] });
    expect(report.notes).toContainEqual({
      where: 'line 11',
      message:
        'not placed: "Commissary." (after a page break, it continues nothing in its column on the row before)',
    });
  });

  it('replaces a draft with a new version of its document', async () => {
    const changed = new TextEncoder().encode(
      new TextDecoder()
        .decode(seed)
        .replace(
          '3.3.3.7. Strengthen the capacity of citizens',
          '3.3.3.7. Strengthen the legal capacity of citizens',
        ),
    );
    const outcome = await importActionPlan(ctx, actor, { bytes: changed, name: 'v2.txt' });
    expect(outcome.ok && outcome.value.result).toBe('replaced');
    expect(await count('plans')).toBe(1);
    expect(await count('plan_commitments')).toBe(33);
    const [row] = await ctx.db.query<{ title_en: string }>(
      sql`select title_en from plan_commitments where number = '3.3.3.7'`,
    );
    expect(row?.title_en).toBe('Strengthen the legal capacity of citizens');
  });
});

describe('bad documents write nothing and say why', () => {
  const header = 'No\tPriorities\tCommitments / Actions\tImplementation organizations\tTimeline\n';
  const cases: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(), /empty/],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n'), /PDF file/],
    [
      'UTF-16',
      new Uint8Array(iconv.encode(`\ufeff${header}I)\tArea\t1.1 One\tGovernment\t2014`, 'utf16le')),
      /UTF-16/,
    ],
    [
      'Windows-1251',
      new Uint8Array(
        iconv.encode(`${header}I)\tИл тод байдал\t1.1 Засгийн газрын хэрэг\tЗасгийн газар\t2014`, 'win1251'),
      ),
      /Windows-1251/,
    ],
    ['no numbering', new TextEncoder().encode(`${header}a\tb\tc\td\t2014\n`), /no numbered priority areas/],
    [
      'a duplicate number',
      new TextEncoder().encode(
        `${header}I)\tArea\t1.1 One\tGovernment\t2014\n\t\t1.1 Two\tGovernment\t2014\n`,
      ),
      /1\.1 is used again/,
    ],
    [
      'a date that is not a date',
      new TextEncoder().encode(`${header}I)\tArea\t1.1 One\tGovernment\tnext spring\n`),
      /not a date/,
    ],
  ];
  it.each(cases)('%s', async (_name, bytes, message) => {
    const before = await snapshot();
    const outcome = await importActionPlan(ctx, actor, { bytes, name: 'bad.txt' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => lineOf(p).message).join('\n')).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the demo plan', () => {
  it('loads without the web app (as at start), published, and again without change', async () => {
    const demo = await createTestContext();
    expect(await loadPlansDemo(demo)).toEqual({
      plans: 1,
      commitments: 33,
      milestones: 26,
      committeeMembers: 4,
    });
    const versions = (
      await demo.db.query<{ n: number }>(sql`select count(*)::int as n from record_versions`)
    )[0]!.n;
    // The committee's members are added once: a second run finds their terms recorded.
    expect(await loadPlansDemo(demo)).toEqual({
      plans: 1,
      commitments: 33,
      milestones: 26,
      committeeMembers: 0,
    });
    const [plan] = await demo.db.query<{ status: string }>(sql`select status from plans`);
    expect(plan?.status).toBe('published');
    expect(
      (await demo.db.query<{ n: number }>(sql`select count(*)::int as n from record_versions`))[0]!.n,
    ).toBe(versions);
    const [unnumbered] = await demo.db.query<{ n: number }>(
      sql`select count(*)::int as n from plan_commitments where number is null`,
    );
    expect(unnumbered?.n).toBe(0);
  });
});
