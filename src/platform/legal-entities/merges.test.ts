import { describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { actorForUser } from '../auth/users.ts';
import { sql } from '../db/sql.ts';
import { type MessageParams, registerMessages, translator } from '../i18n/index.ts';
import {
  confirmCandidate,
  matchAll,
  matchPermissions,
  mergeEntities,
  mergeMessages,
  rejectCandidates,
  resolveEntities,
  UNIDENTIFIED,
  undoMergeCommand,
} from './index.ts';

// What the module that publishes the register declares in its manifest.
registerMessages(mergeMessages);
registerPermissions(matchPermissions);
const en = translator('en');
const ctx = await createTestContext(baseModules);
const pack = ctx.country.legalEntities;
const admin = await buildUser(ctx, { role: 'platform-administrator' });
const actor = await actorForUser(ctx.db, admin.id, { secondFactor: true });
const meta = { ip: '203.0.113.7', requestId: 'req-merge' };

const ids = await resolveEntities(
  ctx.db,
  [
    { scheme: 'MN-SRN', identifier: '2074249', name: 'Khukh Murun LLC' },
    { scheme: 'MN-SRN', identifier: '2074250', name: 'Хөх Мөрөн Трейд ХХК' },
    { scheme: 'MN-SRN', identifier: '6001234', name: 'Gobi Coal' },
    { scheme: 'MN-SRN', identifier: '6001299', name: 'Gobi Coal' },
    { scheme: null, identifier: null, name: 'Хөх Мөрөн' },
    { scheme: null, identifier: null, name: 'Govi Coal' },
    { scheme: null, identifier: null, name: 'Hukh Murun Trade' },
  ],
  { source: 'procurement', reference: 'ocds-9' },
  pack,
);
const id = (key: string) => ids.get(key) as number;
const khukh = id('MN-SRN:2074249');
const khukhTrade = id('MN-SRN:2074250');
const gobiA = id('MN-SRN:6001234');
const gobiB = id('MN-SRN:6001299');
const nameOnly = id(`${UNIDENTIFIED}:huh murun`);
const govi = id(`${UNIDENTIFIED}:guvi cual`);
const tradeOnly = id(`${UNIDENTIFIED}:huh murun trade`);
await matchAll(ctx.db);

const state = async () =>
  Object.fromEntries(
    (
      await ctx.db.query<{ id: number; merged_into: number | null }>(
        sql`select id, merged_into from legal_entities order by id`,
      )
    ).map((r) => [Number(r.id), r.merged_into === null ? null : Number(r.merged_into)]),
  );
const statuses = async (entity: number) =>
  Object.fromEntries(
    (
      await ctx.db.query<{ candidate_id: number; status: string }>(
        sql`select candidate_id, status from legal_entity_match_candidates where entity_id = ${entity}`,
      )
    ).map((r) => [Number(r.candidate_id), r.status]),
  );
const audits = (action: string) =>
  ctx.db.query<{ subject_id: string; role: string; ip: string; details: Record<string, unknown> }>(
    sql`select subject_id, role, ip, details from audit_log where action = ${action} order by seq`,
  );
const message = (result: { ok: boolean; problems?: { key: string; params?: MessageParams }[] }) =>
  result.ok ? null : en(result.problems?.[0]?.key ?? '', result.problems?.[0]?.params);

describe('confirming and rejecting candidates', () => {
  it('asks a person to choose when a name matches two entities equally', async () => {
    expect(await statuses(govi)).toEqual({ [gobiA]: 'pending', [gobiB]: 'pending' });
    const tie = await confirmCandidate(ctx.db, { entity: govi, actor, meta });
    expect(tie.ok).toBe(false);
    expect(message(tie)).toBe(
      '“Govi Coal” matches two entities equally (Gobi Coal (MN-SRN 6001234) and Gobi Coal (MN-SRN 6001299)): choose the one it is.',
    );
    expect(await state()).toMatchObject({ [govi]: null });
    expect(await audits('legal-entities.merge')).toEqual([]);
  });

  it('merges the name into the candidate chosen, confirms it, rejects the others, and audits it', async () => {
    const result = await confirmCandidate(ctx.db, { entity: govi, candidate: gobiB, actor, meta });
    expect(result).toMatchObject({ ok: true, value: { from: govi, into: gobiB, moved: [] } });
    expect(await statuses(govi)).toEqual({ [gobiA]: 'rejected', [gobiB]: 'confirmed' });
    expect((await state())[govi]).toBe(gobiB);
    const [entry] = await audits('legal-entities.merge');
    expect(entry).toMatchObject({
      subject_id: String(govi),
      role: 'platform-administrator',
      ip: '203.0.113.7',
      details: { into: gobiB, moved: [], candidate: gobiB },
    });
    const again = await confirmCandidate(ctx.db, { entity: govi, candidate: gobiA, actor, meta });
    expect(message(again)).toBe(
      'This name has no proposed match waiting: someone may have decided it already.',
    );
  });

  it('takes the single best candidate when none is chosen', async () => {
    const result = await confirmCandidate(ctx.db, { entity: nameOnly, actor, meta });
    expect(result).toMatchObject({ ok: true, value: { into: khukh } });
  });

  it('rejects one candidate, or all of a name', async () => {
    const before = await statuses(tradeOnly);
    expect(Object.keys(before).map(Number)).toContain(khukhTrade);
    const one = await rejectCandidates(ctx.db, { entity: tradeOnly, candidate: khukh, actor, meta });
    expect(one).toEqual({ ok: true, value: { rejected: [khukh] } });
    expect(message(await rejectCandidates(ctx.db, { entity: tradeOnly, candidate: gobiA, actor }))).toBe(
      'The entity chosen is not one of the matches proposed for this name.',
    );
    expect((await audits('legal-entities.reject-match')).map((a) => a.details)).toEqual([
      { rejected: [khukh] },
    ]);
    expect((await state())[tradeOnly]).toBeNull();
  });
});

describe('merging and undoing', () => {
  it('refuses a merge into an entity that was itself merged, naming its root', async () => {
    const result = await mergeEntities(ctx.db, {
      from: tradeOnly,
      into: govi,
      reason: 'same firm',
      actor,
      meta,
    });
    expect(message(result)).toBe(
      `Entity ${govi} has itself been merged into entity ${gobiB}: merge into ${gobiB} instead.`,
    );
    expect(message(await mergeEntities(ctx.db, { from: govi, into: gobiA, reason: 'x', actor }))).toBe(
      `Entity ${govi} has already been merged into entity ${gobiB}.`,
    );
    expect(message(await mergeEntities(ctx.db, { from: gobiA, into: gobiA, reason: 'x', actor }))).toBe(
      'An entity cannot be merged into itself.',
    );
    expect(message(await mergeEntities(ctx.db, { from: gobiA, into: gobiB, reason: ' ', actor }))).toBe(
      'Enter why the entities are one (at most 1000 characters).',
    );
  });

  it('moves what was merged into an entity with it, and an undo puts every id back exactly', async () => {
    const before = await state();
    const merged = await mergeEntities(ctx.db, {
      from: gobiB,
      into: gobiA,
      reason: 'one register entry',
      actor,
      meta,
    });
    expect(merged).toMatchObject({ ok: true, value: { from: gobiB, into: gobiA, moved: [govi] } });
    expect(await state()).toEqual({ ...before, [gobiB]: gobiA, [govi]: gobiA });
    if (!merged.ok) return;

    // The older merge (govi into gobiB) cannot be undone while govi sits where the newer one put it.
    const [older] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entity_merges where from_id = ${govi}`,
    );
    const early = await undoMergeCommand(ctx.db, {
      mergeId: Number(older?.id),
      reason: 'wrong',
      actor,
      meta,
    });
    expect(message(early)).toBe(
      `Undo the later merge (no. ${merged.value.id}) first: only the latest merge of an entity can be undone.`,
    );

    const undone = await undoMergeCommand(ctx.db, {
      mergeId: merged.value.id,
      reason: 'two firms after all',
      actor,
      meta,
    });
    expect(undone).toMatchObject({ ok: true, value: { moved: [govi] } });
    expect(await state()).toEqual(before);
    const [entry] = await audits('legal-entities.undo-merge');
    expect(entry).toMatchObject({
      subject_id: String(gobiB),
      details: { merge: merged.value.id, moved: [govi], reason: 'two firms after all' },
    });

    const second = await undoMergeCommand(ctx.db, { mergeId: merged.value.id, reason: 'again', actor, meta });
    expect(second).toMatchObject({ ok: false, refusal: 'undone' });
    expect(message(second)).toMatch(/^This merge was already undone on \d{4}-\d\d-\d\d \d\d:\d\d\.$/);
    expect(await audits('legal-entities.undo-merge')).toHaveLength(1);
  });

  it('sends a confirmed name back to the queue when its merge is undone', async () => {
    const [merge] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entity_merges where from_id = ${govi}`,
    );
    const undone = await undoMergeCommand(ctx.db, {
      mergeId: Number(merge?.id),
      reason: 'not the same',
      actor,
      meta,
    });
    expect(undone.ok).toBe(true);
    expect(await statuses(govi)).toEqual({ [gobiA]: 'pending', [gobiB]: 'pending' });
    expect((await state())[govi]).toBeNull();
  });
});
