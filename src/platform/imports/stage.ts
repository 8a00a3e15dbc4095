import type { Queryable } from '../db/database.ts';
import { mapHeaders } from './mapping.ts';
import type { StagingTables } from './merge.ts';
import type { ImportPlan } from './plan.ts';
import { ImportFileError, readFile } from './readers.ts';
import { type ImportEncoding, type ImportFormat, type ImportProblem, PROBLEMS_KEPT } from './types.ts';
import { parseCell, requiredMissing } from './values.ts';

const LOST_LETTERS = {
  mn: 'Ө, Ү үсэг "?" болж алдагдсан байна: файл Windows-1251 кодчилолтой, түүнд эдгээр үсэг байхгүй. Файлаа UTF-8 (CSV UTF-8) эсвэл XLSX хэлбэрээр хадгална уу',
  en: 'Letters Ө or Ү were lost as "?": the file is in Windows-1251, which has no such letters. Save it as UTF-8 (CSV UTF-8) or XLSX',
};

/** Rows per COPY into the staging table; the next batch is read while one is written. */
const BATCH_ROWS = 20_000;

export interface Staged {
  rows: number;
  /** The whole file was read and mapped: checks over all rows can run. */
  complete: boolean;
  mapping: { header: string; field: string | null }[];
  unmapped: string[];
  /** The file's header of each mapped field. */
  headers: Map<string, string>;
  problems: ImportProblem[];
  problemCount: number;
}

export interface StageOptions {
  format: ImportFormat;
  encoding: ImportEncoding;
  size: number;
  mapping: Readonly<Record<string, string>>;
  /** The name the file had where it came from (the upload's or the path's). */
  fileName?: string;
  onProgress: (done: number, total?: number) => Promise<void>;
}

/**
 * Reads the file, checks every cell against its field, and copies the rows into the staging table
 * in batches. A problem is reported (the first `PROBLEMS_KEPT` kept, all counted) and its cell
 * staged empty; reading goes on to the end so the report covers the whole file.
 */
export async function stageRows(
  db: Queryable,
  plan: ImportPlan,
  file: string,
  tables: StagingTables,
  options: StageOptions,
): Promise<Staged> {
  const out: Staged = {
    rows: 0,
    complete: false,
    mapping: [],
    unmapped: [],
    headers: new Map(),
    problems: [],
    problemCount: 0,
  };
  const add = (problem: ImportProblem) => {
    out.problemCount++;
    if (out.problems.length < PROBLEMS_KEPT) out.problems.push(problem);
  };
  const fields = plan.fields;
  const rules = fields.map((f) => plan.rules(f.name));
  const columns = ['line', 'line_ok', ...fields.map((f) => f.name)];
  let headers: string[] | undefined;
  /** For each staged field, where its value is in a row of cells (-1: not in the file). */
  let positions: number[] = [];
  let bytes = 0;
  let batch: unknown[][] = [];
  let writing: Promise<unknown> = Promise.resolve();
  let failed: unknown;
  const flush = async () => {
    await writing;
    if (failed) throw failed;
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    writing = db.copyInto(tables.rows, columns, rows).catch((e) => {
      failed = e;
    });
    const total = bytes > 0 ? Math.max(out.rows, Math.round((out.rows * options.size) / bytes)) : undefined;
    await options.onProgress(out.rows, total);
  };

  const begin = (found: string[], line: number): boolean => {
    headers = found;
    const mapping = mapHeaders(
      found,
      plan.dataset.fields,
      fields.map((f) => f.name),
      options.mapping,
    );
    out.mapping = found.map((header, i) => ({ header, field: mapping.fields[i] ?? null }));
    out.unmapped = mapping.unmapped;
    for (const p of mapping.problems) add({ line, column: p.column, message: p.message });
    for (const header of mapping.unmapped)
      add({
        line,
        column: header,
        message: {
          mn: `"${header}" багана ямар талбар болохыг тодорхойлох хэрэгтэй (эсвэл үл хэрэгсэх)`,
          en: `Column "${header}" is not a field of this dataset: map it to one, or ignore it`,
        },
      });
    positions = fields.map((f) => mapping.fields.indexOf(f.name));
    fields.forEach((f, i) => {
      const at = positions[i] as number;
      if (at >= 0) out.headers.set(f.name, found[at] as string);
      else if (f.required)
        add({
          line,
          column: f.name,
          message: {
            mn: `Заавал байх "${f.name}" (${f.title.mn}) багана алга`,
            en: `The required column "${f.name}" (${f.title.en}) is missing`,
          },
        });
    });
    return out.problemCount === 0;
  };

  // Windows-1251 has no Ө, Ү, ө or ү: a spreadsheet saved in it writes "?" in their place.
  const lostLetters = options.encoding === 'windows-1251' ? /[\u0400-\u04ff]\?|\?[\u0400-\u04ff]/ : undefined;
  const stage = (line: number, cell: (position: number) => unknown) => {
    out.rows++;
    const row: unknown[] = [line, true];
    let ok = true;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const at = positions[i] as number;
      const raw = at >= 0 ? cell(at) : null;
      const parsed = parseCell(raw, field, rules[i]);
      const column = out.headers.get(field.name) ?? field.name;
      if (lostLetters && typeof raw === 'string' && lostLetters.test(raw)) {
        add({ line, column, message: LOST_LETTERS });
        ok = false;
      } else if (!parsed.ok) {
        add({ line, column, message: parsed.message });
        ok = false;
      } else if (parsed.value === null && field.required) {
        add({ line, column, message: requiredMissing });
        ok = false;
      }
      row.push(parsed.ok ? parsed.value : null);
    }
    // The whole-file rules (merge.ts) judge only lines whose every cell was right, as `check` here.
    row[1] = ok;
    if (ok && plan.spec.check) {
      const values = Object.fromEntries(fields.map((f, i) => [f.name, row[i + 2]]));
      for (const p of plan.spec.check(values)) {
        add({ line, column: out.headers.get(p.field) ?? p.field, message: p.message });
        ok = false;
      }
    }
    // Rows with problems are staged too (their bad cells empty): nothing is merged while any
    // problem stands, and the whole-file checks (duplicate keys, references) then cover every row,
    // so one report says all that is wrong.
    batch.push(row);
  };

  try {
    for await (const item of readFile(file, {
      format: options.format,
      encoding: options.encoding,
      fileName: options.fileName,
      onBytes: (n) => {
        bytes = n;
      },
    })) {
      if (item.kind === 'problem') {
        out.rows++;
        add({ line: item.line, message: item.message });
        continue;
      }
      if (item.kind === 'header') {
        if (
          !begin(
            item.headers.map((h) => h.trim()),
            item.line,
          )
        )
          return out;
        continue;
      }
      if (item.kind === 'row') {
        if (!headers) continue;
        const cells = item.cells;
        if (cells.length > headers.length && cells.slice(headers.length).some((c) => c !== null && c !== ''))
          add({
            line: item.line,
            message: {
              mn: `Мөрөнд ${cells.length} утга байна, гарчигт ${headers.length} багана бий`,
              en: `The row has ${cells.length} values but the header has ${headers.length} columns`,
            },
          });
        stage(item.line, (at) => cells[at]);
      } else {
        const value = item.value;
        if (!headers && value !== null && typeof value === 'object' && !Array.isArray(value)) {
          if (!begin(Object.keys(value), item.line)) return out;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          out.rows++;
          add({
            line: item.line,
            message: { mn: 'JSON объект биш байна', en: 'Not a JSON object (a record with named fields)' },
          });
          continue;
        }
        const record = value as Record<string, unknown>;
        const known = headers as string[];
        for (const k of Object.keys(record))
          if (!known.includes(k))
            add({
              line: item.line,
              column: k,
              message: {
                mn: `"${k}" түлхүүр эхний бичлэгт байхгүй`,
                en: `Key "${k}" is not in the first record`,
              },
            });
        stage(item.line, (at) => record[known[at] as string]);
      }
      if (batch.length >= BATCH_ROWS) await flush();
    }
    if (!headers) {
      add({ message: { mn: 'Файлд гарчиг ч, мөр ч алга', en: 'The file has no header and no rows' } });
      return out;
    }
    await flush();
    await writing;
    if (failed) throw failed;
    if (out.rows === 0) {
      add({ message: { mn: 'Файлд гарчгаас өөр мөр алга', en: 'The file has a header but no rows' } });
      return out;
    }
    out.complete = true;
    return out;
  } catch (error) {
    await writing;
    if (!(error instanceof ImportFileError)) throw error;
    add({ line: error.line, message: error.problem });
    return out;
  }
}
