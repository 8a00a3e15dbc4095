import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { sql } from '../db/sql.ts';
import { gadgetsApp } from './test-support.ts';

let { app, ctx, moderator, nameOf } = {} as Awaited<ReturnType<typeof gadgetsApp>>;
beforeAll(async () => {
  ({ app, ctx, moderator, nameOf } = await gadgetsApp());
});

describe('formRoute', () => {
  it('shows the form with the record’s values and a CSRF field', async () => {
    const res = await moderator.get('/gadgets/1/rename?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Rename gadget — ');
    expect(res.body).toContain('name="_csrf"');
    expect(res.body).toMatch(/<input id="name" name="name" type="text" value="Kettle">/);
    expect(res.body).not.toContain('error-summary');
  });

  it('commits a valid form and answers 303 to where the declaration says, audited with the request’s metadata', async () => {
    await moderator.get('/gadgets/1/rename?lang=en');
    const res = await moderator.submit('/gadgets/1/rename', { name: 'Samovar', note: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/gadgets/1');
    expect(await nameOf(1)).toBe('Samovar');
    const [entry] = await ctx.db.query<{ role: string; request_id: string; details: unknown }>(
      sql`select role, request_id, details from audit_log where subject_type = 'gadget' and subject_id = '1'`,
    );
    expect(entry).toEqual({
      role: 'moderator',
      request_id: res.headers['x-request-id'],
      details: { from: 'Kettle', to: 'Samovar' },
    });
  });

  it('shows a refused form again: 422, error summary linked to the field, prefixed title, values kept', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const res = await moderator.submit('/gadgets/2/rename', { name: 'lamp', note: 'kept note' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<title>Error: Rename gadget — ');
    expect(res.body).toMatch(
      /class="error-summary"[\s\S]*<a href="#name">Start the name with a capital letter, as in Lamp<\/a>/,
    );
    expect(res.body).toContain(
      '<p class="error-message" id="name-error">Start the name with a capital letter',
    );
    expect(res.body).toMatch(/<input id="name" name="name" type="text" value="lamp" aria-describedby/);
    expect(res.body).toContain('value="kept note"');
    expect(await nameOf(2)).toBe('Toaster');
  });

  it('shows what fails the body schema as field problems on the form, in the reader’s language', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const long = await moderator.submit('/gadgets/2/rename', { name: 'L'.repeat(41) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toMatch(/<a href="#name">Use at most 40 characters<\/a>/);
    expect(long.body).toContain(`value="${'L'.repeat(41)}"`);
    await moderator.get('/gadgets/2/rename?lang=mn');
    const missing = await moderator.submit('/gadgets/2/rename', { note: 'no name' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('<title>Алдаа: Нэр солих — ');
    expect(missing.body).toMatch(/<a href="#name">Энэ талбарыг бөглөнө үү<\/a>/);
    expect(missing.body).toContain('value="no name"');
    expect(await nameOf(2)).toBe('Toaster');
  });

  it('refuses a form without its CSRF token, and keeps the declared access on both routes', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const forged = await moderator.submit('/gadgets/2/rename', { name: 'Forged' }, { csrf: null });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('The form has expired or did not come from this site');
    expect(await nameOf(2)).toBe('Toaster');

    const visitor = new TestClient(app);
    const asked = await visitor.get('/gadgets/2/rename');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/sign-in?next=%2Fgadgets%2F2%2Frename');
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await citizen.get('/gadgets/2/rename')).statusCode).toBe(403);
    expect((await moderator.get('/gadgets/9/rename')).statusCode).toBe(404);
    await moderator.get('/gadgets/2/rename');
    expect((await moderator.submit('/gadgets/9/rename', { name: 'Ghost' })).statusCode).toBe(404);
  });
});

describe('apiCommandRoute', () => {
  it('answers 201 with Location, or 422 problem+json naming the body field', async () => {
    const { token } = await createApiToken(ctx.db, {
      userId: moderator.userId,
      organizationId: null,
      name: 'gadgets',
      scopes: ['gadgets.rename'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: moderator.userId,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/gadgets/2/name',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const made = await post({ name: 'Radio' });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('/gadgets/2');
    expect(made.json()).toEqual({ id: 2, name: 'Radio' });
    expect(await nameOf(2)).toBe('Radio');

    const refused = await post({ name: 'radio' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'body.name', message: 'Start the name with a capital letter, as in Lamp' }],
    });
    const malformed = await post({ note: 'no name' });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors).toEqual([{ field: 'body.name', message: expect.any(String) }]);
    expect(await nameOf(2)).toBe('Radio');
  });
});
