import path from 'node:path';

/** Settings read once from the environment; every one has a safe default. See `.env.example`. */
export interface Config {
  /** TCP port of the web server (PORT, default 3000). */
  port: number;
  /** Address to listen on (HOST, default 0.0.0.0). */
  host: string;
  /** PostgreSQL server URL (DATABASE_URL); unset means the embedded engine in `dataDir`. */
  databaseUrl: string | undefined;
  /** Embedded database and uploaded files (SHILEN_DATA_DIR, default ./data). */
  dataDir: string;
  /** Public origin used in links, feeds and the OpenAPI document (SHILEN_PUBLIC_URL). */
  publicUrl: string;
  /** Load demo data once into an empty database at start (SHILEN_DEMO, default on for `npm start`). */
  demo: boolean;
  /** pino log level (LOG_LEVEL, default info). */
  logLevel: string;
  /** Trust X-Forwarded-* from a proxy in front (SHILEN_TRUST_PROXY, default off). */
  trustProxy: boolean;
  /** Connections in the server pool (DATABASE_POOL_MAX, default 10). */
  poolMax: number;
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
    dataDir: path.resolve(env.SHILEN_DATA_DIR?.trim() || 'data'),
    publicUrl,
    demo: flag(env, 'SHILEN_DEMO', true),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: flag(env, 'SHILEN_TRUST_PROXY', false),
    poolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1, 1000),
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
