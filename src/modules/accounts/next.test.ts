import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { safeNext } from './pages/form.ts';
import { TEST_PASSWORD as PASSWORD, passwordAccount } from './test-support.ts';

const { app, ctx } = await createTestApp();

/** Values of `next` that a browser would follow off this site, or that no path of ours looks like. */
const HOSTILE = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%0D%0A/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/ /evil.example',
  '/\u00a0/evil.example',
  '/\u2028/evil.example',
  '/%E2%80%A8/evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5Cevil.example',
  '/%5C%5Cevil.example',
  '/%252F%252Fevil.example',
  '/%',
  'https://evil.example',
  'http:/evil.example',
  'evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' /account',
  '',
];
const SAFE = [
  '/account',
  '/plans/commitments/5',
  '/invitations/abc?lang=en',
  '/admin?joined=mof',
  '/datasets#top',
];

describe('where to go after signing in', () => {
  it('keeps a path of this site and refuses every value a browser could take elsewhere', () => {
    for (const next of SAFE) expect(safeNext(next), next).toBe(next);
    for (const next of HOSTILE) expect(safeNext(next), JSON.stringify(next)).toBe('/account');
    expect(safeNext(undefined)).toBe('/account');
    expect(safeNext(['/account'])).toBe('/account');
    expect(safeNext('//evil.example', '/admin')).toBe('/admin');
  });

  it('sends a signed-in browser to the fallback, never off-site, whatever next it carried', async () => {
    await passwordAccount(ctx, 'next@example.mn');
    for (const next of ['/%09/evil.example', '/\t/evil.example', '/%2F%2Fevil.example', '/%5Cevil.example']) {
      const client = new TestClient(app);
      await client.get(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(client.lastBody).toContain('name="next" value="/account"');
      const res = await client.submit('/sign-in', { email: 'next@example.mn', password: PASSWORD, next });
      expect(res.headers.location, next).toBe('/account');
    }
  });

  it('refuses a hostile next on the second-factor and set-up pages too', async () => {
    const official = await signedInAs(app, ctx, { role: 'moderator', secondFactor: false });
    const setUp = await official.get(`/account/two-factor?next=${encodeURIComponent('/%09/evil.example')}`);
    expect(setUp.body).toContain('name="next" value="/account"');
    const prove = await official.get(
      `/sign-in/second-factor?next=${encodeURIComponent('/%2F%2Fevil.example')}`,
    );
    expect(prove.body).toContain('name="next" value="/account"');
  });
});
