import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import type { FlagCode } from './flags.ts';
import { recomputeProcessFlags } from './flags-refresh.ts';
import type { ProcessSpec } from './ocds/build.ts';
import { cleanSpec, publish, releasesOf, supplier, underThresholdSpec } from './test-support.ts';

const ctx = await createTestContext();

async function flagsOf(ocid: string): Promise<string[]> {
  const [row] = await ctx.db.query<{ flags: string[] }>(
    sql`select flags from procurement_processes where ocid = ${ocid}`,
  );
  if (!row) throw new Error(`no process ${ocid}`);
  return row.flags;
}

let n = 0;
/** Publishes a process and returns its flags. */
async function flagged(build: (ocid: string) => ProcessSpec): Promise<string[]> {
  const ocid = `ocds-test01-flag-${++n}`;
  const report = await publish(ctx, releasesOf(build(ocid)));
  expect(report.problems).toEqual([]);
  return flagsOf(ocid);
}

const fires = (
  code: FlagCode,
  triggering: (ocid: string) => ProcessSpec,
  clean: (ocid: string) => ProcessSpec,
) =>
  it(`${code} fires on a process built to trigger it and not on one built not to`, async () => {
    expect(await flagged(triggering)).toContain(code);
    expect(await flagged(clean)).not.toContain(code);
  });

/** The clean process with some of its bids changed, by their place in the list. */
function changedBids(
  ocid: string,
  changes: Record<number, Partial<ProcessSpec['bids'][number]>>,
): ProcessSpec {
  const s = cleanSpec(ocid);
  for (const [i, change] of Object.entries(changes)) Object.assign(s.bids[Number(i)]!, change);
  return s;
}
const disqualified = { status: 'disqualified' } as const;
const late = { date: '2025-04-02T10:00:00Z' };

describe('red flags', () => {
  it('a clean open tender raises none', async () => {
    expect(await flagged((o) => cleanSpec(o))).toEqual([]);
  });

  fires(
    'R018',
    (o) => cleanSpec(o, { bids: cleanSpec(o).bids.slice(0, 1) }),
    // One bid is no flag where competition was never asked for.
    (o) => cleanSpec(o, { method: 'direct', bids: cleanSpec(o).bids.slice(0, 1) }),
  );

  fires(
    'R003',
    (o) =>
      cleanSpec(o, {
        tenderEnd: '2025-03-08T09:00:00Z',
        bids: cleanSpec(o).bids.map((b) => ({ ...b, date: '2025-03-05T10:00:00Z' })),
      }),
    (o) =>
      cleanSpec(o, {
        tenderEnd: '2025-03-16T09:00:00Z',
        bids: cleanSpec(o).bids.map((b) => ({ ...b, date: '2025-03-05T10:00:00Z' })),
      }),
  );

  fires(
    'R036',
    (o) => ({ ...changedBids(o, { 0: disqualified }), winner: 1, contractValue: 270_000_000 }),
    (o) => changedBids(o, { 2: disqualified }),
  );

  fires(
    'R035',
    (o) => changedBids(o, { 1: disqualified, 2: disqualified }),
    (o) => changedBids(o, { 1: disqualified }),
  );

  // The winner's bid (the first) after the deadline, or another's.
  fires(
    'R030',
    (o) => changedBids(o, { 0: late }),
    (o) => changedBids(o, { 1: late }),
  );

  fires(
    'value-raised',
    (o) =>
      cleanSpec(o, {
        amendments: [{ date: '2025-06-01T10:00:00Z', value: 325_000_000, rationale: 'extra work' }],
      }),
    (o) =>
      cleanSpec(o, {
        amendments: [{ date: '2025-06-01T10:00:00Z', value: 270_000_000, rationale: 'extra work' }],
      }),
  );

  it('split fires on contracts just under the threshold to one supplier within the window, not on spaced ones', async () => {
    const one = supplier('Split LLC', '2010-01-01');
    const under = (ocid: string, day: string, s = one, buyer = 'ministry-of-energy') =>
      underThresholdSpec(ocid, day, s, buyer);
    expect(await flagged((o) => under(o, '05-01'))).not.toContain('split');
    // The second one within 90 days flags both.
    const second = await flagged((o) => under(o, '05-20'));
    expect(second).toContain('split');
    expect(await flagsOf(`ocds-test01-flag-${n - 1}`)).toContain('split');
    // The same supplier again half a year later, at another buyer: not split.
    expect(await flagged((o) => under(o, '11-20', one, 'ministry-of-justice'))).not.toContain('split');
  });

  fires(
    'new-supplier',
    (o) => {
      const s = cleanSpec(o);
      s.bids[0]!.supplier = supplier('Brand New LLC', '2025-02-01');
      return s;
    },
    (o) => {
      const s = cleanSpec(o);
      s.bids[0]!.supplier = supplier('Old Hand LLC', '2018-02-01');
      return s;
    },
  );

  it('dominant-supplier fires when one supplier takes most of a buyer’s year, not when spending is spread', async () => {
    const big = supplier('Dominant LLC', '2010-01-01');
    const buyer = { slug: 'ministry-of-education-and-science', name: 'Боловсролын яам' };
    const contract = (ocid: string, who = supplier(`Small ${ocid}`, '2010-01-01'), amount = 100_000_000) =>
      cleanSpec(ocid, {
        buyer,
        bids: [
          { supplier: who, amount, date: '2025-03-20T10:00:00Z' },
          {
            supplier: supplier(`Loser ${ocid}`, '2010-01-01'),
            amount: amount + 1_000_000,
            date: '2025-03-20T11:00:00Z',
          },
        ],
        contractValue: amount,
      });
    for (let i = 0; i < 4; i++) expect(await flagged((o) => contract(o))).not.toContain('dominant-supplier');
    // The fifth contract, to one supplier and worth more than the other four together.
    expect(await flagged((o) => contract(o, big, 900_000_000))).toContain('dominant-supplier');
    const [others] = await ctx.db.query<{ n: number }>(sql`
      select count(*)::int as n from procurement_processes p join organizations o on o.id = p.buyer_id
      where o.slug = 'ministry-of-education-and-science' and 'dominant-supplier' = any(p.flags)`);
    expect(others?.n).toBe(1);
  });

  it('recomputing a stored process gives the flags its releases gave', async () => {
    const ocid = 'ocds-test01-recompute';
    const s = cleanSpec(ocid, { bids: cleanSpec(ocid).bids.slice(0, 1) });
    await publish(ctx, releasesOf(s));
    const [row] = await ctx.db.query<{ id: number }>(
      sql`select id from procurement_processes where ocid = ${ocid}`,
    );
    await ctx.db.query(
      sql`update procurement_processes set flags = '{}', flag_details = '{}' where id = ${row!.id}`,
    );
    expect(await ctx.db.transaction((tx) => recomputeProcessFlags(tx, ctx.country, row!.id))).toEqual([
      'R018',
    ]);
  });

  it('flags are recomputed when a process changes: an amendment raises value-raised on the stored process', async () => {
    const ocid = 'ocds-test01-change-1';
    const spec = cleanSpec(ocid);
    await publish(ctx, releasesOf(spec));
    expect(await flagsOf(ocid)).toEqual([]);
    const amended = releasesOf({
      ...spec,
      amendments: [{ date: '2025-07-01T10:00:00Z', value: 400_000_000, rationale: 'more' }],
    });
    const report = await publish(ctx, amended);
    expect(report).toMatchObject({ added: 1, unchanged: 3, committed: true });
    expect(await flagsOf(ocid)).toEqual(['value-raised']);
  });
});
