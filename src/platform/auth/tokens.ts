import crypto from 'node:crypto';

/** A random token for cookies and links: 32 bytes, URL-safe. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a leaked table cannot be replayed. */
export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
