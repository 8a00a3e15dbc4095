import crypto from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Passwords are hashed with Argon2id (memory-hard), from Node's own crypto, and stored in the
 * PHC string form `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, so the cost can be raised later
 * and old hashes still verify (and are re-hashed at the next sign-in).
 */
export interface PasswordCost {
  /** Memory in KiB (OWASP minimum for Argon2id: 19456 with 2 passes). */
  memoryKiB: number;
  passes: number;
}

export const productionCost: PasswordCost = { memoryKiB: 19456, passes: 2 };

type Argon2 = (
  algorithm: 'argon2id',
  params: {
    message: string | Buffer;
    nonce: Buffer;
    parallelism: number;
    tagLength: number;
    memory: number;
    passes: number;
  },
) => Promise<Buffer>;
const argon2 = promisify(
  (crypto as unknown as { argon2: (...args: unknown[]) => void }).argon2,
) as unknown as Argon2;

const b64 = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/, '');

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export async function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await argon2('argon2id', {
    message: password,
    nonce: salt,
    parallelism: 1,
    tagLength: 32,
    memory: cost.memoryKiB,
    passes: cost.passes,
  });
  return `$argon2id$v=19$m=${cost.memoryKiB},t=${cost.passes},p=1$${b64(salt)}$${b64(hash)}`;
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Whether `password` matches `stored`; constant-time comparison. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = PHC.exec(stored);
  if (!match) return false;
  const [, memory, passes, parallelism, salt, hash] = match;
  const expected = Buffer.from(hash as string, 'base64');
  const actual = await argon2('argon2id', {
    message: password,
    nonce: Buffer.from(salt as string, 'base64'),
    parallelism: Number(parallelism),
    tagLength: expected.length,
    memory: Number(memory),
    passes: Number(passes),
  });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with a lower cost than `cost` (re-hash it at sign-in). */
export function needsRehash(stored: string, cost: PasswordCost): boolean {
  const match = PHC.exec(stored);
  return !match || Number(match[1]) < cost.memoryKiB || Number(match[2]) < cost.passes;
}

let dummy: Promise<string> | undefined;
/**
 * Spends the same time as a real verification, for sign-ins with an unknown email, so timing
 * does not reveal which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string, cost: PasswordCost): Promise<false> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'), cost);
  await verifyPassword(password, await dummy);
  return false;
}
