/**
 * Numbering in a plan's cells: decimal (`3.3.1.3.2`, `3.3.3.1.`), simple (`4.`) and letters
 * (`a.`). At the start of a text any of them opens an item; inside a text only the number that
 * comes next does, so "resolution # 107.2013" and "80.0 million" stay text. Pure.
 */

export type Numbering =
  | { kind: 'decimal'; number: string }
  | { kind: 'simple'; n: number }
  | { kind: 'letter'; letter: string };

export interface Segment {
  numbering: Numbering | null;
  text: string;
}

/** What was numbered last, so the next number can be recognised inside running text. */
export interface NumberingState {
  simple: number | null;
  letter: string | null;
  decimal: string | null;
}

const AT_START = /^\s*(?:(\d+(?:\.\d+)+)\.?|(\d{1,2})[.)]|([a-z])[.)])(?=\s|$)/;
const INSIDE = /\s((\d+(?:\.\d+)+)\.?|(\d{1,2})\.|([a-z])\.)(?=\s)/g;

function read(match: RegExpExecArray, offset: number): Numbering {
  if (match[offset]) return { kind: 'decimal', number: match[offset]! };
  if (match[offset + 1]) return { kind: 'simple', n: Number(match[offset + 1]) };
  return { kind: 'letter', letter: match[offset + 2]! };
}

/** The number after `number` at the same level: 3.3.1.3 → 3.3.1.4. */
export function nextSibling(number: string): string {
  const parts = number.split('.');
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join('.');
}

const nextLetter = (letter: string | null) =>
  letter === null ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);

function expected(n: Numbering, state: NumberingState): boolean {
  if (n.kind === 'simple') return state.simple !== null && n.n === state.simple + 1;
  if (n.kind === 'letter')
    return (state.simple !== null || state.decimal !== null) && n.letter === nextLetter(state.letter);
  return (
    state.decimal !== null && (n.number === nextSibling(state.decimal) || n.number === `${state.decimal}.1`)
  );
}

export function advance(state: NumberingState, n: Numbering): void {
  if (n.kind === 'simple') {
    state.simple = n.n;
    state.letter = null;
  } else if (n.kind === 'letter') state.letter = n.letter;
  else {
    state.decimal = n.number;
    state.letter = null;
  }
}

/** Splits a text into its numbered items; text before the first number is an unnumbered segment. */
export function splitNumbered(text: string, state: NumberingState): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  let current: Numbering | null = null;
  const start = AT_START.exec(rest);
  if (start) {
    current = read(start, 1);
    advance(state, current);
    rest = rest.slice(start[0].length);
  }
  for (;;) {
    INSIDE.lastIndex = 0;
    let cut: { index: number; length: number; numbering: Numbering } | null = null;
    for (let m = INSIDE.exec(rest); m; m = INSIDE.exec(rest)) {
      const numbering = read(m, 2);
      if (expected(numbering, state)) {
        cut = { index: m.index, length: m[0].length, numbering };
        break;
      }
      INSIDE.lastIndex = m.index + 1;
    }
    if (!cut) break;
    const before = rest.slice(0, cut.index).trim();
    if (before || current) segments.push({ numbering: current, text: before });
    advance(state, cut.numbering);
    current = cut.numbering;
    rest = rest.slice(cut.index + cut.length);
  }
  const tail = rest.trim();
  if (tail || current) segments.push({ numbering: current, text: tail });
  return segments;
}
