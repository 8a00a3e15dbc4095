import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import { readEntries, recordAuditNow } from './audit.ts';
import { entryHash } from './chain.ts';
import { allDailyHeads, recordDailyHeads } from './heads.ts';
import {
  appendSamples,
  asAttacker,
  rehashFrom,
  resetTrail,
  sampleEntry,
  swapEntries,
} from './test-support.ts';
import { verifyAuditChain } from './verify.ts';

/** An attacker who owns the table: triggers off, rows changed, and `verify` must notice. */
const { db, country } = await createTestContext([]);
const zone = country.timeZone;

describe('tampering with entries', () => {
  beforeEach(async () => {
    await resetTrail(db);
    await appendSamples(db, 10);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('a changed field is named as altered, at its seq', async () => {
    await asAttacker(db, (tx) => tx.query(sql`update audit_log set actor = 'user:999' where seq = 6`).then());
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, checked: 5, head: { seq: 5 } });
    expect(result.problem).toEqual({
      kind: 'altered',
      seq: 6,
      message: 'entry 6 was altered: its contents no longer match its hash',
    });
  });

  it('a change below a millisecond, or in the details, is still a change', async () => {
    await asAttacker(db, (tx) =>
      tx.exec(`update audit_log set at = at + interval '1 microsecond' where seq = 3`),
    );
    expect((await verifyAuditChain(db)).problem).toMatchObject({ kind: 'altered', seq: 3 });
    await resetTrail(db);
    await appendSamples(db, 4);
    await asAttacker(db, (tx) =>
      tx.exec(`update audit_log set details = jsonb_set(details, '{nested,b}', '3') where seq = 2`),
    );
    expect((await verifyAuditChain(db)).problem).toMatchObject({ kind: 'altered', seq: 2 });
  });

  it('a deleted entry is named as removed', async () => {
    await asAttacker(db, (tx) => tx.exec('delete from audit_log where seq = 4'));
    const result = await verifyAuditChain(db);
    expect(result.problem).toEqual({
      kind: 'removed',
      seq: 4,
      message: 'the trail jumps from entry 3 to entry 5: entry 4 was removed',
    });
    expect(result.checked).toBe(3);
  });

  it('deleting the first entries, or several in a row, is named as well', async () => {
    await asAttacker(db, (tx) => tx.exec('delete from audit_log where seq in (1, 2, 7, 8)'));
    expect((await verifyAuditChain(db)).problem).toEqual({
      kind: 'removed',
      seq: 1,
      message: 'the trail starts at entry 3: entries 1 to 2 were removed',
    });
  });

  it('an entry 1 that does not start from the genesis hash is named', async () => {
    await asAttacker(db, async (tx) => {
      const [first] = await readEntries(tx, 0, 1);
      const prevHash = 'e'.repeat(64);
      const hash = entryHash(prevHash, first!);
      await tx.query(sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash} where seq = 1`);
    });
    expect((await verifyAuditChain(db)).problem).toEqual({
      kind: 'removed',
      seq: 1,
      message: `entry 1 does not start the chain: its prev_hash is ${'e'.repeat(64)}, not the genesis hash (entries before it were removed and the rest re-hashed, or it was forged)`,
    });
  });

  it('a deleted entry with the rest renumbered is found where the chain breaks', async () => {
    await asAttacker(db, (tx) =>
      tx.exec('delete from audit_log where seq = 4; update audit_log set seq = seq - 1 where seq > 4'),
    );
    const result = await verifyAuditChain(db);
    expect(result.problem).toMatchObject({ kind: 'reordered', seq: 4 });
    expect(result.problem?.message).toContain('altered or reordered');
  });

  it('two swapped entries are detected, naming the first one', async () => {
    await asAttacker(db, (tx) => swapEntries(tx, 3, 8));
    const result = await verifyAuditChain(db);
    expect(result.problem).toEqual({
      kind: 'reordered',
      seq: 3,
      message:
        'entry 3 was altered or reordered: it neither matches its own hash nor follows entry 2 (entries swapped, moved or renumbered)',
    });
    expect(result.checked).toBe(2);
  });

  it('neighbours swapped, or contents swapped under their old hashes, are detected at the first', async () => {
    await asAttacker(db, (tx) => swapEntries(tx, 5, 6));
    expect((await verifyAuditChain(db)).problem).toMatchObject({ kind: 'reordered', seq: 5 });
    await resetTrail(db);
    await appendSamples(db, 10);
    await asAttacker(db, async (tx) => {
      await swapEntries(tx, 2, 9);
      await tx.exec(`create temp table h on commit drop as select seq, prev_hash, hash from audit_log where seq in (2, 9);
        update audit_log l set prev_hash = h.prev_hash, hash = h.hash from h where l.seq = 2 and h.seq = 9;
        update audit_log l set prev_hash = h.prev_hash, hash = h.hash from h where l.seq = 9 and h.seq = 2;`);
    });
    expect((await verifyAuditChain(db)).problem).toMatchObject({ kind: 'altered', seq: 2 });
  });

  it('one entry replaced with a freshly computed hash is named, though found at the next', async () => {
    await asAttacker(db, async (tx) => {
      await tx.query(sql`update audit_log set purpose = 'nothing to see' where seq = 7`);
      await tx.exec('create temp table tail on commit drop as select * from audit_log where seq > 7');
      await tx.exec('delete from audit_log where seq > 7');
      await rehashFrom(tx, 7);
      await tx.exec('insert into audit_log select * from tail');
    });
    const result = await verifyAuditChain(db);
    expect(result.problem).toMatchObject({ kind: 'altered', seq: 7 });
    expect(result.problem?.message).toMatch(
      /^entry 7 was replaced: entry 8 was chained to an entry with hash [0-9a-f]{64}, but entry 7 now hashes to [0-9a-f]{64}$/,
    );
    expect(result.checked).toBe(6);
  });
});

describe('rewriting the whole chain', () => {
  const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 0, d, hour - 8));

  /** Ten entries over five Ulaanbaatar days, and their daily heads published. */
  beforeEach(async () => {
    await resetTrail(db);
    for (let n = 1; n <= 10; n++)
      await recordAuditNow(db, sampleEntry(n, day(1 + Math.floor((n - 1) / 2), 9 + n)));
    const heads = await recordDailyHeads(db, day(7), zone);
    expect(heads.map((h) => [h.day, h.seq])).toEqual([
      ['2026-01-01', 2],
      ['2026-01-02', 4],
      ['2026-01-03', 6],
      ['2026-01-04', 8],
      ['2026-01-05', 10],
      ['2026-01-06', 10],
    ]);
  });

  it('an edit with every later hash recomputed passes the chain but not the published heads', async () => {
    await asAttacker(db, async (tx) => {
      await tx.query(sql`update audit_log set actor = 'user:1' where seq = 5`);
      await rehashFrom(tx, 5);
    });
    const result = await verifyAuditChain(db);
    expect(result.problem).toMatchObject({ kind: 'head-mismatch', seq: 6 });
    expect(result.problem?.message).toMatch(
      /^entry 6 does not match the head published for 2026-01-03 \(published\): published [0-9a-f]{64}, the trail now has [0-9a-f]{64}; the trail was rewritten in entries 5 to 6$/,
    );
    expect(result).toMatchObject({ checked: 4, head: { seq: 4 }, headsChecked: 2 });
  });

  it('rewriting the published heads too is caught by a copy saved outside', async () => {
    const saved = await allDailyHeads(db);
    await asAttacker(db, async (tx) => {
      await tx.query(sql`update audit_log set actor = 'user:1' where seq = 5`);
      await rehashFrom(tx, 5);
      await tx.exec('truncate audit_heads');
    });
    await recordDailyHeads(db, day(7), zone);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const result = await verifyAuditChain(db, { saved: { source: 'heads-2026-01-07.json', heads: saved } });
    expect(result.problem).toMatchObject({ kind: 'head-mismatch', seq: 6 });
    expect(result.problem?.message).toContain('the head published for 2026-01-03 (heads-2026-01-07.json)');
  });

  it('entries removed from the end, behind a published head, are named as removed', async () => {
    await asAttacker(db, (tx) => tx.exec('delete from audit_log where seq > 7'));
    expect((await verifyAuditChain(db)).problem).toEqual({
      kind: 'removed',
      seq: 8,
      message:
        'the trail ends at entry 7, but the head published for 2026-01-05 (published) is entry 10: entries 8 to 10 were removed',
    });
  });
});
