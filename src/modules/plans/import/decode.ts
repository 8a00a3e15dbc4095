import chardet from 'chardet';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The bytes of an uploaded plan as text, or a report of why they are not a plan's text: empty,
 * binary (a PDF, a spreadsheet, an image), UTF-16, Windows-1251 or other legacy encodings, bytes
 * that are not UTF-8. Nothing is guessed into text: the reader is told how to save the file.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Where the first byte that breaks UTF-8 is, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails (a cut in the middle of a character is not counted).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export async function decodePlanText(bytes: Uint8Array): Promise<DecodeResult> {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return {
      ok: false,
      message: 'The file is in UTF-16, not UTF-8. Save it as "UTF-8" text and import it again.',
    };
  }
  const type = await fileTypeFromBuffer(bytes);
  if (type) {
    return {
      ok: false,
      message: `The file is a ${type.ext.toUpperCase()} file (${type.mime}), not text. Convert the plan to tab-separated text first.`,
    };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const guess = looksLikeWindows1251(body) ? 'windows-1251' : chardet.detect(body);
    const named =
      guess === 'windows-1251'
        ? 'It looks like Windows-1251 (Cyrillic in an old encoding). '
        : guess
          ? `It looks like ${guess}. `
          : '';
    return {
      ok: false,
      message: `The file is not UTF-8 text (the first bad byte is at position ${firstInvalidUtf8(body) + 1}). ${named}Save it as "UTF-8" text and import it again.`,
    };
  }
  // Control characters other than tab and line breaks do not occur in text a person wrote.
  const control = firstControlCharacter(text);
  if (control) {
    return {
      ok: false,
      message: `The file holds binary data (a control character at position ${control.index + 1}), not a plan's text.`,
    };
  }
  if (!text.trim()) return { ok: false, message: 'The file holds only spaces and empty lines.' };
  return { ok: true, text };
}

/**
 * UTF-16 without a byte-order mark: in Latin and Cyrillic text every other byte is the high byte
 * of a character, 0x00 or 0x04, and the bytes between are not.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8) return false;
  const high = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0 || sample[i] === 4) high[i % 2]! += 1;
  const half = sample.length / 2;
  const [even, odd] = [high[0]! / half, high[1]! / half];
  return (even > 0.6 && odd < 0.1) || (odd > 0.6 && even < 0.1);
}

/**
 * Cyrillic in Windows-1251: the bytes above 0x7f are nearly all letters А–я (0xC0–0xFF) or Ё, ё,
 * Ү, ү, Ө, ө as Mongolian keyboards write them in that code page. A detector guessing from
 * frequencies mistakes short Mongolian texts for Hebrew or Greek, so this is checked first.
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes.subarray(0, 65536)) {
    if (b < 0x80) continue;
    high += 1;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xaf || b === 0xbf || b === 0xaa || b === 0xba)
      letters += 1;
  }
  return high >= 8 && letters / high > 0.9;
}

/** The first control character other than tab, line feed and carriage return (and form feed, which PDF converters write at page breaks). */
function firstControlCharacter(text: string): { index: number } | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f)
      return { index: i };
  }
  return null;
}
