/**
 * The projects register's bulk files: every project as one OC4IDS package and every loan or grant
 * as IATI activities, each built batch by batch from the database (src/modules/projects/standards),
 * against the bare baseline in the same run: the same tables' rows read by keyset batches and
 * written as CSV with no other work.
 *
 *   npm run bench -- projects-bulk
 *   npm run bench -- projects-bulk --engine postgres --pg-url postgres://postgres@127.0.0.1:5432/test
 *
 * Run with `node --expose-gc bench/run.ts projects-bulk` to read the heap after a full collection
 * at ¼, ½ and ¾ (what the stream holds), not the heap as garbage left it.
 *
 * Options: --projects N (5,000), --reports N (200,000), --loans N (2,000), --runs N (2 of each),
 * --engine pglite|postgres (pglite; postgres makes a database `bench_projects_bulk` on the server
 * at --pg-url and drops it at the end), --no-docs.
 *
 * Each file is streamed through a Node stream into a sink that counts its bytes, as the route
 * streams it to the client. Figures: seconds, MiB, the source rows per second (the same rows for
 * a standard file and its CSV baseline: the rate of writing them as CSV is the yardstick), the
 * process's resident set at ¼, ½ and ¾ of the file and at its peak, and the V8 heap in use at the
 * same points. Target: each standard file at no less than half the rate of its CSV baseline, with
 * memory flat (the resident set and the heap not climbing from ¼ to ¾).
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import { allActivities } from '../src/modules/projects/standards/iati.ts';
import { allProjectsPackage } from '../src/modules/projects/standards/oc4ids.ts';
import { BATCH } from '../src/modules/projects/standards/rows.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { benchCommand, engineOption, parseOptions, wholeOption } from './lib/args.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { benchDatabase } from './lib/projects-db.ts';
import { loadProjectsScale } from './lib/projects-scale.ts';
import { writeDocsMarkdown } from './lib/report.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const MiB = 2 ** 20;
const CSV_BATCH = 5000;

/** A table the baseline writes: its rows (`select`), keyed by `key` in order. */
interface Source {
  select: string;
  key: string[];
}

/** The rows an OC4IDS package is built from. */
const OC4IDS_SOURCES: Source[] = [
  { select: 'select * from projects', key: ['id'] },
  { select: 'select * from project_locations', key: ['id'] },
  { select: 'select * from project_progress_reports', key: ['id'] },
  { select: 'select * from project_milestones', key: ['id'] },
  { select: 'select * from project_documents', key: ['id'] },
  { select: 'select * from project_feasibility_studies', key: ['id'] },
  { select: 'select * from project_contracts', key: ['id'] },
  { select: 'select * from project_funding where loan_id is not null', key: ['id'] },
  { select: 'select * from project_loans', key: ['id'] },
  { select: 'select * from project_loan_disbursements', key: ['id'] },
];

/** The rows IATI activities are built from. */
const IATI_SOURCES: Source[] = [
  { select: 'select * from project_loans', key: ['id'] },
  {
    select:
      'select p.* from projects p where exists (select 1 from project_loans l where l.project_id = p.id)',
    key: ['id'],
  },
  { select: 'select * from project_loan_disbursements', key: ['id'] },
  { select: 'select * from project_loan_repayments', key: ['id'] },
  { select: 'select * from project_loan_schedule', key: ['loan_id', 'seq'] },
];

const cast = {
  date: (d: Date) => d.toISOString(),
  object: (o: object) => JSON.stringify(o),
  boolean: (b: boolean) => (b ? 'true' : 'false'),
};

/** The bare baseline: each source's rows by keyset batches, written as CSV, nothing else. */
async function* csvOf(db: Queryable, sources: readonly Source[]): AsyncGenerator<string> {
  for (const source of sources) {
    const keys = source.key.join(', ');
    let last: unknown[] | null = null;
    let header = true;
    for (;;) {
      const params = last ?? [];
      const where = last ? `where (${keys}) > (${source.key.map((_, i) => `$${i + 1}`).join(', ')})` : '';
      const rows: Record<string, unknown>[] = await db.queryText(
        `select * from (${source.select}) t ${where} order by ${keys} limit ${CSV_BATCH}`,
        params,
      );
      if (rows.length === 0) break;
      yield stringify(rows, { header, cast });
      header = false;
      if (rows.length < CSV_BATCH) break;
      const tail = rows[rows.length - 1] as Record<string, unknown>;
      last = source.key.map((k) => tail[k]);
    }
  }
}

async function countRows(
  db: Queryable,
  sources: readonly Source[],
): Promise<{ rows: number; batches: number }> {
  let rows = 0;
  let batches = 0;
  for (const s of sources) {
    const [row] = await db.queryText<{ n: number }>(`select count(*)::int as n from (${s.select}) t`);
    rows += row?.n ?? 0;
    batches += Math.max(1, Math.ceil((row?.n ?? 0) / CSV_BATCH));
  }
  return { rows, batches };
}

interface Measured {
  name: string;
  rows: number;
  bytes: number;
  seconds: number;
  rssAt: number[];
  rssMax: number;
  heapAt: number[];
  heapMax: number;
}

/** Streams `chunks` into a counting sink, sampling memory every 50 ms and at ¼, ½, ¾ of `expectedChunks`. */
async function measure(
  name: string,
  rows: number,
  expectedChunks: number,
  chunks: AsyncIterable<string>,
): Promise<Measured> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  let bytes = 0;
  let seen = 0;
  const marks = [0.25, 0.5, 0.75];
  const rssAt: number[] = [];
  const heapAt: number[] = [];
  let rssMax = 0;
  let heapMax = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rssMax = Math.max(rssMax, m.rss);
    heapMax = Math.max(heapMax, m.heapUsed);
    return m;
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  await pipeline(
    Readable.from(chunks),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        seen += 1;
        while (marks.length > 0 && seen >= expectedChunks * (marks[0] as number)) {
          marks.shift();
          // With --expose-gc, the heap is read after a full collection: what the stream holds.
          gc?.();
          const m = sample();
          rssAt.push(m.rss);
          heapAt.push(m.heapUsed);
        }
        done();
      },
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  return { name, rows, bytes, seconds, rssAt, rssMax, heapAt, heapMax };
}

const mib = (n: number) => (n / MiB).toFixed(1);

export default async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, {
    engine: 'pglite',
    projects: '5000',
    reports: '200000',
    loans: '2000',
    runs: '2',
  });
  const engine = engineOption(values);
  const scale = {
    projects: wholeOption(values, 'projects', 10),
    reports: wholeOption(values, 'reports', 10),
    loans: wholeOption(values, 'loans', 10),
  };
  const runs = wholeOption(values, 'runs', 1);
  const loadBefore = loadAverage();
  const { ctx, where, close } = await benchDatabase(engine, String(values['pg-url']), 'bench_projects_bulk');
  try {
    say(`loading ${scale.projects} projects, ${scale.reports} reports, ${scale.loans} loans into ${where}…`);
    const loaded = await loadProjectsScale(ctx.db, scale);
    say(`loaded in ${loaded.seconds.toFixed(1)} s: ${JSON.stringify(loaded.rows)}`);
    const oc4idsRows = await countRows(ctx.db, OC4IDS_SOURCES);
    const iatiRows = await countRows(ctx.db, IATI_SOURCES);
    const pack = ctx.country.projects;
    const now = new Date();
    const iatiOptions = {
      pack,
      country: ctx.country.code.toUpperCase(),
      asOf: now.toISOString().slice(0, 10),
      generatedAt: now,
    };
    const problems: string[] = [];
    const cases = [
      {
        name: '`/projects/oc4ids.json` (OC4IDS, every project checked by the own encoding)',
        rows: oc4idsRows.rows,
        chunks: Math.ceil(scale.projects / BATCH) + 2,
        run: () =>
          allProjectsPackage(ctx.db, {
            pack,
            publicUrl: ctx.config.publicUrl,
            onProblem: (slug, p) => problems.push(`${slug}: ${p}`),
          }),
      },
      {
        name: 'CSV of the same rows (baseline for OC4IDS)',
        rows: oc4idsRows.rows,
        chunks: oc4idsRows.batches,
        run: () => csvOf(ctx.db, OC4IDS_SOURCES),
      },
      {
        name: '`/projects/iati-activities.xml` (IATI 2.03)',
        rows: iatiRows.rows,
        chunks: Math.ceil(scale.loans / BATCH) + 2,
        run: () => allActivities(ctx.db, iatiOptions),
      },
      {
        name: 'CSV of the same rows (baseline for IATI)',
        rows: iatiRows.rows,
        chunks: iatiRows.batches,
        run: () => csvOf(ctx.db, IATI_SOURCES),
      },
    ];
    const results: Measured[] = [];
    for (let r = 0; r < runs; r++)
      for (const c of cases) {
        const m = await measure(c.name, c.rows, c.chunks, c.run());
        say(`${c.name}: ${m.seconds.toFixed(2)} s, ${mib(m.bytes)} MiB, RSS max ${mib(m.rssMax)} MiB`);
        results.push(m);
      }
    if (problems.length > 0)
      throw new Error(`projects left out by the own encoding: ${problems.slice(0, 3).join('; ')}`);

    const best = (name: string) => Math.min(...results.filter((m) => m.name === name).map((m) => m.seconds));
    const ratio = (standard: string, baseline: string) => best(baseline) / best(standard);
    const oc4idsRatio = ratio(cases[0]!.name, cases[1]!.name);
    const iatiRatio = ratio(cases[2]!.name, cases[3]!.name);
    const lines = [
      `Measured ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${benchCommand('projects-bulk', argv)}\``,
      '',
      `- ${machineLine(describeMachine())}; load average ${loadBefore} before, ${loadAverage()} after`,
      `- Data: ${Object.entries(loaded.rows)
        .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
        .join(', ')}; written by bench/lib/projects-scale.ts in ${loaded.seconds.toFixed(1)} s into ${where}`,
      `- Each file streamed in the benchmark’s process (the route’s own generator through a Node stream into a sink that counts bytes); memory is the whole process (with PGlite, the database too); heap at ¼ / ½ / ¾ ${(globalThis as { gc?: () => void }).gc ? 'after a full garbage collection (--expose-gc)' : 'as sampled (no --expose-gc)'}`,
      `- Source rows: ${oc4idsRows.rows.toLocaleString('en-US')} for OC4IDS (projects and every row hanging off them), ${iatiRows.rows.toLocaleString('en-US')} for IATI (loans, their projects, disbursements, repayments, schedules); the CSV baseline writes the same rows`,
      `- Target: each standard file at ≥ 0.5 × its CSV baseline’s rate (best run of each): OC4IDS **${oc4idsRatio.toFixed(2)}×** ${oc4idsRatio >= 0.5 ? '(met)' : '(not met)'}, IATI **${iatiRatio.toFixed(2)}×** ${iatiRatio >= 0.5 ? '(met)' : '(not met)'}; memory flat (RSS and heap at ¼ / ½ / ¾ below)`,
      '',
      '| file | MiB | seconds | source rows/s | RSS at ¼ / ½ / ¾ MiB | RSS max MiB | heap at ¼ / ½ / ¾ MiB | heap max MiB |',
      '| --- | ---: | ---: | ---: | --- | ---: | --- | ---: |',
      ...results.map(
        (m) =>
          `| ${m.name} | ${mib(m.bytes)} | ${m.seconds.toFixed(2)} | ${Math.round(m.rows / m.seconds).toLocaleString('en-US')} | ${m.rssAt.map(mib).join(' / ')} | ${mib(m.rssMax)} | ${m.heapAt.map(mib).join(' / ')} | ${mib(m.heapMax)} |`,
      ),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!values['no-docs'])
      writeDocsMarkdown(
        `projects-bulk/${engine}`,
        `### Projects: OC4IDS and IATI bulk files — ${engine}\n\n${lines.join('\n')}`,
      );
  } finally {
    await close();
  }
}
