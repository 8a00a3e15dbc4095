import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { sql } from '../../platform/db/sql.ts';

// Who sees a case's files (moved from intake.test.ts; the daily quota is in attachments.test.ts,
// on an app of its own so that these uploads do not count against it).
const { app, ctx } = await createTestApp();

describe('attachments', () => {
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  ]);
  const fields = {
    kind: 'complaint',
    category: 'roads',
    aimag: '82',
    subject: 'Broken bridge',
    body: 'See the photo.',
  };

  test('a photo is kept with the case, seen by the submitter and the organisation only; disguised, empty or oversized files are refused with nothing stored', async () => {
    const citizen = new TestClient(app);
    await citizen.get('/feedback/new?lang=en');
    const before = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from feedback_cases`);
    const disguised = await citizen.upload('/feedback/new', fields, {
      attachments: { name: 'photo.jpg', content: '%PDF-1.4\n%%EOF\n', type: 'image/jpeg' },
    });
    expect(disguised.statusCode).toBe(422);
    expect(disguised.body).toContain('A file cannot be accepted');
    const script = await citizen.upload('/feedback/new', fields, {
      attachments: {
        name: 'x.svg',
        content: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        type: 'image/svg+xml',
      },
    });
    expect(script.statusCode).toBe(422);
    const empty = await citizen.upload('/feedback/new', fields, {
      attachments: { name: 'a.png', content: new Uint8Array(), type: 'image/png' },
    });
    expect(empty.statusCode).toBe(422);
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(PNG);
    const oversized = await citizen.upload('/feedback/new', fields, {
      attachments: { name: 'big.png', content: big, type: 'image/png' },
    });
    expect(oversized.statusCode).toBe(422);
    const after = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from feedback_cases`);
    expect(after[0]?.n).toBe(before[0]?.n);

    const ok = await citizen.upload('/feedback/new', fields, {
      attachments: { name: 'мост.png', content: PNG, type: 'image/png' },
    });
    expect(ok.statusCode, ok.body.slice(0, 500)).toBe(303);
    const page = await citizen.follow(ok);
    const link = /href="(\/feedback\/follow\/[^"]+\/files\/[0-9a-f-]{36})"/.exec(page.body)?.[1] ?? '';
    expect(link).not.toBe('');
    const own = await citizen.get(link);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    const number = /Case (\d{4}-\d{6}-\d)/.exec(page.body)?.[1] ?? '';
    const fileId = link.split('/').pop();
    const staff = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'governor-govi-altai',
    });
    expect((await staff.get(`/feedback/console/cases/${number}/files/${fileId}`)).statusCode).toBe(200);
    const other = await signedInAs(app, ctx, {
      role: 'organization-responder',
      organization: 'ministry-of-energy',
    });
    expect((await other.get(`/feedback/console/cases/${number}/files/${fileId}`)).statusCode).toBe(403);
  });
});
