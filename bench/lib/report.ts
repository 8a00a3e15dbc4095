import fs from 'node:fs';
import path from 'node:path';
import type { Summary } from './load.ts';
import { type Machine, machineLine } from './machine.ts';
import { repoRoot } from './server.ts';

export interface SeriesRow {
  server: string;
  summary: Summary;
  /** requests/s as a fraction of the ceiling's at the same connection count. */
  ofCeiling?: number;
  /** The ceiling's stack CPU per request over this one's (see stackCpuMs). */
  ofCeilingByCpu?: number;
}

export interface BenchReport {
  /** Section key in docs/benchmarks.md, e.g. `organizations-list/postgres`. */
  id: string;
  title: string;
  date: string;
  machine: Machine;
  command: string;
  /** Bullet lines: data, request, servers, method. */
  facts: string[];
  rows: SeriesRow[];
  /** Peak RSS (VmHWM) of each server over the whole run, MiB. */
  peakRss: Record<string, number>;
  /** One line that answers the question the benchmark asks. */
  verdict?: string;
  /** More markdown after the table (profiles). */
  appendix?: string;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const whole = (n: number) => Math.round(n).toLocaleString('en-US');

function cells(row: SeriesRow): string[] {
  const s = row.summary;
  return [
    String(s.connections),
    row.server,
    whole(s.rps),
    s.roundRps.map(whole).join(' / '),
    row.ofCeiling === undefined ? '' : `${fixed(row.ofCeiling * 100)} %`,
    row.ofCeilingByCpu === undefined ? '' : `${fixed(row.ofCeilingByCpu * 100)} %`,
    fixed(s.latencyMs.p50),
    fixed(s.latencyMs.p90),
    fixed(s.latencyMs.p99),
    fixed(s.latencyMs.max),
    fixed(s.serverCpuMsPerRequest, 3),
    s.dbCpuMsPerRequest === undefined ? '–' : fixed(s.dbCpuMsPerRequest, 3),
    fixed(s.loadCpuMsPerRequest, 3),
    fixed(s.machineCpuMsPerRequest, 3),
    `${fixed(s.machineBusy * 100, 0)} %`,
    whole(s.bytesPerResponse),
    `${s.errors + s.timeouts} / ${s.non2xx}`,
  ];
}

const headings = [
  'conns',
  'server',
  'req/s',
  'req/s per round',
  '% of ceiling',
  'CPU-cost ratio',
  'p50 ms',
  'p90 ms',
  'p99 ms',
  'max ms',
  'server CPU ms/req',
  'DB CPU ms/req',
  'load gen CPU ms/req',
  'all CPU ms/req',
  'machine busy',
  'bytes/resp',
  'errors / non-2xx',
];

/** The table on the terminal. */
export function printReport(report: BenchReport): void {
  const table = [headings, ...report.rows.map(cells)];
  const widths = headings.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [
    '',
    `${report.title} — ${report.date}`,
    machineLine(report.machine),
    `code: ${report.machine.revision}`,
    ...report.facts.map((f) => `- ${f}`),
    '',
    ...(report.rows.length ? [line(table[0]!), ...table.slice(1).map(line), ''] : []),
    ...(Object.keys(report.peakRss).length
      ? [
          `peak RSS: ${Object.entries(report.peakRss)
            .map(([name, mib]) => `${name} ${fixed(mib)} MiB`)
            .join(', ')}`,
        ]
      : []),
    ...(report.verdict ? [report.verdict] : []),
    ...(report.rows.length ? [] : [report.appendix ?? '']),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

export function renderMarkdown(report: BenchReport): string {
  const row = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    `### ${report.title}`,
    '',
    `Measured ${report.date} with \`${report.command}\``,
    '',
    `- Machine: ${machineLine(report.machine)}`,
    `- Code: ${report.machine.revision}`,
    ...report.facts.map((f) => `- ${f}`),
    ...(Object.keys(report.peakRss).length
      ? [
          `- Peak RSS (VmHWM over the whole run): ${Object.entries(report.peakRss)
            .map(([name, mib]) => `${name} ${fixed(mib)} MiB`)
            .join(', ')}`,
        ]
      : []),
    '',
    ...(report.rows.length
      ? [
          row(headings),
          row(headings.map((_, i) => (i < 2 ? '---' : '---:'))),
          ...report.rows.map((r) => row(cells(r))),
          '',
        ]
      : []),
    ...(report.verdict ? [`**${report.verdict}**`, ''] : []),
    ...(report.appendix ? [report.appendix, ''] : []),
  ].join('\n');
}

export const docsFile = path.join(repoRoot, 'docs', 'benchmarks.md');

/**
 * Writes the report's section of docs/benchmarks.md: replaces what is between its markers, or
 * adds it before `<!-- results:end -->` (or at the end) the first time.
 */
export function writeDocsSection(report: BenchReport, file = docsFile): void {
  writeDocsMarkdown(report.id, renderMarkdown(report), file);
}

/** Writes one results section (any markdown) of docs/benchmarks.md under its markers. */
export function writeDocsMarkdown(id: string, markdown: string, file = docsFile): void {
  const start = `<!-- results:${id} -->`;
  const end = `<!-- /results:${id} -->`;
  const section = `${start}\n${markdown}${end}`;
  let text = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : '# Benchmarks\n\n## Results\n\n<!-- results:end -->\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + section + text.slice(to + end.length);
  else {
    const tail = text.indexOf('<!-- results:end -->');
    text =
      tail >= 0
        ? `${text.slice(0, tail)}${section}\n\n${text.slice(tail)}`
        : `${text.trimEnd()}\n\n${section}\n`;
  }
  fs.writeFileSync(file, text);
}

/** The full figures as JSON under bench/results/ (ignored by git). */
export function saveJson(report: BenchReport, extra: unknown = {}): string {
  const dir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.id.replaceAll('/', '_')}-${report.date.replace(/[: ]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...report, ...(extra as object) }, null, 2)}\n`);
  return file;
}
