/**
 * A draft act as a Word file (.docx): its paragraphs, in order, read from `word/document.xml` and
 * given to the plain-text reader, one line each, so the same layout rules and the same problems
 * apply (a problem's `line` is then the paragraph's number, counting empty ones).
 *
 * Only the words are read: runs (`w:t`), tabs and line breaks, inside tables, hyperlinks, content
 * controls and tracked insertions; tracked deletions (`w:delText`) are left out, as Word shows the
 * text once the changes are accepted. Numbers Word adds itself (automatic list numbering) are not
 * in the text and are not read: such a draft shows as articles and parts without numbers.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { type ImportResult, type PlainTextOptions, parsePlainText } from './plain.ts';

const refuse = (message: string): ImportResult => ({ ok: false, problems: [{ line: 0, message }] });

/** A file that is an OLE compound document: an old .doc, or a .docx encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** An element of fast-xml-parser's ordered output: `{ tag: children, ':@'?: attributes }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
});

/** The document's paragraphs' words, in reading order, a `w:br` splitting a paragraph's lines. */
function paragraphs(nodes: readonly XmlNode[]): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  const visit = (list: readonly XmlNode[]) => {
    for (const element of list) {
      const tag = Object.keys(element).find((k) => k !== ':@');
      if (tag === undefined) continue;
      const children = element[tag] as XmlNode[];
      if (tag === 'w:p') {
        const outer = current;
        current = [''];
        visit(children);
        out.push(...current);
        current = outer;
      } else if (tag === 'w:t') {
        if (current) current[current.length - 1] += children.map((c) => String(c['#text'] ?? '')).join('');
      } else if (tag === 'w:tab') {
        if (current) current[current.length - 1] += '\t';
      } else if (tag === 'w:br' || tag === 'w:cr') {
        current?.push('');
      } else if (tag !== 'w:del' && tag !== 'w:instrText' && tag !== 'mc:Fallback' && Array.isArray(children))
        visit(children);
    }
  };
  visit(nodes);
  return out;
}

/** Reads a .docx; a file that is not one (or is encrypted) is refused with a problem saying so. */
export function parseDocx(bytes: Uint8Array, options: PlainTextOptions): ImportResult {
  if (startsWith(bytes, OLE))
    return refuse(
      'the file is an old Word document (.doc) or a password-protected .docx: save it as a .docx without a password',
    );
  if (!startsWith(bytes, ZIP)) return refuse('the file is not a Word document (.docx)');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  } catch (error) {
    return refuse(`the .docx file is damaged: ${(error as Error).message}`);
  }
  const document = files['word/document.xml'];
  if (!document)
    return refuse('the file is a zip archive but not a Word document: word/document.xml is missing');
  const xml = new TextDecoder().decode(document);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return refuse(`word/document.xml is not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
  const text = paragraphs(parser.parse(xml) as XmlNode[]);
  return parsePlainText(text.join('\n'), options);
}
