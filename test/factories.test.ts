import { describe, expect, it } from 'vitest';
import { sql } from '../src/platform/db/sql.ts';
import { buildOrganization, buildUser, organizationId, signedInClient } from './factories.ts';
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
});
