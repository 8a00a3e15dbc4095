import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { recordAuditNow } from '../../platform/audit/audit.ts';
import { sql } from '../../platform/db/sql.ts';
import { createAdministrationApp, lastAudit } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();

// A few entries to search: two by a known account, one with Cyrillic and a formula in its details.
const author = await signedInAs(app, ctx, {
  role: 'organization-publisher',
  organization: 'ministry-of-finance',
});
const [{ email: authorEmail }] = (await ctx.db.query<{ email: string }>(
  sql`select email from users where id = ${author.userId}`,
)) as [{ email: string }];
await recordAuditNow(ctx.db, {
  actor: { label: `user:${author.userId}`, userId: author.userId },
  role: 'organization-publisher',
  action: 'organizations.update',
  subject: { type: 'organization', id: 'ministry-of-finance' },
  ip: '203.0.113.7',
  requestId: 'req-one',
  details: { phone: { from: null, to: '+976 11 26 1234' }, note: 'Сангийн ЯАМ утас' },
});
await recordAuditNow(ctx.db, {
  actor: { label: `user:${author.userId}`, userId: author.userId },
  action: 'organizations.update',
  subject: { type: 'organization', id: 'ministry-of-energy' },
  details: { address: { to: '=HYPERLINK("http://evil")' } },
});
await recordAuditNow(ctx.db, {
  actor: { label: 'system:import', userId: null },
  action: 'organizations.import',
  subject: { type: 'organization', id: '=1+2' },
});
await recordAuditNow(ctx.db, {
  actor: { label: 'system:cli', userId: null },
  action: 'accounts.sign-up',
  subject: { type: 'user', id: 1 },
  at: new Date('2031-01-01T00:00:00Z'),
});

describe('the audit view', () => {
  it('refuses citizens and organisation officials', async () => {
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get('/admin/audit')).statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    expect((await publisher.get('/admin/audit')).statusCode).toBe(403);
    expect((await publisher.get('/admin/audit.csv')).statusCode).toBe(403);
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-finance',
    });
    expect((await admin.get('/admin/audit')).statusCode).toBe(403);
  });

  it('shows an anti-corruption officer entries newest first, filtered, and records each look', async () => {
    const officer = await signedInAs(app, ctx, { role: 'anti-corruption-officer' });
    const all = await officer.get('/admin/audit?lang=en');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('accounts.sign-up');
    expect(all.body).toContain('203.0.113.7');
    expect(all.body).toContain('req-one');
    expect(all.body.indexOf('accounts.sign-up')).toBeLessThan(all.body.indexOf('organizations.update'));

    const byEmail = await officer.get(
      `/admin/audit?lang=en&actor=${encodeURIComponent(authorEmail.toUpperCase())}`,
    );
    expect(byEmail.body).toContain('ministry-of-energy');
    expect(byEmail.body).not.toContain('accounts.sign-up');

    const bySubject = await officer.get(
      '/admin/audit?lang=en&subjectType=organization&subjectId=ministry-of-energy',
    );
    expect(bySubject.body).toContain('HYPERLINK');
    expect(bySubject.body).not.toContain('req-one');

    const byText = await officer.get(`/admin/audit?lang=en&text=${encodeURIComponent('сангийн яам')}`);
    expect(byText.body).toContain('req-one');
    expect(byText.body).not.toContain('HYPERLINK');

    const byArea = await officer.get('/admin/audit?lang=en&action=accounts');
    expect(byArea.body).toContain('accounts.sign-up');
    expect(byArea.body).not.toContain('req-one');

    const byDate = await officer.get(
      '/admin/audit?lang=en&from=2030-12-31&to=2031-01-01&action=accounts.sign-up',
    );
    expect(byDate.body).toContain('accounts.sign-up');
    const before = await officer.get('/admin/audit?lang=en&to=2030-01-01&action=accounts.sign-up');
    expect(before.body).toContain('No entries match these filters');

    const badDate = await officer.get('/admin/audit?lang=en&from=2031-02-30');
    expect(badDate.statusCode).toBe(200);
    expect(badDate.body).toContain('href="#from"');
    expect(badDate.body).toContain('this filter was not applied');

    const entry = await lastAudit(ctx, 'audit.read');
    expect(entry).toMatchObject({ actor: `user:${officer.userId}`, role: 'anti-corruption-officer' });
    expect(entry?.details).toMatchObject({ format: 'html', filters: {} });
    const [{ n }] = (await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'audit.read' and actor = ${`user:${officer.userId}`}`,
    )) as [{ n: number }];
    expect(n).toBe(8);
    const filtered = await ctx.db.query<{ details: { filters: Record<string, string> } }>(
      sql`select details from audit_log where action = 'audit.read' and details -> 'filters' ->> 'subjectId' = 'ministry-of-energy'`,
    );
    expect(filtered[0]?.details.filters).toEqual({
      subjectType: 'organization',
      subjectId: 'ministry-of-energy',
    });
  });

  it('pages by keyset: older entries follow the last one shown', async () => {
    const committee = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    for (let i = 0; i < 55; i++)
      await recordAuditNow(ctx.db, {
        actor: { label: 'system:test', userId: null },
        action: 'test.fill',
        details: { i },
      });
    const first = await committee.get('/admin/audit?lang=en&action=test.fill');
    const older = /href="([^"]*before=\d+[^"]*)"/.exec(first.body)?.[1]?.replaceAll('&amp;', '&');
    expect(older).toBeDefined();
    expect(first.body).toContain('{&quot;i&quot;:54}');
    const second = await committee.get(older!);
    expect(second.body).toContain('{&quot;i&quot;:4}');
    expect(second.body).not.toContain('{&quot;i&quot;:54}');
    expect(second.body).toContain('Newest');
  });

  it('downloads the filtered result as CSV, guarded against formulas, and records the download', async () => {
    const officer = await signedInAs(app, ctx, { role: 'anti-corruption-officer' });
    const res = await officer.get('/admin/audit.csv?subjectType=organization');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(
      'seq,at,actor,actor_email,role,action,subject_type,subject_id,purpose,ip,request_id,details',
    );
    expect(lines).toHaveLength(4);
    expect(res.body).toContain(",'=1+2,");
    expect(res.body).toContain(authorEmail);
    expect(res.body).not.toContain('accounts.sign-up');
    expect(res.body).toContain('HYPERLINK');
    expect((await lastAudit(ctx, 'audit.read'))?.details).toMatchObject({
      format: 'csv',
      filters: { subjectType: 'organization' },
    });
  });
});
