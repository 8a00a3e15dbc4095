import path from 'node:path';
import type { FieldError } from '../http/errors.ts';
import type { ReceivedFile } from './receive.ts';

/** What a route accepts in one file field. */
export interface FilePolicy {
  /** At most this many bytes (and never more than the installation's upload limit). */
  maxBytes: number;
  /** Media types accepted, e.g. `image/png`, `application/pdf`, `text/csv`. */
  types: readonly string[];
}

/** Attachments of citizens and officials: photographs and PDF documents, 10 MB each. */
export const documentsAndImages: FilePolicy = {
  maxBytes: 10 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
};

/** Types that have no magic number: recognised by the name's extension and by being text. */
const TEXT_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.ndjson': 'application/x-ndjson',
  '.jsonl': 'application/x-ndjson',
};

/** What the name's extension says the file is, for the types sniffing recognises. */
const EXTENSION_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
};

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The type a received file is, judged from its bytes and (for text formats only) its name; or
 * undefined when it is none the platform can tell.
 */
export function fileMediaType(file: ReceivedFile): string | undefined {
  const extension = path.extname(file.filename).toLowerCase();
  if (file.sniffedType) return file.sniffedType;
  return TEXT_TYPES[extension];
}

/**
 * Whether a received file may be kept under `policy`: not empty, not too large, of an accepted
 * type read from its bytes, and not disguised (a name saying PDF over bytes of something else).
 * The error names the field, in English; pages translate by `message` key where they want.
 */
export function checkFile(
  file: ReceivedFile,
  policy: FilePolicy,
  field = `body.${file.field}`,
): FieldError | undefined {
  if (file.size === 0) return { field, message: `the file "${file.filename}" is empty` };
  if (file.truncated || file.size > policy.maxBytes)
    return { field, message: `the file "${file.filename}" is larger than ${megabytes(policy.maxBytes)}` };
  const extension = path.extname(file.filename).toLowerCase();
  const named = EXTENSION_TYPES[extension] ?? TEXT_TYPES[extension];
  const actual = fileMediaType(file);
  if (actual === undefined || !policy.types.includes(actual)) {
    const accepted = policy.types.map((t) => t.split('/')[1]?.replace(/^vnd\..*sheet$/, 'xlsx')).join(', ');
    return { field, message: `the file "${file.filename}" is not of an accepted type (${accepted})` };
  }
  if (file.sniffedType && named !== undefined && named !== file.sniffedType)
    return {
      field,
      message: `the file "${file.filename}" is named as ${extension} but its contents are ${file.sniffedType}`,
    };
  return undefined;
}
