import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import { collectJobHandlers, platformJobHandlers, runDueJobs } from '../jobs/index.ts';
import {
  enqueueMatching,
  findMatches,
  MATCH_JOB,
  matchAll,
  matcherJob,
  matchQuery,
  resolveEntities,
  UNIDENTIFIED,
} from './index.ts';

const ctx = await createTestContext(baseModules);
const pack = ctx.country.legalEntities;
const register = { source: 'import:legal-entities', reference: 'register.csv' };

const ids = await resolveEntities(
  ctx.db,
  [
    { scheme: 'MN-SRN', identifier: '2074249', name: 'Khukh Murun LLC' },
    { scheme: 'MN-SRN', identifier: '5301234', name: 'Эрдэнэс Таван Толгой ХК' },
    { scheme: 'MN-SRN', identifier: '6001234', name: 'Зам Барилга ХХК' },
    { scheme: 'MN-SRN', identifier: '6001235', name: 'Зам Барилга Инженеринг ХХК' },
    { scheme: 'GB-COH', identifier: '04320418', name: 'Gobi Coal Trading Ltd' },
  ],
  register,
  pack,
);
const id = (key: string) => ids.get(key) as number;

describe('findMatches', () => {
  it('finds a Latin-registered entity from a Cyrillic name, and a Cyrillic-registered one from Latin', async () => {
    const [fromCyrillic] = await findMatches(ctx.db, '«Хөх Мөрөн» ХХК', pack);
    expect(fromCyrillic).toMatchObject({ entityId: id('MN-SRN:2074249'), score: 1, scheme: 'MN-SRN' });
    const [fromLatin] = await findMatches(ctx.db, 'Erdenes Tavan Tolgoi JSC', pack);
    expect(fromLatin).toMatchObject({ entityId: id('MN-SRN:5301234'), score: 1 });
  });

  it('ranks misspelt names below exact ones, best first, with a score between 0 and 1', async () => {
    const found = await findMatches(ctx.db, 'Zam Barilg', pack, { threshold: 0.3 });
    expect(found.map((m) => m.entityId)).toEqual([id('MN-SRN:6001234'), id('MN-SRN:6001235')]);
    const [best, next] = found;
    expect(best?.score).toBeLessThan(1);
    expect(best?.score).toBeGreaterThan(next?.score ?? 1);
    expect(next?.score).toBeGreaterThan(0);
    expect(await findMatches(ctx.db, 'Zam Barilg', pack, { limit: 1 })).toHaveLength(1);
    // The default threshold (0.5) keeps the close spelling and leaves the longer name out.
    expect((await findMatches(ctx.db, 'Zam Barilg', pack)).map((m) => m.entityId)).toEqual([
      id('MN-SRN:6001234'),
    ]);
    expect(await findMatches(ctx.db, 'Zam Barilg', pack, { threshold: 0.99 })).toEqual([]);
    expect(await findMatches(ctx.db, 'Altai Cashmere', pack)).toEqual([]);
    expect(await findMatches(ctx.db, 'ХХК', pack)).toEqual([]);
  });

  it('proposes neither unidentified entities nor merged ones', async () => {
    const unidentified = await resolveEntities(
      ctx.db,
      [{ scheme: null, identifier: null, name: 'Gobi Coal Trading' }],
      { source: 'procurement' },
      pack,
    );
    const [found] = await findMatches(ctx.db, 'Gobi Coal Trading', pack);
    expect(found?.entityId).toBe(id('GB-COH:04320418'));
    expect(found?.entityId).not.toBe([...unidentified.values()][0]);
    await ctx.db.query(
      sql`update legal_entities set merged_into = ${id('MN-SRN:6001234')} where id = ${id('MN-SRN:6001235')}`,
    );
    const after = await findMatches(ctx.db, 'Zam Barilga Inzhenering', pack);
    expect(after.map((m) => m.entityId)).toEqual([id('MN-SRN:6001234')]);
    await ctx.db.query(sql`update legal_entities set merged_into = null where id = ${id('MN-SRN:6001235')}`);
  });

  it('reads the trigram index rather than the table', async () => {
    const plan = await ctx.db.transaction(async (tx) => {
      await tx.query(sql`set local enable_seqscan = off`);
      await tx.query(sql`set local enable_indexscan = off`);
      return tx.query<Record<string, string>>(sql`explain ${matchQuery('zam barilga', 5)}`);
    });
    const text = plan.map((row) => Object.values(row)[0]).join('\n');
    expect(text).toContain('legal_entity_names_key_trgm');
  });
});

describe('the matcher job', () => {
  const handlers = collectJobHandlers([], platformJobHandlers(ctx));
  const candidates = () =>
    ctx.db.query<{ entity: number; candidate: number; score: number; status: string }>(sql`
      select entity_id::int as entity, candidate_id::int as candidate, score, status
      from legal_entity_match_candidates order by entity_id, score desc, candidate_id`);

  it('proposes candidates for unidentified entities after an import, and merges nothing', async () => {
    const added = await ctx.db.transaction(async (tx) => {
      const found = await resolveEntities(
        tx,
        [
          { scheme: null, identifier: null, name: 'Хөх Мөрөн' },
          { scheme: null, identifier: null, name: 'Zam Barilga Engineering' },
          { scheme: null, identifier: null, name: 'Altai Cashmere' },
        ],
        { source: 'procurement', reference: 'ocds-1' },
        pack,
      );
      expect(await enqueueMatching(tx)).toBe(true);
      expect(await enqueueMatching(tx)).toBe(false);
      return found;
    });
    const summary = await runDueJobs({ ctx, handlers });
    expect(summary).toMatchObject({ done: 1, failed: 0 });
    const khukh = added.get(`${UNIDENTIFIED}:huh murun`) as number;
    const rows = await candidates();
    expect(rows.filter((r) => r.entity === khukh)).toEqual([
      { entity: khukh, candidate: id('MN-SRN:2074249'), score: 1, status: 'pending' },
    ]);
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    const zam = rows.filter((r) => r.entity === added.get(`${UNIDENTIFIED}:zam barilga engineering`));
    expect(zam.map((r) => r.candidate)).toEqual([id('MN-SRN:6001235'), id('MN-SRN:6001234')]);
    const [merged] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from legal_entities where merged_into is not null`,
    );
    expect(merged?.n).toBe(0);
  });

  it('is idempotent: run again, it writes nothing new and keeps decisions', async () => {
    const before = await candidates();
    await ctx.db.query(sql`update legal_entity_match_candidates set status = 'rejected'
      where candidate_id = ${id('MN-SRN:6001234')}`);
    await enqueueMatching(ctx.db);
    expect(await runDueJobs({ ctx, handlers })).toMatchObject({ done: 1, failed: 0 });
    // Only the name without any candidate is looked at again (a register may have grown since).
    expect(await matchAll(ctx.db, { batchSize: 1 })).toEqual({ entities: 1, candidates: 0 });
    const after = await candidates();
    expect(after.map(({ status: _, ...r }) => r)).toEqual(before.map(({ status: _, ...r }) => r));
    expect(after.filter((r) => r.status === 'rejected').map((r) => r.candidate)).toEqual([
      id('MN-SRN:6001234'),
    ]);
  });

  it('runs in batches, handing the rest to a job of its own', async () => {
    const syllables = ['al', 'tan', 'bu', 'ren', 'ga', 'chin', 'ode', 'mun', 'kha', 'sar'];
    const names = Array.from({ length: 24 }, (_, i) => ({
      scheme: null,
      identifier: null,
      name: `Khukh Murun ${syllables[i % 10]}${syllables[Math.floor(i / 10) + 5]}`,
    }));
    await resolveEntities(ctx.db, names, { source: 'procurement' }, pack);
    await enqueueMatching(ctx.db);
    const small = { [MATCH_JOB]: matcherJob({ batchSize: 5, batchesPerRun: 2 }) };
    expect(await runDueJobs({ ctx, handlers: small })).toMatchObject({ done: 3, failed: 0 });
    const [left] = await ctx.db.query<{ n: number }>(sql`
      select count(*)::int as n from legal_entities e where scheme = ${UNIDENTIFIED}
        and not exists (select 1 from legal_entity_match_candidates c where c.entity_id = e.id)`);
    expect(left?.n).toBe(1);
  });
});
