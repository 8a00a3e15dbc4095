import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { transferCase } from './respond.ts';
import { fileCase, meta, staffActor } from './test-support.ts';

const { app, ctx } = await createTestApp();

async function file(subject: string, body: string): Promise<string> {
  return (await fileCase(ctx, { category: 'utilities', aimag: '81', subject, body })).number;
}

describe('possible duplicates in the responder console', () => {
  test('show only cases of organisations the responder works for', async () => {
    // Three alike cases of one category and aimag; one goes on to another organisation.
    const own = await file(
      'Heating off in dormitory 3',
      'Dormitory 3 of the college has had no heating since Friday.',
    );
    const sameOrg = await file(
      'Heating off in dormitory 3!',
      'No heating in dormitory 3 of the college since Friday.',
    );
    const moved = await file(
      'Heating off in dormitory 3, room 12',
      'No heating in dormitory 3 since Friday; my child in room 12 is ill.',
    );
    const head = await staffActor(ctx, 'organization-administrator', 'governor-zavkhan');
    const transferred = await transferCase(
      ctx,
      head,
      moved,
      { organization: 'ministry-of-energy', reason: 'Heating is the ministry’s' },
      meta(),
    );
    expect(transferred.ok).toBe(true);

    const responder = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'governor-zavkhan',
    });
    const page = await responder.get(`/feedback/console/cases/${own}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(sameOrg);
    expect(page.body).not.toContain(moved);
    expect(page.body).not.toContain('room 12');

    // The other organisation's responder sees its own case's duplicates in the same way.
    const ministry = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'ministry-of-energy',
    });
    const theirs = await ministry.get(`/feedback/console/cases/${moved}?lang=en`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain(own);
    expect(theirs.body).not.toContain(sameOrg);
    expect(theirs.body).toContain('No similar case in the same category and place.');

    // A platform administrator works on every organisation's cases and sees all of them.
    const admin = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const all = await admin.get(`/feedback/console/cases/${own}?lang=en`);
    expect(all.body).toContain(sameOrg);
    expect(all.body).toContain(moved);
  });
});
