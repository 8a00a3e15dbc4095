import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { gadgetsApp, sendPhoto } from './test-support.ts';

let { app, ctx, moderator, nameOf } = {} as Awaited<ReturnType<typeof gadgetsApp>>;
beforeAll(async () => {
  ({ app, ctx, moderator, nameOf } = await gadgetsApp());
});

describe('formRoute besides a redirect', () => {
  it('shows the page of what happened, or redirects with a cookie to where the query said', async () => {
    const visitor = new TestClient(app);
    expect((await visitor.get('/knock/front')).body).toContain('value="Guest"');
    const done = await visitor.submit('/knock/front', { name: 'Ada' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('<title>Welcome — ');
    expect(done.body).toContain('Come in, Ada');
    await visitor.get('/knock-in/front?next=/garden');
    const redirected = await visitor.submit('/knock-in/front?next=/garden', { name: 'Ada' });
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toBe('/garden');
    expect(String(redirected.headers['set-cookie'])).toContain('knocked=Ada');
    expect((await visitor.get(`/knock-in/front?next=${'x'.repeat(21)}`)).statusCode).toBe(422);
  });

  it('answers 429 with Retry-After for too many attempts, and the refusal page of a whole refusal', async () => {
    const visitor = new TestClient(app);
    await visitor.get('/knock/front?lang=en');
    const busy = await visitor.submit('/knock/front', { name: 'Busy' });
    expect(busy.statusCode).toBe(429);
    expect(busy.headers['retry-after']).toBe('7');
    expect(busy.body).toContain('<title>Error: Knock — ');
    expect(busy.body).toMatch(/<a href="#name">Start the name with a capital letter, as in Ada<\/a>/);
    const wrong = await visitor.submit('/knock/front', { name: 'Bob' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.headers['retry-after']).toBeUndefined();
    const gone = await visitor.get('/knock/gone');
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('<title>Door gone — ');
    expect(gone.body).toContain('No door here');
    expect(gone.body).not.toContain('name="name"');
    await visitor.get('/knock/front');
    const posted = await visitor.submit('/knock/gone', { name: 'Ada' });
    expect(posted.statusCode).toBe(410);
    expect(posted.body).toContain('No door here');
  });
});

describe('formRoute options', () => {
  it('takes a file (uploads), sends its headers on every answer, reads its query', async () => {
    const shown = await moderator.get('/gadgets/1/photo?saved=x&lang=en');
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('private, no-store');
    expect(shown.body).toContain('<p>Saved</p>');
    expect((await moderator.get('/gadgets/1/photo?saved=toolong')).statusCode).toBe(422);
    await moderator.get('/gadgets/1/photo?lang=en');
    const none = await moderator.upload('/gadgets/1/photo', { caption: 'Kept' }, {});
    expect(none.statusCode).toBe(422);
    expect(none.headers['cache-control']).toBe('private, no-store');
    expect(none.body).toContain('<a href="#photo">Choose a photo</a>');
    expect(none.body).toContain('value="Kept"');
    const forged = await sendPhoto(moderator, 'x', 'k.png', { csrf: null });
    expect(forged.statusCode).toBe(403);
    await moderator.get('/gadgets/1/photo');
    const sent = await sendPhoto(moderator, 'Kettle', 'kettle.png');
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/gadgets/1/photo?saved=k');
  });

  it('opens a form by its own access when it declares one', async () => {
    const visitor = new TestClient(app);
    const shown = await visitor.get('/gadgets/1/photo');
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('name="_csrf"');
    await visitor.get('/gadgets/1/photo');
    const sent = await sendPhoto(visitor, 'x', 'a.png');
    expect(sent.statusCode).toBe(401);
  });

  it('lets a preHandler answer first, and registers only the POST of a form without its own GET', async () => {
    const refused = await moderator.get('/gadgets/2/photo');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('<h1>Not this one</h1>');
    expect((await moderator.get('/gadgets/1/rename/quick')).statusCode).toBe(404);
    await moderator.get('/gadgets/1/rename?lang=en');
    const bad = await moderator.submit('/gadgets/1/rename/quick', { name: 'quiet' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('<title>Error: Quick rename — ');
    expect(bad.body).toContain('<p>quiet</p>');
    await moderator.get('/gadgets/1/rename');
    const good = await moderator.submit('/gadgets/1/rename/quick', { name: 'Quiet' });
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe('/gadgets/1?quick=1');
  });
});

describe('formRoute shown at another page', () => {
  it('shows the form on that page with its access, and takes it at its own path', async () => {
    const visitor = new TestClient(app);
    const card = await visitor.get('/gadgets/1?lang=en');
    expect(card.statusCode).toBe(200);
    expect(card.body).toContain('<form method="post" action="/gadgets/1/card-name">');
    expect(card.body).toContain('<link rel="alternate" type="application/json" href="/api/v1/gadgets/1">');
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    await citizen.get('/gadgets/1');
    expect((await citizen.submit('/gadgets/1/card-name', { name: 'Lantern' })).statusCode).toBe(403);
    await moderator.get('/gadgets/1?lang=en');
    const refused = await moderator.submit('/gadgets/1/card-name?lang=en', { name: 'lantern' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('<title>Error: Gadget 1 — ');
    expect(refused.body).toContain('action="/gadgets/1/card-name"');
    expect(refused.body).toContain('<a href="#name">Start the name with a capital letter');
    const done = await moderator.submit('/gadgets/1/card-name', { name: 'Lantern' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/gadgets/1?renamed=1');
    expect(await nameOf(1)).toBe('Lantern');
    // The second form on the card: refused, the card again with its problem; taken, its redirect.
    await moderator.get('/gadgets/1?lang=en');
    const noted = await moderator.submit('/gadgets/1/card-note?lang=en', { name: 'lantern' });
    expect(noted.statusCode).toBe(422);
    expect(noted.body).toContain('<title>Error: Gadget 1 — ');
    expect(noted.body).toContain('action="/gadgets/1/card-note"');
    await moderator.get('/gadgets/1');
    expect((await moderator.submit('/gadgets/1/card-note', { name: 'Lamp' })).headers.location).toBe(
      '/gadgets/1?noted=1',
    );
  });
});
