import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isReceivedFile } from '../files/receive.ts';
import { AppError, type FieldError } from './errors.ts';

/**
 * The platform's edge: text a client can send but the database can neither store nor compare
 * never reaches a handler. PostgreSQL refuses NUL in text and JSON, a lone UTF-16 surrogate is not
 * a character at all, bytes that are not UTF-8 would be silently replaced with U+FFFD by Fastify's
 * parsers (so the query string and text bodies are read here from their raw bytes), and a string
 * longer than any field allows would fail an index. Such a request is refused with 400 naming the
 * field (`query.q`, `body.items.0.name`, `params.slug`, `cookie.lang`), in the route's own error
 * format, since the error is thrown inside the route's scope.
 */

/** The longest text a query, path or header value may hold: schemas say less, this is the backstop. */
export const MAX_URL_FIELD = 2_000;
/** The longest text one body field may hold (the body itself is capped at 1 MiB). */
export const MAX_BODY_FIELD = 100_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Problem = 'control' | 'surrogate' | 'encoding' | 'tooLong' | 'number';

/** Why a decoded text cannot be taken, or undefined when it can. */
export function textProblem(text: string, max: number): Problem | undefined {
  if (CONTROL.test(text)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (text.length > max) return 'tooLong';
  return undefined;
}

const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Percent-decodes one `application/x-www-form-urlencoded` component to its bytes; a stray `%` stays as typed. */
function percentBytes(raw: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 0x2b) bytes.push(0x20);
    else if (c < 0x100) bytes.push(c);
    else bytes.push(...Buffer.from(raw[i] as string, 'utf8'));
  }
  return Uint8Array.from(bytes);
}

/**
 * Each field of a raw `a=1&b=2` text (a query string, or a form body read as latin1 so that each
 * byte is one character) decoded strictly; the first unreadable one as a field error.
 */
export function checkUrlEncoded(
  raw: string,
  where: string,
  max: number,
  label: (problem: Problem) => string,
): FieldError | undefined {
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const [rawKey, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    let key: string;
    try {
      key = strictUtf8().decode(percentBytes(rawKey));
    } catch {
      return { field: `${where}.${rawKey}`, message: label('encoding') };
    }
    const keyProblem = textProblem(key, 200);
    if (keyProblem)
      return { field: `${where}.${JSON.stringify(key).slice(1, -1)}`, message: label(keyProblem) };
    let value: string;
    try {
      value = strictUtf8().decode(percentBytes(rawValue));
    } catch {
      return { field: `${where}.${key}`, message: label('encoding') };
    }
    const problem = textProblem(value, max);
    if (problem) return { field: `${where}.${key}`, message: label(problem) };
  }
  return undefined;
}

/** Every string (and object key) of a parsed body, however deep; the first unreadable one. */
export function checkParsed(
  value: unknown,
  path: string,
  max: number,
  label: (problem: Problem) => string,
): FieldError | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value, max);
    return problem ? { field: path, message: label(problem) } : undefined;
  }
  // JSON.parse reads 1e309 as Infinity, which no column takes.
  if (typeof value === 'number' && !Number.isFinite(value)) return { field: path, message: label('number') };
  if (typeof value !== 'object' || value === null || isReceivedFile(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = textProblem(key, 200);
    if (keyProblem)
      return { field: `${path}.${JSON.stringify(key).slice(1, -1)}`, message: label(keyProblem) };
    const found = checkParsed(item, `${path}.${key}`, max, label);
    if (found) return found;
  }
  return undefined;
}

interface PropertiesSchema {
  properties?: Record<string, { type?: unknown }>;
}

/**
 * Fields a route's schema types as numbers whose text reads as ±Infinity ("1e309", "Infinity"):
 * Ajv's coercion turns them into Infinity and no integer check refuses it, then the database does.
 */
function checkNumbers(
  values: unknown,
  schema: unknown,
  where: string,
  label: (problem: Problem) => string,
): FieldError | undefined {
  const properties = (schema as PropertiesSchema | undefined)?.properties ?? {};
  for (const [name, property] of Object.entries(properties)) {
    if (property.type !== 'integer' && property.type !== 'number') continue;
    const given = (values as Record<string, unknown> | undefined)?.[name];
    for (const value of [given].flat())
      if (
        typeof value === 'string' &&
        Number.isNaN(Number(value)) === false &&
        !Number.isFinite(Number(value))
      )
        return { field: `${where}.${name}`, message: label('number') };
  }
  return undefined;
}

/** The headers the platform reads. Node reads header bytes as latin1: their bytes must be UTF-8. */
const READ_HEADERS = [
  'user-agent',
  'idempotency-key',
  'x-request-id',
  'x-purpose',
  'authorization',
  'accept',
];
const READ_COOKIES = ['sid', 'lang', '_csrf'];

function checkHeaders(request: FastifyRequest, label: (problem: Problem) => string): FieldError | undefined {
  for (const name of READ_HEADERS) {
    const value = request.headers[name];
    if (typeof value !== 'string') continue;
    let text: string;
    try {
      text = strictUtf8().decode(Buffer.from(value, 'latin1'));
    } catch {
      return { field: `header.${name}`, message: label('encoding') };
    }
    const problem = textProblem(text, MAX_URL_FIELD);
    if (problem) return { field: `header.${name}`, message: label(problem) };
  }
  // Only the platform's own cookies: another site's cookie on the same domain is none of ours.
  for (const name of READ_COOKIES) {
    const value = request.cookies?.[name];
    const problem = typeof value === 'string' ? textProblem(value, MAX_URL_FIELD) : undefined;
    if (problem) return { field: `cookie.${name}`, message: label(problem) };
  }
  return undefined;
}

/** Text bodies whose bytes are checked as they arrive; multipart is read by busboy (fields checked once parsed). */
const TEXT_BODY = /^(application\/(json|[\w.+-]+\+json|x-www-form-urlencoded)|text\/)/i;
const FORM_BODY = /^application\/x-www-form-urlencoded/i;

const rawForm = Symbol('rawForm');
type Guarded = FastifyRequest & { [rawForm]?: string };

/** Passes a body through unchanged, failing the request at the first byte that is not UTF-8. */
function utf8Checked(onError: () => Error, keep?: (text: string) => void): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const chunks: Buffer[] = [];
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        return done(onError());
      }
      if (keep) chunks.push(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      try {
        decoder.decode();
      } catch {
        return done(onError());
      }
      keep?.(Buffer.concat(chunks).toString('latin1'));
      done();
    },
  });
}

export function registerInputGuard(app: FastifyInstance): void {
  const labeller = (request: FastifyRequest) => (problem: Problem) => request.t(`input.${problem}`);
  const refuse = (error: FieldError) =>
    new AppError('bad-request', `${error.field}: ${error.message}`, [error]);

  app.addHook('onRequest', async (request) => {
    const label = labeller(request);
    const url = request.raw.url ?? '';
    const mark = url.indexOf('?');
    const found =
      (mark >= 0 ? checkUrlEncoded(url.slice(mark + 1), 'query', MAX_URL_FIELD, label) : undefined) ??
      checkParsed(request.params, 'params', MAX_URL_FIELD, label) ??
      checkHeaders(request, label) ??
      checkNumbers(request.query, request.routeOptions.schema?.querystring, 'query', label) ??
      checkNumbers(request.params, request.routeOptions.schema?.params, 'params', label);
    if (found) throw refuse(found);
  });

  app.addHook('preParsing', async (request, _reply, payload) => {
    const type = request.headers['content-type'] ?? '';
    if (!TEXT_BODY.test(type)) return payload;
    const body = utf8Checked(
      () => refuse({ field: 'body', message: request.t('input.encoding') }),
      FORM_BODY.test(type)
        ? (text) => {
            (request as Guarded)[rawForm] = text;
          }
        : undefined,
    );
    payload.on('error', (error) => body.destroy(error));
    return payload.pipe(body);
  });

  app.addHook('preValidation', async (request) => {
    const label = labeller(request);
    const form = (request as Guarded)[rawForm];
    const found =
      form !== undefined
        ? (checkUrlEncoded(form, 'body', MAX_BODY_FIELD, label) ??
          checkNumbers(request.body, request.routeOptions.schema?.body, 'body', label))
        : checkParsed(request.body, 'body', MAX_BODY_FIELD, label);
    if (found) throw refuse(found);
  });
}
