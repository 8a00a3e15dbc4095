import { organizationRoles, type Role, roles } from '../../platform/auth/actor.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth/passwords.ts';
import { EMAIL, findUserByEmail, normaliseEmail, type User } from '../../platform/auth/users.ts';
import { type FieldProblem, problem } from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { SYSTEM_ACCOUNT_DOMAIN } from './organizations.ts';

/**
 * Field checks shared by the commands: each adds a problem (a message key, `administration.error.*`)
 * to `problems` and returns the value as the command uses it.
 */

/** The roles held nationally, not for one organisation. */
export const nationalRoles: readonly Role[] = roles.filter(
  (r) => r !== 'citizen' && !organizationRoles.includes(r),
);

export function checkEmail(problems: FieldProblem[], field: string, value: string | undefined): string {
  const email = (value ?? '').trim();
  if (!email) problems.push(problem(field, 'administration.error.emailMissing'));
  else if (email.length > 320 || !EMAIL.test(email))
    problems.push(problem(field, 'administration.error.emailInvalid'));
  return normaliseEmail(email);
}

export function checkRole(
  problems: FieldProblem[],
  field: string,
  value: string | undefined,
  allowed: readonly Role[],
): Role {
  const known = (roles as readonly string[]).includes(value ?? '') && value !== 'citizen';
  if (!value) problems.push(problem(field, 'administration.error.roleMissing'));
  else if (!known) problems.push(problem(field, 'administration.error.roleUnknown'));
  else if (!allowed.includes(value as Role))
    problems.push(
      problem(
        field,
        organizationRoles.includes(value as Role)
          ? 'administration.error.roleNotNational'
          : 'administration.error.roleNotOrganization',
      ),
    );
  return value as Role;
}

export function checkName(problems: FieldProblem[], field: string, value: string | undefined): string {
  const name = (value ?? '').trim();
  if (!name) problems.push(problem(field, 'administration.error.nameMissing'));
  else if (name.length > 200) problems.push(problem(field, 'administration.error.nameLong'));
  return name;
}

export function checkNewPassword(
  problems: FieldProblem[],
  field: string,
  value: string | undefined,
  email: string,
): string {
  const password = value ?? '';
  const local = email.split('@')[0] ?? '';
  if (password.length < PASSWORD_MIN) problems.push(problem(field, 'administration.error.passwordShort'));
  else if (password.length > PASSWORD_MAX) problems.push(problem(field, 'administration.error.passwordLong'));
  else if (local.length >= 4 && password.toLowerCase().includes(local.toLowerCase()))
    problems.push(problem(field, 'administration.error.passwordLikeEmail'));
  return password;
}

/**
 * The account a person holds at the address in `field` (already checked by `checkEmail`): none,
 * or a system account, is `noAccount`; nothing is looked up when the address itself has a problem.
 */
export async function checkAccount(
  q: Queryable,
  problems: FieldProblem[],
  field: string,
  email: string,
): Promise<User | undefined> {
  if (problems.some((p) => p.field === field)) return undefined;
  const user = await findUserByEmail(q, email);
  if (user && !user.email.endsWith(`@${SYSTEM_ACCOUNT_DOMAIN}`)) return user;
  problems.push(problem(field, 'administration.error.noAccount'));
  return undefined;
}
