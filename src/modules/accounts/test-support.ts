import { hashPassword } from '../../platform/auth/passwords.ts';
import { createUser, type User } from '../../platform/auth/users.ts';
import type { ModuleContext } from '../../platform/module.ts';

export const TEST_PASSWORD = 'a long enough passphrase';

/** A confirmed account that signs in with `TEST_PASSWORD` (or the password given). */
export async function passwordAccount(
  ctx: ModuleContext,
  email: string,
  options: { password?: string; displayName?: string } = {},
): Promise<User> {
  return createUser(ctx.db, {
    email,
    displayName: options.displayName ?? email.split('@')[0]!,
    passwordHash: await hashPassword(options.password ?? TEST_PASSWORD, ctx.config.passwordCost),
    locale: 'en',
    emailVerified: true,
  });
}
