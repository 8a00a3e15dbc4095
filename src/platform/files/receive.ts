import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileTypeFromFile } from 'file-type';
import type { Config } from '../config.ts';
import { AppError } from '../http/errors.ts';

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

/** What one form that takes files may send; sized to the form, so nothing larger is read. */
export interface UploadLimits {
  /** Files in one request. */
  files: number;
  /** Bytes of one file (never more than SHILEN_UPLOAD_MAX_MB); past it the file is cut and marked `truncated`. */
  fileSize: number;
  /** Text fields in one request, `_csrf` and hidden fields included. */
  fields: number;
  /** Bytes of one text field. */
  fieldSize: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Temporary files of this request, removed when it ends (stored ones were moved away). */
    receivedFiles?: ReceivedFile[];
  }
  interface FastifyContextConfig {
    /** The route takes files: multipart forms are read for it within these limits; other routes answer 415. */
    uploads?: UploadLimits;
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
async function receivePart(
  config: Config,
  request: FastifyRequest,
  part: MultipartFile,
): Promise<ReceivedFile | undefined> {
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
    return undefined;
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
  return received;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The parser's limit errors as problems that say which limit. */
function limitError(error: unknown, limits: UploadLimits): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_FILES_LIMIT')
    return new AppError('payload-too-large', `this form takes at most ${plural(limits.files, 'file')}`);
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
    return new AppError('payload-too-large', `this form takes at most ${plural(limits.fields, 'field')}`);
  return error;
}

/** Adds a value under its name; a name sent twice gives an array, as for urlencoded forms. */
function addValue(body: Record<string, unknown>, name: string, value: unknown): void {
  const prior = body[name];
  body[name] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
}

/**
 * Reads a multipart body part by part within the route's limits. Text fields come first in every
 * form of the platform (the CSRF field is the first thing in it): before the first file part is
 * written, `beforeFirstFile` sees the fields read so far in `request.body` and may refuse, so a
 * forged or unchecked form never puts a byte on disk.
 */
async function readParts(
  config: Config,
  request: FastifyRequest,
  reply: FastifyReply,
  limits: UploadLimits,
  beforeFirstFile: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  let checked = false;
  const parts = request.parts({
    limits: {
      files: limits.files,
      fileSize: Math.min(limits.fileSize, config.uploadMaxBytes),
      fields: limits.fields,
      fieldSize: limits.fieldSize,
      parts: limits.files + limits.fields,
    },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated)
          throw new AppError(
            'payload-too-large',
            `the field ${part.fieldname} is longer than ${limits.fieldSize} bytes`,
          );
        addValue(body, part.fieldname, part.value);
        continue;
      }
      if (!checked) {
        request.body = { ...body };
        try {
          await beforeFirstFile(request, reply);
        } catch (error) {
          part.file.destroy();
          if ((error as { code?: string }).code?.startsWith('FST_CSRF'))
            throw new AppError(
              'csrf-failed',
              'the form’s _csrf field must come before its first file and be the one of the page',
            );
          throw error;
        }
        checked = true;
      }
      const received = await receivePart(config, request, part);
      if (received) addValue(body, part.fieldname, received);
    }
  } catch (error) {
    // What is left of the body is not read: the connection closes after the answer.
    reply.header('connection', 'close');
    throw limitError(error, limits);
  }
  return body;
}

const refuseMultipart = () =>
  new AppError(
    'unsupported-media-type',
    'this address takes no files: send the form as application/x-www-form-urlencoded',
  );

/**
 * Multipart forms, only for routes that declare `config.uploads`: text fields arrive in
 * `request.body` as strings (so the CSRF field works as for any form), file fields as
 * `ReceivedFile`s. Any other route answers a multipart request 415 before reading it. A file over
 * the route's limit is cut and marked `truncated` rather than failing the request, so the form
 * can say which field it was; more files or fields than the form has is a 413.
 */
export async function registerUploads(
  app: FastifyInstance,
  config: Config,
  options: { beforeFirstFile: (request: FastifyRequest, reply: FastifyReply) => Promise<void> },
): Promise<void> {
  const multipart = (await import('@fastify/multipart')).default;
  await app.register(multipart, { throwFileSizeLimit: false });
  // The multipart "parser" only marks the request: no byte of the body is read before this hook.
  app.addHook('preValidation', async (request, reply) => {
    if (!request.isMultipart()) return;
    const limits = request.routeOptions.config.uploads;
    if (!limits) throw refuseMultipart();
    request.body = await readParts(config, request, reply, limits, options.beforeFirstFile);
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
