import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { recordAuditNow } from './audit.ts';
import { GENESIS_HASH } from './chain.ts';
import {
  allDailyHeads,
  listDailyHeads,
  parsePublishedHeads,
  recordDailyHeads,
  startAuditHeadPublisher,
} from './heads.ts';
import { resetTrail, sampleEntry } from './test-support.ts';
import { verifyAuditChain } from './verify.ts';

const { db, country } = await createTestContext([]);
const zone = country.timeZone;

/** An instant given in Ulaanbaatar time (UTC+8). */
const ub = (text: string) => new Date(`${text}+08:00`);

describe('daily heads', () => {
  beforeEach(() => resetTrail(db));

  it('publish nothing while the trail is empty', async () => {
    expect(await recordDailyHeads(db, ub('2026-03-05T10:00:00'), zone)).toEqual([]);
  });

  it('record the head at the end of each complete Ulaanbaatar day, from the first entry’s day', async () => {
    const entries = [];
    for (const at of [
      '2026-03-01T10:00:00',
      '2026-03-01T23:59:59.999',
      '2026-03-02T00:00:00',
      '2026-03-04T12:00:00',
    ])
      entries.push(await recordAuditNow(db, sampleEntry(entries.length + 1, ub(at))));
    const recorded = await recordDailyHeads(db, ub('2026-03-05T00:30:00'), zone);
    expect(recorded.map(({ day, seq, hash }) => ({ day, seq, hash }))).toEqual([
      { day: '2026-03-01', seq: 2, hash: entries[1]?.hash },
      { day: '2026-03-02', seq: 3, hash: entries[2]?.hash },
      { day: '2026-03-03', seq: 3, hash: entries[2]?.hash },
      { day: '2026-03-04', seq: 4, hash: entries[3]?.hash },
    ]);
    for (const head of recorded) expect(Date.parse(head.recordedAt as string)).not.toBeNaN();

    expect(await recordDailyHeads(db, ub('2026-03-05T23:59:59'), zone)).toEqual([]);
    const next = await recordDailyHeads(db, ub('2026-03-06T00:00:00'), zone);
    expect(next.map((h) => [h.day, h.seq])).toEqual([['2026-03-05', 4]]);
    expect(await allDailyHeads(db)).toHaveLength(5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 4, headsChecked: 5 });
  });

  it('are idempotent when several processes record them at once', async () => {
    await recordAuditNow(db, sampleEntry(1, ub('2026-04-01T09:00:00')));
    const now = ub('2026-04-11T08:00:00');
    const runs = await Promise.all([1, 2, 3].map(() => recordDailyHeads(db, now, zone)));
    expect(runs.flat().map((h) => h.day)).toHaveLength(10);
    const heads = await allDailyHeads(db);
    expect(heads.map((h) => h.day)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`),
    );
    expect(new Set(heads.map((h) => h.seq))).toEqual(new Set([1]));
  });

  it('list newest first, a page at a time', async () => {
    await recordAuditNow(db, sampleEntry(1, ub('2026-05-01T09:00:00')));
    await recordDailyHeads(db, ub('2026-06-15T09:00:00'), zone);
    const first = await listDailyHeads(db, { page: 1, pageSize: 30 });
    expect(first.total).toBe(45);
    expect(first.items[0]?.day).toBe('2026-06-14');
    const second = await listDailyHeads(db, { page: 2, pageSize: 30 });
    expect(second.items.map((h) => h.day).at(-1)).toBe('2026-05-01');
    expect(second.items).toHaveLength(15);
  });

  it('a head that says the trail was empty must carry the genesis hash', async () => {
    const result = await verifyAuditChain(db, {
      saved: { source: 'copy', heads: [{ day: '2026-01-01', seq: 0, hash: 'f'.repeat(64) }] },
    });
    expect(result.problem).toEqual({
      kind: 'head-mismatch',
      seq: 0,
      message: `the head published for 2026-01-01 (copy) says the trail was empty, but its hash ${'f'.repeat(64)} is not the genesis hash`,
    });
    const intact = await verifyAuditChain(db, {
      saved: { source: 'copy', heads: [{ day: '2026-01-01', seq: 0, hash: GENESIS_HASH }] },
    });
    expect(intact).toMatchObject({ ok: true, headsChecked: 1 });
  });
});

describe('the head publisher', () => {
  it('records the heads soon after start and stops cleanly', async () => {
    await resetTrail(db);
    await recordAuditNow(db, sampleEntry(1, ub('2026-07-01T09:00:00')));
    const log = { info: vi.fn(), error: vi.fn() };
    const now = vi.fn(() => ub('2026-07-03T09:00:00'));
    const stop = startAuditHeadPublisher(db, zone, log, { intervalMs: 20, now });
    await vi.waitFor(() => expect(log.info).toHaveBeenCalled(), { timeout: 5000 });
    expect(log.info).toHaveBeenCalledWith(
      expect.objectContaining({ days: 2, day: '2026-07-02', seq: 1 }),
      'audit heads published',
    );
    await vi.waitFor(() => expect(now.mock.calls.length).toBeGreaterThan(2), { timeout: 5000 });
    await stop();
    const runs = now.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(now.mock.calls.length).toBe(runs);
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.error).not.toHaveBeenCalled();
  });
});

describe('saved copies of heads.json', () => {
  const head = { day: '2026-01-02', seq: 3, hash: 'a'.repeat(64) };

  it('are read from the whole document or from its heads array', () => {
    expect(parsePublishedHeads({ algorithm: 'sha256', heads: [{ ...head, recordedAt: 'x' }] })).toEqual([
      head,
    ]);
    expect(parsePublishedHeads([head])).toEqual([head]);
  });

  it('are refused with the first bad element named', () => {
    expect(() => parsePublishedHeads({ heads: [head, { ...head, hash: 'xyz' }] })).toThrow(
      'heads[1] is not {"day": "YYYY-MM-DD", "seq": n, "hash": 64 hex digits}',
    );
    expect(() => parsePublishedHeads({ other: 1 })).toThrow('expected the heads.json document');
  });
});
