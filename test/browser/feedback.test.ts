import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { baseUrl, useBrowser } from './support/browser.ts';
import { grantRole, linkIn, waitForMail } from './support/harness-client.ts';
import { locales } from './support/pages.ts';

/**
 * The feedback centre end to end in Chromium against the real server: a case filed anonymously
 * on the web (JavaScript off), one entered by an 11-11 operator, one through Open311 with an API
 * token issued in the administration pages; each reaches its organisation; a responder invited
 * into that organisation answers in the browser; the citizen rates the answer. axe on every page
 * on the way, and on the module's pages in both languages.
 */

const browser = useBrowser();
/** What `useBrowser` gives: pages in contexts of their own. */
type Pages = Pick<typeof browser, 'newPage'>;
const PASSWORD = 'a sentence long enough to remember';

/** axe needs script in the page: a page without JavaScript is checked by loading its address in one with it. */
async function expectAccessibleAt(b: Pages, url: string): Promise<void> {
  const checker = await b.newPage();
  await checker.goto(url);
  await expectAccessible(checker);
  await checker.close();
}

const newAddress = (who: string) =>
  `${who}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.mn`;

/** Turns on TOTP on the page the sign-in or invitation led to, and returns the generator. */
async function turnOnTwoFactor(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/account/two-factor');
  const secret = await page.inputValue('input[name="secret"]');
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  await page.fill('#code', totp.generate());
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.waitForURL((url) => url.pathname !== '/account/two-factor');
}

/** A platform administrator with a second factor, signed in. */
async function administrator(b: Pages): Promise<Page> {
  const page = await b.newPage();
  const email = newAddress('admin');
  await page.goto('/sign-up?lang=en');
  await page.fill('#displayName', 'Feedback Admin');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(linkIn(await waitForMail(email, ''), `${baseUrl()}/confirm-email/`));
  await grantRole(email, 'platform-administrator');
  await page.goto('/sign-in?lang=en');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await turnOnTwoFactor(page);
  return page;
}

/** Invites a new official into an organisation; they accept from the mail and set up TOTP. */
async function official(admin: Page, b: Pages, organization: string, name: string): Promise<Page> {
  const email = newAddress(name.toLowerCase().replace(/\W+/g, '-'));
  await admin.goto(`/admin/organizations/${organization}/members?lang=en`);
  await admin.fill('#email', email);
  await admin.selectOption('#role', 'organization-responder');
  await admin.getByRole('button', { name: 'Send invitation' }).click();
  await admin.waitForURL((url) => url.searchParams.get('done') === 'invited');
  const page = await b.newPage();
  await page.goto(`${linkIn(await waitForMail(email, ''), `${baseUrl()}/invitations/`)}?lang=en`);
  await page.fill('#displayName', name);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Create account and accept' }).click();
  await turnOnTwoFactor(page);
  return page;
}

/**
 * The organisation a case was routed to, as the console shows it to a platform administrator
 * (Open311 tells nothing of a case until it is published).
 */
async function organizationOf(admin: Page, number: string): Promise<string> {
  await admin.goto(`/feedback/console/cases/${number}?lang=en`);
  return ((await admin.locator('#organization option:checked').textContent()) ?? '').trim();
}

describe('the feedback centre in the browser', () => {
  test('web, operator and Open311 cases reach their organisations; a responder answers; the citizen rates', async () => {
    const admin = await administrator(browser);
    const responder = await official(admin, browser, 'governor-bayankhongor', 'Responder Bayankhongor');
    const operator = await official(admin, browser, 'government-11-11-centre', 'Operator Centre');

    // An API token for the health ministry's portal, issued in the administration pages.
    await admin.goto('/admin/organizations/ministry-of-health/tokens?lang=en');
    await admin.fill('#name', 'Health portal');
    await admin.getByLabel('feedback.submit-api').check();
    await admin.getByRole('button', { name: 'Issue token' }).click();
    const token = (await admin.locator('code.secret').textContent())?.trim() ?? '';
    expect(token).toMatch(/^shl_/);

    // 1. Anonymous, on the web, without JavaScript.
    const citizen = await browser.newPage({ javaScriptEnabled: false });
    await citizen.goto('/feedback/new?lang=en');
    await expectAccessibleAt(browser, '/feedback/new?lang=en');
    await citizen.getByRole('button', { name: 'Send', exact: true }).click();
    await citizen.locator('.error-summary').waitFor();
    expect(await citizen.locator('.error-summary').textContent()).toContain(
      'Choose what kind of case this is',
    );
    // The same error page, with script on, for axe.
    const withErrors = await browser.newPage();
    await withErrors.goto('/feedback/new?lang=en');
    await withErrors.getByRole('button', { name: 'Send', exact: true }).click();
    await withErrors.locator('.error-summary').waitFor();
    await expectAccessible(withErrors);
    await citizen.selectOption('#kind', 'complaint');
    await citizen.selectOption('#category', 'land');
    await citizen.selectOption('#aimag', '64');
    await citizen.fill('#subject', 'Pasture fenced off');
    await citizen.fill('#body', 'A company fenced the common winter pasture of our bag.');
    await citizen.getByRole('button', { name: 'Send', exact: true }).click();
    await citizen.waitForURL((url) => url.pathname.startsWith('/feedback/follow/'));
    await expectAccessibleAt(browser, citizen.url());
    const webNumber =
      /Case (\d{4}-\d{6}-\d)/.exec((await citizen.locator('h1').textContent()) ?? '')?.[1] ?? '';
    expect(webNumber).not.toBe('');
    const followUrl = new URL(citizen.url());
    followUrl.search = '';
    expect(await organizationOf(admin, webNumber)).toBe("Governor's Office of Bayankhongor Aimag");

    // 2. By an operator of the 11-11 centre, for a caller.
    await operator.goto('/feedback/operator?lang=en');
    await expectAccessible(operator);
    await operator.selectOption('#channel', 'phone');
    await operator.selectOption('#kind', 'petition');
    await operator.selectOption('#category', 'roads');
    await operator.selectOption('#aimag', '64');
    await operator.fill('#subject', 'Road to the soum centre');
    await operator.fill('#body', 'The caller asks for the road to be graded before winter.');
    await operator.getByRole('button', { name: 'Send', exact: true }).click();
    await operator.locator('.notice').waitFor();
    const operatorNumber =
      /(\d{4}-\d{6}-\d)/.exec((await operator.locator('.notice').textContent()) ?? '')?.[1] ?? '';
    expect(await organizationOf(admin, operatorNumber)).toBe("Governor's Office of Bayankhongor Aimag");

    // 3. Through Open311, with the token as api_key.
    const posted = await fetch(`${baseUrl()}/open311/v2/requests.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': `browser-${Date.now()}`,
      },
      body: new URLSearchParams({
        api_key: token,
        service_code: 'health',
        description: 'The soum hospital has no doctor on weekends.',
      }),
    });
    expect(posted.status).toBe(201);
    const [created] = (await posted.json()) as { service_request_id: string }[];
    const open311Number = created?.service_request_id ?? '';
    expect(await organizationOf(admin, open311Number)).toBe('Ministry of Health');

    // The responder of Bayankhongor answers the web case in the console.
    await responder.goto('/feedback/console?lang=en');
    await expectAccessible(responder);
    const queue = (await responder.locator('main').textContent()) ?? '';
    expect(queue).toContain(webNumber);
    expect(queue).toContain(operatorNumber);
    expect(queue).not.toContain(open311Number);
    await responder.getByRole('link', { name: webNumber }).click();
    await expectAccessible(responder);
    await responder.fill('#answer', 'The fence will be removed; the inspection is on 3 June.');
    await responder.getByRole('button', { name: 'Send the answer' }).click();
    await responder.locator('.notice').waitFor();
    expect(await responder.locator('.notice').textContent()).toContain('The answer was sent.');
    await expectAccessible(responder);

    // The citizen reads the answer and rates it, still without JavaScript.
    await citizen.goto(`${followUrl.pathname}?lang=en`);
    expect(await citizen.locator('main').textContent()).toContain('the inspection is on 3 June');
    await citizen.check('#rating-4');
    await citizen.getByRole('button', { name: 'Send rating' }).click();
    await citizen.waitForURL((url) => url.searchParams.get('done') === 'rate');
    expect(await citizen.locator('main').textContent()).toContain('The answer was rated 4/5.');
    await expectAccessibleAt(browser, citizen.url());

    // The report counts it.
    const report = await browser.newPage({ javaScriptEnabled: false });
    await report.goto('/feedback/reports?lang=en');
    expect(await report.locator('main').textContent()).toContain("Governor's Office of Bayankhongor Aimag");
    await expectAccessibleAt(browser, '/feedback/reports?lang=en');
  }, 180_000);

  test('the module’s pages pass axe in both languages', async () => {
    const page = await browser.newPage();
    for (const path of [
      '/feedback',
      '/feedback/new',
      '/kiosk/feedback',
      '/feedback/reports',
      '/feedback/published',
    ]) {
      for (const locale of locales) {
        // Explicitly, both ways: the language cookie of the previous page would otherwise carry over.
        await page.goto(`${path}?lang=${locale}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await expectAccessible(page);
      }
    }
  });
});
