import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Queryable } from '../db/database.ts';
import { type SqlQuery, sql } from '../db/sql.ts';
import type { DatasetField } from '../module.ts';
import { iconvName } from './encoding.ts';
import { mapHeaders } from './mapping.ts';
import type { StagingTables } from './merge.ts';
import type { ImportPlan } from './plan.ts';
import { guessDelimiter } from './readers.ts';
import type { Staged, StageOptions } from './stage.ts';

/**
 * The fast path of a CSV import: PostgreSQL reads the file. The file's bytes (as UTF-8) are copied
 * as they are into a staging table of text columns, one per header; meanwhile JavaScript scans the
 * bytes (making no strings) for the record structure and the shape of every typed cell, and one
 * set-based statement then checks what is left (code lists, lengths, yes/no) and casts the rows
 * into the typed staging table the rest of the import works from. Regular expressions in SQL were
 * slower than the row-by-row reader itself, hence the split.
 *
 * It judges only what it can judge exactly as the row-by-row reader (stage.ts) would: the common
 * spellings of each type, required, code lists, lengths. Whenever a file or a cell is anything
 * else (a problem, a quoted line break, a blank line, a spelling only the reader accepts, a row
 * of another width) it gives up, and the import reads the file row by row, which reports every
 * problem with its line and column. So a file's outcome, its report and the values staged are
 * the same either way; a right file in the usual spellings is only faster. Datasets with whole-row
 * `check` functions or `pattern`s (JavaScript regular expressions) always take the reader.
 */

/** Why the fast path gave up (its message, for a debugger); the import then reads the file row by row. */
export class NotFast extends Error {
  override name = 'NotFast';
}

/** Whether the SQL below can judge every rule of the dataset's import. */
export function fastEligible(plan: ImportPlan): boolean {
  if (plan.spec.check) return false;
  return plan.fields.every((f) => !plan.rules(f.name).pattern && (!f.values || f.type === 'string'));
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
const MINUS = 0x2d;

/** How the scanner looks at a column's cells: not at all (ignored), as text, or as a typed value. */
type CellKind = 'ignored' | 'text' | 'integer' | 'number' | 'date' | 'datetime';

const digit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * `-?d{1,15}` then, for a number, `(.d{1,15})?` with at most 15 significant digits: the reader's
 * fast spellings, and decimals a double holds exactly, so PostgreSQL's numeric of the text (its
 * trailing zeros trimmed) is the value JavaScript's Number would give.
 */
function plainNumber(cell: Uint8Array, n: number, decimals: boolean): boolean {
  let i = cell[0] === MINUS ? 1 : 0;
  const start = i;
  let significant = 0;
  while (i < n && digit(cell[i])) {
    if (significant > 0 || cell[i] !== 0x30) significant++;
    i++;
  }
  if (i === start || i - start > 15) return false;
  if (i === n) return true;
  if (!decimals || cell[i] !== DOT) return false;
  const fraction = ++i;
  while (i < n && digit(cell[i])) {
    if (significant > 0 || cell[i] !== 0x30) significant++;
    i++;
  }
  return i === n && i > fraction && i - fraction <= 15 && significant <= 15;
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
 * blank line, lines ending alike; no cell starting or ending with a space or holding U+FFFD; a
 * required cell not empty; a typed cell in one of its plain spellings, unquoted. Anything else
 * throws `NotFast`. Tracks where records end, so chunks can be cut there.
 */
class RecordScanner {
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
  constructor(delimiter: number) {
    this.delimiter = delimiter;
  }

  /** From the first data record on, judge the cells of each column as `kinds` says. */
  judge(kinds: readonly CellKind[], required: readonly boolean[]): void {
    this.kinds = kinds;
    this.required = required;
    this.records = 0;
  }

  private byte(b: number): void {
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
            ? plainNumber(cell, n, false)
            : kind === 'number'
              ? plainNumber(cell, n, true)
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

/** The file as UTF-8 bytes, byte order mark dropped, in chunks as read. */
async function* utf8Bytes(file: string, options: StageOptions, onBytes: (n: number) => void) {
  const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (options.encoding === 'utf-8') {
    let first = true;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      onBytes(source.bytesRead);
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) yield chunk.subarray(3);
      else yield chunk;
      first = false;
    }
    return;
  }
  const decoder = iconv.getDecoder(iconvName(options.encoding), { stripBOM: true });
  for await (const chunk of source as AsyncIterable<Buffer>) {
    onBytes(source.bytesRead);
    const text = decoder.write(chunk);
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.end();
  if (rest) yield Buffer.from(rest, 'utf8');
}

/** PGlite copies chunk by chunk: about this much in one COPY. */
const CHUNK_BYTES = 4 << 20;

const TRUE = ['true', 'yes', '1', 'y', 'тийм', 'үнэн'];
const FALSE = ['false', 'no', '0', 'n', 'үгүй', 'худал'];
const spellings = (words: string[]) =>
  words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);

/**
 * What the scanner leaves to SQL of a non-empty cell `c`: the spellings of yes and no, code lists,
 * lengths, and in a Windows-1251 file letters lost as "?". Null when there is nothing to check.
 */
function cellOk(field: DatasetField, plan: ImportPlan, c: SqlQuery, lostLetters: boolean): SqlQuery | null {
  const rules = plan.rules(field.name);
  const tests: SqlQuery[] = [];
  if (lostLetters) tests.push(sql`${c} !~ '[\\u0400-\\u04ff]\\?|\\?[\\u0400-\\u04ff]'`);
  if (field.type === 'boolean')
    tests.push(sql`${c} = any(${[...spellings(TRUE), ...spellings(FALSE)]}::text[])`);
  if (field.values) tests.push(sql`${c} = any(${[...field.values]}::text[])`);
  if (rules.maxLength !== undefined) {
    // JavaScript counts UTF-16 units: a character beyond the first plane is two.
    const max = rules.maxLength;
    tests.push(sql`case when octet_length(${c}) <= ${max} then true when char_length(${c}) > ${max} then false
      else ${c} !~ '[^\\u0001-\\uffff]' end`);
  }
  return tests.length > 0 ? sql.join(tests, ' and ') : null;
}

/** The value the reader would stage for a cell `c` that `cellOk` accepted. */
function cellValue(field: DatasetField, c: SqlQuery): SqlQuery {
  switch (field.type) {
    case 'integer':
      return sql`${c}::bigint`;
    case 'number':
      // As JavaScript's Number and back to text: "12.50" is 12.5.
      return sql`trim_scale(${c}::numeric)`;
    case 'boolean':
      return sql`${c} = any(${spellings(TRUE)}::text[])`;
    case 'date':
      return sql`replace(${c}, '.', '-')::date`;
    case 'datetime':
      return sql`${c}::timestamptz`;
    default:
      return c;
  }
}

/**
 * Stages a CSV file through COPY and SQL checks; `undefined` when the file needs the row-by-row
 * reader (nothing is left staged then). The staging tables must exist and be empty.
 */
export async function stageCsvFast(
  db: Queryable,
  plan: ImportPlan,
  file: string,
  tables: StagingTables,
  options: StageOptions,
): Promise<Staged | undefined> {
  if (!fastEligible(plan)) return undefined;
  let bytesRead = 0;
  const source = utf8Bytes(file, options, (n) => {
    bytesRead = n;
  })[Symbol.asyncIterator]();
  // The header: bytes up to the first line feed.
  let head = Buffer.alloc(0);
  for (;;) {
    const next = await source.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
    if (head.includes(LF) || head.length > 1 << 20) break;
  }
  const lineEnd = head.indexOf(LF);
  // No header line (or one over a megabyte): the reader's to say what the file is.
  if (lineEnd <= 0) {
    await source.return?.(undefined);
    return undefined;
  }
  const firstLine = head.subarray(0, lineEnd).toString('utf8').replace(/\r$/, '');
  const delimiter = guessDelimiter(firstLine);
  const scanner = new RecordScanner(delimiter.charCodeAt(0));
  let headers: string[];
  try {
    if (scanner.scan(head.subarray(0, lineEnd + 1)) !== lineEnd + 1) throw new NotFast('header');
    headers = (parse(firstLine, { delimiter }) as string[][])[0] ?? [];
  } catch {
    await source.return?.(undefined);
    return undefined;
  }
  const fields = plan.fields;
  const mapping = mapHeaders(
    headers,
    plan.dataset.fields,
    fields.map((f) => f.name),
    options.mapping,
  );
  const positions = fields.map((f) => mapping.fields.indexOf(f.name));
  if (
    headers.length === 0 ||
    mapping.problems.length > 0 ||
    mapping.unmapped.length > 0 ||
    fields.some((f, i) => f.required && positions[i] === -1)
  ) {
    await source.return?.(undefined);
    return undefined;
  }
  const kinds: CellKind[] = headers.map(() => 'ignored');
  const required: boolean[] = headers.map(() => false);
  fields.forEach((f, i) => {
    const at = positions[i] as number;
    if (at < 0) return;
    kinds[at] =
      f.type === 'integer' || f.type === 'number' || f.type === 'date' || f.type === 'datetime'
        ? f.type
        : 'text';
    required[at] = f.required === true;
  });
  scanner.judge(kinds, required);
  const raw = `${tables.rows}_raw`;
  const rawColumns = headers.map((_, i) => `c${i + 1}`);
  await db.exec(`drop table if exists ${raw};
    create unlogged table ${raw} (ord bigint generated always as identity, ${rawColumns.map((c) => `${c} text`).join(', ')})`);
  try {
    const rest = head.subarray(lineEnd + 1);
    /** The rest of the file in chunks of whole records, about `CHUNK_BYTES` each. */
    const chunks = async function* () {
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const feed = function* (bytes: Buffer) {
        const end = scanner.scan(bytes);
        if (end >= 0 && pendingBytes + end >= CHUNK_BYTES) {
          yield Buffer.concat([...pending, bytes.subarray(0, end)]);
          pending = [bytes.subarray(end)];
          pendingBytes = bytes.length - end;
        } else {
          pending.push(bytes);
          pendingBytes += bytes.length;
        }
      };
      yield* feed(rest);
      for (;;) {
        const next = await source.next();
        if (next.done) break;
        yield* feed(next.value);
      }
      scanner.end();
      if (pendingBytes > 0) yield Buffer.concat(pending);
    };
    // Each chunk its own COPY, the next one scanned while one is written; progress between them
    // (on PGlite a COPY holds the one connection, so nothing else may wait inside it).
    let copied = 0;
    let writing: Promise<void> = Promise.resolve();
    let failed: unknown;
    try {
      for await (const chunk of chunks()) {
        await writing;
        if (failed) break;
        writing = db.copyCsvText(raw, rawColumns, [chunk], delimiter).then(
          (n) => {
            copied += n;
          },
          (e) => {
            failed = e;
          },
        );
        const total = bytesRead > 0 ? Math.round((scanner.records * options.size) / bytesRead) : undefined;
        await options.onProgress(scanner.records, total);
      }
    } catch (error) {
      await writing;
      if (error instanceof NotFast) return undefined;
      throw error;
    }
    await writing;
    if (failed) {
      // The reader reads the file again and says what is wrong with it (COPY's words are not ours).
      if (isDataError(failed)) return undefined;
      throw failed;
    }
    if (copied !== scanner.records || copied === 0) return undefined;
    const lostLetters = options.encoding === 'windows-1251';
    const oks: SqlQuery[] = [];
    const values: SqlQuery[] = [];
    fields.forEach((field, i) => {
      const at = positions[i] as number;
      if (at < 0) {
        values.push(sql`null`);
        return;
      }
      const c = sql`r.${sql.id(rawColumns[at] as string)}`;
      const ok = cellOk(field, plan, c, lostLetters);
      if (ok) oks.push(sql`(${c} is null or ${c} = '' or (${ok}))`);
      values.push(sql`case when ${c} = '' then null else ${cellValue(field, c)} end`);
    });
    const columns = ['line', ...fields.map((f) => f.name)].map((c) => sql`${sql.id(c)}`);
    let inserted: number;
    try {
      // A typed value of the right shape may still not be one (a 30th of February): the cast
      // fails the statement, and the reader says which.
      const [row] = await db.query<{ n: number }>(sql`with staged as (
        insert into ${sql.id(tables.rows)} (${sql.join(columns)})
        select r.ord + 1, ${sql.join(values)} from ${sql.id(raw)} r
        where ${oks.length > 0 ? sql.join(oks, ' and ') : sql`true`}
        returning 1)
        select count(*) as n from staged`);
      inserted = Number(row?.n);
    } catch (error) {
      if (isDataError(error)) return undefined;
      throw error;
    }
    if (inserted !== copied) {
      await db.query(sql`truncate ${sql.id(tables.rows)}`);
      return undefined;
    }
    await options.onProgress(copied, copied);
    const out: Staged = {
      rows: copied,
      complete: true,
      mapping: headers.map((header, i) => ({ header, field: mapping.fields[i] ?? null })),
      unmapped: [],
      headers: new Map(),
      problems: [],
      problemCount: 0,
    };
    fields.forEach((f, i) => {
      const at = positions[i] as number;
      if (at >= 0) out.headers.set(f.name, headers[at] as string);
    });
    return out;
  } finally {
    await source.return?.(undefined);
    await db.exec(`drop table if exists ${raw}`);
  }
}

/** COPY refused the text (a row of another width, bytes not UTF-8, a value too long for a page). */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}
