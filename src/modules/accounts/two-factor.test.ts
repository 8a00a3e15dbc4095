import { Secret, TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { TestClient } from '../../../test/support/client.ts';
import { findUserById } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { officialWithTotp, TEST_PASSWORD } from './test-support.ts';
import { CODE_GUESSES, enableTotp, newTotpSecret } from './two-factor.ts';

const { app, ctx } = await createTestApp();

afterEach(async () => {
  await ctx.db.query(sql`delete from rate_limits where bucket like 'totp%' or bucket like 'sign-in%'`);
});

const codeFor = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp });

/** Signs in with the password only, from an address (`remoteAddress`), and lands on the second-factor page. */
async function passwordOnly(email: string, remoteAddress = '127.0.0.1'): Promise<TestClient> {
  const client = new TestClient(app);
  client.remoteAddress = remoteAddress;
  await client.get('/sign-in');
  const res = await client.submit('/sign-in', { email, password: TEST_PASSWORD, next: '/account' });
  expect(res.headers.location).toBe('/sign-in/second-factor?next=%2Faccount');
  await client.follow(res);
  return client;
}

const upgradedSessions = async (userId: number) =>
  (
    await ctx.db.query<{ count: number }>(sql`select count(*)::int as count from sessions
      where user_id = ${userId} and second_factor_at is not null and revoked_at is null`)
  )[0]!.count;

describe('replacing a second factor', () => {
  it('refuses a new secret from a session that proved only the password', async () => {
    const { user, secret } = await officialWithTotp(ctx, 'replace@example.mn');
    const attacker = await passwordOnly('replace@example.mn');
    const own = newTotpSecret('replace@example.mn').secret;
    const res = await attacker.submit('/account/two-factor', {
      secret: own,
      code: codeFor(own),
      next: '/account',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account');
    expect((await findUserById(ctx.db, user.id))!.totpSecret).toBe(secret);
    expect(await upgradedSessions(user.id)).toBe(0);
    // The official pages still ask for the owner's factor.
    expect((await attacker.get('/admin/audit')).statusCode).toBe(403);
  });

  it('refuses at the command too, whoever calls it', async () => {
    const { user, secret } = await officialWithTotp(ctx, 'command@example.mn');
    await passwordOnly('command@example.mn');
    const [session] = await ctx.db.query<Parameters<typeof enableTotp>[1]>(sql`select id_hash as "idHash",
      user_id as "userId", created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt",
      second_factor_at as "secondFactorAt", ip, user_agent as "userAgent"
      from sessions where user_id = ${user.id} and revoked_at is null`);
    const own = newTotpSecret('command@example.mn').secret;
    const result = await enableTotp(ctx, session!, own, codeFor(own), {
      ip: '127.0.0.1',
      requestId: 'test',
    });
    expect(result).toEqual({ ok: false, problems: [], refusal: 'enabled' });
    expect((await findUserById(ctx.db, user.id))!.totpSecret).toBe(secret);
  });
});

describe('guessing codes', () => {
  it('records each wrong code in the audit trail, without the code', async () => {
    const { user } = await officialWithTotp(ctx, 'audited@example.mn');
    const client = await passwordOnly('audited@example.mn');
    expect(
      (await client.submit('/sign-in/second-factor', { code: '123456', next: '/account' })).statusCode,
    ).toBe(422);
    const rows = await ctx.db.query<{ details: Record<string, unknown> }>(sql`select details from audit_log
      where action = 'accounts.second-factor-failed' and subject_id = ${String(user.id)}`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.details)).not.toContain('123456');
  });

  it('bounds guesses from addresses the owner never used, and the owner at a known address still gets in', async () => {
    const { user, secret } = await officialWithTotp(ctx, 'guessed@example.mn');
    // The owner proved the factor from 10.0.0.1 before.
    const owner = await passwordOnly('guessed@example.mn', '10.0.0.1');
    expect(
      (await owner.submit('/sign-in/second-factor', { code: codeFor(secret), next: '/account' })).statusCode,
    ).toBe(303);
    // Many addresses together get no more than one small budget a day.
    let refused = 0;
    for (let i = 0; i < 15; i++) {
      const attacker = await passwordOnly('guessed@example.mn', `192.0.2.${i + 1}`);
      for (let j = 0; j < 3; j++) {
        const res = await attacker.submit('/sign-in/second-factor', { code: '000000', next: '/account' });
        if (res.statusCode === 429) refused += 1;
      }
    }
    // The owner's first proof, from an address then new, spent one of the shared budget.
    expect(refused).toBe(15 * 3 - (CODE_GUESSES.fromNewAddresses[0]!.limit - 1));
    // The owner, at their address, is not locked out by any of it.
    const later = await passwordOnly('guessed@example.mn', '10.0.0.1');
    const next = codeFor(secret, Date.now() + 30_000);
    const res = await later.submit('/sign-in/second-factor', { code: next, next: '/account' });
    expect(res.headers.location).toBe('/account');
    expect(await upgradedSessions(user.id)).toBe(2);
  });
});
