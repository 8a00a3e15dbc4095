/**
 * Two versions of a draft compared clause by clause, for the reader who wants to know what the
 * drafters changed. Clauses are aligned by id (carried from version to version by `carry.ts`), so
 * a renumbered article is compared with itself, not with whatever now has its number; within a
 * clause the words are compared by jsdiff.
 *
 * jsdiff's own word splitters know Latin letters only and would compare Mongolian letter by
 * letter, so the words are split here (letters and digits of any script, runs of space, single
 * punctuation marks, as `diffWordsWithSpace` does for Latin text) and compared with `diffArrays`.
 */
import { diffArrays } from 'diff';
import { defaultLocale, type Translator, translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { DraftText, NodeKind, TextNode } from './model.ts';
import { walk } from './model.ts';

/** A run of words the same in both versions, only in the new one, or only in the old one. */
export interface WordChange {
  value: string;
  change: 'same' | 'added' | 'removed';
}

export type DiffStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';

export interface NodeDiff {
  id: string;
  kind: NodeKind;
  /** How deep the clause stands: 0 for the body's own divisions. */
  depth: number;
  /**
   * `moved`: its parent or its own number differs (its words may differ too: see `reworded`); a
   * part renumbered only with its article ("3.1" → "4.1") is not moved.
   */
  status: DiffStatus;
  /** The number in the new version (the old one for a removed clause). */
  num: string;
  /** The number in the old version, when the clause was renumbered or moved. */
  previousNum?: string;
  /** Whether its heading or text differs. */
  reworded: boolean;
  heading: WordChange[];
  text: WordChange[];
}

export interface VersionDiff {
  title: WordChange[];
  preamble: WordChange[];
  /** The new version's clauses in order, each removed clause after the one it followed. */
  nodes: NodeDiff[];
  counts: Record<DiffStatus, number>;
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+|\s+|[^\p{L}\p{N}\p{M}_\s]/gu;

/** Word-level changes from `before` to `after`. */
export function wordChanges(before: string, after: string): WordChange[] {
  if (before === after) return before === '' ? [] : [{ value: before, change: 'same' }];
  return diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? []).map((part) => ({
    value: part.value.join(''),
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

interface Placed {
  node: TextNode;
  parentId: string | undefined;
  depth: number;
}

function placed(text: DraftText): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const { node, ancestors } of walk(text.body))
    out.set(node.id, { node, parentId: ancestors.at(-1)?.id, depth: ancestors.length });
  return out;
}

/**
 * A number's own last part ("4.2.1" → "1"): "3.1" that became "4.1" because its article was
 * renumbered has not moved itself, and is not counted again.
 */
const ownNumber = (num: string) => num.split('.').at(-1);

const whole = (value: string | undefined, change: 'added' | 'removed'): WordChange[] =>
  value ? [{ value, change }] : [];

function compared(id: string, a: Placed | undefined, b: Placed | undefined): NodeDiff {
  if (!a || !b) {
    const only = (a ?? b) as Placed;
    const change = a ? 'removed' : 'added';
    return {
      id,
      kind: only.node.kind,
      depth: only.depth,
      status: change,
      num: only.node.num,
      reworded: true,
      heading: whole(only.node.heading, change),
      text: whole(only.node.text, change),
    };
  }
  const reworded = a.node.heading !== b.node.heading || a.node.text !== b.node.text;
  const moved = a.parentId !== b.parentId || ownNumber(a.node.num) !== ownNumber(b.node.num);
  return {
    id,
    kind: b.node.kind,
    depth: b.depth,
    status: moved ? 'moved' : reworded ? 'changed' : 'unchanged',
    num: b.node.num,
    ...(moved ? { previousNum: a.node.num } : {}),
    reworded,
    heading: wordChanges(a.node.heading ?? '', b.node.heading ?? ''),
    text: wordChanges(a.node.text ?? '', b.node.text ?? ''),
  };
}

/** Version `a` against version `b`, clause by clause by id. */
export function diffVersions(a: DraftText, b: DraftText): VersionDiff {
  const before = placed(a);
  const after = placed(b);
  const nodes = [...after].map(([id, placedB]) => compared(id, before.get(id), placedB));
  /** Where each old clause stands in `nodes`, so a removed one goes after the clause it followed. */
  let at = -1;
  for (const [id, placedA] of before) {
    const found = nodes.findIndex((n) => n.id === id);
    if (found >= 0) {
      at = found;
      continue;
    }
    nodes.splice(at + 1, 0, compared(id, placedA, undefined));
    at += 1;
  }
  const counts: Record<DiffStatus, number> = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  for (const n of nodes) counts[n.status] += 1;
  return {
    title: wordChanges(a.title, b.title),
    preamble: wordChanges(a.preamble ?? '', b.preamble ?? ''),
    nodes,
    counts,
  };
}

const changedWords = (words: readonly WordChange[]) => words.some((w) => w.change !== 'same');

/** Words with line breaks kept. */
function lines(value: string): Html {
  return html`${value.split('\n').map((line, i) => (i === 0 ? line : html`<br>${line}`))}`;
}

/**
 * Marked words: `<ins>`/`<del>`, each with a visually hidden "added:"/"removed:" for readers who
 * do not see the marks; `labelled` false for a clause added or removed whole, which is marked
 * once around all of it, its badge saying so.
 */
function words(list: readonly WordChange[], t: Translator, labelled: boolean): Html {
  const end = html`<span class="visually-hidden"> ${t('participation.diff.end')}</span>`;
  return html`${list.map((w) => {
    if (w.change === 'same' || !labelled) return lines(w.value);
    if (w.change === 'added')
      return html`<ins><span class="visually-hidden">${t('participation.diff.inserted')} </span>${lines(w.value)}${end}</ins>`;
    return html`<del><span class="visually-hidden">${t('participation.diff.deleted')} </span>${lines(w.value)}${end}</del>`;
  })}`;
}

/** The summary line: "3 changed, 1 added, 1 removed", or that nothing changed. */
export function diffSummary(result: VersionDiff, t: Translator): string {
  const parts = (['changed', 'added', 'removed', 'moved'] as const)
    .filter((status) => result.counts[status] > 0)
    .map((status) => t(`participation.diff.count.${status}`, { count: result.counts[status] }));
  const touched = parts.length > 0 || changedWords(result.title) || changedWords(result.preamble);
  return touched ? parts.join(', ') : t('participation.diff.same');
}

function badge(n: NodeDiff, t: Translator): Html | null {
  if (n.status === 'unchanged') return null;
  const label =
    n.status === 'moved'
      ? t('participation.diff.status.moved', { from: n.previousNum ?? n.num, to: n.num })
      : t(`participation.diff.status.${n.status}`);
  return html`<strong class="text-diff-status">${label}</strong> `;
}

function clause(n: NodeDiff, t: Translator): Html {
  const labelled = n.status !== 'added' && n.status !== 'removed';
  const inner = html`<p class="text-diff-head">${badge(n, t)}<span class="text-diff-num">${n.num}</span>${
    n.heading.length > 0 && html` ${words(n.heading, t, labelled)}`
  }</p>${n.text.length > 0 && html`<p class="text-diff-words">${words(n.text, t, labelled)}</p>`}`;
  const body =
    n.status === 'added'
      ? html`<ins>${inner}</ins>`
      : n.status === 'removed'
        ? html`<del>${inner}</del>`
        : inner;
  return html`<div class="text-diff-clause text-diff-${n.status} text-diff-depth-${n.depth}" id="${`diff-${n.id}`}">${body}</div>`;
}

/**
 * The comparison as server-rendered HTML (no script): a summary line, the title and preamble when
 * they changed, then every clause of the new version with removed ones in place. Added and
 * removed words are marked by `<ins>`/`<del>` and said in words too, never by colour alone. The
 * translator defaults to the default language; the module registers `textMessages`.
 */
export function diffHtml(result: VersionDiff, t: Translator = translator(defaultLocale)): Html {
  const part = (key: string, list: WordChange[]) =>
    changedWords(list) &&
    html`<p class="text-diff-part"><strong>${t(key)}:</strong> ${words(list, t, true)}</p>`;
  return html`<section class="text-diff">
<p class="text-diff-summary">${diffSummary(result, t)}</p>
${part('participation.diff.title', result.title)}${part('participation.diff.preamble', result.preamble)}
${result.nodes.map((n) => clause(n, t))}
</section>`;
}
