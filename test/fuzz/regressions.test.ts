import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers.ts';
import { signedInAs } from '../support/actors.ts';
import { JSON_BODY, postBody } from '../support/client.ts';

/** What the route fuzz found, replayed by hand: each answered 5xx (or the wrong format) before its fix. */
const { app, ctx } = await createTestApp();

describe('fuzz findings', () => {
  it('a console action on a case that does not exist is a 404 page, not a 500', async () => {
    const official = await signedInAs(app, ctx, { role: 'platform-administrator' });
    for (const action of ['answer', 'note', 'close']) {
      await official.get('/account');
      const res = await official.submit(`/feedback/console/cases/0000-000000-0/${action}?lang=en`, {
        text: 'x',
      });
      expect(res.statusCode, action).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it('an integer parameter written as 1e309 (Infinity once coerced) is a 400 naming it, not a 500', async () => {
    for (const url of ['/api/v1/plans/commitments/1e309/comments', '/api/v1/organizations?page=1e309']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].field).toMatch(/^(params\.id|query\.page)$/);
    }
    const json = await postBody(app, '/api/3/action/package_search', JSON_BODY, '{"rows":1e309}');
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toContain('body.rows');
  });

  it('the sign-in redirect of a long address keeps its Location within what clients read (next ≤ 2,000)', async () => {
    const query = ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => `${k}=${'%25'.repeat(600)}`).join('&');
    const res = await app.inject({ method: 'GET', url: `/feedback/operator?${query}` });
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location.length).toBeLessThan(2_100);
    expect(location).toBe(`/sign-in?next=${encodeURIComponent('/feedback/operator')}`);
    const short = await app.inject({ method: 'GET', url: '/feedback/operator?a=1' });
    expect(short.headers.location).toBe(`/sign-in?next=${encodeURIComponent('/feedback/operator?a=1')}`);
  });
});
