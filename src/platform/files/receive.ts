import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromFile } from 'file-type';
import type { Config } from '../config.ts';

/**
 * A file of a multipart request, already on disk in the data folder's `files/incoming`, hashed and
 * sniffed. Routes see it in `request.body[field]`; `checkFile` judges it against the route's
 * policy and `storeFile` keeps it. Whatever is not stored is deleted before the response is sent.
 */
export interface ReceivedFile {
  readonly kind: 'received-file';
  /** The form field it came in. */
  field: string;
  /** The name the browser gave, without any folder part. */
  filename: string;
  /** The type the client claimed: information only, never trusted. */
  claimedType: string;
  size: number;
  sha256: string;
  /** The type read from the bytes (file-type); undefined for text and unknown formats. */
  sniffedType: string | undefined;
  /** Larger than the installation's upload limit: the bytes past it were not kept. */
  truncated: boolean;
  /** The temporary file. */
  path: string;
}

export function isReceivedFile(value: unknown): value is ReceivedFile {
  return typeof value === 'object' && value !== null && (value as ReceivedFile).kind === 'received-file';
}

export const incomingDir = (config: Pick<Config, 'dataDir'>) =>
  path.join(config.dataDir, 'files', 'incoming');

declare module 'fastify' {
  interface FastifyRequest {
    /** Temporary files of this request, removed when it ends (stored ones were moved away). */
    receivedFiles?: ReceivedFile[];
  }
}

/** Keeps the folder part of a name out (browsers on Windows may send `C:\…\name.pdf`). */
function baseName(name: string | undefined): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return last.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255);
}

/** Byte order marks of UTF-8 and UTF-16: such a file is text, whatever a magic number suggests. */
const BOMS = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/**
 * The type the bytes say. A text file that starts with a byte order mark is text: file-type reads
 * UTF-16's `FF FE` as an MPEG audio frame, and a spreadsheet saved as "Unicode text" is common.
 */
async function sniffType(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    if (BOMS.some((bom) => bytesRead >= bom.length && head.subarray(0, bom.length).equals(bom)))
      return undefined;
  } finally {
    await handle.close();
  }
  return (await fileTypeFromFile(file))?.mime;
}

/**
 * `onFile` of @fastify/multipart: streams one file part to disk with its hash, so no upload is
 * ever held in memory. A file input left empty (no name, no bytes) gives no value at all.
 */
async function receivePart(config: Config, request: FastifyRequest, part: MultipartFile): Promise<void> {
  const dir = incomingDir(config);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, count, createWriteStream(target));
  } catch (error) {
    // A connection cut mid-upload: nothing of it stays on disk.
    await rm(target, { force: true });
    throw error;
  }
  const filename = baseName(part.filename);
  if (size === 0 && filename === '') {
    await rm(target, { force: true });
    return;
  }
  const received: ReceivedFile = {
    kind: 'received-file',
    field: part.fieldname,
    filename: filename || 'upload',
    claimedType: part.mimetype,
    size,
    sha256: hash.digest('hex'),
    sniffedType: size > 0 ? await sniffType(target) : undefined,
    truncated: part.file.truncated,
    path: target,
  };
  request.receivedFiles ??= [];
  request.receivedFiles.push(received);
  (part as MultipartFile & { value: unknown }).value = received;
}

/**
 * Multipart forms for the whole app: text fields arrive in `request.body` as strings (so the CSRF
 * field works as for any form), file fields as `ReceivedFile`s. A file over the limit is cut and
 * marked `truncated` rather than failing the request, so the form can say which field it was.
 */
export async function registerUploads(app: FastifyInstance, config: Config): Promise<void> {
  const multipart = (await import('@fastify/multipart')).default;
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: config.uploadMaxBytes, files: 20, fields: 200, fieldSize: 1 << 20 },
    onFile(this: FastifyRequest, part: MultipartFile) {
      return receivePart(config, this, part);
    },
  });
  // Before the response leaves, so a client that reads the response can count on the folder being
  // clean; on an aborted request the response hooks never run, hence the second hook.
  const removeUnstored = async (request: FastifyRequest) => {
    const files = request.receivedFiles;
    if (!files) return;
    request.receivedFiles = undefined;
    await Promise.all(files.map((file) => rm(file.path, { force: true })));
  };
  app.addHook('onSend', async (request, _reply, payload) => {
    await removeUnstored(request);
    return payload;
  });
  app.addHook('onRequestAbort', removeUnstored);
}
