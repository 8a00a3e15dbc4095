import { describe, expect, it } from 'vitest';
import { sql } from '../src/platform/db/sql.ts';
import {
  buildApiToken,
  buildOrganization,
  buildUser,
  organizationId,
  signedInClient,
  submittedAs,
} from './factories.ts';
import { createTestApp } from './helpers.ts';

const { app, ctx } = await createTestApp();

describe('the test factories', () => {
  it('build a public body of the test’s own, found again by its slug', async () => {
    const body = await buildOrganization(ctx, { nameEn: 'Office of Tests', kind: 'authority' });
    expect(await organizationId(ctx.db, body.slug)).toBe(body.id);
    const [row] = await ctx.db.query<{ name_en: string; kind: string }>(
      sql`select name_en, kind from organizations where id = ${body.id}`,
    );
    expect(row).toEqual({ name_en: 'Office of Tests', kind: 'authority' });
    await expect(organizationId(ctx.db, 'no-such-body')).rejects.toThrow('no organisation no-such-body');
  });

  it('build an account with a role on an organisation', async () => {
    const user = await buildUser(ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    const [grant] = await ctx.db.query<{ role: string; slug: string }>(sql`
      select g.role, o.slug from role_grants g join organizations o on o.id = g.organization_id
      where g.user_id = ${user.id} and g.role <> 'citizen'`);
    expect(grant).toEqual({ role: 'organization-publisher', slug: 'ministry-of-finance' });
  });

  it('sign a client in as that kind of account, with a real session', async () => {
    const client = await signedInClient(app, ctx, { role: 'platform-administrator' });
    const page = await client.get('/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Test platform-administrator \d+/);
  });

  it('make an API token a user holds for an organisation, with its scopes', async () => {
    const user = await buildUser(ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-finance',
    });
    const { token } = await buildApiToken(ctx, {
      userId: user.id,
      organization: 'ministry-of-finance',
      scopes: ['organizations.update'],
    });
    const [row] = await ctx.db.query<{ slug: string; scopes: string[]; user_id: number }>(sql`
      select o.slug, t.scopes, t.user_id from api_tokens t join organizations o on o.id = t.organization_id
      where t.prefix = ${token.split('_')[1]!}`);
    expect(row).toEqual({ slug: 'ministry-of-finance', scopes: ['organizations.update'], user_id: user.id });
  });

  it('send a form as a signed-in account, with the CSRF token of the page it opened', async () => {
    const { client, res } = await submittedAs(
      app,
      ctx,
      { role: 'organization-administrator', organization: 'ministry-of-energy' },
      '/organizations/ministry-of-energy/edit',
      { nameMn: ' ' },
      { open: '/organizations/ministry-of-energy/edit?lang=en' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#nameMn"');
    expect(client.userId).toBeGreaterThan(0);
  });
});
