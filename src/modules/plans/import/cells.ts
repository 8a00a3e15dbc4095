/**
 * Reading one cell of a plan table converted from PDF: HTML lists (`<ol>`, `<ul>`, nested), dash
 * lists (`- A - B`), and runs of spaces the PDF's layout left inside a name. Pure functions.
 */

/** One entry of a list in a cell; `parts` are its pieces between runs of two or more spaces. */
export interface ListEntry {
  text: string;
  parts: string[];
  /** Whether it came from an `<ol>` (its position is its number). */
  ordered: boolean;
}

/** A cell read as the text outside any list and the entries of its lists, in order. */
export interface CellContent {
  /** Text before the first list (or all of it when there is none), whitespace collapsed. */
  text: string;
  /** The same text with the layout's runs of spaces kept. */
  rawText: string;
  entries: ListEntry[];
  /** Whether the cell held an HTML list at all. */
  hasList: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the few HTML entities a converter writes; unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Whitespace collapsed to single spaces, trimmed. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Pieces between runs of two or more spaces (the PDF's column gaps), each squashed. */
export function layoutParts(text: string): string[] {
  return text
    .split(/\s{2,}/)
    .map(squash)
    .filter(Boolean);
}

const TAG = /<\s*(\/?)\s*(ol|ul|li)\b[^>]*>/gi;

/**
 * The lists of a cell. A nested list's entries complete the entry that holds them ("Ministry of"
 * + "Environment and Green development" is one name), as a PDF converter splits a wrapped line.
 */
export function readCell(raw: string): CellContent {
  const source = raw.replace(/<br\s*\/?>/gi, ' ');
  if (!/<\s*(ol|ul|li)\b/i.test(source)) {
    const rawText = decodeEntities(stripTags(source));
    return { text: squash(rawText), rawText, entries: [], hasList: false };
  }
  const entries: ListEntry[] = [];
  let before = '';
  // Depth of lists, and the entry of the outermost list being collected (raw text with gaps kept).
  let depth = 0;
  let ordered = false;
  let current: string | null = null;
  let last = 0;
  const flush = () => {
    if (current === null) return;
    const text = decodeEntities(stripTags(current));
    if (squash(text)) entries.push({ text: squash(text), parts: layoutParts(text), ordered });
    current = null;
  };
  for (const match of source.matchAll(TAG)) {
    const chunk = source.slice(last, match.index);
    last = match.index + match[0].length;
    if (depth === 0) before += chunk;
    else if (current !== null) current += chunk;
    const closing = match[1] === '/';
    const tag = match[2]!.toLowerCase();
    if (tag === 'li') {
      if (depth === 1) {
        if (!closing) {
          flush();
          current = '';
        } else flush();
      } else if (current !== null) current += '  ';
      continue;
    }
    if (!closing) {
      if (depth === 0) ordered = tag === 'ol';
      depth += 1;
      // A nested list continues the entry that holds it; a gap keeps its pieces apart.
      if (depth > 1 && current !== null) current += '  ';
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) flush();
    }
  }
  const tail = source.slice(last);
  if (depth === 0) before += tail;
  else if (current !== null) current += tail;
  flush();
  const rawText = decodeEntities(stripTags(before));
  return { text: squash(rawText), rawText, entries, hasList: true };
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, ' ');
}

/**
 * Splits a dash list: "- A - B", "-A -B". A dash counts only at the start or after a space and
 * before a letter or digit, so "Non-government", "Anti-corruption" and "e- conferences" stay whole.
 */
export function splitDashList(text: string): string[] {
  const trimmed = text.trim();
  if (!/^-\s*\S/.test(trimmed)) return [trimmed].filter(Boolean);
  return trimmed
    .split(/(?:^|\s)-\s*(?=[\p{L}\p{N}"'(])/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/**
 * The names written in an organisations cell, each with its layout pieces: list entries, dash
 * list items, or the whole cell. Matching against the registry decides how pieces join.
 */
export function organizationPieces(raw: string): { text: string; parts: string[] }[] {
  const cell = readCell(raw);
  const pieces: { text: string; parts: string[] }[] = [];
  const addText = (text: string) => {
    for (const item of splitDashList(text)) pieces.push({ text: squash(item), parts: layoutParts(item) });
  };
  if (cell.text) addText(cell.rawText);
  for (const entry of cell.entries) {
    if (/^-\s*\S/.test(entry.text)) addText(entry.text);
    else pieces.push({ text: entry.text, parts: entry.parts });
  }
  return pieces.filter((p) => p.text && p.text !== '-');
}
