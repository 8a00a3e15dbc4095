import fs from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import iconv from 'iconv-lite';
import { binaryProblem, detectEncoding, iconvName, SAMPLE_BYTES } from './encoding.ts';
import type { ImportEncoding, ImportFormat, ProblemText } from './types.ts';

export type Sniffed =
  | { ok: true; format: ImportFormat; encoding?: ImportEncoding }
  | { ok: false; problem: ProblemText };

export const emptyProblem: ProblemText = {
  mn: 'Файл хоосон байна: гарчиг ч, мөр ч алга.',
  en: 'The file is empty: it has neither a header nor any rows.',
};

/** Types file-type knows by a couple of bytes only, which Windows-1251 text can begin with too. */
const FRAME_SYNC = new Set(['mp1', 'mp2', 'mp3', 'aac']);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What a file is, from its bytes rather than its name: an XLSX workbook (a ZIP), another binary
 * file (refused, naming what it looks like), or text in a known encoding — JSON when it opens with
 * `[`, NDJSON with `{`, CSV otherwise. `encoding` overrides detection for text.
 */
export async function sniffFile(file: string, encoding?: ImportEncoding): Promise<Sniffed> {
  const handle = await fs.open(file, 'r');
  let sample: Uint8Array;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer;
  } finally {
    await handle.close();
  }
  if (size === 0) return { ok: false, problem: emptyProblem };
  const detected = encoding
    ? { ok: true as const, encoding, bom: 0 }
    : detectEncoding(sample, sample.length === size);
  // Text in a Unicode encoding is text: file-type's weaker signatures (MPEG frame sync matches a
  // UTF-16 byte order mark) must not turn a CSV into "audio".
  // UTF-8 holding a NUL may still be a binary file whose magic number file-type knows.
  const unicode =
    detected.ok &&
    detected.encoding !== 'windows-1251' &&
    !(detected.encoding === 'utf-8' && sample.includes(0));
  const type = unicode ? undefined : await fileTypeFromBuffer(sample);
  if (type && !(detected.ok && FRAME_SYNC.has(type.ext))) {
    if (type.mime === XLSX_TYPE || (type.ext === 'zip' && Buffer.from(sample).includes('xl/')))
      return { ok: true, format: 'xlsx' };
    if (type.ext === 'cfb')
      return {
        ok: false,
        problem: {
          mn: 'Хуучин Excel (.xls) файлыг уншихгүй. Excel-д XLSX эсвэл CSV хэлбэрээр хадгална уу.',
          en: 'Old Excel (.xls) files are not read. Save it from Excel as XLSX or CSV.',
        },
      };
    return { ok: false, problem: binaryProblem(type.ext.toUpperCase()) };
  }
  if (!detected.ok) return detected;
  const text = iconv.decode(Buffer.from(sample), iconvName(detected.encoding), { stripBOM: true });
  const start = text.trimStart()[0];
  if (start === undefined) return { ok: false, problem: emptyProblem };
  const format: ImportFormat = start === '[' ? 'json' : start === '{' ? 'ndjson' : 'csv';
  return { ok: true, format, encoding: detected.encoding };
}
