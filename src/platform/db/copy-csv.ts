/**
 * Rows to PostgreSQL's COPY CSV text, quoted with `COPY_QUOTE` (U+0001) instead of `"`: JSON never
 * holds it unescaped and other text hardly ever, so a quoted value is wrapped, not rewritten (a
 * release of 2 KB of JSON has dozens of `"` that doubling would copy); a value that holds it has it
 * doubled. NULL is an unquoted empty field; an empty string is quoted, so the two stay apart.
 */
export const COPY_QUOTE = '\u0001';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  const holdsQuote = text.includes(COPY_QUOTE);
  if (holdsQuote || text === '' || /[,\n\r]/.test(text) || text.startsWith(' ') || text.endsWith(' ')) {
    return `${COPY_QUOTE}${holdsQuote ? text.replaceAll(COPY_QUOTE, COPY_QUOTE + COPY_QUOTE) : text}${COPY_QUOTE}`;
  }
  return text;
}

export function csvLine(row: readonly unknown[]): string {
  return `${row.map(csvField).join(',')}\n`;
}

/**
 * Batches rows into COPY chunks of about `chunkBytes` of UTF-8, so memory stays flat on any size.
 * Each line is encoded straight into its chunk's buffer: no chunk-sized string is ever made (a
 * chunk of Cyrillic text would be one of twice its size in memory).
 */
export async function* csvChunks(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  chunkBytes = 1 << 20,
): AsyncGenerator<{ bytes: Buffer; count: number }> {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  let count = 0;
  for await (const row of rows) {
    const line = csvLine(row);
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (used > 0 && used + line.length * 3 > buffer.length) {
      yield { bytes: buffer.subarray(0, used), count };
      buffer = Buffer.allocUnsafe(chunkBytes);
      used = 0;
      count = 0;
    }
    if (line.length * 3 > buffer.length) yield { bytes: Buffer.from(line), count: 1 };
    else {
      used += buffer.write(line, used);
      count++;
    }
  }
  if (count > 0) yield { bytes: buffer.subarray(0, used), count };
}
