import { EMAIL } from '../../platform/auth/users.ts';
import type { FieldProblem } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { CHECKBOX_VALUE } from '../../platform/patterns.ts';
import { type CaseKind, isKind } from './kinds.ts';

/** What a submitter gives, as text from a form or an API (every field optional until checked). */
export interface CaseInput {
  kind?: string;
  category?: string;
  subject?: string;
  body?: string;
  aimag?: string;
  soum?: string;
  lat?: string | number;
  lon?: string | number;
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  registerNumber?: string;
  publishConsent?: boolean | string;
}

export interface CheckedCase {
  kind: CaseKind;
  category: string;
  subject: string;
  body: string;
  aimag: string | null;
  soum: string | null;
  lat: number | null;
  lon: number | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  registerNumber: string | null;
  publishConsent: boolean;
}

// Markup or script in a text field is refused rather than stored: nothing here is rich text, and
// a refusal tells the sender plainly instead of showing their text altered.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript\s*:|\bon[a-z]+\s*=/i;
// Control characters other than tab and line breaks.
const CONTROL = /\p{Cc}/u;
const hasControl = (v: string) => CONTROL.test(v.replace(/[\t\n\r]/g, ''));
export const REGISTER_NUMBER = /^[А-ЯЁӨҮ]{2}\d{8}$/u;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const SOUM = /^\d{4,6}$/;

/** Mongolia's extent with a margin: a point outside it is a mistake, not a place we serve. */
const BOUNDS = { south: 41.5, north: 52.2, west: 87.7, east: 120 };

function text(
  value: unknown,
  field: string,
  max: number,
  problems: FieldProblem[],
  required: string | null,
): string | null {
  const v = typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '';
  if (!v) {
    if (required) problems.push({ field, key: required });
    return null;
  }
  if (v.length > max) problems.push({ field, key: 'feedback.error.tooLong' });
  else if (MARKUP.test(v)) problems.push({ field, key: 'feedback.error.markup' });
  else if (hasControl(v)) problems.push({ field, key: 'feedback.error.control' });
  return v;
}

function coordinate(value: unknown): number | null | 'bad' {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(n) ? n : 'bad';
}

/** Checks a submission; field errors carry message keys. Looks codes up in the database. */
export async function checkCase(
  q: Queryable,
  input: CaseInput,
): Promise<{ value: CheckedCase; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const kind = typeof input.kind === 'string' ? input.kind.trim() : '';
  if (!kind) problems.push({ field: 'kind', key: 'feedback.error.kindMissing' });
  else if (!isKind(kind)) problems.push({ field: 'kind', key: 'feedback.error.kindUnknown' });
  const category = typeof input.category === 'string' ? input.category.trim() : '';
  const aimag = typeof input.aimag === 'string' && input.aimag.trim() ? input.aimag.trim() : null;
  // Both codes in one round trip: this runs for every submission.
  const [known] = await q.query<{ category: boolean; aimag: boolean }>(sql`select
    exists (select 1 from feedback_categories where code = ${category} and active) as category,
    exists (select 1 from admin_units where code = ${aimag ?? ''}) as aimag`);
  if (!category) problems.push({ field: 'category', key: 'feedback.error.categoryMissing' });
  else if (!known?.category) problems.push({ field: 'category', key: 'feedback.error.categoryUnknown' });
  const subject = text(input.subject, 'subject', 200, problems, 'feedback.error.subjectMissing');
  const body = text(input.body, 'body', 10000, problems, 'feedback.error.bodyMissing');
  if (aimag && !known?.aimag) problems.push({ field: 'aimag', key: 'feedback.error.aimagUnknown' });
  const soum = typeof input.soum === 'string' && input.soum.trim() ? input.soum.trim() : null;
  if (soum && !SOUM.test(soum)) problems.push({ field: 'soum', key: 'feedback.error.soum' });
  else if (soum && aimag && !soum.startsWith(aimag.slice(0, 2)))
    problems.push({ field: 'soum', key: 'feedback.error.soumAimag' });
  const lat = coordinate(input.lat);
  const lon = coordinate(input.lon);
  if (lat === 'bad') problems.push({ field: 'lat', key: 'feedback.error.coordinate' });
  if (lon === 'bad') problems.push({ field: 'lon', key: 'feedback.error.coordinate' });
  if (typeof lat === 'number' && typeof lon !== 'number')
    problems.push({ field: 'lon', key: 'feedback.error.coordinatePair' });
  if (typeof lon === 'number' && typeof lat !== 'number')
    problems.push({ field: 'lat', key: 'feedback.error.coordinatePair' });
  if (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    (lat < BOUNDS.south || lat > BOUNDS.north || lon < BOUNDS.west || lon > BOUNDS.east)
  )
    problems.push({ field: 'lat', key: 'feedback.error.outside' });
  const name = text(input.name, 'name', 200, problems, null);
  const email = text(input.email, 'email', 320, problems, null)?.toLowerCase() ?? null;
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', key: 'feedback.error.email' });
  const phone = text(input.phone, 'phone', 20, problems, null);
  if (phone && !PHONE.test(phone)) problems.push({ field: 'phone', key: 'feedback.error.phone' });
  const address = text(input.address, 'address', 500, problems, null);
  const registerNumber =
    text(input.registerNumber, 'registerNumber', 10, problems, null)?.toUpperCase() ?? null;
  if (registerNumber && !REGISTER_NUMBER.test(registerNumber))
    problems.push({ field: 'registerNumber', key: 'feedback.error.registerNumber' });
  const consent =
    input.publishConsent === true ||
    (typeof input.publishConsent === 'string' &&
      ['yes', 'true', CHECKBOX_VALUE].includes(input.publishConsent));
  return {
    value: {
      kind: kind as CaseKind,
      category,
      subject: subject ?? '',
      body: body ?? '',
      aimag,
      soum,
      lat: typeof lat === 'number' ? lat : null,
      lon: typeof lon === 'number' ? lon : null,
      name,
      email,
      phone,
      address,
      registerNumber,
      publishConsent: consent,
    },
    problems,
  };
}

/** A free-text field of a staff or citizen action (answer, note, reason): trimmed, bounded, no markup. */
export function checkText(
  value: unknown,
  field: string,
  max: number,
  missing: string,
): { value: string; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  return { value: text(value, field, max, problems, missing) ?? '', problems };
}
