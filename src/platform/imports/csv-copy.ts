import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Queryable } from '../db/database.ts';
import { iconvName } from './encoding.ts';
import { mapHeaders } from './mapping.ts';
import type { ImportPlan } from './plan.ts';
import { guessDelimiter } from './readers.ts';
import { type CellKind, LF, NotFast, RecordScanner } from './scan.ts';
import type { Staged, StageOptions } from './stage.ts';

/**
 * A CSV file opened for PostgreSQL to read: its header mapped to the dataset's fields, and the rest
 * of its bytes copied in COPYs of whole records while `scan.ts` judges every cell. Shared by the
 * two paths that let COPY read the file: into a staging table of text (fast.ts) and, for the first
 * load of an empty dataset, straight into the dataset's table (first-load.ts).
 */
export interface CsvForCopy {
  headers: string[];
  delimiter: string;
  /** The field of each header (null for an ignored one). */
  fieldOf: (string | null)[];
  /** The header position of each of the plan's fields, -1 when the file lacks it. */
  positions: number[];
  /**
   * Copies the records into `table (columns)`, one column per header: their number, or undefined
   * when the scan or COPY gave up on the file (the reader's to say why).
   */
  copyInto(db: Queryable, table: string, columns: readonly string[]): Promise<number | undefined>;
  /** Stops reading the file. */
  close(): Promise<void>;
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

/**
 * Opens a CSV file for COPY when its header maps cleanly (no unknown header, no missing required
 * column); undefined when it does not, or when the header is not plain CSV. `decimals` limits a
 * number field's digits after the point (its column's scale, where COPY would round).
 */
export async function openCsvForCopy(
  plan: ImportPlan,
  file: string,
  options: StageOptions,
  decimals: ReadonlyMap<string, number> = new Map(),
): Promise<CsvForCopy | undefined> {
  let bytesRead = 0;
  const source = utf8Bytes(file, options, (n) => {
    bytesRead = n;
  })[Symbol.asyncIterator]();
  const close = async () => {
    await source.return?.(undefined);
  };
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
    await close();
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
    await close();
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
    await close();
    return undefined;
  }
  const kinds: CellKind[] = headers.map(() => 'ignored');
  const required: boolean[] = headers.map(() => false);
  const scales: (number | undefined)[] = headers.map(() => undefined);
  fields.forEach((f, i) => {
    const at = positions[i] as number;
    if (at < 0) return;
    kinds[at] =
      f.type === 'integer' || f.type === 'number' || f.type === 'date' || f.type === 'datetime'
        ? f.type
        : 'text';
    required[at] = f.required === true;
    scales[at] = decimals.get(f.name);
  });
  scanner.judge(kinds, required, scales);
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

  const copyInto = async (db: Queryable, table: string, columns: readonly string[]) => {
    // Each chunk its own COPY, the next one scanned while one is written; progress between them
    // (on PGlite a COPY holds the one connection, so nothing else may wait inside it).
    let copied = 0;
    let writing: Promise<void> = Promise.resolve();
    let failed: unknown;
    try {
      for await (const chunk of chunks()) {
        await writing;
        if (failed) break;
        writing = db.copyCsvText(table, columns, [chunk], delimiter).then(
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
    return copied;
  };

  return { headers, delimiter, fieldOf: mapping.fields, positions, copyInto, close };
}

/** COPY or a cast refused the text (a row of another width, bytes not UTF-8, a value too long for a page). */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}

/** What a path that let COPY read the whole file staged: every record, mapped, no problem. */
export function copiedStaged(csv: CsvForCopy, plan: ImportPlan, rows: number): Staged {
  const out: Staged = {
    rows,
    complete: true,
    mapping: csv.headers.map((header, i) => ({ header, field: csv.fieldOf[i] ?? null })),
    unmapped: [],
    headers: new Map(),
    problems: [],
    problemCount: 0,
  };
  plan.fields.forEach((f, i) => {
    const at = csv.positions[i] as number;
    if (at >= 0) out.headers.set(f.name, csv.headers[at] as string);
  });
  return out;
}
