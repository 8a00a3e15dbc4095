import type { CountryPack } from '../../country/pack.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { JobHandler } from '../jobs/types.ts';
import { UNIDENTIFIED } from './identifiers.ts';
import { matchKey } from './names.ts';

/** The matcher's job kind: proposes candidates for unidentified entities, never merges. */
export const MATCH_JOB = 'legal-entities.match';

/**
 * Trigram similarity below which a name is not proposed. Match keys already fold scripts,
 * romanisations and legal forms, so a true match scores 1 or, with a typo, well above a half;
 * pg_trgm's own 0.3 let the index return many more names sharing a few trigrams (3× slower at
 * 200,000 entities, docs/benchmarks.md) for candidates nobody would confirm.
 */
export const DEFAULT_THRESHOLD = 0.5;

/** An identified entity a name may be, best first. */
export interface MatchCandidate {
  entityId: number;
  /** 0..1: trigram similarity of the closest of the entity's names; 1 for the same match key. */
  score: number;
  scheme: string;
  identifier: string;
  nameMn: string | null;
  nameEn: string | null;
}

export interface MatchOptions {
  /** How many candidates, at most; default 5. */
  limit?: number;
  /** The lowest similarity proposed, 0..1; default 0.5 (`DEFAULT_THRESHOLD`). */
  threshold?: number;
}

const isDatabase = (db: Queryable): db is Database => 'transaction' in db;

/**
 * Candidates for a match key by trigram similarity over every name entities are known by. The
 * GIN index `legal_entity_names_key_trgm` answers `match_key % key` (with the threshold set for
 * this transaction only, `set_config(…, true)`), so the cost follows the names that share
 * trigrams with the key, not the size of the register. Only identified roots are proposed: an
 * unidentified entity or one already merged is never a candidate.
 */
export async function findMatchesByKey(
  db: Queryable,
  key: string,
  options: MatchOptions & { except?: number } = {},
): Promise<MatchCandidate[]> {
  if (key === '') return [];
  const limit = options.limit ?? 5;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const run = async (q: Queryable) => {
    await q.query(sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`);
    const rows = await q.query<{
      id: number;
      score: number;
      scheme: string;
      identifier: string;
      name_mn: string | null;
      name_en: string | null;
    }>(matchQuery(key, limit, options.except ?? null));
    return rows.map((r) => ({
      entityId: Number(r.id),
      score: Math.min(1, Math.round(Number(r.score) * 1000) / 1000),
      scheme: r.scheme,
      identifier: r.identifier,
      nameMn: r.name_mn,
      nameEn: r.name_en,
    }));
  };
  return isDatabase(db) ? db.transaction(run) : run(db);
}

/** The statement behind `findMatchesByKey` (exported for the benchmark's and the test's EXPLAIN). */
export function matchQuery(key: string, limit: number, except: number | null = null) {
  return sql`
    with hit as (
      select n.entity_id, max(case when n.match_key = ${key} then 1 else similarity(n.match_key, ${key}) end) as score
      from legal_entity_names n
      where n.match_key % ${key}
      group by n.entity_id
    )
    select e.id, h.score, e.scheme, e.identifier, e.name_mn, e.name_en
    from hit h join legal_entities e on e.id = h.entity_id
    where e.merged_into is null and e.scheme <> ${UNIDENTIFIED} and e.id <> ${except ?? 0}
    order by h.score desc, e.id
    limit ${limit}`;
}

/** Identified entities a name (in either script, with or without its legal form) may be, best first. */
export function findMatches(
  db: Queryable,
  name: string,
  pack: CountryPack['legalEntities'],
  options: MatchOptions = {},
): Promise<MatchCandidate[]> {
  return findMatchesByKey(db, matchKey(name, pack), options);
}

export interface MatchRunSummary {
  /** Unidentified entities looked at. */
  entities: number;
  /** Candidate rows written. */
  candidates: number;
  /** The last entity id looked at: where the next batch starts. */
  after: number;
  /** Whether entities remain after `after`. */
  more: boolean;
}

/**
 * One batch of the matcher: unidentified roots after `after` (by id) without any candidate row
 * yet — pending or decided, so a person's decision is never asked twice — each matched on every
 * name it is known by, in one statement (the trigram index probed once per name), the best
 * `limit` per entity written as pending. Idempotent (a candidate already written stays as it
 * is), and it never merges: only a person does (`confirmCandidate`).
 */
export async function matchBatch(
  db: Database,
  options: { after?: number; batchSize?: number } & MatchOptions = {},
): Promise<MatchRunSummary> {
  const batchSize = options.batchSize ?? 500;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return db.transaction(async (tx) => {
    await tx.query(sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`);
    const [run] = await tx.query<{ entities: number; last: number | null; candidates: number }>(sql`
      with batch as (
        select e.id from legal_entities e
        where e.scheme = ${UNIDENTIFIED} and e.merged_into is null and e.id > ${options.after ?? 0}
          and not exists (select 1 from legal_entity_match_candidates c where c.entity_id = e.id)
        order by e.id limit ${batchSize}
      ), keys as (
        select distinct n.entity_id, n.match_key as key
        from legal_entity_names n join batch b on b.id = n.entity_id
        where n.match_key <> ''
      ), hit as (
        select k.entity_id, n.entity_id as candidate_id,
          max(case when n.match_key = k.key then 1 else similarity(n.match_key, k.key) end) as score
        from keys k join legal_entity_names n on n.match_key % k.key
        group by k.entity_id, n.entity_id
      ), ranked as (
        select h.entity_id, h.candidate_id, h.score,
          row_number() over (partition by h.entity_id order by h.score desc, h.candidate_id) as rank
        from hit h join legal_entities c on c.id = h.candidate_id
        where c.merged_into is null and c.scheme <> ${UNIDENTIFIED} and c.id <> h.entity_id
      ), written as (
        insert into legal_entity_match_candidates (entity_id, candidate_id, score)
        select entity_id, candidate_id, least(1, score) from ranked where rank <= ${options.limit ?? 5}
        on conflict do nothing
        returning 1
      )
      select (select count(*)::int from batch) as entities, (select max(id) from batch) as last,
        (select count(*)::int from written) as candidates`);
    const entities = run?.entities ?? 0;
    return {
      entities,
      candidates: run?.candidates ?? 0,
      after: run?.last != null ? Number(run.last) : (options.after ?? 0),
      more: entities === batchSize,
    };
  });
}

/**
 * The matcher over the whole register, batch after batch, each in its own transaction (the CLI,
 * and tests). The job runs a few batches per run and queues the rest (`matchJob`).
 */
export async function matchAll(
  db: Database,
  options: { batchSize?: number } & MatchOptions = {},
): Promise<Omit<MatchRunSummary, 'more' | 'after'>> {
  let after = 0;
  let entities = 0;
  let candidates = 0;
  for (;;) {
    const run = await matchBatch(db, { ...options, after });
    entities += run.entities;
    candidates += run.candidates;
    after = run.after;
    if (!run.more) return { entities, candidates };
  }
}

/**
 * The matcher as a durable job: payload `{ after }`. It runs up to `batchesPerRun` batches (by
 * default ten of 500 names, well inside the worker's lease), then queues a job for the rest, so
 * each run stays short; run again after a crash, it finds only what is left.
 */
export function matcherJob(options: { batchSize?: number; batchesPerRun?: number } = {}): JobHandler {
  return async (ctx, payload, job) => {
    let after = Number((payload as { after?: unknown } | null)?.after ?? 0) || 0;
    for (let i = 0; i < (options.batchesPerRun ?? 10); i++) {
      const run = await matchBatch(ctx.db, {
        after,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
      after = run.after;
      if (!run.more) return;
    }
    // Keyed by this job: a second run of it (at least once) does not queue the rest twice.
    await enqueueJob(ctx.db, {
      kind: MATCH_JOB,
      payload: { after },
      dedupeKey: `${MATCH_JOB}:after:${job.id}`,
    });
  };
}

/** The platform's matcher job (`platformJobHandlers`). */
export const matchJob: JobHandler = matcherJob();

/**
 * Asks for a matcher run, in the caller's transaction (an import that added unidentified
 * entities calls it once at its end): the job exists only if the import commits, and a run
 * already waiting to start is not queued twice. It never blocks the import: the work is the job's.
 */
export async function enqueueMatching(tx: Queryable): Promise<boolean> {
  const waiting = await tx.query(sql`
    select 1 from jobs where kind = ${MATCH_JOB} and status = 'pending' and attempts = 0
      and coalesce(payload->>'after', '0') = '0' limit 1`);
  if (waiting.length > 0) return false;
  return (await enqueueJob(tx, { kind: MATCH_JOB, payload: { after: 0 } })) !== null;
}
