import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { addDays, today } from './dates.ts';
import { createAdministrationApp, lastAudit } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();

const patch = (token: string, slug: string, payload: object) =>
  app.inject({
    method: 'PATCH',
    url: `/api/v1/organizations/${slug}`,
    headers: { authorization: `Bearer ${token}` },
    payload,
  });

/** An administrator of `organization`, signed in. */
const administratorOf = (organization: string) =>
  signedInAs(app, ctx, { role: 'organization-administrator', organization });

/** Posts the issue form of `organization`'s tokens page. */
const issue = (
  client: Awaited<ReturnType<typeof administratorOf>>,
  organization: string,
  body: Record<string, string>,
) => client.submit(`/admin/organizations/${organization}/tokens`, body);

/** A day `days` from today in the country's time zone. */
const inDays = (days: number) => addDays(today(ctx.country.timeZone), days);

describe('API tokens of an organisation', () => {
  it('issues a token shown once, which works for its scope on its own organisation only, until revoked', async () => {
    const admin = await administratorOf('national-statistics-office');
    const page = await admin.get('/admin/organizations/national-statistics-office/tokens?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="organizations.update"');
    expect(page.body).not.toContain('value="organization.manage-tokens"');

    const issued = await issue(admin, 'national-statistics-office', {
      name: 'Statistics sync',
      scopes: 'organizations.update',
      expiresOn: inDays(30),
    });
    expect(issued.statusCode).toBe(303);
    const shown = await admin.follow(issued);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.body).toContain('You will not be able to see it again');
    const token = /(shl_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43})/.exec(shown.body)?.[1];
    expect(token).toBeDefined();

    const reload = await admin.get('/admin/organizations/national-statistics-office/tokens/issued?lang=en');
    expect(reload.statusCode).toBe(410);
    expect(reload.body).not.toContain(token!);
    expect(reload.body).toContain('A token is shown only once');
    const list = await admin.get('/admin/organizations/national-statistics-office/tokens?lang=en');
    expect(list.body).toContain('Statistics sync');
    expect(list.body).not.toContain(token!);

    const ok = await patch(token!, 'national-statistics-office', { phone: '+976 11 32 3333' });
    expect(ok.statusCode).toBe(200);
    expect((await patch(token!, 'ministry-of-finance', { phone: '+976 11 00 0000' })).statusCode).toBe(403);

    // The system account holds exactly the role the scope needs, for this organisation only.
    const [account] = await ctx.db.query<{ email: string; password: string | null; roles: string[] }>(sql`
      select u.email, u.password_hash as password,
        array(select g.role || '@' || coalesce(o.slug, '-') from role_grants g left join organizations o on o.id = g.organization_id
          where g.user_id = u.id and g.revoked_at is null order by g.role) as roles
      from api_tokens t join users u on u.id = t.user_id where t.prefix = ${token!.slice(4, 12)}`);
    expect(account).toEqual({
      email: 'system+national-statistics-office@shilen.invalid',
      password: null,
      roles: ['citizen@-', 'organization-publisher@national-statistics-office'],
    });
    expect((await lastAudit(ctx, 'organization.issue-token'))?.details).toMatchObject({
      organization: 'national-statistics-office',
      scopes: ['organizations.update'],
      rolesAdded: ['organization-publisher'],
    });
    // The system account is not listed among the people.
    const members = await admin.get('/admin/organizations/national-statistics-office/members');
    expect(members.body).not.toContain('shilen.invalid');

    const id = /tokens\/(\d+)\/revoke/.exec(list.body)?.[1];
    const confirm = await admin.get(
      `/admin/organizations/national-statistics-office/tokens/${id}/revoke?lang=en`,
    );
    expect(confirm.body).toContain('Systems using this token stop working at once');
    const revoked = await admin.submit(
      `/admin/organizations/national-statistics-office/tokens/${id}/revoke`,
      {},
    );
    expect(revoked.statusCode).toBe(303);
    expect((await admin.follow(revoked)).body).toContain('Revoked on');
    const refused = await patch(token!, 'national-statistics-office', { phone: '+976 11 32 4444' });
    expect(refused.statusCode).toBe(401);
    expect((await lastAudit(ctx, 'organization.revoke-token'))?.details).toMatchObject({
      rolesRemoved: ['organization-publisher'],
    });
  });

  it('names each bad field: name, scopes, and an expiry beyond one year or in the past', async () => {
    const admin = await administratorOf('ministry-of-energy');
    await admin.get('/admin/organizations/ministry-of-energy/tokens?lang=en');
    const res = await issue(admin, 'ministry-of-energy', {
      name: '',
      scopes: 'organization.manage-tokens',
      expiresOn: inDays(400),
    });
    expect(res.statusCode).toBe(422);
    for (const field of ['name', 'scopes', 'expiresOn']) expect(res.body).toContain(`href="#${field}"`);
    expect(res.body).toContain('A token cannot be valid for more than one year');
    const past = await issue(admin, 'ministry-of-energy', {
      name: 'x',
      expiresOn: today(ctx.country.timeZone),
    });
    expect(past.body).toContain('The date must be tomorrow or later');
    expect(past.body).toContain('Choose at least one action');
    const tokens = await ctx.db.query(sql`select t.id from api_tokens t
      join organizations o on o.id = t.organization_id where o.slug = 'ministry-of-energy'`);
    expect(tokens).toEqual([]);
  });

  it('refuses an administrator of another organisation, and people without the role', async () => {
    const admin = await administratorOf('ministry-of-finance');
    expect((await admin.get('/admin/organizations/ministry-of-justice/tokens')).statusCode).toBe(403);
    await admin.get('/admin/organizations/ministry-of-finance/tokens');
    const res = await issue(admin, 'ministry-of-justice', {
      name: 'sneaky',
      scopes: 'organizations.update',
      expiresOn: inDays(10),
    });
    expect(res.statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    expect((await publisher.get('/admin/organizations/ministry-of-finance/tokens')).statusCode).toBe(403);
    const [row] = await ctx.db.query(sql`select 1 from api_tokens where name = 'sneaky'`);
    expect(row).toBeUndefined();
  });
});
