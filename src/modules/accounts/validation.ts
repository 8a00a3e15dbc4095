import { PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth/passwords.ts';
import { EMAIL } from '../../platform/auth/users.ts';
import type { FieldError } from '../../platform/http/errors.ts';

/** Field errors carry message keys; the page translates them. */
export type Problems = FieldError[];

export function checkEmail(problems: Problems, field: string, value: string | undefined): string {
  const email = (value ?? '').trim();
  if (!email) problems.push({ field, message: 'accounts.error.emailMissing' });
  else if (email.length > 320 || !EMAIL.test(email))
    problems.push({ field, message: 'accounts.error.emailInvalid' });
  return email;
}

export function checkNewPassword(
  problems: Problems,
  field: string,
  value: string | undefined,
  email?: string,
): string {
  const password = value ?? '';
  if (password.length < PASSWORD_MIN) problems.push({ field, message: 'accounts.error.passwordShort' });
  else if (password.length > PASSWORD_MAX) problems.push({ field, message: 'accounts.error.passwordLong' });
  else if (
    email &&
    (email.split('@')[0] ?? '').length >= 4 &&
    password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())
  )
    problems.push({ field, message: 'accounts.error.passwordLikeEmail' });
  return password;
}

export function checkName(problems: Problems, field: string, value: string | undefined): string {
  const name = (value ?? '').trim();
  if (!name) problems.push({ field, message: 'accounts.error.nameMissing' });
  else if (name.length > 200) problems.push({ field, message: 'accounts.error.nameLong' });
  return name;
}

/** A six-digit code from an authenticator app; spaces typed between groups are fine. */
export function checkCode(problems: Problems, field: string, value: string | undefined): string {
  const code = (value ?? '').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) problems.push({ field, message: 'accounts.error.codeFormat' });
  return code;
}
