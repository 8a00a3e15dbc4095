import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { baseUrl, useBrowser } from './support/browser.ts';
import { grantRole, linkIn, waitForMail } from './support/harness-client.ts';

/**
 * The action plan tracker in Chromium against the real server (with the demo plan imported from
 * the seed): a reviewer imports a plan document, corrects it and publishes it; an organisation's
 * publisher, invited by mail, reports progress with a record as evidence; an evaluator rates; the
 * dashboard and the commitment page pass axe in both languages.
 */

const browser = useBrowser();
const PASSWORD = 'a sentence long enough to remember';
const SEED = new URL('../../src/modules/plans/demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);

const newAddress = (who: string) =>
  `${who}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.mn`;

const at = (page: Page, pathname: string | RegExp) =>
  page.waitForURL((url) =>
    typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname),
  );

/** Turns on two-step verification on the page the server sent the official to. */
async function turnOnTotp(page: Page): Promise<void> {
  await at(page, '/account/two-factor');
  const secret = await page.inputValue('input[name="secret"]');
  await page.fill('#code', new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate());
  await page.getByRole('button', { name: 'Turn on' }).click();
}

/** A confirmed account with a national role and two-step verification on, signed in on `page`. */
async function official(page: Page, who: string, role: string): Promise<string> {
  const email = newAddress(who);
  await page.goto('/sign-up?lang=en');
  await page.fill('#displayName', `${who} person`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(linkIn(await waitForMail(email, 'confirm'), `${baseUrl()}/confirm-email/`));
  await at(page, '/sign-in');
  await grantRole(email, role);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await turnOnTotp(page);
  await at(page, '/account');
  return email;
}

/** The commitment page of a number in the demo plan, reached from the dashboard as a reader would. */
async function openCommitment(page: Page, number: string): Promise<string> {
  await page.goto('/plans/action-plan-2014-2015?lang=en');
  await page.getByRole('link', { name: number, exact: true }).first().click();
  await at(page, /^\/plans\/commitments\/\d+$/);
  return new URL(page.url()).pathname;
}

describe('the action plan tracker', () => {
  test('a reviewer imports a plan document, numbers what it left unnumbered and publishes it', async () => {
    const page = await browser.newPage();
    await official(page, 'reviewer', 'ogp-committee-member');
    // A later plan in the same form: the seed with another period, so it is a new draft.
    const text = (await readFile(SEED, 'utf8')).replace('Timeline /2014-2015/', 'Timeline /2016-2017/');
    const file = path.join(tmpdir(), `plan-${Date.now()}.txt`);
    await writeFile(file, text);

    await page.goto('/plans/import?lang=en');
    await expectAccessible(page);
    await page.setInputFiles('#document', file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'The plan is imported as a draft' }).waitFor();
    const figures = await page.locator('.plans-figures').textContent();
    expect(figures).toContain('33 commitments');
    expect(figures).toContain('26 milestones and actions');
    expect(await page.locator('main').textContent()).toContain('Commissary.');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Go to the review' }).click();
    await at(page, '/plans/action-plan-2016-2017/review');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('A commitment has no number');
    await page.getByRole('link', { name: 'Correct (no number)' }).click();
    await at(page, /\/plans\/action-plan-2016-2017\/review\/commitments\/\d+$/);
    await expectAccessible(page);
    await page.fill('#number', '3.3.2.2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page);
    await page.fill('#number', '3.3.2.1');
    await page.check('#value-civic-participation');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await at(page, '/plans/action-plan-2016-2017/review');
    expect(await page.locator('main').textContent()).toContain('The correction is saved.');

    await page.getByRole('button', { name: 'Publish the plan' }).click();
    await at(page, '/plans/action-plan-2016-2017');
    expect(await page.locator('main').textContent()).not.toContain('This is a draft');
    expect(await page.locator('main').textContent()).toContain('3.3.2.1');
  });

  test('an organisation, invited by mail, reports progress with a record as evidence', async () => {
    const admin = await browser.newPage();
    await official(admin, 'admin', 'platform-administrator');
    const reporterEmail = newAddress('reporter');
    await admin.goto('/admin/organizations/ministry-of-finance/members?lang=en');
    await admin.fill('#email', reporterEmail);
    await admin.selectOption('#role', 'organization-publisher');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.waitForURL((url) => url.searchParams.get('done') === 'invited');

    const page = await browser.newPage();
    await page.goto(`${linkIn(await waitForMail(reporterEmail), `${baseUrl()}/invitations/`)}?lang=en`);
    await page.fill('#displayName', 'Finance Reporter');
    await page.fill('#password', PASSWORD);
    await page.getByRole('button', { name: 'Create account and accept' }).click();
    await turnOnTotp(page);
    await at(page, '/admin');

    const commitment = await openCommitment(page, '3.3.1.8');
    await page.getByRole('link', { name: 'Report progress' }).click();
    await at(page, `${commitment}/report`);
    await expectAccessible(page);
    await page.fill('#find', 'procurement agency');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.check('input[value="organizations:organization:government-procurement-agency"]');
    await page.check('#completion-substantial');
    await page.fill('#narrative', 'Contracts above 80 million MNT are disclosed on the procurement portal.');
    await page.fill('#links', 'https://www.tender.gov.mn/en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish the report' }).click();
    await at(page, commitment);
    const main = await page.locator('main').textContent();
    expect(main).toContain('The report is published.');
    expect(main).toContain('Contracts above 80 million MNT are disclosed');
    expect(
      await page.locator('a[href="/organizations/government-procurement-agency"]').count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  test('an evaluator rates a commitment and publishes the rating', async () => {
    const page = await browser.newPage();
    await official(page, 'evaluator', 'independent-evaluator');
    const commitment = await openCommitment(page, '3.3.1.8');
    await page.getByRole('link', { name: 'Rate' }).click();
    await at(page, `${commitment}/evaluate`);
    await expectAccessible(page);
    await page.check('#verifiable-yes');
    await page.check('#relevance-access-to-information');
    await page.check('#potentialImpact-moderate');
    await page.check('#completion-substantial');
    await page.check('#earlyResults-marginal');
    await page.fill('#justification', 'Contract notices are online; amendments and payments are not yet.');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Published, this rating stars the commitment.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish the rating' }).click();
    await at(page, commitment);
    const main = await page.locator('main').textContent();
    expect(main).toContain('Contract notices are online');
    expect(main).toContain('Starred');
  });

  for (const lang of ['mn', 'en']) {
    test(`the dashboard and a commitment page pass axe (${lang})`, async () => {
      const page = await browser.newPage();
      await page.goto(`/plans/action-plan-2014-2015?lang=${lang}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
      await expectAccessible(page);
      await page.getByRole('link', { name: '3.3.1.3', exact: true }).first().click();
      await at(page, /^\/plans\/commitments\/\d+$/);
      await expectAccessible(page);
      for (const next of [
        '/plans/action-plan-2014-2015/overdue',
        '/plans/action-plan-2014-2015/organizations',
        '/plans/committee',
        '/plans/indicators',
      ]) {
        await page.goto(`${next}?lang=${lang}`);
        await expectAccessible(page);
      }
    });
  }
});
