/**
 * Ids carried from one version of a draft to the next, so comments stay on the clause they were
 * written about when articles are inserted, renumbered, moved or reworded.
 *
 * Two clauses are the same when they are of the same kind and either their words (heading, text
 * and the words of everything inside them) are at least `SAME_CLAUSE` alike, or they stand in the
 * same place (the same number path, or the same own number under parents already matched) and
 * their own heading and text are that alike — so an article one of whose parts was replaced is
 * still the same article. Among alike pairs the most alike wins; on a tie, the one in the same
 * place, then the one whose parent was matched to its parent, then the nearer in document order —
 * so an unchanged act keeps every id by number, and an inserted article moves the ids of those
 * after it along with their words. A clause whose words were replaced is a new clause even at the
 * same number: the old comments were about words that are gone. Outer divisions are matched
 * before inner ones.
 */
import { seededId } from './ids.ts';
import type { DraftText, NodeKind, TextNode } from './model.ts';
import { NODE_KINDS, walk } from './model.ts';

/** How alike two clauses' words must be to be the same clause (Dice coefficient over words). */
export const SAME_CLAUSE = 0.8;

export interface CarriedClause {
  id: string;
  kind: NodeKind;
  num: string;
}

export interface CarryReport {
  /** Same clause, same number. */
  kept: CarriedClause[];
  /** Same clause under a new number: `num` is the new one. */
  renumbered: (CarriedClause & { previousNum: string })[];
  /** Clauses of the new version with no earlier one: they keep their fresh ids. */
  new: CarriedClause[];
  /** Clauses of the earlier version no clause of the new one took the id of. */
  removed: CarriedClause[];
}

/** A multiset of words and its size. */
interface Bag {
  words: Map<string, number>;
  size: number;
}

function bag(list: readonly string[]): Bag {
  const words = new Map<string, number>();
  for (const word of list) words.set(word, (words.get(word) ?? 0) + 1);
  return { words, size: list.length };
}

interface Entry {
  node: TextNode;
  /** Kinds and numbers from the root: "chapter:1/article:3/paragraph:3.2". */
  path: string;
  parent: TextNode | undefined;
  depth: number;
  order: number;
  /** Its own heading's and text's words. */
  own: Bag;
  /** Its own words and those of everything inside it. */
  all: Bag;
}

/** A clause's own words, lower-cased, without punctuation. */
const ownWords = (node: TextNode): string[] =>
  [node.heading ?? '', node.text ?? '']
    .join(' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a clause and of everything inside it. */
const allWords = (node: TextNode): string[] => [...ownWords(node), ...node.children.flatMap(allWords)];

function entries(text: DraftText): Entry[] {
  return [...walk(text.body)].map(({ node, ancestors }, order) => ({
    node,
    path: [...ancestors, node].map((n) => `${n.kind}:${n.num}`).join('/'),
    parent: ancestors.at(-1),
    depth: ancestors.length,
    order,
    own: bag(ownWords(node)),
    all: bag(allWords(node)),
  }));
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: Bag, b: Bag): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const [word, count] of a.words) common += Math.min(count, b.words.get(word) ?? 0);
  return (2 * common) / (a.size + b.size);
}

function cloneTree(nodes: readonly TextNode[]): TextNode[] {
  return nodes.map((n) => ({ ...n, children: cloneTree(n.children) }));
}

/**
 * `next` with the ids of its clauses that are the same as one of `previous` taken from there (each
 * earlier id used once), and what happened to each clause. `next` itself is not changed. A fresh
 * id of `next` that happens to equal an id of `previous` it did not inherit is made anew, so an id
 * never passes to a different clause.
 */
export function carryIds(previous: DraftText, next: DraftText): { text: DraftText; report: CarryReport } {
  const text: DraftText = { ...next, body: cloneTree(next.body) };
  const before = entries(previous);
  const after = entries(text);
  /** next node → the previous entry it inherits from. */
  const matched = new Map<TextNode, Entry>();
  const taken = new Set<TextNode>();

  for (const kind of NODE_KINDS) {
    const depths = [...new Set(after.filter((e) => e.node.kind === kind).map((e) => e.depth))].sort(
      (x, y) => x - y,
    );
    for (const depth of depths) {
      const candidates: { a: Entry; b: Entry; score: number; tie: number[] }[] = [];
      for (const b of after) {
        if (b.node.kind !== kind || b.depth !== depth) continue;
        for (const a of before) {
          if (a.node.kind !== kind || taken.has(a.node)) continue;
          const parentMatched =
            b.parent === undefined ? a.parent === undefined : matched.get(b.parent)?.node === a.parent;
          const samePlace =
            a.path === b.path || (parentMatched && ownNumber(a.node.num) === ownNumber(b.node.num));
          const ownAlike = samePlace && a.own.size > 0 && b.own.size > 0 ? similarity(a.own, b.own) : 0;
          const score = Math.max(similarity(a.all, b.all), ownAlike);
          if (score < SAME_CLAUSE) continue;
          const tie = [samePlace ? 0 : 1, parentMatched ? 0 : 1, Math.abs(a.order - b.order)];
          candidates.push({ a, b, score, tie });
        }
      }
      candidates.sort((x, y) => y.score - x.score || compare(x.tie, y.tie));
      for (const { a, b } of candidates) {
        if (taken.has(a.node) || matched.has(b.node)) continue;
        matched.set(b.node, a);
        taken.add(a.node);
      }
    }
  }

  const report: CarryReport = { kept: [], renumbered: [], new: [], removed: [] };
  const previousIds = new Set(before.map((e) => e.node.id));
  const used = new Set<string>();
  for (const { node } of after) {
    const from = matched.get(node);
    if (from) {
      node.id = from.node.id;
      if (from.node.num === node.num) report.kept.push(clause(node));
      else report.renumbered.push({ ...clause(node), previousNum: from.node.num });
    }
    used.add(node.id);
  }
  for (const { node } of after) {
    if (matched.has(node)) continue;
    let fresh = node.id;
    for (let round = 1; previousIds.has(fresh) || (fresh !== node.id && used.has(fresh)); round++)
      fresh = seededId(node.id, String(round));
    used.add(fresh);
    node.id = fresh;
    report.new.push(clause(node));
  }
  for (const { node } of before) if (!taken.has(node)) report.removed.push(clause(node));
  return { text, report };
}

/** A number's own last part: "4.2.1" → "1", "а)" → "а)". */
const ownNumber = (num: string) => num.split('.').at(-1);

const clause = (node: TextNode): CarriedClause => ({ id: node.id, kind: node.kind, num: node.num });

function compare(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return 0;
}
