import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { baseUrl, useBrowser } from './support/browser.ts';
import { grantRole, linkIn, waitForMail } from './support/harness-client.ts';

/**
 * Signing up, in and out in Chromium against the real server, which mails through a real SMTP
 * server and signs in with a real OpenID Connect provider (both started by the global setup).
 * Every page of ours on the way is checked with axe.
 */

const browser = useBrowser();
const PASSWORD = 'a sentence long enough to remember';

/** The same rules as accessibility.test.ts: serious and critical findings fail. */
/** An address no earlier run used (the server may keep its database between runs). */
const newAddress = (who: string) =>
  `${who}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.mn`;

const at = (page: Page, pathname: string, query: Record<string, string> = {}) =>
  page.waitForURL(
    (url) =>
      url.pathname === pathname && Object.entries(query).every(([k, v]) => url.searchParams.get(k) === v),
  );

async function signUpAndConfirm(page: Page, email: string, name: string): Promise<void> {
  await page.goto('/sign-up?lang=en');
  await expectAccessible(page);
  await page.fill('#displayName', name);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await expectAccessible(page);
  const mail = await waitForMail(email, 'confirm');
  await page.goto(linkIn(mail, `${baseUrl()}/confirm-email/`));
  await at(page, '/sign-in', { notice: 'confirmed' });
  await expectAccessible(page);
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  if (new URL(page.url()).pathname !== '/sign-in') await page.goto('/sign-in?lang=en');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/account') await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await at(page, '/sign-in', { notice: 'signed-out' });
  await expectAccessible(page);
}

describe('with a password', () => {
  test('sign up, confirm the address from the mail, sign in, see the account, sign out', async () => {
    const page = await browser.newPage();
    const email = newAddress('signup');
    await signUpAndConfirm(page, email, 'Батбаяр');
    await signIn(page, email);
    await at(page, '/account');
    await expectAccessible(page);
    await expect.poll(() => page.locator('main').textContent()).toContain(email);
    expect(await page.locator('main').textContent()).toContain('Батбаяр');
    await signOut(page);
    expect(await page.getByRole('status').textContent()).toContain('You have signed out.');
    await page.goto('/account');
    await at(page, '/sign-in', { next: '/account' });
  });

  test('reset a forgotten password through the mailed link', async () => {
    const page = await browser.newPage();
    const email = newAddress('reset');
    await signUpAndConfirm(page, email, 'Reset Person');
    await page.goto('/reset-password');
    await expectAccessible(page);
    await page.fill('#email', email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('we have sent it a link').waitFor();
    await expectAccessible(page);

    const link = linkIn(await waitForMail(email, 'reset'), `${baseUrl()}/reset-password/`);
    await page.goto(link);
    await expectAccessible(page);
    await page.fill('#password', 'an entirely new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await at(page, '/sign-in', { notice: 'reset-done' });
    await expectAccessible(page);

    await signIn(page, email);
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page);
    await signIn(page, email, 'an entirely new passphrase');
    await at(page, '/account');
  });
});

describe('with OpenID Connect', () => {
  test('sign in at the provider and come back signed in; a new account is made', async () => {
    const page = await browser.newPage();
    await page.goto('/sign-in?lang=en');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign in with Test ID' }).click();
    await page.waitForURL((url) => url.origin === inject('oidcIssuer'));
    await page.fill('#login', 'citizen-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await at(page, '/account');
    await expectAccessible(page);
    const main = await page.locator('main').textContent();
    expect(main).toContain('Оюун');
    expect(main).toContain('oyun@example.mn');
    await signOut(page);
  });

  test('cancel at the provider: a clear page, and the ways on', async () => {
    const page = await browser.newPage();
    await page.goto('/sign-in?lang=en');
    await page.getByRole('link', { name: 'Sign in with Test ID' }).click();
    await page.waitForURL((url) => url.origin === inject('oidcIssuer'));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await at(page, '/sign-in/oidc/callback');
    await page.getByRole('heading', { name: 'Signing in with Test ID did not work' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Signing in was cancelled');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign in with your email address and password' }).click();
    await at(page, '/sign-in');
  });
});

describe('an official', () => {
  test('sets up two-step verification, then is asked for a code at the next sign-in', async () => {
    const page = await browser.newPage();
    const email = newAddress('official');
    await signUpAndConfirm(page, email, 'Official Person');
    await grantRole(email, 'moderator');

    await signIn(page, email);
    await at(page, '/account/two-factor', { next: '/account' });
    await expectAccessible(page);
    const secret = await page.inputValue('input[name="secret"]');
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
    await page.fill('#code', totp.generate());
    await page.getByRole('button', { name: 'Turn on' }).click();
    await at(page, '/account');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('Two-step verification is on.');
    await signOut(page);

    await signIn(page, email);
    await at(page, '/sign-in/second-factor', { next: '/account' });
    await expectAccessible(page);
    await page.fill('#code', '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page);
    // The code that turned TOTP on is spent; the next time step's code is good once.
    await page.fill('#code', totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await at(page, '/account');
    expect(await page.locator('main').textContent()).toContain('Moderator');
  });
});
