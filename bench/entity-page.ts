/**
 * Benchmark: a legal entity's page against the bare queries that read the same rows, in the same
 * run: procurement's part of it (the entity's own row and family, `entityFacts`, then
 * `procurementEntitySection` rendered to an HTML string) and the whole page `/legal-entities/:id`
 * through Fastify's `inject`. The bare side runs the same SQL as plain text on the same database
 * handle and renders nothing.
 *
 *   npm run bench -- entity-page                    # a fresh database on the PostgreSQL server, dropped after
 *   npm run bench -- entity-page --engine pglite    # embedded engine (loading 100,000 rows takes minutes)
 *
 * Options: --engine postgres|pglite (default postgres), --pg-url URL, --contracts 100000 (processes with one contract
 * each, by SQL as the procurement list benchmark loads them), --won 1000 (the entity's contracts,
 * a tenth of them under an entity merged into it), --rounds 300 (timed renders of each side,
 * taking turns), --no-docs.
 */
import { modules } from '../src/modules/index.ts';
import { procurementEntitySection } from '../src/modules/procurement/entity-section.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { sql } from '../src/platform/db/sql.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { translator } from '../src/platform/i18n/index.ts';
import { openContext } from '../src/platform/runtime.ts';
import { allMigrations } from '../src/platform/setup.ts';
import { percentile, startBench } from './lib/harness.ts';
import { loadSyntheticProcesses } from './lib/procurement-data.ts';

const ROOT = { scheme: 'MN-SRN', identifier: '9000001' };

/** The entity's row and the ids merged into it: what the entity page reads before the modules' sections. */
async function entityFacts(db: Queryable, id: number) {
  const [entity] = await db.query<Record<string, unknown>>(sql`
    select id, scheme, identifier, kind, name_mn, name_en, status, registered_on, merged_into
    from legal_entities where id = ${id}`);
  const family = await db.query<{ id: number }>(
    sql`select id from legal_entities where id = ${id} or merged_into = ${id} order by id`,
  );
  return { entity, family: family.map((r) => Number(r.id)) };
}

/** The same statements as plain SQL text with `$n` parameters: the entity, its family, its totals and its latest ten contracts. */
async function bareQueries(db: Queryable, id: number) {
  const entity = await db.queryText(
    `select id, scheme, identifier, kind, name_mn, name_en, status, registered_on, merged_into
    from legal_entities where id = $1`,
    [id],
  );
  const family = (
    await db.queryText<{ id: number }>(
      'select id from legal_entities where id = $1 or merged_into = $1 order by id',
      [id],
    )
  ).map((r) => Number(r.id));
  const [totals, latest] = await Promise.all([
    db.queryText(
      `select c.currency, count(*)::int as contracts, sum(c.value) as total
      from procurement_contracts c where c.supplier_id = any($1::bigint[]) group by 1 order by 2 desc, 1`,
      [family],
    ),
    db.queryText(
      `select p.ocid, c.contract_id, p.title, p.buyer_name, o.slug, c.value::text, c.currency,
        to_char(coalesce(c.date_signed, c.award_date) at time zone 'UTC', 'YYYY-MM-DD')
      from procurement_contracts c join procurement_processes p on p.id = c.process_id
      left join organizations o on o.id = c.buyer_id
      where c.supplier_id = any($1::bigint[])
      order by coalesce(c.date_signed, c.award_date) desc nulls last, c.process_id desc, c.contract_id limit 10`,
      [family],
    ),
  ]);
  return { entity, totals, latest };
}

/** Every contract of the family with its process and buyer, as plain SQL text: reading all the related records. */
const allContracts = (db: Queryable, family: readonly number[]) =>
  db.queryText(
    `select p.ocid, c.contract_id, p.title, p.buyer_name, o.slug, c.value::text, c.currency, c.date_signed, c.award_date
    from procurement_contracts c join procurement_processes p on p.id = c.process_id
    left join organizations o on o.id = c.buyer_id
    where c.supplier_id = any($1::bigint[])`,
    [family],
  );

/** The entity of `won` contracts: every (contracts / won)-th process goes to it, a tenth of those to its alias. */
async function loadEntity(db: Queryable, contracts: number, won: number): Promise<string> {
  const [root] = await db.query<{ id: number }>(sql`
    insert into legal_entities (scheme, identifier, name_mn, name_en, registered_on)
    values (${ROOT.scheme}, ${ROOT.identifier}, 'Бенчмарк Зам ХХК', 'Benchmark Zam LLC', '2011-04-01') returning id`);
  const [alias] = await db.query<{ id: number }>(sql`
    insert into legal_entities (scheme, identifier, name_en, merged_into)
    values ('unidentified', 'benchmark zam', 'Benchmark Zam', ${root!.id}) returning id`);
  // The synthetic processes' OCIDs (loadSyntheticProcesses): every step-th goes to the entity.
  const step = Math.floor(contracts / won);
  const chosen = sql`select 'ocds-mn0001-s-' || lpad((g * ${step}::int)::text, 7, '0') as ocid,
      case when g % 10 = 0 then ${alias!.id}::bigint else ${root!.id}::bigint end as supplier
    from generate_series(1, ${won}::int) g`;
  await db.query(sql`update procurement_processes p set supplier_id = x.supplier
    from (${chosen}) x where p.ocid = x.ocid`);
  await db.query(sql`update procurement_contracts c set supplier_id = p.supplier_id
    from procurement_processes p where p.id = c.process_id and p.supplier_id in (${root!.id}, ${alias!.id})`);
  return `; the benchmark's entity (${ROOT.scheme} ${ROOT.identifier}) won ${won.toLocaleString('en-US')} of them, ${Math.floor(won / 10)} under an entity merged into it`;
}

export default async function main(argv: string[]): Promise<void> {
  const bench = startBench('entity-page', argv, {
    engine: 'postgres',
    contracts: '100000',
    won: '1000',
    rounds: '300',
  });
  const engine = bench.engine();
  const contracts = bench.whole('contracts', 1000);
  const won = bench.whole('won', 10);
  const rounds = bench.whole('rounds', 10);
  const data = await bench.prepare(
    engine,
    async (db) => (await loadSyntheticProcesses(db, contracts)) + (await loadEntity(db, contracts, won)),
  );
  const ctx = await openContext(
    loadConfig({ ...data.shilenEnv, LOG_LEVEL: 'warn', SHILEN_DEMO: 'false', DATABASE_POOL_MAX: '4' }),
    modules,
  );
  const t = translator('mn');
  const shilen: number[] = [];
  const bare: number[] = [];
  const all: number[] = [];
  const whole: number[] = [];
  let bytes = 0;
  let pageBytes = 0;
  const app = await buildApp({
    config: ctx.config,
    db: ctx.db,
    modules,
    migrations: allMigrations(modules),
    secret: 'bench-secret-bench-secret-bench-secret-0',
  });
  await app.ready();
  try {
    const [row] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entities where scheme = ${ROOT.scheme} and identifier = ${ROOT.identifier}`,
    );
    const id = Number(row!.id);
    const page = async () => {
      const { family } = await entityFacts(ctx.db, id);
      const section = await procurementEntitySection(ctx, { id, family }, t);
      return { count: section?.count ?? 0, html: String(section?.html ?? ''), family };
    };
    // The whole page as a reader gets it: every module's section, the layout, through Fastify.
    const served = async () => {
      const response = await app.inject({ method: 'GET', url: `/legal-entities/${id}` });
      if (response.statusCode !== 200)
        throw new Error(`/legal-entities/${id} answered ${response.statusCode}`);
      return response.body;
    };
    const first = await page();
    if (first.count !== won) throw new Error(`the section counts ${first.count} contracts, not ${won}`);
    bytes = first.html.length;
    const firstPage = await served();
    if (!firstPage.includes(t.number(won))) throw new Error(`the page does not show the ${won} contracts`);
    pageBytes = firstPage.length;
    for (let i = 0; i < 30; i++) {
      await served();
      await page();
      await bareQueries(ctx.db, id);
      await allContracts(ctx.db, first.family);
    }
    // Taking turns, so that whatever else the machine does falls on both alike.
    for (let i = 0; i < rounds; i++) {
      const a = performance.now();
      await page();
      const b = performance.now();
      await bareQueries(ctx.db, id);
      const c = performance.now();
      const rows = await allContracts(ctx.db, first.family);
      const d = performance.now();
      await served();
      const e = performance.now();
      if (rows.length !== won) throw new Error(`read ${rows.length} contracts, not ${won}`);
      shilen.push(b - a);
      bare.push(c - b);
      all.push(d - c);
      whole.push(e - d);
    }
  } finally {
    await app.close();
    await ctx.db.close();
    await data.cleanup();
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    };
  };
  const s = stats(shilen);
  const b = stats(bare);
  const r = stats(all);
  const w = stats(whole);
  const ratio = s.p50 / b.p50;
  const pageRatio = w.p50 / b.p50;
  const ms = (x: number) => x.toFixed(2);
  bench.publish(
    `entity-page/${engine}`,
    `### A legal entity's page and its procurement section — ${engine}

${bench.measured}

${bench.machineLines().join('\n')}
- Data: ${data.loaded}
- Timed, ${rounds} times each, taking turns after 30 unmeasured: **section** = the entity's row and family (\`entityFacts\`) then \`procurementEntitySection\` (count and totals per currency over the family's contracts, the latest ten with process and buyer) rendered to an HTML string of ${bytes.toLocaleString('en-US')} characters; **bare** = the same four statements as plain SQL text on the same database handle, nothing rendered; **all contracts** = one bare statement reading every contract of the family with its process and buyer (what a page listing all of them would read). **whole page** = \`GET /legal-entities/:id\` through Fastify's \`inject\` (${pageBytes.toLocaleString('en-US')} characters): the entity's facts, sources and names, every module's section, the layout.

| | p50 ms | p95 ms | mean ms |
| --- | ---: | ---: | ---: |
| section | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.mean)} |
| bare queries | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.mean)} |
| bare, all ${won.toLocaleString('en-US')} contracts read (informative) | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.mean)} |
| whole page | ${ms(w.p50)} | ${ms(w.p95)} | ${ms(w.mean)} |

**Section at ${ratio.toFixed(2)}× the bare queries (p50; target within 2×: ${ratio <= 2 ? 'met' : 'NOT met'}); ${(s.p50 / r.p50).toFixed(2)}× the bare read of all ${won.toLocaleString('en-US')} contracts; the whole page at ${pageRatio.toFixed(2)}× the bare queries and ${(w.p50 / r.p50).toFixed(2)}× the bare read of all the contracts**

`,
  );
}

if (import.meta.main) await main(process.argv.slice(2));
