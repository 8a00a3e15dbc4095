import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  /** Sampled ms that were not idle. */
  busyMs: number;
  /** Self time by package / source file / runtime bucket, largest first. */
  byPlace: { place: string; ms: number; share: number }[];
  /** Self time by function, largest first. */
  byFunction: { fn: string; ms: number; share: number }[];
  /** Inclusive time of frames whose place matches, e.g. everything under @fastify/compress. */
  inclusive: Record<string, { ms: number; share: number }>;
}

/** Where a frame lives: an npm package, a file of this repository, a Node internal or a VM bucket. */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const local = url.replace(/^file:\/\//, '');
  return local.startsWith(repoRoot) ? path.relative(repoRoot, local) : local;
}

/** Reads a .cpuprofile written by `node --cpu-prof` and adds up self and inclusive time. */
export function summariseProfile(file: string, inclusivePlaces: readonly string[] = []): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const places = new Map<string, number>();
  const fns = new Map<string, number>();
  const inclusive = new Map<string, number>(inclusivePlaces.map((p) => [p, 0]));
  let busy = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    // Inclusive: charge this sample to each asked-for place found on its stack, once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const p = placeOf(frame.url, frame.functionName);
      for (const wanted of inclusivePlaces) {
        if (!seen.has(wanted) && (p === wanted || p.startsWith(`${wanted}/`))) {
          seen.add(wanted);
          inclusive.set(wanted, (inclusive.get(wanted) ?? 0) + us);
        }
      }
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, us]) => ({ k, ms: us / 1000, share: us / busy }));
  return {
    file,
    busyMs: busy / 1000,
    byPlace: sorted(places).map(({ k, ms, share }) => ({ place: k, ms, share })),
    byFunction: sorted(fns).map(({ k, ms, share }) => ({ fn: k, ms, share })),
    inclusive: Object.fromEntries(
      [...inclusive.entries()].map(([k, us]) => [k, { ms: us / 1000, share: busy ? us / busy : 0 }]),
    ),
  };
}

/**
 * The profile as markdown tables; with `requests` (answered while profiled), each line also in
 * microseconds of this process's CPU per request.
 */
export function profileMarkdown(name: string, s: ProfileSummary, requests?: number, top = 15): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const per = (ms: number) => (requests ? ` | ${((ms * 1000) / requests).toFixed(0)}` : '');
  const head = requests ? ' | µs/req |\n| --- | ---: | ---: |' : ' |\n| --- | ---: |';
  return [
    `#### CPU profile: ${name} (${(s.busyMs / 1000).toFixed(1)} s busy${requests ? `, ${requests.toLocaleString('en-US')} requests, ${((s.busyMs * 1000) / requests).toFixed(0)} µs/req` : ''})`,
    '',
    `| self time by place | share${head}`,
    ...s.byPlace.slice(0, top).map((p) => `| ${p.place} | ${pct(p.share)}${per(p.ms)} |`),
    '',
    ...(Object.keys(s.inclusive).length
      ? [
          `| inclusive time under | share${head}`,
          ...Object.entries(s.inclusive).map(([k, v]) => `| ${k} | ${pct(v.share)}${per(v.ms)} |`),
          '',
        ]
      : []),
    `| self time by function | share${head}`,
    ...s.byFunction
      .slice(0, top)
      .map((f) => `| \`${f.fn.replaceAll('|', '\\|')}\` | ${pct(f.share)}${per(f.ms)} |`),
  ].join('\n');
}

/** The newest .cpuprofile in `dir`. */
export function newestProfile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}
