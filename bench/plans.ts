/**
 * Benchmark of the action plan tracker: parsing the seed document, importing a large plan, and
 * the pages people load most (the dashboard and a commitment page) over a large plan with a long
 * reporting history.
 *
 *   npm run bench -- plans                     # embedded engine (PGlite, in memory)
 *   npm run bench -- plans --engine postgres   # a fresh database on the server, dropped after
 *
 * Options: --engine pglite|postgres, --pg-url postgres://…, --priorities 20, --commitments 50
 * (per priority area), --milestones 5 (per commitment), --reports 50 (per commitment),
 * --requests 30 (per page).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { modules } from '../src/modules/index.ts';
import { publishPlan } from '../src/modules/plans/commands/publish-plan.ts';
import { importActionPlan } from '../src/modules/plans/import/import-plan.ts';
import { parsePlan } from '../src/modules/plans/import/parse-plan.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { openPglite } from '../src/platform/db/pglite.ts';
import { openPostgres } from '../src/platform/db/postgres.ts';
import { sql } from '../src/platform/db/sql.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { moduleContext, silentLog } from '../src/platform/module.ts';
import { allMigrations, prepareDatabase } from '../src/platform/setup.ts';
import { defaultPgUrl } from './lib/args.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';

const say = (text: string) => process.stdout.write(`${text}\n`);
const SEED = new URL('../src/modules/plans/demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

function timings(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];

/** A plan document in the seed's form: priority rows, commitments with organisation lists, milestone rows. */
function syntheticPlan(priorities: number, commitments: number, milestones: number): string {
  const lines = [
    '## A synthetic action plan',
    '',
    'No:\tPriorities\tCommitments / Actions\tImplementation organizations, bodies\tTimeline /2016-2018/',
  ];
  for (let p = 1; p <= priorities; p++) {
    for (let c = 1; c <= commitments; c++) {
      const head = c === 1 ? `${ROMAN[p - 1]})\t${p}.0 Priority area number ${p};` : '\t';
      lines.push(
        `${head}\t${p}.${c} Publish the registers of programme ${p}-${c} and answer citizens within the statutory period.\t<ul> <li>Ministry of Finance</li> <li>Government</li> </ul>\t2016 July`,
      );
      for (let m = 1; m <= milestones; m++)
        lines.push(
          `\t\t${p}.${c}.${m} Milestone ${m} of commitment ${p}.${c}: datasets opened and reported.\t- Ministry of Justice - Cabinet Secretariat\t2016-2018`,
        );
      if (c % 10 === 0) lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}

export default async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      engine: { type: 'string', default: 'pglite' },
      'pg-url': { type: 'string', default: defaultPgUrl },
      priorities: { type: 'string', default: '20' },
      commitments: { type: 'string', default: '50' },
      milestones: { type: 'string', default: '5' },
      reports: { type: 'string', default: '50' },
      requests: { type: 'string', default: '30' },
    },
  });
  const [P, C, M, R, N] = ['priorities', 'commitments', 'milestones', 'reports', 'requests'].map((k) =>
    Number(values[k as 'requests']),
  );
  const engine = values.engine === 'postgres' ? 'postgres' : 'pglite';
  const load0 = loadAverage();
  const started = Date.now();

  // 1. Parsing the seed, pure.
  const seedText = fs.readFileSync(SEED, 'utf8');
  for (let i = 0; i < 50; i++) parsePlan(seedText);
  const parseSamples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    parsePlan(seedText);
    parseSamples.push(performance.now() - t0);
  }
  const seedParse = timings(parseSamples);

  // 2. A large document: parse, then import into a fresh database.
  const big = syntheticPlan(P!, C!, M!);
  const t1 = performance.now();
  const parsedBig = parsePlan(big);
  const bigParse = performance.now() - t1;
  if (parsedBig.problems.length > 0)
    throw new Error(`synthetic plan has problems: ${JSON.stringify(parsedBig.problems.slice(0, 3))}`);

  let db: Database;
  let drop: (() => Promise<void>) | undefined;
  if (engine === 'postgres') {
    const name = `shilen_bench_plans_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: values['pg-url'] });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(values['pg-url']!);
    url.pathname = `/${name}`;
    db = await openPostgres(url.toString(), { max: 10 });
    drop = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else db = await openPglite();
  const config = {
    ...loadConfig({ SHILEN_PUBLIC_URL: 'http://bench.local', LOG_LEVEL: 'silent' }),
    demo: false,
  };

  const ctx = moduleContext({ config, db, log: silentLog });
  try {
    await prepareDatabase(ctx, modules);
    const app = await buildApp({
      config,
      db,
      modules,
      migrations: allMigrations(modules),
      secret: 'bench-secret-bench-secret-bench-secret-00',
    });
    await app.ready();
    const actor = systemActor('bench');
    const t2 = performance.now();
    const imported = await importActionPlan(ctx, actor, {
      bytes: new TextEncoder().encode(big),
      name: 'synthetic.txt',
    });
    const importMs = performance.now() - t2;
    if (!imported.ok || !imported.value.plan) throw new Error('the synthetic plan did not import');
    const importedPlan = imported.value.plan;
    const t3 = performance.now();
    const again = await importActionPlan(ctx, actor, {
      bytes: new TextEncoder().encode(big),
      name: 'synthetic.txt',
    });
    const againMs = performance.now() - t3;
    if (!again.ok || again.value.result !== 'unchanged') throw new Error('re-import changed something');
    const t4 = performance.now();
    await publishPlan(ctx, actor, importedPlan.slug, { ip: 'bench', requestId: 'bench' });
    const publishMs = performance.now() - t4;

    // A long reporting history: R reports per commitment, two evidence links each.
    const t5 = performance.now();
    await db.query(sql`insert into plan_progress_reports (commitment_id, organization_id, completion, narrative, reported_on)
      select c.id, (select id from organizations where slug = 'ministry-of-finance'),
        (array['not-started', 'limited', 'substantial', 'complete'])[1 + (g % 4)],
        'Report ' || g || ' on commitment ' || c.number, date '2016-01-01' + (g * 7 % 900)
      from plan_commitments c cross join generate_series(1, ${R!}) g where c.plan_id = ${importedPlan.id}`);
    await db.query(sql`insert into plan_report_evidence (report_id, kind, title_en, url, position)
      select r.id, 'link', 'Evidence ' || k, 'https://example.mn/evidence/' || r.id || '/' || k, k
      from plan_progress_reports r cross join generate_series(1, 2) k`);
    // What the report command keeps in its transaction, done here in bulk.
    await db.query(sql`update plan_commitments c set completion = 'limited',
        report_count = (select count(*) from plan_progress_reports r where r.commitment_id = c.id),
        evidence_count = (select count(*) from plan_report_evidence e join plan_progress_reports r on r.id = e.report_id
          where r.commitment_id = c.id)
      where plan_id = ${importedPlan.id}`);
    await db.exec('analyze');
    const historyMs = performance.now() - t5;
    const [counts] = await db.query<{
      reports: number;
      evidence: number;
    }>(sql`select (select count(*)::int from plan_progress_reports) as reports,
      (select count(*)::int from plan_report_evidence) as evidence`);
    const [one] = await db.query<{ id: number }>(
      sql`select id from plan_commitments where plan_id = ${importedPlan.id} order by position offset ${Math.floor((P! * C!) / 2)} limit 1`,
    );

    const measure = async (url: string) => {
      for (let i = 0; i < 3; i++) await app.inject(url);
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < N!; i++) {
        const t = performance.now();
        const res = await app.inject(url);
        samples.push(performance.now() - t);
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
        bytes = res.body.length;
      }
      return { ...timings(samples), bytes };
    };
    const slug = importedPlan.slug;
    const pages = [
      ['dashboard', `/plans/${slug}?lang=en`],
      ['commitment page', `/plans/commitments/${one!.id}?lang=en`],
      ['plan API (whole tree)', `/api/v1/plans/${slug}`],
      ['overdue list', `/plans/${slug}/overdue?lang=en`],
      ['scorecards', `/plans/${slug}/organizations?lang=en`],
      ['commitments CSV', `/datasets/plan-commitments/download.csv?plan=${slug}`],
    ] as const;
    const results: [string, string, Awaited<ReturnType<typeof measure>>][] = [];
    for (const [name, url] of pages) results.push([name, url, await measure(url)]);
    await app.close();

    const machine = describeMachine();
    const lines = [
      `### Action plan tracker — ${engine}`,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench -- plans${engine === 'postgres' ? ' --engine postgres' : ''}\``,
      '',
      `- Machine: ${machineLine(machine)}`,
      `- Code: ${machine.revision}`,
      `- Load average (1 min) of the machine: ${load0.toFixed(2)} before the run, ${loadAverage().toFixed(2)} after (other work on the machine counts too)`,
      `- Data: a synthetic plan in the seed's form, ${P} priority areas × ${C} commitments × ${M} milestones (${parsedBig.priorities.reduce((n, p) => n + p.commitments.length, 0)} commitments, ${P! * C! * M!} milestones, ${big.length.toLocaleString('en')} characters), then ${counts!.reports.toLocaleString('en')} progress reports with ${counts!.evidence.toLocaleString('en')} evidence links; the whole run ${Math.round((Date.now() - started) / 1000)} s`,
      '- Pages through `app.inject` (the whole Fastify stack, no network), one request at a time after 3 unmeasured ones',
      '',
      '| measured | p50 ms | p95 ms | max ms |',
      '| --- | ---: | ---: | ---: |',
      `| parse the seed (pure, 1,000 runs) | ${fmt(seedParse.p50)} | ${fmt(seedParse.p95)} | ${fmt(seedParse.max)} |`,
      `| parse the synthetic plan (once) | ${fmt(bigParse)} | | |`,
      `| import it into an empty database (once, one transaction) | ${fmt(importMs)} | | |`,
      `| import the same document again (unchanged, once) | ${fmt(againMs)} | | |`,
      `| publish it (search documents, dataset history; once) | ${fmt(publishMs)} | | |`,
      `| load the reporting history (SQL, once) | ${fmt(historyMs)} | | |`,
      '',
      `| page (${N} requests) | p50 ms | p95 ms | max ms | bytes |`,
      '| --- | ---: | ---: | ---: | ---: |',
      ...results.map(
        ([name, url, r]) =>
          `| ${name} \`${url.replace(slug, ':plan')}\` | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.bytes.toLocaleString('en')} |`,
      ),
      '',
    ];
    say(lines.join('\n'));
  } finally {
    await db.close();
    await drop?.();
  }
}
