import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { sql } from '../../platform/db/sql.ts';
import { documentsAndImages } from '../../platform/files/index.ts';
import { networkOf } from './allowance.ts';

const { app, ctx } = await createTestApp();

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const fields = { kind: 'complaint', category: 'roads', aimag: '85', subject: 'Bridge out', body: 'Photos.' };

/** A picture of `size` bytes, each with bytes of its own (files are stored once per content). */
let made = 0;
function picture(size: number) {
  made += 1;
  const content = new Uint8Array(size);
  content.set(PNG);
  content.fill(made % 251, PNG.length);
  return { name: `photo-${made}.png`, content, type: 'image/png' };
}

const counts = async () =>
  (
    await ctx.db.query<{ cases: number; files: number }>(sql`select
      (select count(*)::int from feedback_cases) as cases, (select count(*)::int from files) as files`)
  )[0]!;

describe('attachments of cases filed without signing in', () => {
  test('add up to a daily quota of stored bytes per network address; over it, a message on the field', async () => {
    const quota = ctx.country.feedback.anonymousUploadBytesPerDay;
    // As large as one attachment may be, give or take: a few of them fill the day's quota.
    const size = documentsAndImages.maxBytes - 4096;
    const fit = Math.floor(quota / size);
    expect(fit).toBeGreaterThan(0);
    expect(fit).toBeLessThan(5);

    const visitor = new TestClient(app);
    await visitor.get('/feedback/new?lang=en');
    const first = await visitor.upload('/feedback/new', fields, {
      attachments: Array.from({ length: fit }, () => picture(size)),
    });
    expect(first.statusCode, first.body.slice(0, 300)).toBe(303);

    const before = await counts();
    await visitor.get('/feedback/new?lang=en');
    const over = await visitor.upload('/feedback/new', fields, { attachments: picture(size) });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('id="attachments-error"');
    expect(over.body).toContain('today’s limit for files sent without signing in');
    expect(await counts()).toEqual(before);

    // What is left of the day still fits, to the byte; then nothing more does.
    const left = quota - fit * size;
    const exact = await visitor.upload('/feedback/new', fields, { attachments: picture(left) });
    expect(exact.statusCode, exact.body.slice(0, 300)).toBe(303);
    await visitor.get('/feedback/new?lang=en');
    const tiny = await visitor.upload('/feedback/new', fields, { attachments: picture(PNG.length) });
    expect(tiny.statusCode).toBe(422);
    // A case without files is still taken from the same address.
    const plain = await visitor.upload('/feedback/new', fields, {});
    expect(plain.statusCode).toBe(303);

    // A signed-in citizen, answerable for their account, is not counted against the address.
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    await citizen.get('/feedback/new?lang=en');
    const signedIn = await citizen.upload('/feedback/new', fields, { attachments: picture(size) });
    expect(signedIn.statusCode, signedIn.body.slice(0, 300)).toBe(303);
  });

  test('a network address is an IPv4 address, or the /64 of an IPv6 one', () => {
    expect(networkOf('203.0.113.9')).toBe('203.0.113.9');
    expect(networkOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(networkOf('2001:db8:12:34:a:b:c:d')).toBe('2001:db8:12:34::/64');
    expect(networkOf('2001:0db8:0012:0034::1')).toBe(networkOf('2001:db8:12:34:ffff::2'));
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('2001:db8:12:35::1')).not.toBe(networkOf('2001:db8:12:34::1'));
  });
});
