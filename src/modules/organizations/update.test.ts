import { describe, expect, it } from 'vitest';
import { buildApiToken, submittedAs } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';

const { app, ctx } = await createTestApp();

describe('correcting an organisation’s details', () => {
  it('lets the body’s own administrator edit it through the form, and records it in the audit trail', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-finance',
    });
    const page = await admin.get('/organizations/ministry-of-finance?lang=en');
    expect(page.body).toContain('/organizations/ministry-of-finance/edit');
    await admin.get('/organizations/ministry-of-finance/edit');
    const res = await admin.submit('/organizations/ministry-of-finance/edit', {
      nameMn: 'Сангийн яам',
      nameEn: 'Ministry of Finance',
      website: 'https://mof.gov.mn',
      phone: '+976 51-26-1234',
      email: 'info@mof.gov.mn',
      address: 'Улаанбаатар, Чингэлтэй дүүрэг',
      abbreviation: 'СЯ',
    });
    expect(res.statusCode).toBe(303);
    expect((await admin.follow(res)).body).toContain('Your changes are saved');
    const [entry] = await ctx.db.query<{
      action: string;
      actor: string;
      details: Record<string, { to: string }>;
    }>(
      sql`select action, actor, details from audit_log where action = 'organizations.update' order by seq desc limit 1`,
    );
    expect(entry?.actor).toBe(`user:${admin.userId}`);
    expect(entry?.details.website?.to).toBe('https://mof.gov.mn');
  });

  it('refuses an official of one body editing another body', async () => {
    const other = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-finance',
    });
    expect((await other.get('/organizations/ministry-of-justice/edit')).statusCode).toBe(403);
    await other.get('/organizations/ministry-of-finance/edit');
    const res = await other.submit('/organizations/ministry-of-justice/edit', { phone: '+976 11 111111' });
    expect(res.statusCode).toBe(403);
    const [row] = await ctx.db.query<{ phone: string | null }>(
      sql`select phone from organizations where slug = 'ministry-of-justice'`,
    );
    expect(row?.phone).not.toBe('+976 11 111111');
  });

  it('reaches sub-organisations only when the grant says so', async () => {
    const narrow = await signedInAs(app, ctx, { role: 'organization-publisher', organization: 'government' });
    const wide = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'government',
      includeSubOrganizations: true,
    });
    const child = (
      await ctx.db.query<{ slug: string }>(
        sql`select c.slug from organizations c join organizations p on p.id = c.parent_id where p.slug = 'government' limit 1`,
      )
    )[0]!.slug;
    expect((await narrow.get(`/organizations/${child}/edit`)).statusCode).toBe(403);
    expect((await wide.get(`/organizations/${child}/edit`)).statusCode).toBe(200);
  });

  it('names each bad field and changes nothing', async () => {
    const { res } = await submittedAs(
      app,
      ctx,
      { role: 'organization-administrator', organization: 'ministry-of-energy' },
      '/organizations/ministry-of-energy/edit',
      { nameMn: ' ', website: 'javascript:alert(1)', email: 'nope' },
      { open: '/organizations/ministry-of-energy/edit?lang=en' },
    );
    expect(res.statusCode).toBe(422);
    for (const field of ['nameMn', 'website', 'email']) expect(res.body).toContain(`href="#${field}"`);
    const [row] = await ctx.db.query<{ website: string | null }>(
      sql`select website from organizations where slug = 'ministry-of-energy'`,
    );
    expect(row?.website).not.toBe('javascript:alert(1)');
  });

  it('takes the same change through the API with a scoped token, and refuses a token without the scope', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'national-statistics-office',
    });
    const token = (name: string, scopes: string[]) =>
      buildApiToken(ctx, { userId: admin.userId, organization: 'national-statistics-office', name, scopes });
    const scoped = await token('sync', ['organizations.update']);
    const unscoped = await token('read', []);
    const patch = (token: string, payload: unknown) =>
      app.inject({
        method: 'PATCH',
        url: '/api/v1/organizations/national-statistics-office',
        headers: { authorization: `Bearer ${token}` },
        payload: payload as object,
      });
    const ok = await patch(scoped.token, { phone: '+976 11 32 2222' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phone).toBe('+976 11 32 2222');
    expect((await patch(unscoped.token, { phone: '+976 11 00 0000' })).statusCode).toBe(403);
    const bad = await patch(scoped.token, { website: 'ftp://x', colour: 'red' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('body.colour');
    const invalid = await patch(scoped.token, { website: 'ftp://example.mn' });
    expect(invalid.json().errors).toEqual([
      { field: 'body.website', message: 'Enter the website as https://…' },
    ]);
  });
});
