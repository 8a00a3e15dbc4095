import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemActor } from '../../platform/auth/actor.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { importOcdsFile, type OcdsImportOptions, type OcdsImportReport } from './import/run.ts';
import { buildReleases, type ProcessSpec, type SupplierSpec } from './ocds/build.ts';

/** Writes `text` to a temporary file (removed after `use`). */
export async function withFile<T>(name: string, text: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'shilen-ocds-test-'));
  const file = path.join(dir, name);
  await fs.promises.writeFile(file, text);
  try {
    return await use(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Publishes releases through the one import path, as line-delimited releases. */
export function publish(
  ctx: ModuleContext,
  releases: readonly unknown[],
  options: Partial<OcdsImportOptions> = {},
): Promise<OcdsImportReport> {
  return withFile('releases.ndjson', releases.map((r) => JSON.stringify(r)).join('\n'), (file) =>
    importOcdsFile(ctx, file, { actor: systemActor('test'), ...options }),
  );
}

let serial = 0;
export const supplier = (name: string, registered?: string): SupplierSpec => ({
  register: String(5_000_000 + ++serial),
  name,
  ...(registered ? { registered } : {}),
});

/** A clean open tender: three valid bids, the lowest wins on time, 30 days to bid. */
export function cleanSpec(ocid: string, overrides: Partial<ProcessSpec> = {}): ProcessSpec {
  const a = supplier(`Clean A ${ocid}`, '2010-01-01');
  const b = supplier(`Clean B ${ocid}`, '2011-01-01');
  const c = supplier(`Clean C ${ocid}`, '2012-01-01');
  return {
    ocid,
    buyer: { slug: 'ministry-of-health', name: 'Эрүүл мэндийн яам' },
    title: 'Эмнэлгийн тоног төхөөрөмж',
    method: 'open',
    category: 'goods',
    tenderStart: '2025-03-01T09:00:00Z',
    tenderEnd: '2025-03-31T09:00:00Z',
    tenderValue: 300_000_000,
    bids: [
      { supplier: a, amount: 250_000_000, date: '2025-03-20T10:00:00Z' },
      { supplier: b, amount: 270_000_000, date: '2025-03-21T10:00:00Z' },
      { supplier: c, amount: 290_000_000, date: '2025-03-22T10:00:00Z' },
    ],
    winner: 0,
    awardDate: '2025-04-10T10:00:00Z',
    dateSigned: '2025-04-20T10:00:00Z',
    contractValue: 250_000_000,
    ...overrides,
  };
}

/**
 * A limited tender of one bid whose contract is just under the disclosure threshold, all on one
 * day of 2025 (`MM-DD`): two of them to one supplier at one buyer close together are `split`.
 */
export const underThresholdSpec = (
  ocid: string,
  day: string,
  winner: SupplierSpec,
  buyer = 'ministry-of-energy',
): ProcessSpec =>
  cleanSpec(ocid, {
    buyer: { slug: buyer, name: buyer },
    method: 'limited',
    tenderValue: 79_000_000,
    bids: [{ supplier: winner, amount: 78_000_000, date: `2025-${day}T08:00:00Z` }],
    tenderStart: `2025-${day}T07:00:00Z`,
    tenderEnd: `2025-${day}T09:00:00Z`,
    awardDate: `2025-${day}T10:00:00Z`,
    dateSigned: `2025-${day}T11:00:00Z`,
    contractValue: 78_000_000,
  });

export const releasesOf = (spec: ProcessSpec) => buildReleases(spec);
