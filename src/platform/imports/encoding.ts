import chardet from 'chardet';
import type { ImportEncoding, ProblemText } from './types.ts';

/** How much of a file's start decides its encoding and format. */
export const SAMPLE_BYTES = 64 * 1024;

export type Detected =
  | { ok: true; encoding: ImportEncoding; bom: number }
  | { ok: false; problem: ProblemText };

const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((v, i) => b[i] === v);

/** Whether the bytes are UTF-8; a character cut by the end of the sample does not count against it. */
function isUtf8(sample: Uint8Array, whole: boolean): boolean {
  let end = sample.length;
  if (!whole) {
    // Back off to the start of the last (possibly incomplete) multi-byte sequence.
    let i = end - 1;
    while (i > 0 && end - i < 4 && ((sample[i] as number) & 0xc0) === 0x80) i--;
    if (((sample[i] as number) & 0x80) !== 0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a byte order mark: text whose every other byte is the same few high bytes (0x00
 * for Latin, 0x04 for Cyrillic, 0x18 for Mongolian script).
 */
function utf16Order(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  const high = (b: number) => b === 0x00 || b === 0x04 || b === 0x18;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (high(sample[i] as number)) even++;
    if (high(sample[i + 1] as number)) odd++;
  }
  if (odd / pairs > 0.9 && even / pairs < 0.5) return 'utf-16le';
  if (even / pairs > 0.9 && odd / pairs < 0.5) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1251 Cyrillic: bytes above 0x7F that are Cyrillic letters there (А–я, Ё, ё, and Є, є,
 * Ї, ї, which old Mongolian fonts put in place of Ө and Ү), standing in whole words rather than
 * one at a time between Latin letters (as accented letters of ISO-8859-1 text do).
 */
function looksLikeCp1251(sample: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let mixed = 0;
  const asciiLetter = (b: number | undefined) =>
    b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || [0xa8, 0xb8, 0xaa, 0xba, 0xaf, 0xbf].includes(b)) letters++;
    if (asciiLetter(sample[i - 1]) || asciiLetter(sample[i + 1])) mixed++;
  }
  return high > 0 && letters / high > 0.9 && mixed / high < 0.1;
}

function nulBytes(sample: Uint8Array): number {
  let n = 0;
  for (let i = sample.indexOf(0); i >= 0; i = sample.indexOf(0, i + 1)) n++;
  return n;
}

/**
 * The encoding of a text file from its first bytes: a byte order mark, else UTF-8 if the bytes
 * are valid UTF-8, else UTF-16 by its pattern of bytes, else Windows-1251 if chardet or the
 * Cyrillic pattern says so. Anything else is a problem that names what it looks like.
 */
export function detectEncoding(sample: Uint8Array, whole: boolean): Detected {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8', bom: 3 };
  if (startsWith(sample, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', bom: 2 };
  if (startsWith(sample, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', bom: 2 };
  const utf16 = utf16Order(sample);
  if (utf16) return { ok: true, encoding: utf16, bom: 0 };
  // A NUL or two in UTF-8 text is a cell's problem, reported by line and column; many, or any
  // among bytes that are not UTF-8, are a binary file's.
  const nuls = nulBytes(sample);
  if (nuls > 0 && (nuls > Math.max(8, sample.length / 100) || !isUtf8(sample, whole)))
    return { ok: false, problem: binaryProblem() };
  if (isUtf8(sample, whole)) return { ok: true, encoding: 'utf-8', bom: 0 };
  const guess = chardet.detect(sample);
  if (guess === 'windows-1251' || looksLikeCp1251(sample))
    return { ok: true, encoding: 'windows-1251', bom: 0 };
  return {
    ok: false,
    problem: {
      mn: `Файлын кодчилол танигдсангүй${guess ? ` (${guess} шиг)` : ''}. UTF-8 эсвэл Windows-1251 хэлбэрээр хадгалаад дахин оруулна уу, эсвэл кодчиллыг нь зааж өгнө үү.`,
      en: `The file's encoding is not one Shilen reads${guess ? ` (it looks like ${guess})` : ''}. Save it as UTF-8 or Windows-1251 and try again, or name its encoding.`,
    },
  };
}

export function binaryProblem(kind?: string): ProblemText {
  return {
    mn: `Энэ файл хүснэгт биш, хоёртын файл байна${kind ? ` (${kind})` : ''}. CSV, XLSX, JSON эсвэл NDJSON файл оруулна уу.`,
    en: `This is a binary file${kind ? ` (${kind})` : ''}, not a table. Upload a CSV, XLSX, JSON or NDJSON file.`,
  };
}

/** iconv-lite's name for an encoding. */
export function iconvName(encoding: ImportEncoding): string {
  return encoding === 'windows-1251' ? 'win1251' : encoding;
}
