import { createHash } from 'node:crypto';

/**
 * The hash chain, in pure functions: the canonical text of an entry and its hash. This is the
 * formula README.md documents for anyone who wants to verify the trail with their own code.
 */

/** `prev_hash` of the first entry, and the head of an empty trail. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON values as `details` may hold them. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { [key: string]: JsonValue };

/** An entry as it is stored, with `at` already in its canonical text form (see `canonicalTime`). */
export interface ChainEntry {
  seq: number;
  at: string;
  actor: string;
  actorUserId: number | null;
  role: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  purpose: string | null;
  ip: string | null;
  requestId: string | null;
  details: JsonValue;
}

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values used here: object members sorted by the
 * UTF-16 code units of their names, no whitespace, strings and numbers as ECMAScript writes them.
 * PostgreSQL's jsonb keeps neither key order nor spacing, so only a canonical form survives the
 * round trip through the database.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`audit details cannot hold the number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const members = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`audit details cannot hold a ${typeof value}`);
  }
}

/**
 * An instant as `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC, six fraction digits: the form both engines
 * give back with `to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.
 */
export function canonicalTime(date: Date): string {
  return date.toISOString().replace(/Z$/, '000Z');
}

/** The SQL that reads `at` back in the canonical form, for any column name chosen by code. */
export const CANONICAL_TIME_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

/**
 * The entry's canonical text: a JSON array in this fixed order, integers as decimal strings so
 * that no reader's number type matters, absent values as null.
 */
export function canonicalEntry(entry: ChainEntry): string {
  return canonicalJson([
    String(entry.seq),
    entry.at,
    entry.actor,
    entry.actorUserId === null ? null : String(entry.actorUserId),
    entry.role,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.purpose,
    entry.ip,
    entry.requestId,
    entry.details,
  ]);
}

/** `hex(sha256(utf8(prev_hash || canonical entry)))`. */
export function entryHash(prevHash: string, entry: ChainEntry): string {
  return createHash('sha256')
    .update(prevHash + canonicalEntry(entry), 'utf8')
    .digest('hex');
}
