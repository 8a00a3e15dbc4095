/**
 * Rows to PostgreSQL's COPY CSV text. NULL is an unquoted empty field; an empty string is `""`,
 * so the two stay apart on the way in.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (text === '' || /[",\n\r]/.test(text) || text.startsWith(' ') || text.endsWith(' ')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

export function csvLine(row: readonly unknown[]): string {
  return `${row.map(csvField).join(',')}\n`;
}

/** Batches rows into CSV chunks of about `chunkBytes`, so memory stays flat on any size. */
export async function* csvChunks(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  chunkBytes = 1 << 20,
): AsyncGenerator<{ text: string; count: number }> {
  let parts: string[] = [];
  let size = 0;
  let count = 0;
  for await (const row of rows) {
    const line = csvLine(row);
    parts.push(line);
    size += line.length;
    count++;
    if (size >= chunkBytes) {
      yield { text: parts.join(''), count };
      parts = [];
      size = 0;
      count = 0;
    }
  }
  if (count > 0) yield { text: parts.join(''), count };
}
