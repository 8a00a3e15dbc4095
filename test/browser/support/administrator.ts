import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser.ts';
import { grantRole, linkIn, waitForMail } from './harness-client.ts';

const PASSWORD = 'a sentence long enough to remember';

/**
 * A new account, signed up and its e-mail confirmed in the page as a person would, made a
 * platform administrator by the harness, then signed in with two-step verification turned on.
 * `next` is where the sign-in leads afterwards (default the account page); returns the e-mail.
 */
export async function signInAsNewAdministrator(
  page: Page,
  options: { name: string; emailPrefix: string; next?: string },
): Promise<string> {
  const email = `${options.emailPrefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.mn`;
  await page.goto('/sign-up?lang=en');
  await page.fill('#displayName', options.name);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(linkIn(await waitForMail(email, 'confirm'), `${baseUrl()}/confirm-email/`));
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await grantRole(email, 'platform-administrator');
  if (options.next) await page.goto(`/sign-in?lang=en&next=${options.next}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/account/two-factor');
  const secret = await page.inputValue('input[name="secret"]');
  await page.fill('#code', new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate());
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.waitForURL((url) => url.pathname !== '/account/two-factor');
  return email;
}
