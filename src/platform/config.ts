import { isIP } from 'node:net';
import path from 'node:path';
import { countryPacks, defaultCountry } from '../country/index.ts';

/** Settings read once from the environment; every one has a safe default. See `.env.example`. */
export interface Config {
  /** TCP port of the web server (PORT, default 3000). */
  port: number;
  /** Address to listen on (HOST, default 0.0.0.0). */
  host: string;
  /** PostgreSQL server URL (DATABASE_URL); unset means the embedded engine in `dataDir`. */
  databaseUrl: string | undefined;
  /** The country pack, by code (SHILEN_COUNTRY, default mn): its facts reach modules as `ctx.country`. */
  country: string;
  /** Embedded database and uploaded files (SHILEN_DATA_DIR, default ./data). */
  dataDir: string;
  /** Public origin used in links, feeds and the OpenAPI document (SHILEN_PUBLIC_URL). */
  publicUrl: string;
  /** Load demo data once into an empty database at start (SHILEN_DEMO, default on for `npm start`). */
  demo: boolean;
  /** pino log level (LOG_LEVEL, default info). */
  logLevel: string;
  /**
   * Which proxies in front may say who the client is in X-Forwarded-* (SHILEN_TRUST_PROXY,
   * default none): their addresses or CIDR ranges, or the number of proxy hops in front.
   * Never "every hop": a client could then choose its own address.
   */
  trustProxy: false | number | readonly string[];
  /** Connections in the server pool (DATABASE_POOL_MAX, default 10). */
  poolMax: number;
  /**
   * Secret for signing cookies (SHILEN_SECRET, at least 32 characters). Unset: one is generated
   * once and kept in the database, so every process of an installation shares it.
   */
  secret: string | undefined;
  /** Sign-out after this many minutes without a request (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** Sign-out this many hours after sign-in whatever happens (SESSION_ABSOLUTE_HOURS, default 12). */
  sessionAbsoluteHours: number;
  /** Argon2id cost (ARGON2_MEMORY_KIB default 19456, ARGON2_PASSES default 2). */
  passwordCost: { memoryKiB: number; passes: number };
  /** OpenID Connect provider for sign-in (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME). */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | undefined;
  /** Outgoing mail server, `smtp://` or `smtps://` (SMTP_URL); unset means mail is queued, not sent. */
  smtpUrl: string | undefined;
  /** Sender of outgoing mail (MAIL_FROM, default `Shilen <no-reply@localhost>`). */
  mailFrom: string;
  /** Largest uploaded file in bytes (SHILEN_UPLOAD_MAX_MB, default 25); routes may allow less. */
  uploadMaxBytes: number;
  /**
   * Writes per minute allowed to one API token (SHILEN_TOKEN_WRITES_PER_MINUTE, default 120, the
   * same as for people): raise it for an agency's system that files in bulk, such as a call
   * centre's switchboard forwarding cases.
   */
  tokenWritesPerMinute: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, not "${env[name]}"`);
}

/** Names proxy-addr knows for address ranges, usable among the addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One address or CIDR range, as proxy-addr reads it. */
function proxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (isIP(prefix) === 4 && version === 4) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function trustProxy(env: NodeJS.ProcessEnv): Config['trustProxy'] {
  const raw = env.SHILEN_TRUST_PROXY?.trim() ?? '';
  const lower = raw.toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(lower)) return false;
  if (['true', 'yes', 'on', 'all'].includes(lower))
    throw new ConfigError(
      `SHILEN_TRUST_PROXY=${raw} would trust every X-Forwarded-For hop, so any client could choose its own address; give the proxies' addresses (e.g. 10.0.0.5 or 10.0.0.0/24,loopback) or the number of proxies in front (e.g. 1)`,
    );
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10)
      throw new ConfigError(`SHILEN_TRUST_PROXY must be a number of proxies from 0 to 10, not "${raw}"`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !proxyAddress(entry));
  if (bad !== undefined)
    throw new ConfigError(
      `SHILEN_TRUST_PROXY must be the proxies' addresses or CIDR ranges separated by commas, or a number of proxies; "${bad}" is neither`,
    );
  return entries;
}

function secret(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.SHILEN_SECRET?.trim();
  if (!value) return undefined;
  if (value.length < 32) throw new ConfigError('SHILEN_SECRET must be at least 32 characters long');
  return value;
}

function oidc(env: NodeJS.ProcessEnv): Config['oidc'] {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  try {
    new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER is not a URL: "${issuer}"`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId) throw new ConfigError('OIDC_CLIENT_ID must be set when OIDC_ISSUER is');
  if (!clientSecret) throw new ConfigError('OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is');
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'ДАН' };
}

function smtpUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not echoed: it may hold a password.
    throw new ConfigError(
      'SMTP_URL is not a URL (smtp://user:password@host:587, special characters percent-encoded)',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, not "${redactUrl(raw)}"`);
  if (!url.hostname) throw new ConfigError(`SMTP_URL names no host: "${redactUrl(raw)}"`);
  return raw;
}

/** `addr@host` or `Name <addr@host>`, one address, no line breaks. */
const MAIL_ADDRESS = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

function mailFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.MAIL_FROM?.trim() || 'Shilen <no-reply@localhost>';
  if (!MAIL_ADDRESS.test(raw))
    throw new ConfigError(`MAIL_FROM must be an address like "Shilen <no-reply@example.mn>", not "${raw}"`);
  return raw;
}

function country(env: NodeJS.ProcessEnv): string {
  const code = env.SHILEN_COUNTRY?.trim() || defaultCountry;
  if (!(code in countryPacks))
    throw new ConfigError(
      `SHILEN_COUNTRY must name a country pack of this build (${Object.keys(countryPacks).join(', ')}), not "${code}"`,
    );
  return code;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = (env.SHILEN_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`SHILEN_PUBLIC_URL is not a URL: "${publicUrl}"`);
  }
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    country: country(env),
    dataDir: path.resolve(env.SHILEN_DATA_DIR?.trim() || 'data'),
    publicUrl,
    demo: flag(env, 'SHILEN_DEMO', true),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: trustProxy(env),
    poolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1, 1000),
    secret: secret(env),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    passwordCost: {
      memoryKiB: integer(env, 'ARGON2_MEMORY_KIB', 19456, 1024, 4 * 1024 * 1024),
      passes: integer(env, 'ARGON2_PASSES', 2, 1, 20),
    },
    oidc: oidc(env),
    smtpUrl: smtpUrl(env),
    mailFrom: mailFrom(env),
    uploadMaxBytes: integer(env, 'SHILEN_UPLOAD_MAX_MB', 25, 1, 2048) * 1024 * 1024,
    tokenWritesPerMinute: integer(env, 'SHILEN_TOKEN_WRITES_PER_MINUTE', 120, 1, 1_000_000),
  };
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
