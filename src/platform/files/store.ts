import { createReadStream } from 'node:fs';
import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { fileMediaType } from './policy.ts';
import type { ReceivedFile } from './receive.ts';

/** A file kept by the platform: its row in `files` (migration 009). */
export interface StoredFile {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  filename: string;
  createdAt: Date;
  createdBy: string;
}

interface FileRow {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  filename: string;
  created_at: Date;
  created_by: string;
}

const toStoredFile = (row: FileRow): StoredFile => ({
  id: row.id,
  sha256: row.sha256,
  size: Number(row.size),
  mediaType: row.media_type,
  filename: row.filename,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** Where a file's bytes live: `files/ab/cd/<sha256>` under the data folder, one copy per content. */
export function storedPath(config: Pick<Config, 'dataDir'>, sha256: string): string {
  return path.join(config.dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Keeps a received file (checked with `checkFile` first): the bytes go into place before the row
 * is written, inside the caller's transaction, so a committed row always has its bytes. A rolled
 * back transaction leaves at most an unreferenced copy on disk, never a row without one.
 */
export async function storeFile(
  tx: Queryable,
  config: Pick<Config, 'dataDir'>,
  file: ReceivedFile,
  options: { actor: string },
): Promise<StoredFile> {
  const mediaType = fileMediaType(file);
  if (!mediaType) throw new Error(`storeFile: ${file.filename} has no known type; checkFile refuses it`);
  const target = storedPath(config, file.sha256);
  if (!(await exists(target))) {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(file.path, target);
  }
  const [row] = await tx.query<FileRow>(sql`
    insert into files (sha256, size, media_type, filename, created_by)
    values (${file.sha256}, ${file.size}, ${mediaType}, ${file.filename}, ${options.actor})
    returning id, sha256, size, media_type, filename, created_at, created_by`);
  return toStoredFile(row as FileRow);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The file with this id, or undefined (also for anything that is not an id). */
export async function findFile(db: Queryable, id: string): Promise<StoredFile | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<FileRow>(
    sql`select id, sha256, size, media_type, filename, created_at, created_by from files where id = ${id}`,
  );
  return row ? toStoredFile(row) : undefined;
}

/** Types a browser may show in place; anything else is only ever downloaded. */
const INLINE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf']);

/** RFC 6266 `filename*` so Cyrillic names survive, with an ASCII fallback. */
function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Sends a stored file: its sniffed type, never sniffed again by the browser, sandboxed, and as a
 * download unless it is an image or PDF and the caller did not ask for a download. The caller has
 * already decided the reader may see it.
 */
export function sendStoredFile(
  reply: FastifyReply,
  config: Pick<Config, 'dataDir'>,
  file: StoredFile,
  options: { download?: boolean } = {},
): FastifyReply {
  const inline = !options.download && INLINE.has(file.mediaType);
  return reply
    .type(file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', disposition(inline ? 'inline' : 'attachment', file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('etag', `"${file.sha256}"`)
    .header('cache-control', 'private, max-age=3600')
    .send(createReadStream(storedPath(config, file.sha256)));
}
