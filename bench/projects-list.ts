/**
 * The project list with its filters: `listProjects` (src/modules/projects/queries.ts, the query
 * behind `/projects` and `/api/v1/projects`) against the bare query in the same run — the same
 * columns, conditions, order and page, and the same count, written by hand over the tables.
 *
 *   npm run bench -- projects-list
 *   npm run bench -- projects-list --engine postgres --pg-url postgres://postgres@127.0.0.1:5432/test
 *
 * Options: --projects N (5,000), --reports N (200,000), --loans N (2,000), --samples N (200 of each
 * case), --warmup N (10), --engine pglite|postgres (pglite; postgres makes a database
 * `bench_projects_list` on the server at --pg-url and drops it at the end), --no-docs.
 *
 * Cases: no filter, and the filters sector, stage, aimag (a unit of the aimag or the aimag itself),
 * funding (a funding source) and lender (a lender's legal entity id), one at a time and together.
 * A filter the list does not declare (yet) is left out of both sides, and the report says which
 * were measured. The two sides take turns, each sample on the first page of 25 sorted by name in
 * Mongolian. Target: each case's p95 within 1.5 times the bare query's.
 */
import { projectsList } from '../src/modules/projects/lists.ts';
import { listProjects } from '../src/modules/projects/queries.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { type SqlQuery, sql } from '../src/platform/db/sql.ts';
import { benchCommand, engineOption, parseOptions, wholeOption } from './lib/args.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { benchDatabase } from './lib/projects-db.ts';
import { loadProjectsScale } from './lib/projects-scale.ts';
import { writeDocsMarkdown } from './lib/report.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Filters = Record<string, string>;

/** Each filter's condition on the bare side, over `p` (projects) and `o` (its organisation). */
const BARE: Record<string, (value: string) => SqlQuery> = {
  sector: (v) => sql`p.sector = ${v}`,
  stage: (v) => sql`p.stage = ${v}`,
  aimag: (v) =>
    sql`(p.admin_unit_code = ${v} or p.admin_unit_code in (select code from admin_units where parent_code = ${v}))`,
  funding: (v) => sql`exists (select 1 from project_funding f where f.project_id = p.id and f.source = ${v})`,
  lender: (v) => sql`(exists (select 1 from project_funding f join project_loans l on l.id = f.loan_id
    where f.project_id = p.id and l.lender_entity_id = ${Number(v)}::bigint)
    or exists (select 1 from project_loans l where l.project_id = p.id and l.lender_entity_id = ${Number(v)}::bigint))`,
};

/**
 * The bare page: the same columns as the list's page (names, bodies, unit, dates, budget, funding
 * sources), conditions, order and page, written by hand over the tables, and its count.
 */
async function bare(db: Queryable, filters: Filters) {
  const conditions = Object.entries(filters).map(([name, value]) =>
    (BARE[name] as (v: string) => SqlQuery)(value),
  );
  const where = conditions.length > 0 ? sql`where ${sql.join(conditions, ' and ')}` : sql.empty;
  return Promise.all([
    db.query(sql`select p.id, p.organization_id, p.supervising_organization_id, p.slug, p.title_mn, p.title_en,
        p.description_mn, p.description_en, p.sector, p.project_type, p.stage, p.status,
        p.budget_amount::text, p.budget_currency, to_char(p.budget_approved_on, 'YYYY-MM-DD'),
        to_char(p.planned_start, 'YYYY-MM-DD'), to_char(p.planned_end, 'YYYY-MM-DD'),
        to_char(p.actual_start, 'YYYY-MM-DD'), to_char(p.actual_end, 'YYYY-MM-DD'),
        p.admin_unit_code, coalesce(u.parent_code, u.code), u.name_mn, u.name_en,
        o.slug, o.name_mn, o.name_en, s.slug, s.name_mn, s.name_en,
        (select string_agg(distinct f.source, ',' order by f.source) from project_funding f where f.project_id = p.id),
        p.created_at, p.updated_at
      from projects p join organizations o on o.id = p.organization_id
        left join organizations s on s.id = p.supervising_organization_id
        left join admin_units u on u.code = p.admin_unit_code
      ${where}
      order by mn_sort_key(p.title_mn) collate "C", p.id limit 25`),
    db.query(
      sql`select count(*)::int as total from projects p join organizations o on o.id = p.organization_id ${where}`,
    ),
  ]);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export default async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, {
    engine: 'pglite',
    projects: '5000',
    reports: '200000',
    loans: '2000',
    samples: '200',
    warmup: '10',
  });
  const engine = engineOption(values);
  const scale = {
    projects: wholeOption(values, 'projects', 10),
    reports: wholeOption(values, 'reports', 10),
    loans: wholeOption(values, 'loans', 10),
  };
  const samples = wholeOption(values, 'samples', 10);
  const warmup = wholeOption(values, 'warmup', 0);
  const loadBefore = loadAverage();
  const { ctx, where, close } = await benchDatabase(engine, String(values['pg-url']), 'bench_projects_list');
  try {
    const loaded = await loadProjectsScale(ctx.db, scale);
    say(`loaded in ${loaded.seconds.toFixed(1)} s`);
    const [aimag] = await ctx.db.query<{ code: string }>(sql`select u.parent_code as code from projects p
      join admin_units u on u.code = p.admin_unit_code where u.parent_code is not null
      group by 1 order by count(*) desc limit 1`);
    const [lender] = await ctx.db.query<{ id: number }>(sql`select lender_entity_id as id from project_loans
      group by 1 order by count(*) desc limit 1`);
    const all: Filters = {
      sector: 'transport.road',
      stage: 'implementation',
      aimag: aimag?.code ?? '',
      funding: 'foreign-loan',
      lender: String(lender?.id ?? 0),
    };
    const declared = new Set<string>(projectsList.filters.map((f) => f.name as string));
    const measured = Object.keys(all).filter((name) => declared.has(name));
    const missing = Object.keys(all).filter((name) => !declared.has(name));
    const pick = (names: string[]): Filters =>
      Object.fromEntries(names.filter((n) => declared.has(n)).map((n) => [n, all[n] as string]));
    const cases: { name: string; filters: Filters }[] = [
      { name: 'no filter', filters: {} },
      ...measured.map((name) => ({ name: `${name}=${all[name]}`, filters: pick([name]) })),
      ...(measured.length > 1
        ? [
            { name: 'sector, stage and aimag', filters: pick(['sector', 'stage', 'aimag']) },
            { name: 'funding and lender', filters: pick(['funding', 'lender']) },
          ].filter((c) => Object.keys(c.filters).length > 1)
        : []),
    ];
    const rows: string[] = [];
    let met = true;
    for (const c of cases) {
      const platform = () =>
        listProjects(ctx.db, c.filters, { sort: 'name', page: 1, pageSize: 25, locale: 'mn' });
      const bareRun = () => bare(ctx.db, c.filters);
      const [p, b] = await Promise.all([platform(), bareRun()]);
      if (p.total !== (b[1][0] as { total: number }).total || p.items.length !== b[0].length)
        throw new Error(
          `${c.name}: the list and the bare query disagree (${p.total} vs ${JSON.stringify(b[1])})`,
        );
      for (let i = 0; i < warmup; i++) {
        await platform();
        await bareRun();
      }
      const a: number[] = [];
      const z: number[] = [];
      for (let i = 0; i < samples; i++) {
        a.push(await time(platform));
        z.push(await time(bareRun));
      }
      const ratio = percentile(a, 95) / percentile(z, 95);
      met &&= ratio <= 1.5;
      rows.push(
        `| ${c.name} | ${p.total.toLocaleString('en-US')} | ${percentile(a, 50).toFixed(2)} | ${percentile(a, 95).toFixed(2)} | ${percentile(z, 50).toFixed(2)} | ${percentile(z, 95).toFixed(2)} | **${ratio.toFixed(2)}×** | ${ratio <= 1.5 ? 'yes' : 'no'} |`,
      );
      say(rows.at(-1) as string);
    }
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${benchCommand('projects-list', argv)}\``,
      '',
      `- ${machineLine(describeMachine())}; load average ${loadBefore} before, ${loadAverage()} after`,
      `- Data: ${scale.projects.toLocaleString('en-US')} projects, ${loaded.rows.project_progress_reports?.toLocaleString('en-US')} progress reports, ${scale.loans.toLocaleString('en-US')} loans (bench/lib/projects-scale.ts) in ${where}`,
      `- ${samples} samples of each side per case, taking turns, after ${warmup} of each; first page of 25 by name (Mongolian) with its count`,
      `- Filters measured: ${measured.length > 0 ? measured.join(', ') : 'none'}${missing.length > 0 ? `; not declared by the list in this build, so left out: ${missing.join(', ')}` : ''}`,
      `- Target: p95 within 1.5 × the bare query’s: ${met ? 'met in every case' : 'not met in every case'}`,
      '',
      '| case | matches | list p50 ms | list p95 ms | bare p50 ms | bare p95 ms | p95 ratio | ≤ 1.5× |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!values['no-docs'])
      writeDocsMarkdown(
        `projects-list/${engine}`,
        `### Projects: the list with its filters — ${engine}\n\n${lines.join('\n')}`,
      );
  } finally {
    await close();
  }
}
