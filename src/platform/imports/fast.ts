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
import { type CellKind, LF, NotFast, RecordScanner } from './scan.ts';
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

/** Whether the SQL below can judge every rule of the dataset's import. */
export function fastEligible(plan: ImportPlan): boolean {
  if (plan.spec.check) return false;
  return plan.fields.every((f) => !plan.rules(f.name).pattern && (!f.values || f.type === 'string'));
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
