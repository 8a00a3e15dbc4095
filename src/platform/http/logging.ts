import type { FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

/**
 * What the request logs may say. Logs are kept for months and read by more people than the
 * database, so nothing that would let a reader act as someone goes into them: the secret of a
 * follow, reset, confirmation or invitation link, an `api_key`, an OpenID Connect `code` and
 * `state`, a session cookie, an Authorization header.
 */

const REDACTED = '[redacted]';

/** Query parameters whose values are credentials wherever they appear. */
const SECRET_QUERY = new Set([
  'token',
  'api_key',
  'apikey',
  'key',
  'code',
  'state',
  'secret',
  'password',
  'access_token',
  'id_token',
  'refresh_token',
  'session_state',
]);

/** Route parameters that carry a link's secret (`/reset-password/:token`, `/feedback/follow/:token`). */
const SECRET_PARAM = /(^token$|Token$|^secret$)/;

/** A client's own request id, logged only when short and plain (it is never the server's id). */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * A segment that looks like a random secret (the platform's tokens are 32 random bytes in
 * base64url): long, of the base64url alphabet, with upper and lower case letters and digits.
 * Catches a link's token on a path no route matched (a mistyped or outdated link).
 */
const looksLikeToken = (segment: string) =>
  segment.length >= 32 &&
  /^[A-Za-z0-9_-]+$/.test(segment) &&
  /[A-Z]/.test(segment) &&
  /[a-z]/.test(segment) &&
  /[0-9]/.test(segment);

/** The path with its secret segments replaced: those the matched route names as tokens, and any that looks like one. */
function redactPath(path: string, route: string | undefined): string {
  const pattern = route?.split('/') ?? [];
  const segments = path.split('/');
  // The route's names count only when its shape lines up with the path segment for segment.
  const named = pattern.length === segments.length;
  return segments
    .map((segment, i) => {
      const name = named && pattern[i]?.startsWith(':') ? pattern[i].slice(1) : undefined;
      return (name && SECRET_PARAM.test(name)) || looksLikeToken(segment) ? REDACTED : segment;
    })
    .join('/');
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {}
      return eq >= 0 && SECRET_QUERY.has(decoded) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

/** The request's URL as it may be logged. */
export function loggableUrl(url: string, route?: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const redacted = redactPath(path, route);
  return q < 0 ? redacted : `${redacted}?${redactQuery(url.slice(q + 1))}`;
}

/** The client's `X-Request-Id`, when it is one worth logging beside the server's own. */
export function clientRequestId(request: Pick<FastifyRequest, 'headers'>): string | undefined {
  const value = request.headers['x-request-id'];
  return typeof value === 'string' && CLIENT_REQUEST_ID.test(value) ? value : undefined;
}

/** pino's `req` serializer: no headers at all, the URL without its secrets. */
function serializeRequest(request: FastifyRequest) {
  // Something else logged under `req` by hand: left to the censored paths below.
  if (typeof request?.url !== 'string' || typeof request.method !== 'string') return request;
  return {
    method: request.method,
    url: loggableUrl(request.url, request.routeOptions?.url),
    host: request.host,
    remoteAddress: request.ip,
    clientRequestId: clientRequestId(request),
  };
}

/**
 * The logger of the HTTP server: the request serializer above, and any header or cookie that
 * code logs by hand censored by path.
 */
export function httpLoggerOptions(base: { level: string; stream?: DestinationStream }): LoggerOptions & {
  stream?: DestinationStream;
} {
  return {
    ...base,
    serializers: { req: serializeRequest as (value: unknown) => unknown },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'headers.authorization',
        'headers.cookie',
        'res.headers["set-cookie"]',
      ],
      censor: REDACTED,
    },
  };
}
