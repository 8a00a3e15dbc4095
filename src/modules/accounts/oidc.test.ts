import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import { TestClient } from '../../../test/support/client.ts';
import { startTestOidcProvider } from '../../../test/support/oidc.ts';
import { findUserByEmail } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { decodeFlow, encodeFlow } from './oidc.ts';
import { passwordAccount } from './test-support.ts';

const PUBLIC_URL = 'http://shilen.test';
const provider = await startTestOidcProvider({ redirectUri: `${PUBLIC_URL}/sign-in/oidc/callback` });
afterAll(() => provider.stop());
provider.accounts.set('linker', { sub: 'linker', email: 'Linker@Example.MN', emailVerified: true });
provider.accounts.set('squatted', { sub: 'squatted', email: 'squatted@example.mn', emailVerified: true });
provider.accounts.set('official', { sub: 'official', email: 'official@example.mn', emailVerified: true });

const base = await createTestContext();
const oidc = {
  issuer: provider.issuer,
  clientId: provider.clientId,
  clientSecret: provider.clientSecret,
  name: 'ДАН',
};
const { app, ctx } = await createTestApp({ ctx: { ...base, config: { ...base.config, oidc } } });
const PASSWORD = 'a long enough passphrase';

/** The path on this site of a URL the provider sent the browser back to. */
function local(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(PUBLIC_URL);
  return `${parsed.pathname}${parsed.search}`;
}

/** Leaves for the provider, at the provider signs in as `sub` (or cancels), and comes back. */
async function viaProvider(
  client: TestClient,
  sub: string | null,
  start = '/sign-in/oidc?next=%2Faccount',
): Promise<LightMyRequestResponse> {
  const started = await client.get(start);
  expect(started.statusCode).toBe(303);
  const authorization = String(started.headers.location);
  expect(authorization.startsWith(`${provider.issuer}/`)).toBe(true);
  const back =
    sub === null ? await provider.cancel(authorization) : await provider.signIn(authorization, sub);
  return client.get(local(back));
}

const userIdFor = async (email: string) => (await findUserByEmail(ctx.db, email))?.id;
const identities = (userId: number | undefined) =>
  ctx.db.query<{ subject: string }>(sql`select subject from user_identities where user_id = ${userId ?? 0}`);

describe('signing in with OpenID Connect', () => {
  it('offers the provider on the sign-in page', async () => {
    const page = await new TestClient(app).get('/sign-in?lang=en&next=%2Faccount');
    expect(page.body).toContain('href="/sign-in/oidc?next=%2Faccount"');
    expect(page.body).toContain('Sign in with ДАН');
  });

  it('creates a citizen account at the first sign-in, with the address confirmed and no password', async () => {
    const client = new TestClient(app);
    const back = await viaProvider(client, 'citizen-1');
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/account');
    expect(client.cookies.has('oidc_flow')).toBe(false);
    const account = await client.get('/account?lang=en');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Оюун');
    expect(account.body).toContain('oyun@example.mn');
    const user = (await findUserByEmail(ctx.db, 'oyun@example.mn'))!;
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).toBeNull();
    expect(await identities(user.id)).toEqual([{ subject: 'citizen-1' }]);
    const audit = await ctx.db.query<{ action: string; details: Record<string, unknown> }>(
      sql`select action, details from audit_log where actor_user_id = ${user.id} order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['accounts.sign-up', 'accounts.sign-in']);
    expect(audit[1]!.details).toMatchObject({ method: 'oidc', provider: provider.issuer });
  });

  it('signs the same account in the next time, with a new session', async () => {
    const first = new TestClient(app);
    await viaProvider(first, 'citizen-2');
    const second = new TestClient(app);
    expect((await viaProvider(second, 'citizen-2')).headers.location).toBe('/account');
    expect(second.cookies.get('sid')).not.toBe(first.cookies.get('sid'));
    const [{ count }] = (await ctx.db.query<{ count: number }>(
      sql`select count(*)::int as count from users where email = 'bold@example.mn'`,
    )) as [{ count: number }];
    expect(count).toBe(1);
    expect(await identities(await userIdFor('bold@example.mn'))).toHaveLength(1);
  });

  it('comes back to a path of this site only, whatever next the sign-in started with', async () => {
    for (const next of ['/%09/evil.example', '/%2F%2Fevil.example', '/\\evil.example']) {
      const client = new TestClient(app);
      const back = await viaProvider(client, 'citizen-2', `/sign-in/oidc?next=${encodeURIComponent(next)}`);
      expect(back.headers.location, next).toBe('/account');
    }
  });

  it('links an existing password account when the provider vouches for the address', async () => {
    const existing = await passwordAccount(ctx, 'linker@example.mn', { displayName: 'Password Person' });
    const client = new TestClient(app);
    expect((await viaProvider(client, 'linker')).headers.location).toBe('/account');
    expect((await client.get('/account')).body).toContain('Password Person');
    expect(await identities(existing.id)).toEqual([{ subject: 'linker' }]);
    expect((await findUserByEmail(ctx.db, 'linker@example.mn'))!.passwordHash).toBe(existing.passwordHash);
  });

  it('takes the password off an unconfirmed account it links, as someone else may have set it', async () => {
    const squatter = await passwordAccount(ctx, 'squatted@example.mn', {
      displayName: 'Squatter',
      emailVerified: false,
    });
    expect((await viaProvider(new TestClient(app), 'squatted')).headers.location).toBe('/account');
    const after = (await findUserByEmail(ctx.db, 'squatted@example.mn'))!;
    expect(after.id).toBe(squatter.id);
    expect(after.passwordHash).toBeNull();
    expect(after.emailVerifiedAt).not.toBeNull();
    const password = new TestClient(app);
    await password.get('/sign-in');
    const res = await password.submit('/sign-in', { email: 'squatted@example.mn', password: PASSWORD });
    expect(res.statusCode).toBe(422);
  });

  it('does not link an existing account when the provider has not confirmed the address', async () => {
    await passwordAccount(ctx, 'unverified@example.mn', { displayName: 'Owner' });
    const client = new TestClient(app);
    await client.get('/?lang=en');
    const back = await viaProvider(client, 'unverified-1');
    expect(back.statusCode).toBe(409);
    expect(back.body).toContain('has not confirmed that the address is yours');
    expect(back.body).toContain('href="/sign-in?next=%2Faccount"');
    expect(client.cookies.has('sid')).toBe(false);
    expect(await identities(await userIdFor('unverified@example.mn'))).toEqual([]);
  });

  it('asks for an address when the provider shares none', async () => {
    const client = new TestClient(app);
    await client.get('/?lang=en');
    const back = await viaProvider(client, 'no-email-1');
    expect(back.statusCode).toBe(422);
    expect(back.body).toContain('did not share your email address');
  });

  it('sends an official to the second factor: set up first, then a code at each sign-in', async () => {
    const client = new TestClient(app);
    await viaProvider(client, 'official');
    const user = (await findUserByEmail(ctx.db, 'official@example.mn'))!;
    await ctx.db.query(sql`insert into role_grants (user_id, role) values (${user.id}, 'moderator')`);
    const setUp = await viaProvider(new TestClient(app), 'official');
    expect(setUp.headers.location).toBe('/account/two-factor?next=%2Faccount');
    await ctx.db.query(sql`update users set totp_secret = ${'A'.repeat(32)}, totp_enabled_at = now()
      where id = ${user.id}`);
    const later = new TestClient(app);
    const code = await viaProvider(later, 'official', '/sign-in/oidc?next=%2Faccount%2Fsessions');
    expect(code.headers.location).toBe('/sign-in/second-factor?next=%2Faccount%2Fsessions');
    expect((await later.follow(code)).statusCode).toBe(200);
  });
});

describe('refusals', () => {
  it('says clearly, in the reader’s language, that the user cancelled at the provider', async () => {
    const english = new TestClient(app);
    await english.get('/?lang=en');
    const denied = await viaProvider(english, null);
    expect(denied.statusCode).toBe(400);
    expect(denied.body).toContain('Signing in with ДАН did not work');
    expect(denied.body).toContain('Signing in was cancelled');
    expect(denied.body).toContain('href="/sign-in/oidc?next=%2Faccount"');
    const mongolian = await viaProvider(new TestClient(app), null);
    expect(mongolian.body).toContain('Нэвтрэлтийг цуцалсан');
  });

  it('refuses an answer whose state is not the one it sent', async () => {
    const client = new TestClient(app);
    await client.get('/?lang=en');
    const started = await client.get('/sign-in/oidc');
    const back = new URL(await provider.signIn(String(started.headers.location), 'citizen-1'));
    back.searchParams.set('state', 'forged');
    const res = await client.get(local(back.href));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('does not belong to a sign-in started here');
    expect(client.cookies.has('sid')).toBe(false);
  });

  it('refuses an answer without the flow cookie, or a second use of one', async () => {
    const client = new TestClient(app);
    await client.get('/?lang=en');
    const started = await client.get('/sign-in/oidc');
    const back = local(await provider.signIn(String(started.headers.location), 'citizen-1'));
    const elsewhere = new TestClient(app);
    await elsewhere.get('/?lang=en');
    const stranger = await elsewhere.get(back);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('started in another browser');
    expect((await client.get(back)).statusCode).toBe(303);
    expect(client.cookies.has('oidc_flow')).toBe(false);
    expect((await client.get(back)).statusCode).toBe(400);
  });

  it('refuses a forged or expired flow cookie', async () => {
    const flow = { state: 's', nonce: 'n', verifier: 'v', next: '/account', expires: Date.now() - 1 };
    expect(decodeFlow(encodeFlow(flow))).toBeUndefined();
    expect(decodeFlow(encodeFlow({ ...flow, expires: Date.now() + 1000 }))).toMatchObject({ state: 's' });
    expect(decodeFlow('not json')).toBeUndefined();
    const client = new TestClient(app);
    await client.get('/?lang=en');
    client.cookies.set('oidc_flow', encodeFlow({ ...flow, expires: Date.now() + 60_000 }));
    const res = await client.get('/sign-in/oidc/callback?code=x&state=s');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('started in another browser');
  });

  it('only goes back to a path on this site', async () => {
    const client = new TestClient(app);
    const back = await viaProvider(client, 'citizen-1', '/sign-in/oidc?next=https%3A%2F%2Fevil.example%2F');
    expect(back.headers.location).toBe('/account');
  });
});

describe('an unreachable provider', async () => {
  const other = await createTestContext();
  const { app: offline } = await createTestApp({
    ctx: { ...other, config: { ...other.config, oidc: { ...oidc, issuer: 'http://127.0.0.1:9' } } },
  });

  it('is explained, not a server error', async () => {
    const client = new TestClient(offline);
    await client.get('/?lang=en');
    const res = await client.get('/sign-in/oidc');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('cannot be reached at the moment');
  });
});
