import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { ProblemText } from './types.ts';

/**
 * What an XLSX file may inflate to, all its parts together: a sheet of a million rows of ten
 * columns is about 400 MB of XML. Beyond it the file is refused before ExcelJS reads it, since
 * ExcelJS keeps shared strings (and a long text) in memory and writes a sheet that comes before
 * the workbook's parts to a temporary file.
 */
export const XLSX_MAX_INFLATED_MB = 1024;
const MAX_INFLATED = XLSX_MAX_INFLATED_MB * 1024 * 1024;

/**
 * How many times its size a part may inflate to: spreadsheets compress about ten to one, a sheet
 * of one value repeated a few hundred to one; deflate's ceiling is 1,032 to one, which only a run
 * of one byte reaches. Parts smaller than `RATIO_FROM` inflated are not judged.
 */
export const XLSX_MAX_RATIO = 500;
const RATIO_FROM = 1 << 20;

/**
 * unzipper, the zip reader ExcelJS's streaming reader uses: the inflated bytes are counted by the
 * very parser that will read them, so a zip that two parsers would read differently (headers that
 * disagree with the directory, entries the directory does not list) is counted as ExcelJS sees it.
 */
const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as {
  Parse(options: { forceStream: boolean }): NodeJS.ReadWriteStream & Readable;
};

interface DeclaredPart {
  name: string;
  compressed: number;
  inflated: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The parts as the zip's central directory declares them; undefined when it cannot be read here
 * (no end record, ZIP64 counts): the count while inflating still holds such a file to the limit.
 */
async function declaredParts(file: string): Promise<DeclaredPart[] | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    if (end < 0) return undefined;
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff || directorySize > 16 << 20) return undefined;
    if (directoryOffset + directorySize > size) return undefined;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const parts: DeclaredPart[] = [];
    let at = 0;
    for (let n = 0; n < count && at + 46 <= directory.length; n++) {
      if (directory.readUInt32LE(at) !== CENTRAL) return undefined;
      const nameLength = directory.readUInt16LE(at + 28);
      parts.push({
        // A size of 0xFFFFFFFF stands for a ZIP64 one of 4 GB or more: counted as what it says.
        compressed: directory.readUInt32LE(at + 20),
        inflated: directory.readUInt32LE(at + 24),
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      });
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return parts;
  } finally {
    await handle.close();
  }
}

/**
 * Whether the zip inflates to more than `limit` bytes, counted as unzipper inflates it, part by
 * part, each chunk dropped once counted (memory stays flat): stops at the limit. A damaged zip
 * counts as far as it goes; ExcelJS then says what is wrong with it.
 */
function inflatesBeyond(file: string, limit: number): Promise<boolean> {
  const source = createReadStream(file);
  const zip = unzipper.Parse({ forceStream: true });
  const parts = new Set<Readable>();
  let total = 0;
  let ended = false;
  let settled = false;
  return new Promise((resolve) => {
    const settle = (beyond: boolean) => {
      if (settled) return;
      settled = true;
      // Streams stopped half way may still report an error: nobody is listening any more.
      for (const s of [source, zip, ...parts]) {
        s.on('error', () => {});
        s.destroy();
      }
      resolve(beyond);
    };
    const settleIfDone = () => {
      if (ended && parts.size === 0) settle(false);
    };
    zip.on('data', (part: Readable) => {
      parts.add(part);
      part.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) settle(true);
      });
      part.on('error', () => settle(false));
      part.on('end', () => {
        parts.delete(part);
        settleIfDone();
      });
    });
    // A file cut short is told to the parser, not to the part being read (it never ends).
    zip.on('error', () => settle(false));
    // The parser ends when it has read the last byte; a part it handed out just before may not
    // have been seen yet.
    zip.on('end', () =>
      setImmediate(() => {
        ended = true;
        settleIfDone();
      }),
    );
    source.on('error', () => settle(false));
    source.pipe(zip);
  });
}

const tooLarge = (fileName: string): ProblemText => ({
  mn: `"${fileName}" хүснэгт задлахад ${XLSX_MAX_INFLATED_MB} МБ-аас их болж байна; импорт үүнээс их уншихгүй. Хэд хэдэн жижиг файл болгон хуваах эсвэл CSV хэлбэрээр хадгална уу.`,
  en: `The spreadsheet "${fileName}" inflates beyond ${XLSX_MAX_INFLATED_MB} MB when unzipped, more than an import reads. Split it into smaller files, or save it as CSV.`,
});

const tooDense = (fileName: string, part: string): ProblemText => ({
  mn: `"${fileName}" хүснэгт ердийн хүснэгтээс хэт их шахагдсан байна (${part} хэсэг нь хэмжээнээсээ ${XLSX_MAX_RATIO} дахин их болж задардаг); уншихгүй.`,
  en: `The spreadsheet "${fileName}" is compressed beyond any real spreadsheet (its part ${part} inflates to more than ${XLSX_MAX_RATIO} times its size); it is not read.`,
});

/**
 * Whether an XLSX file may be read: what its zip declares (the parts' total inflated size, each
 * part's ratio) judged before anything is inflated, then what it really inflates to counted, since
 * a zip's sizes are the writer's word. A problem naming the file, or undefined.
 */
export async function xlsxInflationProblem(file: string, fileName: string): Promise<ProblemText | undefined> {
  const declared = await declaredParts(file);
  if (declared) {
    if (declared.reduce((sum, p) => sum + p.inflated, 0) > MAX_INFLATED) return tooLarge(fileName);
    const dense = declared.find(
      (p) => p.inflated > RATIO_FROM && p.inflated > XLSX_MAX_RATIO * Math.max(p.compressed, 1),
    );
    if (dense) return tooDense(fileName, dense.name);
  }
  return (await inflatesBeyond(file, MAX_INFLATED)) ? tooLarge(fileName) : undefined;
}
