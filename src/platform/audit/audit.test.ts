import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext, engine, serverUrl } from '../../../test/helpers.ts';
import type { Database } from '../db/database.ts';
import { openPostgres } from '../db/postgres.ts';
import { sql } from '../db/sql.ts';
import { AuditEntryError, auditHead, readEntries, recordAudit, recordAuditNow } from './audit.ts';
import { canonicalJson, entryHash, GENESIS_HASH } from './chain.ts';
import { appendSamples, resetTrail, sampleEntry } from './test-support.ts';
import { verifyAuditChain } from './verify.ts';

const { db } = await createTestContext([]);

describe('the hash formula', () => {
  it('is sha256 over the previous hash and the documented JSON array, as README.md states', () => {
    const entry = {
      seq: 1,
      at: '2026-03-01T04:05:06.789000Z',
      actor: 'user:12',
      actorUserId: 12,
      role: 'moderator',
      action: 'feedback.hide',
      subjectType: 'feedback',
      subjectId: '77',
      purpose: null,
      ip: '203.0.113.9',
      requestId: 'r-1',
      details: { reason: 'spam', b: [1, 'два'] },
    };
    const text =
      '["1","2026-03-01T04:05:06.789000Z","user:12","12","moderator","feedback.hide","feedback","77",null,"203.0.113.9","r-1",{"b":[1,"два"],"reason":"spam"}]';
    const expected = createHash('sha256')
      .update(GENESIS_HASH + text, 'utf8')
      .digest('hex');
    expect(entryHash(GENESIS_HASH, entry)).toBe(expected);
  });

  it('canonical JSON sorts keys at every depth, drops undefined members and refuses non-finite numbers', () => {
    expect(canonicalJson({ b: { d: 1, c: [{ z: 1, y: 2 }] }, a: undefined, é: 'x', E: null })).toBe(
      '{"E":null,"b":{"c":[{"y":2,"z":1}],"d":1},"é":"x"}',
    );
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('cannot hold the number NaN');
  });
});

describe('appending', () => {
  it('chains entries from the genesis hash, gap-free, and reads each back exactly as hashed', async () => {
    await resetTrail(db);
    const receipts = await appendSamples(db, 5);
    expect(receipts.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    const entries = await readEntries(db, 0, 10);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    for (const [i, entry] of entries.entries()) {
      expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}000Z$/);
      expect(entryHash(entry.prevHash, entry)).toBe(entry.hash);
      expect(entry.hash).toBe(receipts[i]?.hash);
      if (i > 0) expect(entry.prevHash).toBe(entries[i - 1]?.hash);
    }
    expect(entries[3]).toMatchObject({
      actor: 'user:4',
      actorUserId: 4,
      role: 'organization-publisher',
      action: 'audit.read',
      subjectType: 'organization',
      subjectId: '4',
      purpose: 'review of case 4',
      details: { n: 4, nested: { a: [true, null], b: 2 } },
    });
    expect(await auditHead(db)).toEqual({ seq: 5, hash: receipts[4]?.hash });
  });

  it('keeps time and chain order together: each entry is no earlier than the one before', async () => {
    const rows = await db.query<{ ok: boolean }>(sql`
      select bool_and(a.at <= b.at) as ok from audit_log a join audit_log b on b.seq = a.seq + 1`);
    expect(rows[0]?.ok).toBe(true);
    const head = await auditHead(db);
    await expect(recordAuditNow(db, sampleEntry(99, new Date('2000-01-01T00:00:00Z')))).rejects.toThrow(
      /would come before the head's time/,
    );
    expect(await auditHead(db)).toEqual(head);
  });

  it('refuses malformed entries before touching the chain, and any call outside a transaction', async () => {
    const actor = { label: 'user:1', userId: 1 };
    await expect(recordAudit(db, { actor, action: 'x.y' })).rejects.toThrow(
      'recordAudit runs inside a transaction',
    );
    await expect(recordAuditNow(db, { actor, action: 'Update' })).rejects.toThrow(AuditEntryError);
    await expect(recordAuditNow(db, { actor, action: 'x.y', purpose: 'a\u0000b' })).rejects.toThrow(/NUL/);
    await expect(recordAuditNow(db, { actor, action: 'x.y', details: { n: Infinity } })).rejects.toThrow(
      /Infinity/,
    );
  });

  it('verifies a chain of many entries, batch after batch', async () => {
    await resetTrail(db);
    const count = 1200;
    await db.transaction(async (tx) => {
      for (let n = 1; n <= count; n++) await recordAudit(tx, sampleEntry(n));
    });
    const progress: number[] = [];
    const result = await verifyAuditChain(db, { batchSize: 500, onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ ok: true, checked: count, head: { seq: count } });
    expect(result.problem).toBeUndefined();
    expect(progress).toEqual([500, 1000, 1200]);
  });
});

describe('transactions', () => {
  it('an entry recorded in a transaction that rolls back leaves no trace and no gap', async () => {
    await resetTrail(db);
    await db.exec('create table if not exists audit_test_widgets (id int primary key)');
    await appendSamples(db, 2);
    await expect(
      db.transaction(async (tx) => {
        await tx.query(sql`insert into audit_test_widgets (id) values (1)`);
        await recordAudit(tx, sampleEntry(3));
        throw new Error('the write failed after it was audited');
      }),
    ).rejects.toThrow('the write failed');
    expect(await db.query(sql`select * from audit_test_widgets`)).toEqual([]);
    expect((await auditHead(db)).seq).toBe(2);
    await db.transaction(async (tx) => {
      await tx.query(sql`insert into audit_test_widgets (id) values (2)`);
      expect((await recordAudit(tx, sampleEntry(4))).seq).toBe(3);
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it.runIf(engine === 'postgres')(
    'fifty concurrent transactions, some rolled back, leave a gap-free valid chain',
    async () => {
      await resetTrail(db);
      const wide = await openOwnPool(db, 50);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          wide.transaction(async (tx) => {
            await tx.query(sql`select pg_sleep(${(i % 5) / 200})`);
            const receipt = await recordAudit(tx, sampleEntry(i + 1));
            if (i % 7 === 3) throw new Error(`rolled back ${i}`);
            return receipt;
          }),
        ),
      );
      const committed = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value.seq);
      expect(committed).toHaveLength(43);
      expect([...committed].sort((a, b) => a - b)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
      const result = await verifyAuditChain(db);
      expect(result).toMatchObject({ ok: true, checked: 43 });
    },
  );
});

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of the trail and of the published heads', async () => {
    await appendSamples(db, 1, 500);
    const refused = /is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/;
    await expect(db.query(sql`update audit_log set actor = 'someone else'`)).rejects.toThrow(refused);
    await expect(db.query(sql`delete from audit_log`)).rejects.toThrow(refused);
    await expect(db.exec('truncate audit_log')).rejects.toThrow(refused);
    await db.query(sql`insert into audit_heads (day, seq, hash) values ('2020-01-01', 0, ${GENESIS_HASH})`);
    await expect(db.query(sql`update audit_heads set seq = 1`)).rejects.toThrow(refused);
    await expect(db.query(sql`delete from audit_heads`)).rejects.toThrow(refused);
    await expect(db.exec('truncate audit_heads')).rejects.toThrow(refused);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it.runIf(engine === 'postgres')(
    'a role that does not own the table can append but neither change it nor disable its triggers',
    async () => {
      const role = `shilen_audit_app_${process.pid}`;
      await db.exec(`drop role if exists ${role}; create role ${role};
        grant select, insert on audit_log to ${role}; grant usage on schema public to ${role}`);
      afterAll(() => db.exec(`drop owned by ${role}; drop role if exists ${role}`));
      const asApp = (statement: string) =>
        db.transaction(async (tx) => {
          await tx.exec(`set local role ${role}`);
          await tx.exec(statement);
        });
      await expect(asApp('alter table audit_log disable trigger all')).rejects.toThrow(/must be owner/);
      await expect(asApp("update audit_log set actor = 'x'")).rejects.toThrow(/permission denied/);
      await expect(asApp('truncate audit_log')).rejects.toThrow(/permission denied/);

      // The migration takes back what default privileges gave: run it again in a scratch schema.
      const script = fs.readFileSync(
        path.join(import.meta.dirname, '../db/migrations/002_audit.sql'),
        'utf8',
      );
      const privileges = await db
        .transaction(async (tx) => {
          await tx.exec(`create schema audit_scratch; set local search_path = audit_scratch;
            alter default privileges in schema audit_scratch grant all on tables to ${role};`);
          await tx.exec(script);
          const rows = await tx.query<{ privilege: string; granted: boolean }>(sql`
            select p as privilege, has_table_privilege(${role}, 'audit_scratch.audit_log', p) as granted
            from unnest(array['select', 'insert', 'update', 'delete', 'truncate']) as p`);
          throw Object.assign(new Error('roll back the scratch schema'), { rows });
        })
        .catch((error: { rows?: { privilege: string; granted: boolean }[] }) => error.rows);
      expect(Object.fromEntries((privileges ?? []).map((r) => [r.privilege, r.granted]))).toEqual({
        select: true,
        insert: true,
        update: false,
        delete: false,
        truncate: false,
      });
    },
  );
});

/** A second pool on the same server database, wide enough for real concurrency. */
async function openOwnPool(db: Database, max: number): Promise<Database> {
  const [row] = await db.query<{ name: string }>(sql`select current_database() as name`);
  const url = new URL(serverUrl as string);
  url.pathname = `/${row?.name}`;
  const pool = await openPostgres(url.toString(), { max });
  afterAll(() => pool.close());
  return pool;
}
