import type { Queryable } from '../db/database.ts';
import { readEntries, type StoredEntry } from './audit.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { allDailyHeads, type PublishedHead } from './heads.ts';

/**
 * Verification: recomputes the whole chain in seq order, in keyset batches (constant memory, any
 * length), checks every published daily head against it, and names the first problem.
 */

export type AuditProblemKind =
  /** An entry's contents no longer match its hash, or it was replaced by one with a fresh hash. */
  | 'altered'
  /** Entries are missing: a gap in seq, or a published head beyond the end of the trail. */
  | 'removed'
  /** An entry neither matches its own hash nor follows the one before: swapped, moved, renumbered. */
  | 'reordered'
  /** The chain is consistent, but not the one whose head was published: it was rewritten. */
  | 'head-mismatch';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The first entry found bad (for `head-mismatch`: the entry whose published head differs). */
  seq: number;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries found intact, from 1, before any problem. */
  checked: number;
  /** The last intact entry (seq 0 and the genesis hash when there is none). */
  head: { seq: number; hash: string };
  /** Published heads compared with the chain. */
  headsChecked: number;
  problem?: AuditProblem;
}

export interface VerifyOptions {
  /** Heads saved elsewhere (a copy of /audit/heads.json), checked as well as the database's. */
  saved?: { source: string; heads: readonly PublishedHead[] };
  batchSize?: number;
  /** Entries checked so far, after each batch. */
  onProgress?: (checked: number) => void;
}

interface Claim extends PublishedHead {
  source: string;
}

const range = (from: number, to: number) =>
  from === to ? `entry ${from} was removed` : `entries ${from} to ${to} were removed`;

/** What is wrong with `row`, given the intact entry before it (seq 0 and genesis before the first). */
function chainProblem(row: StoredEntry, prev: { seq: number; hash: string }): AuditProblem | undefined {
  const expected = prev.seq + 1;
  if (row.seq !== expected) {
    const where =
      prev.seq === 0
        ? `the trail starts at entry ${row.seq}`
        : `the trail jumps from entry ${prev.seq} to entry ${row.seq}`;
    return { kind: 'removed', seq: expected, message: `${where}: ${range(expected, row.seq - 1)}` };
  }
  const selfOk = entryHash(row.prevHash, row) === row.hash;
  const linkOk = row.prevHash === prev.hash;
  if (selfOk && linkOk) return undefined;
  if (!selfOk && linkOk)
    return {
      kind: 'altered',
      seq: row.seq,
      message: `entry ${row.seq} was altered: its contents no longer match its hash`,
    };
  if (!selfOk)
    return {
      kind: 'reordered',
      seq: row.seq,
      message: `entry ${row.seq} was altered or reordered: it neither matches its own hash nor ${prev.seq === 0 ? 'starts from the genesis hash' : `follows entry ${prev.seq}`} (entries swapped, moved or renumbered)`,
    };
  if (prev.seq === 0)
    return {
      kind: 'removed',
      seq: 1,
      message: `entry 1 does not start the chain: its prev_hash is ${row.prevHash}, not the genesis hash (entries before it were removed and the rest re-hashed, or it was forged)`,
    };
  return {
    kind: 'altered',
    seq: prev.seq,
    message: `entry ${prev.seq} was replaced: entry ${row.seq} was chained to an entry with hash ${row.prevHash}, but entry ${prev.seq} now hashes to ${prev.hash}`,
  };
}

function headProblem(claim: Claim, actual: string, lastMatch: Claim | undefined): AuditProblem {
  if (claim.seq === 0)
    return {
      kind: 'head-mismatch',
      seq: 0,
      message: `the head published for ${claim.day} (${claim.source}) says the trail was empty, but its hash ${claim.hash} is not the genesis hash`,
    };
  const from = (lastMatch?.seq ?? 0) + 1;
  const where = from === claim.seq ? `entry ${from}` : `entries ${from} to ${claim.seq}`;
  return {
    kind: 'head-mismatch',
    seq: claim.seq,
    message: `entry ${claim.seq} does not match the head published for ${claim.day} (${claim.source}): published ${claim.hash}, the trail now has ${actual}; the trail was rewritten in ${where}`,
  };
}

/** Recomputes the audit chain and checks the published heads; stops at the first problem. */
export async function verifyAuditChain(
  db: Queryable,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2000;
  const claims = new Map<number, Claim[]>();
  const addClaim = (claim: Claim) => claims.set(claim.seq, [...(claims.get(claim.seq) ?? []), claim]);
  for (const head of await allDailyHeads(db)) addClaim({ ...head, source: 'published' });
  for (const head of options.saved?.heads ?? []) addClaim({ ...head, source: options.saved!.source });
  let headsChecked = 0;

  let before = { seq: 0, hash: GENESIS_HASH };
  let prev = before;
  let lastMatch: Claim | undefined;
  const result = (problem?: AuditProblem): AuditVerification => {
    // A replaced entry is found one entry late; after a rewrite only what a head vouches for stands.
    let head = problem && problem.seq <= prev.seq ? before : prev;
    if (problem?.kind === 'head-mismatch') head = lastMatch ?? { seq: 0, hash: GENESIS_HASH };
    return {
      ok: !problem,
      checked: head.seq,
      head: { seq: head.seq, hash: head.hash },
      headsChecked,
      problem,
    };
  };
  const checkClaims = (seq: number, hash: string): AuditProblem | undefined => {
    const list = claims.get(seq);
    if (!list) return undefined;
    const differs = list.find((claim) => claim.hash !== hash);
    if (differs) return headProblem(differs, hash, lastMatch);
    lastMatch = list[0];
    headsChecked += list.length;
    claims.delete(seq);
    return undefined;
  };

  const genesis = checkClaims(0, GENESIS_HASH);
  if (genesis) return result(genesis);
  for (;;) {
    const rows = await readEntries(db, prev.seq, batchSize);
    for (const row of rows) {
      const problem = chainProblem(row, prev) ?? checkClaims(row.seq, row.hash);
      if (problem) return result(problem);
      before = prev;
      prev = { seq: row.seq, hash: row.hash };
    }
    options.onProgress?.(prev.seq);
    if (rows.length < batchSize) break;
  }
  // Heads beyond the end: the furthest one shows how much is missing, at the least.
  const beyond = [...claims.values()].flat().sort((a, b) => b.seq - a.seq || (a.day < b.day ? -1 : 1))[0];
  if (beyond)
    return result({
      kind: 'removed',
      seq: prev.seq + 1,
      message: `the trail ends at entry ${prev.seq}, but the head published for ${beyond.day} (${beyond.source}) is entry ${beyond.seq}: ${range(prev.seq + 1, beyond.seq)}`,
    });
  return result();
}
