import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { PassThrough, type Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import streamArray from 'stream-json/streamers/stream-array.js';
import { iconvName } from './encoding.ts';
import type { ImportEncoding, ImportFormat, ProblemText } from './types.ts';
import { xlsxInflationProblem } from './zip.ts';

/** What a reader yields: the header (tabular files), rows of cells, JSON objects, or a problem in a row. */
export type FileItem =
  | { kind: 'header'; line: number; headers: string[] }
  | { kind: 'row'; line: number; cells: unknown[] }
  | { kind: 'object'; line: number; value: unknown }
  | { kind: 'problem'; line: number; message: ProblemText };

/** A file that cannot be read on: damaged, cut short, not the format it claims. Nothing is imported. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly problem: ProblemText;
  readonly line?: number;
  constructor(problem: ProblemText, line?: number) {
    super(problem.en);
    this.problem = problem;
    this.line = line;
  }
}

export interface ReadOptions {
  format: ImportFormat;
  encoding: ImportEncoding;
  /** Told the bytes read so far, as they are read. */
  onBytes?: (bytes: number) => void;
  /** The name the file had where it came from, for problems about the file as a whole. */
  fileName?: string;
}

function byteCounter(file: string, onBytes?: (bytes: number) => void, encoding?: 'utf8'): Readable {
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024, encoding });
  if (onBytes) stream.on('data', () => onBytes(stream.bytesRead));
  return stream;
}

/**
 * The file as text: decoded from its encoding, byte order mark dropped. UTF-8 is decoded by Node's
 * own reader (the common case, and the fastest); the others by iconv-lite.
 */
function decoded(file: string, options: ReadOptions): Readable {
  if (options.encoding === 'utf-8') {
    const source = byteCounter(file, options.onBytes, 'utf8');
    let first = true;
    const strip = new Transform({
      readableObjectMode: false,
      decodeStrings: false,
      transform(chunk: string, _encoding, done) {
        const text = first ? chunk.replace(/^\uFEFF/, '') : chunk;
        first = false;
        done(null, text);
      },
    });
    strip.setEncoding('utf8');
    source.on('error', (e) => strip.destroy(e));
    return source.pipe(strip);
  }
  const source = byteCounter(file, options.onBytes);
  const decoder = iconv.decodeStream(iconvName(options.encoding), { stripBOM: true }) as unknown as Transform;
  source.on('error', (e) => decoder.destroy(e));
  return source.pipe(decoder);
}

/** The delimiter spreadsheets used when they wrote the first line: comma, semicolon or tab. */
export function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return (counts[0] as { d: string; n: number }).n > 0 ? (counts[0] as { d: string }).d : ',';
}

async function firstLineOf(file: string, options: ReadOptions): Promise<string> {
  const text = decoded(file, { ...options, onBytes: undefined });
  let head = '';
  for await (const chunk of text) {
    head += chunk as string;
    if (head.includes('\n') || head.length > 65536) break;
  }
  text.destroy();
  return head.split(/\r?\n/)[0] ?? '';
}

const truncated = (what: string, line?: number): ProblemText => ({
  mn: `Файл гэмтсэн эсвэл дутуу байна${line ? ` (${line}-р мөрөнд)` : ''}: ${what}`,
  en: `The file is damaged or cut short${line ? ` (at line ${line})` : ''}: ${what}`,
});

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<FileItem> {
  const delimiter = guessDelimiter(await firstLineOf(file, options));
  const parser = decoded(file, options).pipe(
    parse({
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }),
  );
  let header = true;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (header) {
        header = false;
        yield { kind: 'header', line: item.info.lines, headers: item.record };
      } else yield { kind: 'row', line: item.info.lines, cells: item.record };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new ImportFileError(truncated('a quoted value is never closed', e.lines), e.lines);
    // csv-parse names its errors CSV_…, except INVALID_OPENING_QUOTE (a quote inside a value).
    if (e.code?.startsWith('CSV_') || e.code === 'INVALID_OPENING_QUOTE')
      throw new ImportFileError(
        { mn: `CSV файлыг уншиж чадсангүй: ${e.message}`, en: `The CSV file cannot be read: ${e.message}` },
        e.lines,
      );
    throw error;
  }
}

async function* readNdjson(file: string, options: ReadOptions): AsyncGenerator<FileItem> {
  const lines = readline.createInterface({ input: decoded(file, options), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { kind: 'object', line, value: JSON.parse(text) };
    } catch (error) {
      yield {
        kind: 'problem',
        line,
        message: {
          mn: `JSON биш мөр: ${(error as Error).message}`,
          en: `Not a JSON value: ${(error as Error).message}`,
        },
      };
    }
  }
}

async function* readJson(file: string, options: ReadOptions): AsyncGenerator<FileItem> {
  const text = decoded(file, options);
  const stream = streamArray.withParserAsStream();
  const input = new PassThrough();
  text.on('error', (e) => stream.destroy(e));
  text.pipe(input).pipe(stream);
  try {
    for await (const item of stream as AsyncIterable<{ key: number; value: unknown }>) {
      yield { kind: 'object', line: item.key + 1, value: item.value };
    }
  } catch (error) {
    throw new ImportFileError({
      mn: `JSON файл гэмтсэн, дутуу эсвэл массив биш байна: ${(error as Error).message}`,
      en: `The JSON file is damaged, cut short or not an array: ${(error as Error).message}`,
    });
  }
}

/**
 * Text as Excel shows it: OOXML writes a character XML cannot carry (a control character) as
 * `_xHHHH_`, and an underscore that would start such an escape as `_x005F_`. ExcelJS's streaming
 * reader leaves them as they are; read left to right in one pass, `_x005F_x0000_` is `_x0000_`.
 */
export function ooxmlText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** A cell of a spreadsheet as a plain value: rich text and links as text, formulas as their result. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return ooxmlText(value);
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return ooxmlText(value.richText.map((r) => r.text).join(''));
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellValue((value as { text: ExcelJS.CellValue }).text);
  if ('error' in value) return null;
  return String(value);
}

async function* readXlsx(file: string, options: ReadOptions): AsyncGenerator<FileItem> {
  // A zip bomb is refused before ExcelJS inflates anything (zip.ts).
  const refused = await xlsxInflationProblem(file, options.fileName ?? path.basename(file));
  if (refused) throw new ImportFileError(refused);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(byteCounter(file, options.onBytes), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let header = true;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
        if (values.every((v) => v === null || v === '')) continue;
        if (header) {
          header = false;
          yield {
            kind: 'header',
            line: row.number,
            headers: values.map((v) => (v == null ? '' : String(v))),
          };
        } else yield { kind: 'row', line: row.number, cells: values };
      }
      break; // the first worksheet holds the data; others (a `fields` sheet) are notes
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(truncated((error as Error).message));
  }
}

/** The file's items, read as a stream: memory stays flat however large it is. */
export function readFile(file: string, options: ReadOptions): AsyncGenerator<FileItem> {
  switch (options.format) {
    case 'csv':
      return readCsv(file, options);
    case 'ndjson':
      return readNdjson(file, options);
    case 'json':
      return readJson(file, options);
    case 'xlsx':
      return readXlsx(file, options);
  }
}
