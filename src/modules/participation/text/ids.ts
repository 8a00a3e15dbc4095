/**
 * New node ids, made from a seed rather than at random so that importing the same file twice
 * gives the same ids and tests can name them. Ids carried from an earlier version (`carry.ts`)
 * replace these wherever the clause is the same.
 */
import { createHash } from 'node:crypto';

/** `n_` and ten hex digits of the SHA-256 of the parts: matches `NODE_ID`. */
export function seededId(...parts: readonly string[]): string {
  return `n_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 10)}`;
}
