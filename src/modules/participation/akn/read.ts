import { createHash } from 'node:crypto';
import { type DraftText, NODE_ID, NODE_KINDS, type NodeKind, type TextNode } from '../text/model.ts';
import {
  AKN_NS,
  DIVISION_PARTS,
  DOCUMENT_BODIES,
  DOCUMENT_PARTS,
  divisionOrder,
  INLINE,
  isDivision,
  LIMITS,
  mayContain,
  NO_WHITE_SPACE,
} from './rules.ts';
import {
  attributesOf,
  childrenOf,
  decode,
  elements,
  find,
  nameOf,
  parseXml,
  startOf,
  textOf,
  type XmlNode,
} from './xml-tree.ts';

/**
 * A draft read from an Akoma Ntoso 3.0 file (a `bill`, an `act` or a `doc`), checked with the
 * project's own rules (`rules.ts`), never with the official schema: the root and its namespace,
 * `meta/identification`, a title (`docTitle` in the preface), a body of known divisions going
 * inward, a `<num>` on every division, words in every division without children, `<content>` and
 * divisions never together, unique `eId`s, `wId`s that are node ids (`NODE_ID`) and unique, and
 * the size limits. Parsing is `xml-tree.ts`'s, which refuses any `<!DOCTYPE` (no entity is ever
 * declared or expanded).
 *
 * A division's `wId` becomes its node id; one without gets a new id derived from its place in the
 * file (`n_` and 12 hex digits), the same each time the same file is read. Every problem names
 * the element's path (`body/chapter[2]/article[3]/num`) and its line where known.
 */

export interface AknProblem {
  /** The element's path from the document: `body/chapter[2]/article[3]/num`, `meta/identification`. */
  path: string;
  /** The line in the file, from 1, where known. */
  line?: number;
  /** What is wrong, in plain English. */
  message: string;
}

/** What the file says of itself, as far as it says it. */
export interface AknReadMeta {
  /** The document type read: bill, act or doc. */
  type: string;
  /** From `FRBRcountry`. */
  country?: string;
  /** The work URI (`FRBRWork/FRBRuri`) and the expression URI. */
  workUri?: string;
  expressionUri?: string;
  /** The expression's date (`FRBRExpression/FRBRdate`), YYYY-MM-DD. */
  date?: string;
  /** `FRBRExpression/FRBRversionNumber`, when a whole number. */
  version?: number;
  /** `FRBRExpression/FRBRlanguage` (ISO 639-2: "mon", "eng"). */
  language?: string;
  /** The work's author, as the references tell it (the TLC `eId` and `showAs`). */
  author?: { slug: string; name: string };
}

export type AknReadResult =
  | { ok: true; text: DraftText; meta: AknReadMeta }
  | { ok: false; problems: AknProblem[] };

/** "a chapter", "an article". */
const withArticle = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

class Reader {
  readonly problems: AknProblem[] = [];
  private readonly eIds = new Map<string, string>();
  private readonly wIds = new Map<string, string>();
  private divisions = 0;

  private readonly xml: string;

  constructor(xml: string) {
    this.xml = xml;
  }

  /** The line (from 1) of a character offset: problems are few (`LIMITS.problems`), so counted each time. */
  lineAt(offset: number): number {
    return this.xml.slice(0, offset).split('\n').length;
  }

  problem(path: string, message: string, node?: XmlNode) {
    if (this.problems.length >= LIMITS.problems) return;
    const start = node && startOf(node);
    this.problems.push({ path, ...(start !== undefined ? { line: this.lineAt(start) } : {}), message });
  }

  /**
   * The words of an element holding inline content (`p`, `num`, `heading`, `docTitle`): its text
   * and that of the inline elements in it, decoded and trimmed; any other element is a problem.
   */
  words(node: XmlNode, path: string): string {
    let words = '';
    for (const child of childrenOf(node)) {
      const name = nameOf(child);
      if (name === undefined) words += textOf(child);
      else if (INLINE.has(name)) words += this.words(child, `${path}/${name}`);
      else if (name === 'br' || name === 'eol') words += ' ';
      else this.problem(`${path}/${name}`, `unknown element <${name}> in a text`, child);
    }
    return words.trim();
  }

  /** The lines of a block (`content`, `intro`, `preamble`): one `<p>` each. */
  lines(node: XmlNode, path: string): string {
    const lines: string[] = [];
    for (const child of childrenOf(node)) {
      const name = nameOf(child);
      if (name === undefined) {
        if (textOf(child).trim() !== '') this.problem(path, 'text outside a <p>', node);
      } else if (name === 'p') {
        lines.push(this.words(child, `${path}/p[${lines.length + 1}]`));
      } else {
        this.problem(`${path}/${name}`, `unknown element <${name}> (a block holds <p> only)`, child);
      }
    }
    return lines.join('\n');
  }

  limited(value: string, path: string, node: XmlNode): string {
    if (value.length > LIMITS.textChars)
      this.problem(path, `longer than ${LIMITS.textChars} characters`, node);
    return value;
  }

  /** The divisions among an element's children; `parent` is the kind holding them, if any. */
  divisionsIn(node: XmlNode, path: string, parent: NodeKind | undefined, unknown: (name: string) => string) {
    const nodes: TextNode[] = [];
    const seen = new Map<string, number>();
    if (childrenOf(node).some((child) => nameOf(child) === undefined && textOf(child).trim() !== '')) {
      this.problem(path, 'text outside a <p> (words go in <content>, <intro> or <num>)', node);
    }
    for (const child of elements(node)) {
      const name = nameOf(child) as string;
      const place = (seen.get(name) ?? 0) + 1;
      seen.set(name, place);
      const here = `${path}/${name}[${place}]`;
      if (!isDivision(name)) {
        if (parent === undefined || !DIVISION_PARTS.has(name)) this.problem(here, unknown(name), child);
        continue;
      }
      if (!mayContain(parent, name)) {
        this.problem(
          here,
          `${withArticle(name)} cannot stand in ${withArticle(parent as string)} (divisions go ${NODE_KINDS.join(', ')}, inward)`,
          child,
        );
      }
      nodes.push(this.division(child, name, here));
    }
    return nodes;
  }

  division(node: XmlNode, kind: NodeKind, path: string): TextNode {
    this.divisions += 1;
    if (this.divisions === LIMITS.divisions + 1)
      this.problem(path, `more than ${LIMITS.divisions} divisions`, node);
    const { wId } = attributesOf(node);
    if (wId !== undefined) {
      const first = this.wIds.get(wId);
      if (!NODE_ID.test(wId)) {
        this.problem(
          `${path}/@wId`,
          `wId "${wId}" is not lower-case letters, digits and _ starting with a letter`,
          node,
        );
      } else if (first) this.problem(`${path}/@wId`, `wId "${wId}" is already used by ${first}`, node);
      else this.wIds.set(wId, path);
    }
    const num = find(node, 'num');
    const heading = find(node, 'heading');
    const intro = find(node, 'intro');
    const content = find(node, 'content');
    for (const part of ['num', 'heading', 'intro', 'content']) {
      if (elements(node).filter((child) => nameOf(child) === part).length > 1) {
        this.problem(`${path}/${part}`, `more than one <${part}>`, node);
      }
    }
    let before: string | undefined;
    for (const child of elements(node)) {
      const name = nameOf(child) as string;
      if (before !== undefined && divisionOrder(name) < divisionOrder(before)) {
        this.problem(`${path}/${name}`, `<${name}> must come before <${before}>`, child);
      }
      before = name;
    }
    const children = this.divisionsIn(
      node,
      path,
      kind,
      (name) =>
        `unknown element <${name}> in ${withArticle(kind)} (the project reads divisions, num, heading, intro and content)`,
    );
    const result: TextNode = { id: wId ?? '', kind, num: '', children };
    if (!num) this.problem(`${path}/num`, `the ${kind} has no <num>`, node);
    else {
      result.num = this.limited(this.words(num, `${path}/num`), `${path}/num`, num);
      if (result.num === '') this.problem(`${path}/num`, `the ${kind}'s <num> is empty`, num);
    }
    if (heading)
      result.heading = this.limited(this.words(heading, `${path}/heading`), `${path}/heading`, heading);
    if (content && (intro || children.length > 0)) {
      this.problem(
        `${path}/content`,
        `${withArticle(kind)} with <content> cannot have an <intro> or divisions`,
        content,
      );
    }
    const block = content ?? intro;
    const words = block ? this.limited(this.lines(block, `${path}/${nameOf(block)}`), path, block) : '';
    if (children.length === 0 && words.trim() === '') {
      this.problem(`${path}/content`, `the ${kind} has no divisions and no text`, content ?? node);
    }
    if (words !== '') result.text = words;
    return result;
  }

  /**
   * Every `eId` in the document, on any element (the standard's `eId-bill` uniqueness covers them
   * all): not blank, no spaces, never twice. Divisions and paragraphs are counted in the path.
   */
  checkEIds(node: XmlNode, path: string) {
    const seen = new Map<string, number>();
    for (const child of elements(node)) {
      const name = nameOf(child) as string;
      const place = (seen.get(name) ?? 0) + 1;
      seen.set(name, place);
      const here = `${path}${isDivision(name) || name === 'p' ? `${name}[${place}]` : name}`;
      const { eId } = attributesOf(child);
      if (eId !== undefined) {
        const first = this.eIds.get(eId);
        if (!NO_WHITE_SPACE.test(eId))
          this.problem(`${here}/@eId`, `eId "${eId}" is empty or has spaces`, child);
        else if (first) this.problem(`${here}/@eId`, `eId "${eId}" is already used by ${first}`, child);
        else this.eIds.set(eId, here);
      }
      this.checkEIds(child, `${here}/`);
    }
  }

  meta(document: XmlNode, type: string): AknReadMeta {
    const meta = find(document, 'meta');
    const identification = find(meta, 'identification');
    if (!identification) {
      this.problem(
        meta ? 'meta/identification' : 'meta',
        'the document has no meta/identification',
        meta ?? document,
      );
      return { type };
    }
    const work = find(identification, 'FRBRWork');
    const expression = find(identification, 'FRBRExpression');
    const value = (node: XmlNode | undefined, name: string, attribute = 'value') => {
      const found = find(node, name);
      return found ? decode(attributesOf(found)[attribute] ?? '') || undefined : undefined;
    };
    const result: AknReadMeta = { type };
    const set = <K extends keyof AknReadMeta>(key: K, found: AknReadMeta[K] | undefined) => {
      if (found !== undefined) result[key] = found;
    };
    set('country', value(work, 'FRBRcountry'));
    set('workUri', value(work, 'FRBRuri'));
    set('expressionUri', value(expression, 'FRBRuri'));
    set('date', value(expression, 'FRBRdate', 'date')?.slice(0, 10));
    const version = Number(value(expression, 'FRBRversionNumber'));
    set('version', Number.isInteger(version) && version > 0 ? version : undefined);
    set('language', value(expression, 'FRBRlanguage', 'language'));
    const authorRef = value(work, 'FRBRauthor', 'href');
    const organisation = elements(find(meta, 'references') ?? {})
      .filter((node) => nameOf(node) === 'TLCOrganization' || nameOf(node) === 'TLCPerson')
      .map(attributesOf)
      .find((attributes) => authorRef === `#${attributes.eId}`);
    if (organisation?.eId)
      result.author = { slug: organisation.eId, name: decode(organisation.showAs ?? '') };
    return result;
  }

  read(root: XmlNode): { text: DraftText; meta: AknReadMeta } | undefined {
    if (nameOf(root) !== 'akomaNtoso' || attributesOf(root).xmlns !== AKN_NS) {
      this.problem(
        nameOf(root) ?? '',
        `the root element must be <akomaNtoso> in the Akoma Ntoso 3.0 namespace (${AKN_NS})`,
        root,
      );
      return undefined;
    }
    const document = elements(root)[0];
    const type = document ? (nameOf(document) as string) : '';
    const bodyName = DOCUMENT_BODIES[type];
    if (!document || !bodyName) {
      this.problem(
        type ? `akomaNtoso/${type}` : 'akomaNtoso',
        'the document must be a <bill>, an <act> or a <doc>',
        document ?? root,
      );
      return undefined;
    }
    let last: string | undefined;
    for (const part of elements(document)) {
      const name = nameOf(part) as string;
      if (!DOCUMENT_PARTS.includes(name) || (name !== bodyName && (name === 'body' || name === 'mainBody'))) {
        this.problem(name, `<${name}> cannot be read into a draft`, part);
        continue;
      }
      if (last !== undefined && DOCUMENT_PARTS.indexOf(name) <= DOCUMENT_PARTS.indexOf(last)) {
        this.problem(
          name,
          name === last ? `more than one <${name}>` : `<${name}> must come before <${last}>`,
          part,
        );
      }
      last = name;
    }
    this.checkEIds(document, '');
    const meta = this.meta(document, type);
    const preface = find(document, 'preface');
    const title = preface ? this.docTitle(preface, 'preface') : undefined;
    if (title === undefined || title === '')
      this.problem('preface/docTitle', 'the document has no title', preface ?? document);
    const preambleNode = find(document, 'preamble');
    const preamble =
      preambleNode && this.limited(this.lines(preambleNode, 'preamble'), 'preamble', preambleNode);
    const body = find(document, bodyName);
    if (!body) {
      this.problem(bodyName, `the ${type} has no <${bodyName}>`, document);
      return undefined;
    }
    const nodes = this.divisionsIn(
      body,
      bodyName,
      undefined,
      (name) => `unknown element <${name}> in the ${bodyName} (the project reads ${NODE_KINDS.join(', ')})`,
    );
    if (nodes.length === 0 && this.problems.length === 0)
      this.problem(bodyName, 'the body has no divisions', body);
    const text: DraftText = {
      title: this.limited(title ?? '', 'preface/docTitle', preface ?? document),
      body: nodes,
    };
    if (preamble) text.preamble = preamble;
    return { text, meta };
  }

  /** The words of the first `docTitle` in the preface, at any depth. */
  docTitle(node: XmlNode, path: string): string | undefined {
    for (const child of elements(node)) {
      const name = nameOf(child) as string;
      if (name === 'docTitle') return this.words(child, `${path}/docTitle`);
      const found = this.docTitle(child, `${path}/${name}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Gives every node without a wId an id from its place: `n_` and 12 hex digits, never a repeat. */
  assignIds(nodes: TextNode[], place: string) {
    nodes.forEach((node, index) => {
      const here = `${place}/${index}`;
      if (node.id === '') {
        let id = `n_${createHash('sha256').update(here).digest('hex').slice(0, 12)}`;
        while (this.wIds.has(id)) id = `n_${createHash('sha256').update(id).digest('hex').slice(0, 12)}`;
        this.wIds.set(id, here);
        node.id = id;
      }
      this.assignIds(node.children, here);
    });
  }
}

/** The draft in an Akoma Ntoso 3.0 file, or the problems that keep it from being read. */
export function aknToDraft(xml: string): AknReadResult {
  if (xml.length > LIMITS.xmlChars) {
    return {
      ok: false,
      problems: [{ path: '', message: `the file is longer than ${LIMITS.xmlChars} characters` }],
    };
  }
  const parsed = parseXml(xml);
  if ('problem' in parsed) return { ok: false, problems: [{ path: '', ...parsed.problem }] };
  const roots = parsed.nodes.filter((node) => nameOf(node) !== undefined);
  const reader = new Reader(xml);
  const [root] = roots;
  const read = root && roots.length === 1 ? reader.read(root) : undefined;
  if (roots.length !== 1) reader.problem('', 'the file must have exactly one root element');
  if (!read || reader.problems.length > 0) return { ok: false, problems: reader.problems };
  reader.assignIds(read.text.body, '');
  return { ok: true, ...read };
}
