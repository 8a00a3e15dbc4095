import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { JsonObject } from '../ocds/merge.ts';

/**
 * Reads an OCDS file of any size without holding it: a release package (`releases`), a record
 * package (`records`, each giving its embedded releases, or its compiled release when the
 * releases are only linked), or line-delimited releases (one release per line). Yields each
 * release with where it is in the file; a file that is not JSON ends with a `FileProblem`.
 */
export interface ReadItem {
  release: unknown;
  where: string;
}

export class FileProblem extends Error {
  override name = 'FileProblem';
  readonly where: string;
  constructor(where: string, message: string) {
    super(message);
    this.where = where;
  }
}

export type OcdsFormat = 'release-package' | 'record-package' | 'lines';

/** The first non-space bytes, to tell a package from line-delimited releases. */
async function sniff(file: string): Promise<OcdsFormat> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const text = head.trimStart();
    if (!text.startsWith('{') && !text.startsWith('['))
      throw new FileProblem('file', 'this is not a JSON file: it does not start with { ');
    if (text.startsWith('['))
      throw new FileProblem(
        'file',
        'a bare JSON array is not an OCDS file; give a release package, a record package or one release per line',
      );
    const firstLine = text.split('\n', 1)[0]!.trim();
    if (text.includes('\n') || bytesRead < buffer.length) {
      try {
        const first = JSON.parse(firstLine) as Record<string, unknown>;
        if (
          first &&
          typeof first === 'object' &&
          'ocid' in first &&
          !('releases' in first) &&
          !('records' in first)
        )
          return 'lines';
      } catch {
        // Not one value on the first line: a package written over several lines.
      }
    }
    return /"records"\s*:/.test(head) &&
      !/"releases"\s*:\s*\[\s*\{\s*"/.test(head.split('"records"')[0] ?? '')
      ? 'record-package'
      : 'release-package';
  } finally {
    await handle.close();
  }
}

/**
 * Lines of a file, read chunk by chunk: the loop pulls the next chunk only when it wants more
 * lines, so a file of any size is never buffered ahead of the import.
 */
async function* fileLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest) yield rest;
}

async function* lines(file: string): AsyncGenerator<ReadItem> {
  let n = 0;
  for await (const raw of fileLines(file)) {
    n++;
    const line = (n === 1 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '');
    if (!line.trim()) continue;
    let release: unknown;
    try {
      release = JSON.parse(line);
    } catch (e) {
      yield {
        release: new FileProblem(`line ${n}`, `not valid JSON (${(e as Error).message})`),
        where: `line ${n}`,
      };
      continue;
    }
    yield { release, where: `line ${n}` };
  }
}

/** The members of a package's `releases` or `records` array, one by one; an empty array is refused with `empty`. */
async function* packageItems(
  file: string,
  field: 'releases' | 'records',
  empty: string,
): AsyncGenerator<{ key: number; value: unknown }> {
  // pipeline destroys the last stream with the first error of any, so the loop below throws it.
  const items = pipeline(
    fs.createReadStream(file),
    parser.asStream(),
    pick.asStream({ filter: field }),
    streamArray.asStream(),
    () => {},
  );
  let count = 0;
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      count++;
      yield item;
    }
  } catch (e) {
    throw new FileProblem('file', `not valid JSON: ${(e as Error).message}`);
  }
  if (count === 0) throw new FileProblem(field, empty);
}

export async function readOcds(
  file: string,
): Promise<{ format: OcdsFormat; items: AsyncGenerator<ReadItem> }> {
  const format = await sniff(file);
  if (format === 'lines') return { format, items: lines(file) };
  if (format === 'release-package') {
    return {
      format,
      items: (async function* () {
        const empty = 'the package has no releases (a release package needs a "releases" array)';
        for await (const { key, value } of packageItems(file, 'releases', empty))
          yield { release: value, where: `releases[${key}]` };
      })(),
    };
  }
  return {
    format,
    items: (async function* () {
      for await (const { key, value } of packageItems(file, 'records', 'the package has no records')) {
        const record = (value ?? {}) as JsonObject;
        const releases = Array.isArray(record.releases) ? record.releases : [];
        const embedded =
          releases.length > 0 && releases.every((r) => r && typeof r === 'object' && 'ocid' in (r as object));
        if (embedded) {
          for (const [i, r] of releases.entries())
            yield { release: r, where: `records[${key}].releases[${i}]` };
        } else if (record.compiledRelease && typeof record.compiledRelease === 'object') {
          // Only links to the releases: the compiled release is the state we can keep.
          yield { release: record.compiledRelease, where: `records[${key}].compiledRelease` };
        } else {
          yield {
            release: new FileProblem(
              `records[${key}]`,
              'a record needs embedded releases or a compiledRelease',
            ),
            where: `records[${key}]`,
          };
        }
      }
    })(),
  };
}
