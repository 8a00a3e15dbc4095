import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { sql } from '../../platform/db/sql.ts';
import {
  activeGrant,
  createAdministrationApp,
  invitationToken,
  lastAudit,
  lastMailTo,
} from './test-support.ts';

const { app, ctx } = await createAdministrationApp();
const ORG = 'ministry-of-finance';

async function adminOf(slug: string, includeSubOrganizations = false) {
  return signedInAs(app, ctx, {
    role: 'organization-administrator',
    organization: slug,
    includeSubOrganizations,
  });
}

/** Invites through the members page as a browser would; returns the response. */
async function invite(admin: TestClient, slug: string, fields: Record<string, string>) {
  await admin.get(`/admin/organizations/${slug}/members?lang=en`);
  return admin.submit(`/admin/organizations/${slug}/invitations`, fields);
}

async function inviteAndGetToken(admin: TestClient, email: string, role = 'organization-publisher') {
  const res = await invite(admin, ORG, { email, role });
  expect(res.statusCode).toBe(303);
  return invitationToken((await lastMailTo(ctx, email))!.text);
}

describe('inviting an official', () => {
  it('mails a link; a new person sets name and password, gets the role, and can sign in', async () => {
    const admin = await adminOf(ORG);
    const res = await invite(admin, ORG, {
      email: 'New.Official@Example.mn',
      role: 'organization-publisher',
    });
    expect(res.statusCode).toBe(303);
    expect((await admin.follow(res)).body).toContain('The invitation is sent.');
    expect(admin.lastBody).toContain('new.official@example.mn');

    const mail = await lastMailTo(ctx, 'new.official@example.mn');
    expect(mail?.subject).toContain('Ministry of Finance');
    expect(mail?.text).toContain('http://shilen.test/invitations/');
    const token = invitationToken(mail!.text);
    expect((await lastAudit(ctx, 'organization.invite-member'))?.details).toMatchObject({
      email: 'new.official@example.mn',
      role: 'organization-publisher',
    });

    const person = new TestClient(app);
    const page = await person.get(`/invitations/${token}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ministry of Finance');
    expect(page.body).toContain('Publisher');
    expect(page.body).toContain('Create your account');

    const bad = await person.submit(`/invitations/${token}`, { displayName: '', password: 'short' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#displayName"');
    expect(bad.body).toContain('href="#password"');

    const accepted = await person.submit(`/invitations/${token}`, {
      displayName: 'Болд Дорж',
      password: 'a long enough passphrase',
    });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe(
      `/account/two-factor?next=${encodeURIComponent(`/admin?joined=${ORG}`)}`,
    );
    expect(person.cookies.has('sid')).toBe(true);
    expect((await person.follow(accepted)).statusCode).toBe(200);

    const grant = await activeGrant(ctx, 'new.official@example.mn', 'organization-publisher', ORG);
    expect(grant?.grantedBy).toBe(admin.userId);
    const [user] = await ctx.db.query<{ verified: boolean }>(
      sql`select email_verified_at is not null as verified from users where email = 'new.official@example.mn'`,
    );
    expect(user?.verified).toBe(true);
    expect((await lastAudit(ctx, 'organization.accept-invitation'))?.details).toMatchObject({
      organization: ORG,
      newAccount: true,
    });

    // The link is spent; the account signs in with its password and is sent to set up TOTP.
    expect((await new TestClient(app).get(`/invitations/${token}?lang=en`)).statusCode).toBe(410);
    const again = new TestClient(app);
    await again.get('/sign-in');
    const signIn = await again.submit('/sign-in', {
      email: 'new.official@example.mn',
      password: 'a long enough passphrase',
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toContain('/account/two-factor');
  });

  it('grants the role to the invited address when it is the one signed in', async () => {
    const admin = await adminOf(ORG);
    const citizen = await signedInAs(app, ctx, { secondFactor: false });
    const [{ email }] = (await ctx.db.query<{ email: string }>(
      sql`select email from users where id = ${citizen.userId}`,
    )) as [{ email: string }];
    const token = await inviteAndGetToken(admin, email, 'organization-responder');

    const page = await citizen.get(`/invitations/${token}?lang=en`);
    expect(page.body).toContain('Accept the invitation');
    const res = await citizen.submit(`/invitations/${token}`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/account/two-factor');
    expect(await activeGrant(ctx, email, 'organization-responder', ORG)).toBeDefined();
  });

  it('refuses someone signed in with another address, and asks an existing account to sign in', async () => {
    const admin = await adminOf(ORG);
    const owner = await signedInAs(app, ctx);
    const [{ email }] = (await ctx.db.query<{ email: string }>(
      sql`select email from users where id = ${owner.userId}`,
    )) as [{ email: string }];
    const token = await inviteAndGetToken(admin, email);

    const stranger = await signedInAs(app, ctx);
    const page = await stranger.get(`/invitations/${token}?lang=en`);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('This invitation is for another address');
    expect(page.body).toContain(email);

    const anonymous = new TestClient(app);
    const signIn = await anonymous.get(`/invitations/${token}?lang=en`);
    expect(signIn.statusCode).toBe(409);
    expect(signIn.body).toContain(`/sign-in?next=${encodeURIComponent(`/invitations/${token}?lang=en`)}`);
    expect(await activeGrant(ctx, email, 'organization-publisher', ORG)).toBeUndefined();
  });

  it('says clearly when an invitation is expired, withdrawn or used, and grants nothing', async () => {
    const admin = await adminOf(ORG);
    const expired = await inviteAndGetToken(admin, 'late@example.mn');
    await ctx.db.query(sql`update one_time_tokens set expires_at = now() - interval '1 hour'
      where purpose = 'invitation' and email = 'late@example.mn'`);
    const person = new TestClient(app);
    const late = await person.get(`/invitations/${expired}?lang=en`);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('This invitation has expired');

    const withdrawn = await inviteAndGetToken(admin, 'withdrawn@example.mn');
    // The person has the form open while the administrator withdraws the invitation.
    const open = new TestClient(app);
    await open.get(`/invitations/${withdrawn}?lang=en`);
    const members = await admin.get(`/admin/organizations/${ORG}/members?lang=en`);
    const id = /invitations\/([0-9a-f]{16})\/withdraw/.exec(members.body)?.[1];
    const res = await admin.submit(`/admin/organizations/${ORG}/invitations/${id}/withdraw`, {});
    expect(res.statusCode).toBe(303);
    expect((await lastAudit(ctx, 'organization.withdraw-invitation'))?.details.email).toBe(
      'withdrawn@example.mn',
    );
    const post = await open.submit(`/invitations/${withdrawn}`, {
      displayName: 'Late',
      password: 'a long enough passphrase',
    });
    expect(post.statusCode).toBe(410);
    expect(post.body).toContain('This invitation was withdrawn');
    const gone = await person.get(`/invitations/${withdrawn}?lang=en`);
    expect(gone.statusCode).toBe(410);
    expect(await activeGrant(ctx, 'withdrawn@example.mn', 'organization-publisher', ORG)).toBeUndefined();

    expect((await person.get(`/invitations/${'x'.repeat(43)}?lang=en`)).statusCode).toBe(404);
  });

  it('lets a new invitation to the same address replace the pending one', async () => {
    const admin = await adminOf(ORG);
    const first = await inviteAndGetToken(admin, 'twice@example.mn');
    const second = await inviteAndGetToken(admin, 'twice@example.mn', 'organization-administrator');
    expect(first).not.toBe(second);
    expect((await new TestClient(app).get(`/invitations/${first}`)).statusCode).toBe(410);
    expect((await new TestClient(app).get(`/invitations/${second}`)).statusCode).toBe(200);
  });

  it('names each bad field, refuses national roles and reach beyond the administrator’s own', async () => {
    const admin = await adminOf(ORG);
    const res = await invite(admin, ORG, { email: 'not-an-address', role: 'platform-administrator' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('National roles are granted by a platform administrator');

    const narrow = await adminOf('government');
    const wide = await invite(narrow, 'government', {
      email: 'wide@example.mn',
      role: 'organization-publisher',
      includeSubOrganizations: '1',
    });
    expect(wide.statusCode).toBe(422);
    expect(wide.body).toContain('href="#includeSubOrganizations"');
    expect(await lastMailTo(ctx, 'wide@example.mn')).toBeUndefined();
  });

  it('lets an invitation lapse when its sender can no longer grant the role', async () => {
    const admin = await adminOf(ORG);
    const token = await inviteAndGetToken(admin, 'orphan@example.mn');
    await ctx.db.query(sql`update role_grants set revoked_at = now() where user_id = ${admin.userId}`);
    const person = new TestClient(app);
    await person.get(`/invitations/${token}`);
    const res = await person.submit(`/invitations/${token}?lang=en`, {
      displayName: 'Orphan',
      password: 'a long enough passphrase',
    });
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('no longer grant this role');
    const [user] = await ctx.db.query(sql`select id from users where email = 'orphan@example.mn'`);
    expect(user).toBeUndefined();
  });

  it('bounds how many invitations one administrator sends in an hour', async () => {
    const admin = await adminOf('ministry-of-labour');
    await admin.get('/admin/organizations/ministry-of-labour/members?lang=en');
    const token = admin.csrf();
    for (let i = 0; i < 50; i++) {
      const res = await admin.submit(
        '/admin/organizations/ministry-of-labour/invitations',
        { email: `bulk-${i}@example.mn`, role: 'organization-publisher' },
        { csrf: token },
      );
      expect(res.statusCode).toBe(303);
    }
    const res = await admin.submit(
      '/admin/organizations/ministry-of-labour/invitations',
      { email: 'bulk-50@example.mn', role: 'organization-publisher' },
      { csrf: token },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('too many invitations in the last hour');
    expect(await lastMailTo(ctx, 'bulk-50@example.mn')).toBeUndefined();
  });
});
