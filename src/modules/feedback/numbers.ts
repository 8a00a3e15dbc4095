import { createHash, randomBytes } from 'node:crypto';
import { Type } from 'typebox';
import { localDate } from './deadlines.ts';

/** A tracking number as a page's path parameter (`/feedback/published/:number`). */
export const NumberParams = Type.Object({ number: Type.String({ maxLength: 20 }) });

/**
 * Tracking numbers people can read out on the phone: `YYMM-NNNNNN-C` — the month it came in (in
 * the country's time zone), the case's id, and a check digit (ISO 7064 mod 11-10) that catches a
 * mistyped or swapped digit. Unique because the id is.
 */
export function trackingNumber(id: number, submittedAt: Date, timeZone: string): string {
  const date = localDate(submittedAt, timeZone);
  const digits = `${date.slice(2, 4)}${date.slice(5, 7)}${String(id).padStart(6, '0')}`;
  return `${digits.slice(0, 4)}-${digits.slice(4)}-${checkDigit(digits)}`;
}

export function checkDigit(digits: string): number {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

/** A well-formed number whose check digit is right (so typos are told apart from unknown cases). */
export function isTrackingNumber(value: string): boolean {
  const match = /^(\d{4})-(\d{6,})-(\d)$/.exec(value);
  return match !== null && checkDigit(`${match[1]}${match[2]}`) === Number(match[3]);
}

/** The secret of a follow link: 256 bits, URL-safe. */
export function newFollowToken(): string {
  return randomBytes(32).toString('base64url');
}

export function followTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const FOLLOW_TOKEN = /^[A-Za-z0-9_-]{43}$/;
