/**
 * A draft act as structured text: the shape every import (Akoma Ntoso, Word, plain text, the
 * form) produces, every version stores, the diff compares and the Akoma Ntoso writer publishes.
 *
 * Mongolian acts are divided into chapters (бүлэг), articles (зүйл), the article's numbered parts
 * (хэсэг, "4.2") and their points (заалт, "4.2.1"); a large code may group chapters into parts
 * (хэсэг/дэд хэсэг of the code). Akoma Ntoso names these `part`, `chapter`, `article`,
 * `paragraph` and `point`; `section` is kept for acts that use it.
 */

/** The kinds of division, outermost first. */
export const NODE_KINDS = ['part', 'chapter', 'section', 'article', 'paragraph', 'point'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** One division of the act: a clause comments attach to. */
export interface TextNode {
  /**
   * The division's id, kept from version to version while it is the same clause (Akoma Ntoso's
   * `wId`, the work-level id): comments hang on it and survive renumbering and new versions.
   * Lower-case letters, digits and `_`, starting with a letter (`n_4b7k2q`).
   */
  id: string;
  kind: NodeKind;
  /** Its number as the act writes it: "1", "4.2", "4.2.1", "а)". */
  num: string;
  /** A heading, where the division has one (parts, chapters, sections, articles). */
  heading?: string;
  /** The division's own words: a paragraph's or point's text, or an article's opening words. */
  text?: string;
  children: TextNode[];
}

/** A whole version's text in one language. */
export interface DraftText {
  /** The act's title ("Мэдээллийн ил тод байдал ба мэдээлэл авах эрхийн тухай хууль"). */
  title: string;
  /** Words before the first division (the preamble), if any. */
  preamble?: string;
  body: TextNode[];
}

/** Every node of a text, depth first, with the path of its ancestors. */
export function* walk(
  nodes: readonly TextNode[],
  ancestors: readonly TextNode[] = [],
): Generator<{ node: TextNode; ancestors: readonly TextNode[] }> {
  for (const node of nodes) {
    yield { node, ancestors };
    yield* walk(node.children, [...ancestors, node]);
  }
}

/** A node of a text by its id, or undefined. */
export function findNode(text: DraftText, id: string): TextNode | undefined {
  for (const { node } of walk(text.body)) if (node.id === id) return node;
  return undefined;
}

/** The pattern every node id matches. */
export const NODE_ID = /^[a-z][a-z0-9_]{0,63}$/;
