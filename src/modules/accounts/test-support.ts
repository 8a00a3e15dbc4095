import { hashPassword } from '../../platform/auth/passwords.ts';
import { createUser, type User } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { newTotpSecret } from './two-factor.ts';

export const TEST_PASSWORD = 'a long enough passphrase';

/**
 * An account that signs in with `TEST_PASSWORD` (or the password given; `null` for none), its
 * address confirmed unless `emailVerified` is false.
 */
export async function passwordAccount(
  ctx: ModuleContext,
  email: string,
  options: { password?: string | null; displayName?: string; emailVerified?: boolean } = {},
): Promise<User> {
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  return createUser(ctx.db, {
    email,
    displayName: options.displayName ?? email.split('@')[0]!,
    passwordHash: password === null ? null : await hashPassword(password, ctx.config.passwordCost),
    locale: 'en',
    emailVerified: options.emailVerified ?? true,
  });
}

/** A moderator whose second factor is set up, with a secret only the owner's app holds. */
export async function officialWithTotp(
  ctx: ModuleContext,
  email: string,
): Promise<{ user: User; secret: string }> {
  const user = await passwordAccount(ctx, email);
  await ctx.db.query(sql`insert into role_grants (user_id, role) values (${user.id}, 'moderator')`);
  const { secret } = newTotpSecret(email);
  await ctx.db.query(
    sql`update users set totp_secret = ${secret}, totp_enabled_at = now() where id = ${user.id}`,
  );
  return { user, secret };
}
