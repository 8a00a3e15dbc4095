import { XMLBuilder } from 'fast-xml-parser';
import { type DraftText, NODE_ID, type TextNode, walk } from '../text/model.ts';
import { AKN_NS, type AknLanguage, EID_PREFIX, LANGUAGES } from './rules.ts';

/**
 * One version of a draft act published as Akoma Ntoso 3.0 (OASIS LegalDocML): an `<akomaNtoso>`
 * holding a `<bill>` (a draft act is a bill) with
 * - `<meta>`: the FRBR identification of the work (the draft), the expression (this version in
 *   one language) and the manifestation (this XML file), their URIs after the AKN naming
 *   convention (`/akn/mn/bill/2026-03-01/<slug>`, `…/mon@2026-03-15`, `…/mon@2026-03-15.akn`),
 *   and the author organisation as a `TLCOrganization`;
 * - `<preface>` with the `docTitle`, `<preamble>` when the draft has one;
 * - `<body>`: each division as its own element (`part`, `chapter`, `section`, `article`,
 *   `paragraph`, `point`) with an `eId` as the naming convention builds it (`chp_2__art_4__para_2`:
 *   each level's abbreviation and its own number, or its place among its parent's divisions of
 *   that kind where the number is not plain or not unique; `eIdNumber`), its stable `id` as
 *   `wId`, `<num>`, `<heading>`, and
 *   its words as `<content><p>` (a division without children) or `<intro><p>` (before its
 *   children). Each line of a text is one `<p>`.
 *
 * Escaping is XMLBuilder's. `read.ts` reads the file back to the same `DraftText`;
 * `akn.conformance.test.ts` validates it against the official schema.
 */

export interface AknMeta {
  /** ISO 3166-1 alpha-2, lower case: "mn". */
  country: string;
  /** The draft's slug: the last part of the work URI. */
  slug: string;
  /** The version's number, from 1. */
  version: number;
  /** The version's date, YYYY-MM-DD: the expression's date. */
  date: string;
  /**
   * The work's date, YYYY-MM-DD: the draft's first version, so the work URI stays the same from
   * version to version. The version's date when absent.
   */
  workDate?: string;
  language: AknLanguage;
  /** The organisation that drafted it: its slug (the TLC `eId`) and its name. */
  author: { slug: string; name: string };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The work, expression and manifestation URIs of one version (AKN naming convention 1.0). */
export function aknUris(meta: AknMeta): { work: string; expression: string; manifestation: string } {
  const work = `/akn/${meta.country}/bill/${meta.workDate ?? meta.date}/${meta.slug}`;
  const expression = `${work}/${meta.language}@${meta.date}`;
  return { work, expression, manifestation: `${expression}.akn` };
}

/** What is wrong with a meta, in plain English for the developer, or undefined. */
function metaProblem(meta: AknMeta): string | undefined {
  if (!/^[a-z]{2}$/.test(meta.country)) return `country "${meta.country}" is not a two-letter code`;
  if (!SLUG.test(meta.slug)) return `slug "${meta.slug}" is not lower-case letters, digits and hyphens`;
  if (!SLUG.test(meta.author.slug)) return `author slug "${meta.author.slug}" is not a slug`;
  if (meta.author.name.trim() === '') return 'the author has no name';
  if (!Number.isInteger(meta.version) || meta.version < 1)
    return `version ${meta.version} is not a number from 1`;
  if (!DATE.test(meta.date)) return `date "${meta.date}" is not YYYY-MM-DD`;
  if (meta.workDate !== undefined && !DATE.test(meta.workDate))
    return `work date "${meta.workDate}" is not YYYY-MM-DD`;
  if (!LANGUAGES.includes(meta.language))
    return `language "${meta.language}" is not one of ${LANGUAGES.join(', ')}`;
  return undefined;
}

/** A node id that is not an id, or repeats: the `wId`s would not be valid, or not stable. */
function idProblem(draft: DraftText): string | undefined {
  const seen = new Set<string>();
  for (const { node } of walk(draft.body)) {
    if (!NODE_ID.test(node.id)) return `node id "${node.id}" does not match NODE_ID`;
    if (seen.has(node.id)) return `node id "${node.id}" is used twice`;
    seen.add(node.id);
  }
  return undefined;
}

type XmlNode = Record<string, unknown>;

function el(name: string, attributes: Record<string, string> = {}, children: XmlNode[] = []): XmlNode {
  return Object.keys(attributes).length > 0 ? { [name]: children, ':@': attributes } : { [name]: children };
}
/** Characters XML 1.0 cannot carry: controls other than tab and line ends, U+FFFE and U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/**
 * Words without the characters XML cannot carry (a pasted document may bring them); a lone
 * surrogate becomes U+FFFD.
 */
const clean = (value: string): string => value.toWellFormed().replace(NOT_XML, '');
const text = (value: string): XmlNode => ({ '#text': clean(value) });
/** One `<p>` per line of a text, each line trimmed. */
const paragraphs = (value: string): XmlNode[] =>
  value.split('\n').map((line) => el('p', {}, [text(line.trim())]));

function division(node: TextNode, eId: string): XmlNode {
  const children: XmlNode[] = [el('num', {}, [text(node.num)])];
  if (node.heading !== undefined) children.push(el('heading', {}, [text(node.heading)]));
  if (node.children.length === 0) {
    children.push(el('content', {}, paragraphs(node.text ?? '')));
  } else {
    if (node.text !== undefined && node.text.trim() !== '')
      children.push(el('intro', {}, paragraphs(node.text)));
    children.push(...divisions(node.children, `${eId}__`));
  }
  return el(node.kind, { eId, wId: node.id }, children);
}

/**
 * A division's own number as the naming convention writes it in an `eId`: the last component of
 * the first number in its `num` ("4.2." → "2", "3 дугаар зүйл" → "3", "Article 12bis" → "12bis"),
 * a single Latin letter ("b)" → "b"), or undefined where there is neither (an ordinal word, a
 * Cyrillic letter).
 */
export function eIdNumber(num: string): string | undefined {
  const number = num.match(/(\d+(?:\.\d+)*)([a-z]*)/i);
  if (number) return `${number[1]!.split('.').at(-1)}${number[2]!.toLowerCase()}`;
  const letter = num.trim().match(/^([a-z])\)?$/i);
  return letter ? letter[1]!.toLowerCase() : undefined;
}

/**
 * The divisions of one parent, each with its `eId`: its abbreviation and its own number where the
 * number is plain and unique among the parent's divisions of that kind (`chp_2__art_4__para_2`),
 * otherwise its place among them (`point_1`), as the convention allows for unnumbered divisions.
 */
function divisions(nodes: readonly TextNode[], prefix: string): XmlNode[] {
  const numbers = new Map<string, number>();
  for (const node of nodes) {
    const own = eIdNumber(node.num);
    if (own) numbers.set(`${node.kind}:${own}`, (numbers.get(`${node.kind}:${own}`) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    const place = (seen.get(node.kind) ?? 0) + 1;
    seen.set(node.kind, place);
    const own = eIdNumber(node.num);
    const label = own && numbers.get(`${node.kind}:${own}`) === 1 ? own : String(place);
    return division(node, `${prefix}${EID_PREFIX[node.kind]}_${label}`);
  });
}

function identification(meta: AknMeta): XmlNode {
  const uris = aknUris(meta);
  const author = el('FRBRauthor', { href: `#${meta.author.slug}` });
  const core = (uri: string, self: string, date: string, dateName: string) => [
    el('FRBRthis', { value: self }),
    el('FRBRuri', { value: uri }),
    el('FRBRdate', { date, name: dateName }),
    author,
  ];
  return el('identification', { source: `#${meta.author.slug}` }, [
    el('FRBRWork', {}, [
      ...core(uris.work, `${uris.work}/!main`, meta.workDate ?? meta.date, 'draft'),
      el('FRBRcountry', { value: meta.country }),
    ]),
    el('FRBRExpression', {}, [
      ...core(uris.expression, `${uris.expression}/!main`, meta.date, 'version'),
      el('FRBRversionNumber', { value: String(meta.version) }),
      el('FRBRlanguage', { language: meta.language }),
    ]),
    el('FRBRManifestation', {}, [
      ...core(uris.manifestation, `${uris.expression}/!main.xml`, meta.date, 'generation'),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/**
 * The Akoma Ntoso 3.0 XML of one version of a draft. Throws (a developer error, in English) when
 * `meta` is malformed (a country, slug, date, version or language the URIs cannot carry) or a node
 * id is not a `NODE_ID` or repeats.
 */
export function draftToAkn(draft: DraftText, meta: AknMeta): string {
  const problem = metaProblem(meta) ?? idProblem(draft);
  if (problem) throw new Error(`draftToAkn: ${problem}`);
  const bill: XmlNode[] = [
    el('meta', {}, [
      identification(meta),
      el('references', { source: `#${meta.author.slug}` }, [
        el('TLCOrganization', {
          eId: meta.author.slug,
          href: `/ontology/organization/${meta.country}/${meta.author.slug}`,
          showAs: clean(meta.author.name),
        }),
      ]),
    ]),
    el('preface', {}, [el('p', { class: 'title' }, [el('docTitle', {}, [text(draft.title)])])]),
  ];
  if (draft.preamble !== undefined && draft.preamble.trim() !== '') {
    bill.push(el('preamble', {}, paragraphs(draft.preamble)));
  }
  bill.push(el('body', {}, divisions(draft.body, '')));
  const document = el('akomaNtoso', { xmlns: AKN_NS }, [el('bill', { name: 'bill' }, bill)]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(builder.build([document])).trim()}\n`;
}
