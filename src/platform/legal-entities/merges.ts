import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Permissions } from '../auth/permissions.ts';
import { auditRole } from '../commands/audit-role.ts';
import { refusableTransaction } from '../commands/change.ts';
import { ok, type Result, refuse, refusedAs } from '../commands/result.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { RequestMeta } from '../http/types.ts';
import { defineMessages } from '../i18n/index.ts';
import { UNIDENTIFIED } from './identifiers.ts';

/** The one action behind every decision about matches and merges. */
export const MATCH_PERMISSION = 'legal-entities.match';

/**
 * Who decides that two entities are one: platform administrators only. A merge changes what
 * every module shows for a company, across organisations, so no organisation's staff decides it.
 */
export const matchPermissions: Permissions = {
  [MATCH_PERMISSION]: {
    description: 'Confirm or reject proposed matches of legal entities, merge entities and undo merges',
    allow: ['platform-administrator'],
  },
};

type Meta = Pick<RequestMeta, 'ip' | 'requestId'>;

export interface MergeInput {
  /** The entity that is another: it points to `into` afterwards. */
  from: number;
  /** The entity it is: a root (not merged itself). */
  into: number;
  reason: string;
  actor: Actor;
  meta?: Meta;
  /** Further facts for the audit entry (the candidate's score). */
  details?: Record<string, string | number>;
}

export interface Merge {
  id: number;
  from: number;
  into: number;
  /** Entities that had been merged into `from` and moved with it. */
  moved: number[];
}

/** The texts of the refusals below, both languages (the module's catalogue includes them). */
export const mergeMessages = defineMessages({
  'legalEntities.merge.error.reason': {
    mn: 'Нэгтгэх шалтгаанаа бичнэ үү (1000 тэмдэгтээс ихгүй).',
    en: 'Enter why the entities are one (at most 1000 characters).',
  },
  'legalEntities.merge.error.same': {
    mn: 'Хуулийн этгээдийг өөртэй нь нэгтгэх боломжгүй.',
    en: 'An entity cannot be merged into itself.',
  },
  'legalEntities.merge.error.missing': {
    mn: '{id} дугаартай хуулийн этгээд алга.',
    en: 'There is no legal entity {id}.',
  },
  'legalEntities.merge.error.intoMerged': {
    mn: '{id} дугаартай хуулийн этгээд өөр этгээдэд ({root}) нэгтгэгдсэн тул түүнд нэгтгэх боломжгүй: {root}-д нэгтгэнэ үү.',
    en: 'Entity {id} has itself been merged into entity {root}: merge into {root} instead.',
  },
  'legalEntities.merge.error.fromMerged': {
    mn: '{id} дугаартай хуулийн этгээд аль хэдийн {root}-д нэгтгэгдсэн.',
    en: 'Entity {id} has already been merged into entity {root}.',
  },
  'legalEntities.undo.error.missing': {
    mn: '{id} дугаартай нэгтгэл алга.',
    en: 'There is no merge {id}.',
  },
  'legalEntities.undo.error.undone': {
    mn: 'Энэ нэгтгэлийг {at}-д аль хэдийн буцаасан.',
    en: 'This merge was already undone on {at}.',
  },
  'legalEntities.undo.error.later': {
    mn: 'Үүний дараа хийсэн нэгтгэлийг (№{later}) эхлээд буцаана уу: зөвхөн хамгийн сүүлийн нэгтгэлийг буцаах боломжтой.',
    en: 'Undo the later merge (no. {later}) first: only the latest merge of an entity can be undone.',
  },
  'legalEntities.undo.error.reason': {
    mn: 'Буцаах шалтгаанаа бичнэ үү (1000 тэмдэгтээс ихгүй).',
    en: 'Enter why the merge is undone (at most 1000 characters).',
  },
  'legalEntities.match.error.notQueued': {
    mn: 'Энэ нэрд шийдвэр хүлээж буй санал алга: өөр хүн шийдсэн байж магадгүй.',
    en: 'This name has no proposed match waiting: someone may have decided it already.',
  },
  'legalEntities.match.error.notCandidate': {
    mn: 'Сонгосон этгээд энэ нэрийн санал болгосон этгээдүүдийн нэг биш.',
    en: 'The entity chosen is not one of the matches proposed for this name.',
  },
  'legalEntities.match.error.tie': {
    mn: '«{name}» нэр хоёр хуулийн этгээдтэй адил тохирч байна ({first}, {second}): алийг нь болохыг сонгоно уу.',
    en: '“{name}” matches two entities equally ({first} and {second}): choose the one it is.',
  },
});

const cleanReason = (reason: string) => reason.trim();

interface EntityRow {
  id: number;
  merged_into: number | null;
  scheme: string;
}

const lockEntity = async (tx: Queryable, id: number): Promise<EntityRow | undefined> =>
  (
    await tx.query<EntityRow>(
      sql`select id, merged_into, scheme from legal_entities where id = ${id} for update`,
    )
  )[0];

const audit = (
  tx: Queryable,
  actor: Actor,
  meta: Meta | undefined,
  action: string,
  id: number,
  details: Record<string, string | number | number[] | null>,
) =>
  recordAudit(tx, {
    actor,
    role: auditRole(actor, null, MATCH_PERMISSION),
    action,
    subject: { type: 'legal-entity', id },
    ip: meta?.ip ?? null,
    requestId: meta?.requestId ?? null,
    details,
  });

/**
 * Merges `from` into `into` in the caller's transaction: `from`, and every entity merged into it
 * before, point to `into` afterwards (one level: every entity's `merged_into` is a root), the
 * merge is logged with the ids moved, and audited. `into` must be a root and `from` not merged;
 * a refusal writes nothing (the caller rolls back, as `refusableTransaction` does).
 */
export async function mergeEntity(tx: Queryable, input: MergeInput): Promise<Result<Merge>> {
  const reason = cleanReason(input.reason);
  if (reason.length === 0 || reason.length > 1000)
    return refuse('reason', 'legalEntities.merge.error.reason');
  if (input.from === input.into) return refuse('into', 'legalEntities.merge.error.same');
  // Locked in id order, so two merges of the same pair cannot deadlock.
  const [first, second] = input.from < input.into ? [input.from, input.into] : [input.into, input.from];
  const a = await lockEntity(tx, first);
  const b = await lockEntity(tx, second);
  const from = input.from === first ? a : b;
  const into = input.into === first ? a : b;
  if (!from) return refuse('from', 'legalEntities.merge.error.missing', { id: input.from });
  if (!into) return refuse('into', 'legalEntities.merge.error.missing', { id: input.into });
  if (into.merged_into !== null)
    return refuse('into', 'legalEntities.merge.error.intoMerged', {
      id: input.into,
      root: Number(into.merged_into),
    });
  if (from.merged_into !== null)
    return refuse('from', 'legalEntities.merge.error.fromMerged', {
      id: input.from,
      root: Number(from.merged_into),
    });
  const moved = (
    await tx.query<{ id: number }>(sql`
      update legal_entities set merged_into = ${input.into}, updated_at = now()
      where merged_into = ${input.from} returning id`)
  )
    .map((r) => Number(r.id))
    .sort((x, y) => x - y);
  await tx.query(
    sql`update legal_entities set merged_into = ${input.into}, updated_at = now() where id = ${input.from}`,
  );
  const [row] = await tx.query<{ id: number }>(sql`
    insert into legal_entity_merges (from_id, into_id, moved_ids, reason, merged_by)
    values (${input.from}, ${input.into}, ${moved}::bigint[], ${reason}, ${input.actor.userId})
    returning id`);
  const id = Number(row?.id);
  await audit(tx, input.actor, input.meta, 'legal-entities.merge', input.from, {
    merge: id,
    into: input.into,
    moved,
    reason,
    ...input.details,
  });
  return ok({ id, from: input.from, into: input.into, moved });
}

export interface UndoInput {
  mergeId: number;
  reason: string;
  actor: Actor;
  meta?: Meta;
}

/**
 * Undoes a merge in the caller's transaction, exactly: `from` becomes a root again and the
 * entities that moved with it point to it again; the candidates its confirmation decided go back
 * to the queue. Only while the entities are where the merge left them — a later merge of them
 * must be undone first, so only the latest merge of an entity can be undone; a merge already
 * undone is refused (`refusal: 'undone'`).
 */
export async function undoMerge(tx: Queryable, input: UndoInput): Promise<Result<Merge, 'undone'>> {
  const reason = cleanReason(input.reason);
  if (reason.length === 0 || reason.length > 1000) return refuse('reason', 'legalEntities.undo.error.reason');
  const [merge] = await tx.query<{
    id: number;
    from_id: number;
    into_id: number;
    moved_ids: number[];
    undone_at: Date | null;
  }>(sql`select id, from_id, into_id, moved_ids, undone_at
    from legal_entity_merges where id = ${input.mergeId} for update`);
  if (!merge) return refuse('merge', 'legalEntities.undo.error.missing', { id: input.mergeId });
  if (merge.undone_at !== null)
    return refusedAs('undone', [
      {
        field: 'reason',
        key: 'legalEntities.undo.error.undone',
        params: { at: new Date(merge.undone_at).toISOString().slice(0, 16).replace('T', ' ') },
      },
    ]);
  const from = Number(merge.from_id);
  const into = Number(merge.into_id);
  const moved = merge.moved_ids.map(Number);
  const family = [from, ...moved];
  const current = await tx.query<{ id: number; merged_into: number | null }>(sql`
    select id, merged_into from legal_entities where id = any(${family}::bigint[]) order by id for update`);
  const inPlace = current.length === family.length && current.every((r) => Number(r.merged_into) === into);
  if (!inPlace) {
    // Moved since by a later merge (of them, or of the entity they went into): that one first.
    const [later] = await tx.query<{ id: number }>(sql`
      select id from legal_entity_merges
      where id > ${merge.id} and undone_at is null and (from_id = any(${family}::bigint[]) or from_id = ${into})
      order by id desc limit 1`);
    return refuse('reason', 'legalEntities.undo.error.later', { later: Number(later?.id ?? 0) });
  }
  await tx.query(sql`update legal_entities set merged_into = null, updated_at = now() where id = ${from}`);
  if (moved.length > 0)
    await tx.query(
      sql`update legal_entities set merged_into = ${from}, updated_at = now() where id = any(${moved}::bigint[])`,
    );
  await tx.query(sql`
    update legal_entity_merges set undone_by = ${input.actor.userId}, undone_at = now(), undo_reason = ${reason}
    where id = ${merge.id}`);
  // The decisions the merge's confirmation made (same transaction, same time) are asked again;
  // compared in SQL, as a JavaScript Date would drop the microseconds.
  await tx.query(sql`
    update legal_entity_match_candidates set status = 'pending', decided_by = null, decided_at = null
    where entity_id = ${from}
      and decided_at = (select merged_at from legal_entity_merges where id = ${merge.id})`);
  await audit(tx, input.actor, input.meta, 'legal-entities.undo-merge', from, {
    merge: Number(merge.id),
    into,
    moved,
    reason,
  });
  return ok({ id: Number(merge.id), from, into, moved });
}

/** Merges, as a command of its own (the CLI; pages confirm candidates instead). */
export const mergeEntities = (db: Database, input: MergeInput) =>
  refusableTransaction(db, (tx) => mergeEntity(tx, input));

/** Undoes a merge, as a command of its own: one transaction, nothing written when refused. */
export async function undoMergeCommand(
  db: Database,
  input: UndoInput,
  afterMerge?: AfterMerge,
): Promise<Result<Merge, 'undone'>> {
  let refusal: Result<Merge, 'undone'> | undefined;
  const result = await refusableTransaction(db, async (tx) => {
    const outcome = await undoMerge(tx, input);
    if (!outcome.ok) refusal = outcome;
    else await afterMerge?.(tx, touched(outcome.value));
    return outcome as Result<Merge>;
  });
  return result.ok ? result : (refusal ?? result);
}

/**
 * Keeps what is derived from the register current in the merge's own transaction, given every
 * entity whose root changed: the publishing module's search documents (a root in, a merged one out).
 */
export type AfterMerge = (tx: Queryable, ids: readonly number[]) => Promise<void>;

const touched = (m: Merge) => [m.from, m.into, ...m.moved];

export interface Decision {
  /** The unidentified entity whose candidates are decided. */
  entity: number;
  /** The candidate chosen; none to confirm the single best one (refused on a tie) or to reject all. */
  candidate?: number | null;
  actor: Actor;
  meta?: Meta;
  afterMerge?: AfterMerge;
}

interface Pending {
  candidate_id: number;
  score: number;
  label: string;
  name: string;
}

const pendingOf = (tx: Queryable, entity: number) =>
  tx.query<Pending>(sql`
    select c.candidate_id, c.score, coalesce(k.name_mn, k.name_en) || ' (' || k.scheme || ' ' || k.identifier || ')' as label,
      coalesce(e.name_mn, e.name_en) as name
    from legal_entity_match_candidates c
    join legal_entities k on k.id = c.candidate_id
    join legal_entities e on e.id = c.entity_id
    where c.entity_id = ${entity} and c.status = 'pending' and e.merged_into is null and e.scheme = ${UNIDENTIFIED}
    order by c.score desc, c.candidate_id
    for update of c`);

/**
 * A person confirms that a name is an entity: the unidentified entity is merged into the
 * candidate (its root, should the candidate have been merged since), that candidate is marked
 * confirmed and the entity's other pending candidates rejected, all audited in one transaction.
 * Without a choice the best candidate is taken — unless two share the best score: then the name
 * matches two entities equally and the person is asked to choose.
 */
export function confirmCandidate(db: Database, decision: Decision): Promise<Result<Merge>> {
  return refusableTransaction(db, async (tx) => {
    const pending = await pendingOf(tx, decision.entity);
    if (pending.length === 0) return refuse('candidate', 'legalEntities.match.error.notQueued');
    let chosen: Pending | undefined;
    if (decision.candidate != null) {
      chosen = pending.find((p) => Number(p.candidate_id) === decision.candidate);
      if (!chosen) return refuse('candidate', 'legalEntities.match.error.notCandidate');
    } else {
      const [best, next] = pending;
      if (best && next && Number(best.score) === Number(next.score))
        return refuse('candidate', 'legalEntities.match.error.tie', {
          name: best.name,
          first: best.label,
          second: next.label,
        });
      chosen = best;
    }
    const candidate = Number(chosen?.candidate_id);
    const [root] = await tx.query<{ root: number }>(
      sql`select coalesce(merged_into, id) as root from legal_entities where id = ${candidate}`,
    );
    const merged = await mergeEntity(tx, {
      from: decision.entity,
      into: Number(root?.root ?? candidate),
      reason: `match confirmed: candidate ${candidate}, score ${Number(chosen?.score).toFixed(2)}`,
      actor: decision.actor,
      ...(decision.meta ? { meta: decision.meta } : {}),
      details: { candidate, score: Number(chosen?.score) },
    });
    // The form names one field: the choice of candidate.
    if (!merged.ok) return refuse(merged.problems.map((p) => ({ ...p, field: 'candidate' })));
    await tx.query(sql`
      update legal_entity_match_candidates
      set status = case when candidate_id = ${candidate} then 'confirmed' else 'rejected' end,
        decided_by = ${decision.actor.userId}, decided_at = now()
      where entity_id = ${decision.entity} and status = 'pending'`);
    await decision.afterMerge?.(tx, touched(merged.value));
    return merged;
  });
}

/**
 * A person says a name is not this candidate (or, without a choice, none of them): the
 * candidates are marked rejected, never proposed again for this entity, and the decision audited.
 */
export function rejectCandidates(db: Database, decision: Decision): Promise<Result<{ rejected: number[] }>> {
  return refusableTransaction(db, async (tx) => {
    const pending = await pendingOf(tx, decision.entity);
    if (pending.length === 0) return refuse('candidate', 'legalEntities.match.error.notQueued');
    const ids =
      decision.candidate != null
        ? pending
            .filter((p) => Number(p.candidate_id) === decision.candidate)
            .map((p) => Number(p.candidate_id))
        : pending.map((p) => Number(p.candidate_id));
    if (ids.length === 0) return refuse('candidate', 'legalEntities.match.error.notCandidate');
    await tx.query(sql`
      update legal_entity_match_candidates set status = 'rejected', decided_by = ${decision.actor.userId}, decided_at = now()
      where entity_id = ${decision.entity} and candidate_id = any(${ids}::bigint[])`);
    await audit(tx, decision.actor, decision.meta, 'legal-entities.reject-match', decision.entity, {
      rejected: ids,
    });
    return ok({ rejected: ids });
  });
}
