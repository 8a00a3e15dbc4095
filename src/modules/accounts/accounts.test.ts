import { Secret, TOTP } from 'otpauth';
import { describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { TestClient } from '../../../test/support/client.ts';
import { createApiToken } from '../../platform/auth/api-tokens.ts';
import { findUserByEmail } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { PASSWORD_GUESSES } from './sign-in.ts';
import { passwordAccount } from './test-support.ts';

const { app, ctx } = await createTestApp();
const PASSWORD = 'a long enough passphrase';

async function lastMailTo(email: string): Promise<{ subject: string; text: string }> {
  const [mail] = await ctx.db.query<{ subject: string; text: string }>(
    sql`select subject, text_body as text from mail_outbox where to_address = ${email} order by id desc limit 1`,
  );
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

const linkIn = (text: string) => /http:\/\/shilen\.test(\/\S+)/.exec(text)?.[1] as string;

/** A visitor's sign-up form, sent (the page read first, in `lang` or the default language, for its CSRF field). */
async function signUp(fields: Record<string, string>, lang: string | null = 'en') {
  const client = new TestClient(app);
  await client.get(lang ? `/sign-up?lang=${lang}` : '/sign-up');
  return { client, res: await client.submit('/sign-up', fields) };
}

async function signUpAndConfirm(email: string): Promise<TestClient> {
  const { client, res } = await signUp({ displayName: 'Батаа', email, password: PASSWORD }, null);
  expect(res.statusCode).toBe(200);
  await client.get(linkIn((await lastMailTo(email)).text));
  return client;
}

async function signIn(client: TestClient, email: string, password = PASSWORD) {
  await client.get('/sign-in');
  return client.submit('/sign-in', { email, password, next: '/account' });
}

describe('sign-up and sign-in with a password', () => {
  it('confirms the address by mail before the account can sign in', async () => {
    const { client, res } = await signUp({
      displayName: 'Dorj',
      email: 'Dorj@Example.MN',
      password: PASSWORD,
    });
    expect(res.body).toContain('Check your email');
    const mail = await lastMailTo('dorj@example.mn');
    expect(mail.subject).toContain('confirm');
    expect((await signIn(client, 'dorj@example.mn')).body).toContain('not confirmed');
    const confirmed = await client.get(linkIn(mail.text));
    expect(confirmed.statusCode).toBe(303);
    expect((await client.get(linkIn(mail.text))).statusCode).toBe(410);
    const signedIn = await signIn(client, 'dorj@example.mn');
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/account');
    const account = await client.get('/account');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Dorj');
  });

  it('names each problem with a field and keeps nothing', async () => {
    const { res } = await signUp({
      displayName: '',
      email: 'not-an-address',
      password: 'short',
    });
    expect(res.statusCode).toBe(422);
    for (const field of ['displayName', 'email', 'password']) expect(res.body).toContain(`href="#${field}"`);
    expect(await findUserByEmail(ctx.db, 'not-an-address')).toBeUndefined();
  });

  it('answers a sign-up for a taken address exactly like a new one, and tells the owner', async () => {
    await signUpAndConfirm('taken@example.mn');
    const { res: again } = await signUp({
      displayName: 'Someone',
      email: 'taken@example.mn',
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Check your email');
    // The owner is told in the language of the account (Mongolian here), not of the stranger.
    expect((await lastMailTo('taken@example.mn')).subject).toContain('бүртгүүлэх оролдлого');
  });

  it('gives one answer for an unknown address and a wrong password', async () => {
    await signUpAndConfirm('known@example.mn');
    const unknown = await signIn(new TestClient(app), 'nobody@example.mn');
    const wrong = await signIn(new TestClient(app), 'known@example.mn', 'wrong password here');
    expect(unknown.statusCode).toBe(422);
    expect(wrong.statusCode).toBe(422);
    const message = (body: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(body)?.[0];
    expect(message(unknown.body)).toBe(message(wrong.body));
  });
});

describe('protection', () => {
  it('refuses a form posted without its CSRF token', async () => {
    const client = new TestClient(app);
    await client.get('/sign-in');
    const res = await client.submit(
      '/sign-in',
      { email: 'x@example.mn', password: PASSWORD },
      { csrf: null },
    );
    expect(res.statusCode).toBe(403);
    const forged = await client.submit(
      '/sign-in',
      { email: 'x@example.mn', password: PASSWORD },
      { csrf: 'forged' },
    );
    expect(forged.statusCode).toBe(403);
  });

  it('throttles guesses by account and address, so nobody elsewhere can lock the owner out', async () => {
    await signUpAndConfirm('brute@example.mn');
    const from = (address: string) => Object.assign(new TestClient(app), { remoteAddress: address });
    // The owner signed in from 10.1.1.1 before.
    expect((await signIn(from('10.1.1.1'), 'brute@example.mn')).statusCode).toBe(303);
    const attacker = from('203.0.113.9');
    const perAddress = PASSWORD_GUESSES.perAddress[0]!.limit;
    const answers: number[] = [];
    for (let i = 0; i <= perAddress; i++)
      answers.push((await signIn(attacker, 'brute@example.mn', `guess number ${i}`)).statusCode);
    expect(answers.slice(0, perAddress).every((s) => s === 422)).toBe(true);
    expect(answers.at(-1)).toBe(429);
    // Many addresses share one budget: the guesses stop once it is spent…
    const shared = PASSWORD_GUESSES.fromNewAddresses[0]!.limit;
    let throttled = 0;
    for (let i = 0; i < shared; i++)
      if ((await signIn(from(`198.51.100.${i + 1}`), 'brute@example.mn', `guess ${i}`)).statusCode === 429)
        throttled += 1;
    // (the owner's first sign-in, from an address then new, and the attacker's first guesses spent some)
    expect(throttled).toBe(1 + perAddress);
    // …an unknown address is answered the same, so the limit tells nobody which addresses have accounts…
    expect((await signIn(from('203.0.113.9'), 'nobody-here@example.mn', 'guess')).statusCode).toBe(422);
    // …and the owner, at their own address, still gets in.
    expect((await signIn(from('10.1.1.1'), 'brute@example.mn')).statusCode).toBe(303);
    // A new password chosen through the mailbox lifts the limit, wherever the owner is.
    const owner = from('192.0.2.77');
    expect((await signIn(owner, 'brute@example.mn')).statusCode).toBe(429);
    await owner.get('/reset-password');
    await owner.submit('/reset-password', { email: 'brute@example.mn' });
    const link = linkIn((await lastMailTo('brute@example.mn')).text);
    await owner.get(link);
    expect((await owner.submit(link, { password: 'a brand new passphrase' })).headers.location).toBe(
      '/sign-in?notice=reset-done',
    );
    expect((await signIn(owner, 'brute@example.mn', 'a brand new passphrase')).statusCode).toBe(303);
    expect((await owner.get(link)).statusCode).toBe(410);
    const failures = await ctx.db.query<{
      details: Record<string, unknown>;
    }>(sql`select details from audit_log
      where action = 'accounts.sign-in-failed' and subject_id = (select id::text from users where email = 'brute@example.mn')`);
    expect(failures.length).toBe(perAddress + shared - throttled);
  });

  it('checks a reset link before hashing the new password, so a made-up link costs no Argon2 work', async () => {
    // Argon2 refuses this cost: a request that hashes fails, one that does not answers.
    const noHashing = await createTestApp({
      ctx: { ...ctx, config: { ...ctx.config, passwordCost: { memoryKiB: 1, passes: 1 } } },
    });
    const client = new TestClient(noHashing.app);
    await client.get('/reset-password');
    const res = await client.submit(`/reset-password/${'x'.repeat(43)}`, {
      password: 'a brand new passphrase',
    });
    expect(res.statusCode).toBe(410);
  });

  it('limits sign-in attempts per address across the board', async () => {
    // The limit counts in windows of the clock's minutes: held at the start of one, all 25 attempts
    // fall in it however slow the machine (they straddled two minutes on a loaded one).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000);
    try {
      const client = new TestClient(app);
      let last = 0;
      for (let i = 0; i < 25; i++)
        last = (await signIn(client, `flood${i}@example.mn`, 'whatever it is')).statusCode;
      expect(last).toBe(429);
    } finally {
      vi.useRealTimers();
      // The attempts must not count against the tests after this one, whatever happened here.
      await ctx.db.query(sql`delete from rate_limits where bucket like 'sign-in:%'`);
    }
  });

  it('gives a new session id at sign-in, so a planted cookie is worthless', async () => {
    await signUpAndConfirm('fixation@example.mn');
    const client = new TestClient(app);
    client.cookies.set('sid', 'planted-by-attacker');
    const res = await signIn(client, 'fixation@example.mn');
    expect(res.statusCode).toBe(303);
    expect(client.cookies.get('sid')).not.toBe('planted-by-attacker');
  });

  it('ends sessions that sat idle too long', async () => {
    const client = await signUpAndConfirm('idle@example.mn');
    await signIn(client, 'idle@example.mn');
    expect((await client.get('/account')).statusCode).toBe(200);
    await ctx.db.query(sql`update sessions set last_seen_at = now() - interval '31 minutes'
      where user_id = (select id from users where email = 'idle@example.mn')`);
    const res = await client.get('/account');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in?next=%2Faccount');
  });

  it('signs out here, and everywhere else on request', async () => {
    await signUpAndConfirm('many@example.mn');
    const phone = new TestClient(app);
    const laptop = new TestClient(app);
    await signIn(phone, 'many@example.mn');
    await signIn(laptop, 'many@example.mn');
    await laptop.get('/account');
    await laptop.submit('/account/sessions/end-others', {});
    expect((await phone.get('/account')).statusCode).toBe(303);
    expect((await laptop.get('/account')).statusCode).toBe(200);
    await laptop.submit('/sign-out', {});
    expect((await laptop.get('/account')).statusCode).toBe(303);
    const actions = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where subject_type = 'user' and subject_id = (select id::text from users where email = 'many@example.mn') order by seq`,
    );
    expect(actions.map((r) => r.action)).toEqual(
      expect.arrayContaining(['accounts.end-other-sessions', 'accounts.sign-out']),
    );
  });
});

describe('second factor for official roles', () => {
  it('makes an official set up TOTP, then asks for a code at every sign-in, and refuses a replayed code', async () => {
    const client = await signUpAndConfirm('official@example.mn');
    const user = (await findUserByEmail(ctx.db, 'official@example.mn'))!;
    await ctx.db.query(sql`insert into role_grants (user_id, role) values (${user.id}, 'moderator')`);
    const first = await signIn(client, 'official@example.mn');
    expect(first.headers.location).toBe('/account/two-factor?next=%2Faccount');
    const setup = await client.follow(first);
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(setup.body)?.[1] as string;
    expect(setup.body).toContain('<svg');
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
    const sidBefore = client.cookies.get('sid');
    const enabled = await client.submit('/account/two-factor', {
      secret,
      code: totp.generate(),
      next: '/account',
    });
    expect(enabled.headers.location).toBe('/account');
    expect(client.cookies.get('sid')).not.toBe(sidBefore);

    const later = new TestClient(app);
    const again = await signIn(later, 'official@example.mn');
    expect(again.headers.location).toBe('/sign-in/second-factor?next=%2Faccount');
    await later.follow(again);
    expect(
      (await later.submit('/sign-in/second-factor', { code: '000000', next: '/account' })).statusCode,
    ).toBe(422);
    // The code used to enable TOTP is burnt; the next time step's code works once.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    expect(
      (await later.submit('/sign-in/second-factor', { code: next, next: '/account' })).headers.location,
    ).toBe('/account');
    const replay = new TestClient(app);
    await replay.follow(await signIn(replay, 'official@example.mn'));
    expect((await replay.submit('/sign-in/second-factor', { code: next, next: '/account' })).statusCode).toBe(
      422,
    );
  });
});

describe('API tokens', () => {
  it('refuses expired and revoked tokens with the reason, and accepts a live one', async () => {
    const owner = await passwordAccount(ctx, 'system@example.mn', { displayName: 'System' });
    const live = await createApiToken(ctx.db, {
      userId: owner.id,
      organizationId: null,
      name: 'live',
      scopes: ['account.manage'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: null,
    });
    const expired = await createApiToken(ctx.db, {
      userId: owner.id,
      organizationId: null,
      name: 'old',
      scopes: [],
      expiresAt: new Date(Date.now() - 1000),
      createdBy: null,
    });
    const revoked = await createApiToken(ctx.db, {
      userId: owner.id,
      organizationId: null,
      name: 'gone',
      scopes: [],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: null,
    });
    await ctx.db.query(sql`update api_tokens set revoked_at = now() where id = ${revoked.record.id}`);
    const call = (token: string) =>
      app.inject({ url: '/api/v1/organizations?pageSize=1', headers: { authorization: `Bearer ${token}` } });
    expect((await call(live.token)).statusCode).toBe(200);
    const e = await call(expired.token);
    expect(e.statusCode).toBe(401);
    expect(e.json().detail).toBe('the API token is expired');
    expect((await call(revoked.token)).json().detail).toBe('the API token is revoked');
    expect((await call('shl_nonsense')).statusCode).toBe(401);
  });

  it('refuses the tokens of a disabled account, and accepts them again once it is enabled', async () => {
    const owner = await passwordAccount(ctx, 'disabled-system@example.mn', {
      displayName: 'System',
      password: null,
    });
    const { token } = await createApiToken(ctx.db, {
      userId: owner.id,
      organizationId: null,
      name: 'feed',
      scopes: ['account.manage'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: null,
    });
    const call = () =>
      app.inject({ url: '/api/v1/organizations?pageSize=1', headers: { authorization: `Bearer ${token}` } });
    expect((await call()).statusCode).toBe(200);
    await ctx.db.query(sql`update users set disabled_at = now() where id = ${owner.id}`);
    const refused = await call();
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toBe('the API token is disabled');
    await ctx.db.query(sql`update users set disabled_at = null where id = ${owner.id}`);
    expect((await call()).statusCode).toBe(200);
  });
});
