import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import type { Role } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { activeGrant, createAdministrationApp, lastAudit } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();

const emailOf = async (userId: number) =>
  (await ctx.db.query<{ email: string }>(sql`select email from users where id = ${userId}`))[0]!.email;

/** A child of `parent` in the seeded directory. */
const childOf = async (parent: string) =>
  (
    await ctx.db.query<{ slug: string }>(sql`select c.slug from organizations c
      join organizations p on p.id = c.parent_id where p.slug = ${parent} order by c.slug limit 1`)
  )[0]!.slug;

/** An administrator of `organization`, signed in. */
const administratorOf = (organization: string) =>
  signedInAs(app, ctx, { role: 'organization-administrator', organization });

/** Someone signed in with `role` on `organization`, and that grant. */
async function memberWithGrant(role: Role, organization: string) {
  const client = await signedInAs(app, ctx, { role, organization });
  const email = await emailOf(client.userId);
  return { client, email, grant: await activeGrant(ctx, email, role, organization) };
}

/** The confirmation page of revoking a grant of `organization`. */
const revokeUrl = (organization: string, grantId: number) =>
  `/admin/organizations/${organization}/members/grants/${grantId}/revoke`;

describe('members of an organisation', () => {
  it('lists members with role, reach and who granted it; grants another role to a member', async () => {
    const admin = await administratorOf('ministry-of-justice');
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-justice',
      includeSubOrganizations: true,
    });
    const page = await admin.get('/admin/organizations/ministry-of-justice/members?lang=en');
    expect(page.statusCode).toBe(200);
    const email = await emailOf(publisher.userId);
    expect(page.body).toContain(email);
    expect(page.body).toContain('This organisation and its sub-organisations');

    const bad = await admin.submit('/admin/organizations/ministry-of-justice/members/grants', {
      member: '999999',
      memberRole: 'moderator',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#member"');
    expect(bad.body).toContain('href="#memberRole"');

    const res = await admin.submit('/admin/organizations/ministry-of-justice/members/grants', {
      member: String(publisher.userId),
      memberRole: 'organization-responder',
    });
    expect(res.statusCode).toBe(303);
    expect((await admin.follow(res)).body).toContain('The role is granted.');
    const grant = await activeGrant(ctx, email, 'organization-responder', 'ministry-of-justice');
    expect(grant?.grantedBy).toBe(admin.userId);
    const entry = await lastAudit(ctx, 'organization.grant-role');
    expect(entry).toMatchObject({ actor: `user:${admin.userId}`, role: 'organization-administrator' });

    const again = await admin.submit('/admin/organizations/ministry-of-justice/members/grants', {
      member: String(publisher.userId),
      memberRole: 'organization-responder',
    });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('already holds this role');
  });

  it('revokes a role after confirmation on its own page', async () => {
    const admin = await administratorOf('ministry-of-energy');
    const {
      client: responder,
      email,
      grant,
    } = await memberWithGrant('organization-responder', 'ministry-of-energy');
    const confirm = await admin.get(`${revokeUrl('ministry-of-energy', grant!.id)}?lang=en`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(email);
    expect(confirm.body).toContain('Revoke role');
    const res = await admin.submit(revokeUrl('ministry-of-energy', grant!.id), {});
    expect(res.statusCode).toBe(303);
    expect(await activeGrant(ctx, email, 'organization-responder', 'ministry-of-energy')).toBeUndefined();
    expect((await lastAudit(ctx, 'organization.revoke-role'))?.details).toMatchObject({
      organization: 'ministry-of-energy',
      userId: responder.userId,
    });
    // The responder's next request no longer carries the role.
    expect((await responder.get('/admin?lang=en')).body).toContain('You have nothing to administer');
  });

  it('never leaves an organisation without an administrator, and says so', async () => {
    const { client: admin, grant: own } = await memberWithGrant(
      'organization-administrator',
      'ministry-of-health',
    );
    const revoke = revokeUrl('ministry-of-health', own!.id);
    await admin.get(`${revoke}?lang=en`);
    const refused = await admin.submit(revoke, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('You are this organisation’s last administrator');
    expect(refused.body).toContain('Make someone else administrator first');

    // A platform administrator cannot remove the last one either.
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    await root.get(`/admin/organizations/ministry-of-health/members?lang=en`);
    const byRoot = await root.submit(revoke, {});
    expect(byRoot.statusCode).toBe(409);
    expect(byRoot.body).toContain('This is the organisation’s last administrator');

    // With a second administrator the first may step down, and is sent back to /admin.
    await signedInAs(app, ctx, { role: 'organization-administrator', organization: 'ministry-of-health' });
    await admin.get(revoke);
    const ok = await admin.submit(revoke, {});
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/admin');
  });

  it('counts an administrator of a parent organisation with sub-organisations', async () => {
    const child = await childOf('ministry-of-mining');
    await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-mining',
      includeSubOrganizations: true,
    });
    const { client: own, grant } = await memberWithGrant('organization-administrator', child);
    await own.get(revokeUrl(child, grant!.id));
    expect((await own.submit(revokeUrl(child, grant!.id), {})).statusCode).toBe(303);
  });

  it('refuses an administrator of one organisation another’s members', async () => {
    const admin = await administratorOf('ministry-of-finance');
    const {
      client: other,
      email: otherEmail,
      grant: otherGrant,
    } = await memberWithGrant('organization-responder', 'ministry-of-labour');
    expect((await admin.get('/admin/organizations/ministry-of-labour/members')).statusCode).toBe(403);
    expect((await admin.get(revokeUrl('ministry-of-labour', otherGrant!.id))).statusCode).toBe(403);
    await admin.get('/admin/organizations/ministry-of-finance/members');
    const token = admin.csrf();
    const posts = [
      [
        '/admin/organizations/ministry-of-labour/members/grants',
        { member: String(other.userId), memberRole: 'organization-administrator' },
      ],
      [revokeUrl('ministry-of-labour', otherGrant!.id), {}],
      [
        '/admin/organizations/ministry-of-labour/invitations',
        { email: 'x@example.mn', role: 'organization-publisher' },
      ],
      // A grant of another organisation through this organisation's URL is simply not found.
      [revokeUrl('ministry-of-finance', otherGrant!.id), {}],
    ] as const;
    const codes = [];
    for (const [url, body] of posts) codes.push((await admin.submit(url, body, { csrf: token })).statusCode);
    expect(codes).toEqual([403, 403, 403, 404]);
    expect(await activeGrant(ctx, otherEmail, 'organization-responder', 'ministry-of-labour')).toBeDefined();
    // A citizen and a publisher are refused at the gate.
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get('/admin/organizations/ministry-of-finance/members')).statusCode).toBe(403);
  });

  it('reaches sub-organisations only when the administrator’s grant says so', async () => {
    const child = await childOf('ministry-of-finance');
    const narrow = await administratorOf('ministry-of-finance');
    const wide = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-finance',
      includeSubOrganizations: true,
    });
    expect((await narrow.get(`/admin/organizations/${child}/members`)).statusCode).toBe(403);
    const parent = await wide.get('/admin/organizations/ministry-of-finance/members?lang=en');
    expect(parent.body).toContain(`/admin/organizations/${child}/members`);
    expect((await wide.get(`/admin/organizations/${child}/members`)).statusCode).toBe(200);
    const invited = await wide.submit(`/admin/organizations/${child}/invitations`, {
      email: 'branch@example.mn',
      role: 'organization-publisher',
      includeSubOrganizations: '1',
    });
    expect(invited.statusCode).toBe(303);
  });

  it('shows on /admin what the official may administer', async () => {
    const admin = await administratorOf('bank-of-mongolia');
    const page = await admin.get('/admin?lang=en');
    expect(page.body).toContain('/admin/organizations/bank-of-mongolia/members');
    expect(page.body).toContain('/admin/organizations/bank-of-mongolia/tokens');
    expect(page.body).not.toContain('/admin/audit');
    const officer = await signedInAs(app, ctx, { role: 'anti-corruption-officer' });
    const national = await officer.get('/admin?lang=en');
    expect(national.body).toContain('/admin/audit');
    expect(national.body).not.toContain('/admin/roles');
    const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const all = await root.get('/admin?lang=en');
    expect(all.body).toContain('/admin/roles');
    expect(all.body).toContain('<option value="ministry-of-finance">');
    const picked = await root.get('/admin/organizations?slug=ministry-of-finance');
    expect(picked.headers.location).toBe('/admin/organizations/ministry-of-finance/members');
    const unproved = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'bank-of-mongolia',
      secondFactor: false,
    });
    expect((await unproved.get('/admin?lang=en')).body).toContain('Official roles count only once');
  });
});
