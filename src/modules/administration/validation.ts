import { organizationRoles, type Role, roles } from '../../platform/auth/actor.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth/passwords.ts';
import { EMAIL, normaliseEmail } from '../../platform/auth/users.ts';
import type { FieldError } from '../../platform/http/errors.ts';

/** A field error with a message key (`administration.error.*`) and its placeholders; pages translate it. */
export interface Problem extends FieldError {
  params?: Readonly<Record<string, string | number>>;
}
export type Problems = Problem[];

/** The outcome of every command: done, or the problems per field. */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; problems: Problems };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = (
  field: string,
  message: string,
  params?: Readonly<Record<string, string | number>>,
): Outcome<never> => ({ ok: false, problems: [{ field, message, params }] });

/** The roles held nationally, not for one organisation. */
export const nationalRoles: readonly Role[] = roles.filter(
  (r) => r !== 'citizen' && !organizationRoles.includes(r),
);

export function checkEmail(problems: Problems, field: string, value: string | undefined): string {
  const email = (value ?? '').trim();
  if (!email) problems.push({ field, message: 'administration.error.emailMissing' });
  else if (email.length > 320 || !EMAIL.test(email))
    problems.push({ field, message: 'administration.error.emailInvalid' });
  return normaliseEmail(email);
}

export function checkRole(
  problems: Problems,
  field: string,
  value: string | undefined,
  allowed: readonly Role[],
): Role {
  const known = (roles as readonly string[]).includes(value ?? '') && value !== 'citizen';
  if (!value) problems.push({ field, message: 'administration.error.roleMissing' });
  else if (!known) problems.push({ field, message: 'administration.error.roleUnknown' });
  else if (!allowed.includes(value as Role))
    problems.push({
      field,
      message: organizationRoles.includes(value as Role)
        ? 'administration.error.roleNotNational'
        : 'administration.error.roleNotOrganization',
    });
  return value as Role;
}

export function checkName(problems: Problems, field: string, value: string | undefined): string {
  const name = (value ?? '').trim();
  if (!name) problems.push({ field, message: 'administration.error.nameMissing' });
  else if (name.length > 200) problems.push({ field, message: 'administration.error.nameLong' });
  return name;
}

export function checkNewPassword(
  problems: Problems,
  field: string,
  value: string | undefined,
  email: string,
): string {
  const password = value ?? '';
  const local = email.split('@')[0] ?? '';
  if (password.length < PASSWORD_MIN) problems.push({ field, message: 'administration.error.passwordShort' });
  else if (password.length > PASSWORD_MAX)
    problems.push({ field, message: 'administration.error.passwordLong' });
  else if (local.length >= 4 && password.toLowerCase().includes(local.toLowerCase()))
    problems.push({ field, message: 'administration.error.passwordLikeEmail' });
  return password;
}

/** A checkbox: present with any value means yes. */
export const checked = (value: string | undefined): boolean => value !== undefined && value !== '';
