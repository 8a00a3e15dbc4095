import { NODE_KINDS, type NodeKind } from '../text/model.ts';

/**
 * The project's own encoding of what Akoma Ntoso 3.0 (OASIS LegalDocML, `akomantoso30.xsd`)
 * requires of the drafts it reads and writes, written from the published standard; the official
 * schema is read only by `akn.conformance.test.ts`, which compares the verdicts.
 *
 * Where the standard is looser than a draft act can be, the project is stricter, on purpose:
 * - the standard lets any hierarchical element hold any other (`hierarchy` allows every member of
 *   `hierElements` inside every other); a draft goes inward, part → chapter → section → article →
 *   paragraph → point, skipping levels freely but never going back out (no chapter inside an
 *   article, no article inside an article);
 * - the standard makes `<num>` optional; every division of a draft is numbered, since a comment
 *   names its clause by number;
 * - the standard allows an empty `<content>`; a division without children must say something.
 */

/** The Akoma Ntoso 3.0 namespace, on the root element. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The document types a draft is read from, and the element holding each one's divisions. */
export const DOCUMENT_BODIES: Readonly<Record<string, string>> = {
  bill: 'body',
  act: 'body',
  doc: 'mainBody',
};

/**
 * What may stand beside the body in a document, in the standard's order
 * (`hierarchicalStructure`, `openStructure`). `coverPage` and `conclusions` (the signatures) are
 * skipped on import; `attachments` and `components` would be lost, so they are refused.
 */
export const DOCUMENT_PARTS = ['meta', 'coverPage', 'preface', 'preamble', 'body', 'mainBody', 'conclusions'];

/** The divisions read, by element name: the model's kinds are Akoma Ntoso's own names. */
export const DIVISIONS: ReadonlySet<string> = new Set(NODE_KINDS);

export function isDivision(name: string): name is NodeKind {
  return DIVISIONS.has(name);
}

/**
 * Whether a division of kind `child` may stand directly inside one of kind `parent` (or in the
 * body, `parent` undefined): strictly further in, in the order of `NODE_KINDS`.
 */
export function mayContain(parent: NodeKind | undefined, child: NodeKind): boolean {
  return parent === undefined || NODE_KINDS.indexOf(child) > NODE_KINDS.indexOf(parent);
}

/**
 * The element names the AKN naming convention (1.0, the eId's "element reference") abbreviates
 * each kind to: `chp_1__art_3__para_2`.
 */
export const EID_PREFIX: Readonly<Record<NodeKind, string>> = {
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  article: 'art',
  paragraph: 'para',
  point: 'point',
};

/** What a division holds besides other divisions. */
export const DIVISION_PARTS = new Set(['num', 'heading', 'intro', 'content']);

/**
 * The place of each child of a division in the standard's order (`basehierarchy`, then
 * `hierarchy`): number and heading first, in either order, then the intro, then the divisions or
 * the content.
 */
export function divisionOrder(name: string): number {
  if (name === 'num' || name === 'heading') return 0;
  return name === 'intro' ? 1 : 2;
}

/**
 * The inline elements whose words are kept when a `<p>`, `<num>`, `<heading>` or `<docTitle>` is
 * read (their markup is dropped): emphasis, references and dates, as drafting tools write them.
 */
export const INLINE: ReadonlySet<string> = new Set([
  'b',
  'i',
  'u',
  'sup',
  'sub',
  'span',
  'inline',
  'ref',
  'mref',
  'term',
  'def',
  'abbr',
  'date',
  'docTitle',
  'docNumber',
  'docType',
  'shortTitle',
  'organization',
  'person',
  'location',
]);

/** `eId`, `wId` and `GUID` are the standard's `noWhiteSpace`: one or more non-space characters. */
export const NO_WHITE_SPACE = /^\S+$/;

/** Limits on what is read, so a hostile file cannot exhaust the server. */
export const LIMITS = {
  /** Characters of the whole file. */
  xmlChars: 5_000_000,
  /** Divisions of one draft. */
  divisions: 5_000,
  /** Characters of one division's text, heading or number, and of the title and the preamble. */
  textChars: 20_000,
  /** Problems reported before reading stops. */
  problems: 50,
} as const;

/** The languages a draft is written in, as ISO 639-2 codes (FRBRlanguage, the expression URI). */
export const LANGUAGES = ['mon', 'eng'] as const;
export type AknLanguage = (typeof LANGUAGES)[number];
