import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  /** PostgreSQL server version, when a server was used. */
  postgres?: string;
  /** The code measured: commit, and whether the working tree had uncommitted changes. */
  revision: string;
}

/** The machine a run happened on, as it is written next to its figures. */
export function describeMachine(): Machine {
  let cpus = os.availableParallelism();
  try {
    cpus = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cpus;
  } catch {}
  let release = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) release = `${pretty[1]}, ${os.type()} ${os.release()}`;
  } catch {}
  return {
    cpus,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: release,
    node: process.version,
    revision: revision(),
  };
}

function revision(): string {
  try {
    const run = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = run('rev-parse', '--short', 'HEAD');
    const dirty = run('status', '--porcelain', '--untracked-files=no', '--', 'src') !== '';
    return `commit ${commit}${dirty ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function machineLine(m: Machine): string {
  return [
    `${m.cpus} CPU (${m.cpuModel})`,
    `${m.memoryGiB} GiB RAM`,
    m.os,
    `Node ${m.node}`,
    ...(m.postgres ? [`PostgreSQL ${m.postgres}`] : []),
  ].join(', ');
}

/** The 1-minute load average, to tell a quiet machine from a busy one. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

/** A warning when other work is running: figures from a busy machine mislead. */
export function warnIfBusy(say: (text: string) => void): number {
  const load = loadAverage();
  if (load > 1)
    say(`  warning: load average ${load} before the run — other work on this machine will skew the figures`);
  return load;
}
