import { PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth/passwords.ts';
import { EMAIL } from '../../platform/auth/users.ts';
import { type FieldProblem, problem } from '../../platform/commands/index.ts';

/**
 * Field checks shared by the commands: each adds a problem (a message key, `accounts.error.*`) to
 * `problems` and returns the value as the command uses it.
 */

export function checkEmail(problems: FieldProblem[], field: string, value: string | undefined): string {
  const email = (value ?? '').trim();
  if (!email) problems.push(problem(field, 'accounts.error.emailMissing'));
  else if (email.length > 320 || !EMAIL.test(email))
    problems.push(problem(field, 'accounts.error.emailInvalid'));
  return email;
}

export function checkNewPassword(
  problems: FieldProblem[],
  field: string,
  value: string | undefined,
  email?: string,
): string {
  const password = value ?? '';
  if (password.length < PASSWORD_MIN) problems.push(problem(field, 'accounts.error.passwordShort'));
  else if (password.length > PASSWORD_MAX) problems.push(problem(field, 'accounts.error.passwordLong'));
  else if (
    email &&
    (email.split('@')[0] ?? '').length >= 4 &&
    password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())
  )
    problems.push(problem(field, 'accounts.error.passwordLikeEmail'));
  return password;
}

export function checkName(problems: FieldProblem[], field: string, value: string | undefined): string {
  const name = (value ?? '').trim();
  if (!name) problems.push(problem(field, 'accounts.error.nameMissing'));
  else if (name.length > 200) problems.push(problem(field, 'accounts.error.nameLong'));
  return name;
}

/** A six-digit code from an authenticator app; spaces typed between groups are fine. */
export function checkCode(problems: FieldProblem[], field: string, value: string | undefined): string {
  const code = (value ?? '').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) problems.push(problem(field, 'accounts.error.codeFormat'));
  return code;
}
