import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { findUserById } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { officialWithTotp, passwordAccount, TEST_PASSWORD } from '../accounts/test-support.ts';
import { createAdministrationApp, lastAudit, lastMailTo } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();

const liveSessions = async (userId: number) =>
  (
    await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from sessions where user_id = ${userId} and revoked_at is null`,
    )
  )[0]!.count;

describe("an administrator's reset of a second factor", () => {
  it('clears the factor with a stated reason, audited, ends the sessions and tells the owner; the owner sets up a new one', async () => {
    const { user: official } = await officialWithTotp(ctx, 'lost-phone@example.mn');
    const phone = new TestClient(app);
    await phone.get('/sign-in');
    await phone.submit('/sign-in', {
      email: 'lost-phone@example.mn',
      password: TEST_PASSWORD,
      next: '/account',
    });
    expect(await liveSessions(official.id)).toBe(1);

    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    expect((await root.get('/admin?lang=en')).body).toContain('href="/admin/second-factor"');
    await root.get('/admin/second-factor?lang=en');
    const res = await root.submit('/admin/second-factor', {
      email: 'Lost-Phone@example.mn',
      reason: 'Phone lost; identity checked in person, ticket 42',
    });
    expect(res.statusCode).toBe(303);
    expect((await root.follow(res)).body).toContain('Two-step verification is removed.');

    const user = (await findUserById(ctx.db, official.id))!;
    expect(user.totpSecret).toBeNull();
    expect(user.totpEnabledAt).toBeNull();
    expect(await liveSessions(official.id)).toBe(0);
    const audit = await lastAudit(ctx, 'accounts.reset-second-factor');
    expect(audit).toMatchObject({
      actor: `user:${root.userId}`,
      role: 'platform-administrator',
      subject_id: String(official.id),
    });
    expect(audit?.details).toMatchObject({ reason: 'Phone lost; identity checked in person, ticket 42' });
    expect((await lastMailTo(ctx, 'lost-phone@example.mn'))?.subject).toBeTruthy();

    // The owner signs in with the password and sets up a new factor.
    const owner = new TestClient(app);
    await owner.get('/sign-in');
    const signedIn = await owner.submit('/sign-in', {
      email: 'lost-phone@example.mn',
      password: TEST_PASSWORD,
      next: '/account',
    });
    expect(signedIn.headers.location).toBe('/account/two-factor?next=%2Faccount');
    const setup = await owner.follow(signedIn);
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(setup.body)?.[1] as string;
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    expect(
      (await owner.submit('/account/two-factor', { secret, code, next: '/account' })).headers.location,
    ).toBe('/account');
    expect((await findUserById(ctx.db, official.id))!.totpSecret).toBe(secret);
  });

  it('names the field when the account has no factor or no reason is given, and refuses anyone but a platform administrator', async () => {
    await passwordAccount(ctx, 'no-factor@example.mn');
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    await root.get('/admin/second-factor?lang=en');
    const none = await root.submit('/admin/second-factor', {
      email: 'no-factor@example.mn',
      reason: 'asked',
    });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('href="#email"');
    const kept = await officialWithTotp(ctx, 'kept@example.mn');
    const noReason = await root.submit('/admin/second-factor', { email: 'kept@example.mn', reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('href="#reason"');
    expect((await findUserById(ctx.db, kept.user.id))!.totpSecret).toBe(kept.secret);

    const moderator = await signedInAs(app, ctx, { role: 'moderator' });
    expect((await moderator.get('/admin/second-factor')).statusCode).toBe(403);
    const unproved = await signedInAs(app, ctx, { role: 'platform-administrator', secondFactor: false });
    expect((await unproved.get('/admin/second-factor')).statusCode).toBe(403);
  });
});
