/**
 * The byte scanner of the CSV fast path (fast.ts): the record structure of UTF-8 CSV bytes and the
 * shape of every typed cell, judged without making strings.
 */

/** Why the fast path gave up (its message, for a debugger); the import then reads the file row by row. */
export class NotFast extends Error {
  override name = 'NotFast';
}

const QUOTE = 0x22;
export const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
const MINUS = 0x2d;

/** How the scanner looks at a column's cells: not at all (ignored), as text, or as a typed value. */
export type CellKind = 'ignored' | 'text' | 'integer' | 'number' | 'date' | 'datetime';

const digit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * `-?d{1,15}` then, for a number, `(.d{1,15})?` with at most 15 significant digits: the reader's
 * fast spellings, and decimals a double holds exactly, so PostgreSQL's numeric of the text (its
 * trailing zeros trimmed) is the value JavaScript's Number would give. `decimals`: at most so many
 * after the point (0: an integer).
 */
function plainNumber(cell: Uint8Array, n: number, decimals: number): boolean {
  let i = cell[0] === MINUS ? 1 : 0;
  const start = i;
  let significant = 0;
  while (i < n && digit(cell[i])) {
    if (significant > 0 || cell[i] !== 0x30) significant++;
    i++;
  }
  if (i === start || i - start > 15) return false;
  if (i === n) return true;
  if (decimals === 0 || cell[i] !== DOT) return false;
  const fraction = ++i;
  while (i < n && digit(cell[i])) {
    if (significant > 0 || cell[i] !== 0x30) significant++;
    i++;
  }
  return i === n && i > fraction && i - fraction <= Math.min(15, decimals) && significant <= 15;
}

/** `YYYY-MM-DD` or `YYYY.MM.DD` from year 1000 (the calendar itself is PostgreSQL's to judge). */
function plainDate(cell: Uint8Array, at: number): boolean {
  const sep = cell[at + 4];
  if (sep !== MINUS && sep !== DOT) return false;
  if (cell[at + 7] !== sep || cell[at] === 0x30) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!digit(cell[at + i])) return false;
  return true;
}

/** `YYYY-MM-DD[T ]hh:mm:ss(.f{1,3})?(Z|±hh:mm)`, hours to 23, minutes and seconds to 59, offsets to 14 hours. */
function plainDatetime(cell: Uint8Array, n: number): boolean {
  if (n < 20 || !plainDate(cell, 0) || cell[4] !== MINUS) return false;
  if (cell[10] !== 0x54 && cell[10] !== 0x20) return false;
  for (const i of [11, 12, 14, 15, 17, 18]) if (!digit(cell[i])) return false;
  if (cell[13] !== 0x3a || cell[16] !== 0x3a) return false;
  const hour = ((cell[11] as number) - 0x30) * 10 + (cell[12] as number) - 0x30;
  if (hour > 23 || (cell[14] as number) > 0x35 || (cell[17] as number) > 0x35) return false;
  let i = 19;
  if (cell[i] === DOT) {
    const start = ++i;
    while (i < n && digit(cell[i])) i++;
    if (i === start || i - start > 3) return false;
  }
  if (i === n - 1) return cell[i] === 0x5a;
  if (i !== n - 6 || (cell[i] !== 0x2b && cell[i] !== MINUS) || cell[i + 3] !== 0x3a) return false;
  for (const j of [1, 2, 4, 5]) if (!digit(cell[i + j])) return false;
  const offset = ((cell[i + 1] as number) - 0x30) * 10 + (cell[i + 2] as number) - 0x30;
  return offset <= 14 && (cell[i + 4] as number) <= 0x35;
}

/**
 * Whether the character of UTF-8 bytes `a b c` (its first three, or fewer) is one a JavaScript
 * trim removes, or a control character: a cell starting or ending with one is the reader's.
 */
function spaceChar(a: number, b: number, c: number): boolean {
  if (a <= 0x20 || a === 0x7f) return true;
  if (a === 0xc2) return b === 0x85 || b === 0xa0;
  if (a === 0xe1) return (b === 0x9a && c === 0x80) || (b === 0xa0 && c === 0x8e);
  if (a === 0xe2)
    return (
      (b === 0x80 && (c <= 0x8b || c === 0xa8 || c === 0xa9 || c === 0xaf)) || (b === 0x81 && c === 0x9f)
    );
  if (a === 0xe3) return b === 0x80 && c === 0x80;
  if (a === 0xef) return b === 0xbb && c === 0xbf;
  return false;
}

/** The cell's last character (its last three bytes `x y z`, z last) is a space. */
function spaceEnd(x: number, y: number, z: number): boolean {
  if (z < 0x80) return spaceChar(z, 0, 0);
  if (y === 0xc2) return spaceChar(y, z, 0);
  return x >= 0xe0 && x < 0xf0 && spaceChar(x, y, z);
}

/**
 * The record structure and the cells of CSV bytes, judged as csv-parse and the reader would judge
 * them without surprise: quotes only around whole fields, no line break inside a quoted value, no
 * blank line, lines ending alike; no cell starting or ending with a space or holding U+FFFD or a
 * control character; a
 * required cell not empty; a typed cell in one of its plain spellings, unquoted. Anything else
 * throws `NotFast`. Tracks where records end, so chunks can be cut there.
 */
export class RecordScanner {
  /** 0 field start, 1 in an unquoted field, 2 in quotes, 3 a quote inside quotes, 4 after CR. */
  private state = 0;
  private recordBytes = 0;
  private first = -1;
  private second = -1;
  private column = 0;
  /** The current cell's value: its length, first three and last three bytes, and (typed) all of it. */
  private length = 0;
  private f0 = 0;
  private f1 = 0;
  private f2 = 0;
  private l0 = 0;
  private l1 = 0;
  private l2 = 0;
  private quoted = false;
  private filled = 0;
  private readonly cell = new Uint8Array(40);
  records = 0;
  private readonly delimiter: number;
  private kinds: readonly CellKind[] = [];
  private required: readonly boolean[] = [];
  private decimals: readonly (number | undefined)[] = [];
  constructor(delimiter: number) {
    this.delimiter = delimiter;
  }

  /**
   * From the first data record on, judge the cells of each column as `kinds` says; a number column
   * with `decimals` has at most so many after the point (a first load's `numeric(p,s)`, which rounds).
   */
  judge(
    kinds: readonly CellKind[],
    required: readonly boolean[],
    decimals: readonly (number | undefined)[] = [],
  ): void {
    this.kinds = kinds;
    this.required = required;
    this.decimals = decimals;
    this.records = 0;
  }

  private byte(b: number): void {
    // NUL (no text value holds it) and the other control characters values.ts refuses, but tab.
    if (b < 0x20 && b !== 0x09 && b !== LF && b !== CR) throw new NotFast('a control character');
    const n = this.length++;
    if (n === 0) this.f0 = b;
    else if (n === 1) this.f1 = b;
    else if (n === 2) this.f2 = b;
    if (b === 0xbd && this.l0 === 0xbf && this.l1 === 0xef) throw new NotFast('U+FFFD');
    this.l2 = this.l1;
    this.l1 = this.l0;
    this.l0 = b;
    if (n < 40) this.cell[n] = b;
  }

  private endCell(): void {
    const kind = this.kinds[this.column] ?? 'ignored';
    const n = this.length;
    if (n > 0) this.filled++;
    if (kind !== 'ignored') {
      if (n === 0) {
        if (this.required[this.column]) throw new NotFast('a required value empty');
      } else if (kind === 'text') {
        if (spaceChar(this.f0, this.f1, this.f2) || spaceEnd(this.l2, this.l1, this.l0))
          throw new NotFast('a value starting or ending with a space');
      } else {
        if (this.quoted || n > 40) throw new NotFast('a typed value quoted or long');
        const cell = this.cell;
        const ok =
          kind === 'integer'
            ? plainNumber(cell, n, 0)
            : kind === 'number'
              ? plainNumber(cell, n, this.decimals[this.column] ?? 15)
              : kind === 'date'
                ? n === 10 && plainDate(cell, 0)
                : plainDatetime(cell, n);
        if (!ok) throw new NotFast(`a ${kind} not in its plain spelling`);
      }
    }
    this.column++;
    this.length = 0;
    this.l0 = this.l1 = this.l2 = 0;
    this.f1 = this.f2 = 0;
    this.quoted = false;
  }

  private endRecord(): void {
    this.endCell();
    // csv-parse skips a record of empty values: the reader's to decide.
    if (this.filled === 0 && this.kinds.length > 0) throw new NotFast('a record of empty values');
    this.column = 0;
    this.filled = 0;
    this.recordBytes = 0;
    this.records++;
  }

  /** Scans `bytes`; returns the offset just after the last record end in them (-1: none). */
  scan(bytes: Uint8Array): number {
    const delimiter = this.delimiter;
    let state = this.state;
    let lastEnd = -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (state === 4) {
        if (b !== LF) throw new NotFast('a carriage return not before a line feed');
      } else if (b === LF || b === CR) {
        if (state === 2) throw new NotFast('a line break inside a quoted value');
        if (this.recordBytes === 0) throw new NotFast('a blank line');
        if (this.recordBytes === 2 && this.first === BACKSLASH && this.second === DOT)
          throw new NotFast('a line COPY reads as the end of data');
        if (b === CR) {
          state = 4;
          continue;
        }
      } else {
        const r = this.recordBytes++;
        if (r === 0) this.first = b;
        else if (r === 1) this.second = b;
        if (state === 0) {
          if (b === QUOTE) {
            state = 2;
            this.quoted = true;
          } else if (b === delimiter) this.endCell();
          else {
            state = 1;
            this.byte(b);
          }
        } else if (state === 1) {
          if (b === QUOTE) throw new NotFast('a quote inside an unquoted value');
          if (b === delimiter) {
            this.endCell();
            state = 0;
          } else this.byte(b);
        } else if (state === 2) {
          if (b === QUOTE) state = 3;
          else this.byte(b);
        } else {
          if (b === QUOTE) {
            state = 2;
            this.byte(b);
          } else if (b === delimiter) {
            this.endCell();
            state = 0;
          } else throw new NotFast('text after a closing quote');
        }
        continue;
      }
      // The end of a record (LF, or LF after CR).
      state = 0;
      this.endRecord();
      lastEnd = i + 1;
    }
    this.state = state;
    return lastEnd;
  }

  /** At the end of the file: a last record without a line break counts; an open quote is a problem. */
  end(): void {
    if (this.state === 2) throw new NotFast('a quoted value never closed');
    if (this.state === 4) throw new NotFast('a carriage return at the end');
    if (this.recordBytes > 0) {
      if (this.recordBytes === 2 && this.first === BACKSLASH && this.second === DOT)
        throw new NotFast('a line COPY reads as the end of data');
      this.endRecord();
    }
  }
}
