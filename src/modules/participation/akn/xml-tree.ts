import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML read safely into fast-xml-parser's ordered tree (`preserveOrder`), and the few ways
 * `read.ts` walks it. A `<!DOCTYPE` or `<!ENTITY` is refused before anything is parsed, so no
 * entity is declared, expanded or fetched (XXE, billion laughs); the parser decodes no entity
 * either (`processEntities: false`): the five XML entities and character references are decoded
 * here, in one pass, and CDATA sections are kept as they stand. Each element carries its offset
 * in the file (`captureMetaData`), which gives a problem its line.
 */

export type XmlNode = Record<string | symbol, unknown>;

const META = XMLParser.getMetaDataSymbol() as symbol;

/** Where an element starts in the file, as a character offset, when the parser told it. */
export const startOf = (node: XmlNode): number | undefined =>
  (node[META] as { startIndex?: number } | undefined)?.startIndex;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  captureMetaData: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

export const nameOf = (node: XmlNode): string | undefined =>
  Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?'));
export const childrenOf = (node: XmlNode): XmlNode[] => {
  const name = nameOf(node);
  return name ? (node[name] as XmlNode[]) : [];
};
export const attributesOf = (node: XmlNode): Record<string, string> =>
  (node[':@'] as Record<string, string>) ?? {};
export const elements = (node: XmlNode): XmlNode[] =>
  childrenOf(node).filter((child) => nameOf(child) !== undefined);
export const find = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node && elements(node).find((child) => nameOf(child) === name);

const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The text with its entities decoded, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decode(value: string): string {
  return value.replace(ENTITY, (whole, entity: string) => {
    if (!entity.startsWith('#')) return NAMED[entity] ?? whole;
    const code =
      entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The words of a text node, decoded, or of a CDATA section, as they stand; '' for an element. */
export function textOf(node: XmlNode): string {
  if (typeof node['#text'] === 'string') return decode(node['#text']);
  const cdata = node['#cdata'] as XmlNode[] | undefined;
  return cdata ? cdata.map((part) => String(part['#text'] ?? '')).join('') : '';
}

/** The file's nodes, or the one problem that keeps it from being parsed (with its line). */
export function parseXml(
  xml: string,
): { nodes: XmlNode[] } | { problem: { line?: number; message: string } } {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (doctype) {
    const line = xml.slice(0, doctype.index).split('\n').length;
    return {
      problem: {
        line,
        message: 'a <!DOCTYPE> or <!ENTITY> is not allowed (entities are never declared or expanded)',
      },
    };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return {
      problem: { line, message: `malformed XML at line ${line}${col ? `, column ${col}` : ''}: ${msg}` },
    };
  }
  try {
    return { nodes: parser.parse(xml) as XmlNode[] };
  } catch (error) {
    return { problem: { message: `the file cannot be read: ${(error as Error).message}` } };
  }
}
