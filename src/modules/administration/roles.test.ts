import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { createUser } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { createAdministrationApp, lastAudit } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();

const grantOf = async (email: string, role: string) =>
  (
    await ctx.db.query<{ id: number }>(sql`select g.id from role_grants g join users u on u.id = g.user_id
      where u.email = ${email} and g.role = ${role} and g.revoked_at is null`)
  )[0];

/** An account without a password (never signed in with one), its address confirmed or not. */
const accountWithoutPassword = (email: string, displayName: string, locale: Locale, emailVerified: boolean) =>
  createUser(ctx.db, { email, displayName, passwordHash: null, locale, emailVerified });

describe('national roles', () => {
  it('grants a national role to an existing account found by email, and revokes it after confirmation', async () => {
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    await accountWithoutPassword('evaluator@example.mn', 'Оюун Бат', 'mn', true);
    await root.get('/admin/roles?lang=en');
    const res = await root.submit('/admin/roles', {
      email: 'Evaluator@Example.mn',
      role: 'independent-evaluator',
    });
    expect(res.statusCode).toBe(303);
    const list = await root.follow(res);
    expect(list.body).toContain('The role is granted.');
    expect(list.body).toContain('evaluator@example.mn');
    expect((await lastAudit(ctx, 'national-role.grant'))?.details).toMatchObject({
      email: 'evaluator@example.mn',
      role: 'independent-evaluator',
    });

    const grant = await grantOf('evaluator@example.mn', 'independent-evaluator');
    const confirm = await root.get(`/admin/roles/${grant!.id}/revoke?lang=en`);
    expect(confirm.body).toContain('Оюун Бат');
    const revoked = await root.submit(`/admin/roles/${grant!.id}/revoke`, {});
    expect(revoked.statusCode).toBe(303);
    expect(await grantOf('evaluator@example.mn', 'independent-evaluator')).toBeUndefined();
    expect((await lastAudit(ctx, 'national-role.revoke'))?.subject_id).toBe(String(grant!.id));
  });

  it('names what is wrong: unknown account, unconfirmed address, an organisation role', async () => {
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    await accountWithoutPassword('unconfirmed@example.mn', 'Unconfirmed', 'en', false);
    await root.get('/admin/roles?lang=en');
    const token = root.csrf();
    const cases = [
      [{ email: 'nobody@example.mn', role: 'moderator' }, 'There is no account with this address'],
      [{ email: 'unconfirmed@example.mn', role: 'moderator' }, 'has not confirmed its email address'],
      [
        { email: 'unconfirmed@example.mn', role: 'organization-publisher' },
        'Only national roles are granted here',
      ],
      [{ email: '', role: '' }, 'Enter an email address'],
    ] as const;
    for (const [body, message] of cases) {
      const res = await root.submit('/admin/roles', body, { csrf: token });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(message);
    }
  });

  it('never removes the last platform administrator', async () => {
    // Other tests' administrators are removed first so this one is the last.
    await ctx.db.query(sql`update role_grants set revoked_at = now() where role = 'platform-administrator'`);
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const [{ email }] = (await ctx.db.query<{ email: string }>(
      sql`select email from users where id = ${root.userId}`,
    )) as [{ email: string }];
    const own = await grantOf(email, 'platform-administrator');
    await root.get(`/admin/roles/${own!.id}/revoke?lang=en`);
    const refused = await root.submit(`/admin/roles/${own!.id}/revoke`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('You are the last platform administrator');
    expect(await grantOf(email, 'platform-administrator')).toBeDefined();

    const second = await signedInAs(app, ctx, { role: 'platform-administrator' });
    await second.get(`/admin/roles/${own!.id}/revoke`);
    expect((await second.submit(`/admin/roles/${own!.id}/revoke`, {})).statusCode).toBe(303);
    const secondGrant = (
      await ctx.db.query<{ id: number }>(
        sql`select id from role_grants where user_id = ${second.userId} and role = 'platform-administrator'`,
      )
    )[0]!;
    await second.get(`/admin/roles/${secondGrant.id}/revoke?lang=en`);
    const last = await second.submit(`/admin/roles/${secondGrant.id}/revoke`, {});
    expect(last.statusCode).toBe(409);
  });

  it('is for platform administrators only', async () => {
    for (const role of ['organization-administrator', 'anti-corruption-officer', 'moderator'] as const) {
      const client = await signedInAs(app, ctx, {
        role,
        organization: role === 'organization-administrator' ? 'ministry-of-finance' : undefined,
      });
      expect((await client.get('/admin/roles')).statusCode).toBe(403);
    }
    const unproved = await signedInAs(app, ctx, { role: 'platform-administrator', secondFactor: false });
    expect((await unproved.get('/admin/roles')).statusCode).toBe(403);
  });
});
