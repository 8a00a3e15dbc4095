import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { auditHead, recordAuditNow } from './audit.ts';
import { GENESIS_HASH } from './chain.ts';
import { recordDailyHeads } from './heads.ts';
import { sampleEntry } from './test-support.ts';

const { app, ctx } = await createTestApp();
const zone = ctx.country.timeZone;
const { db } = ctx;

/** The page's text with the optional line breaks inside hashes taken out. */
const page = async (url: string) => {
  const res = await app.inject({ url });
  return {
    status: res.statusCode,
    body: res.body.replaceAll('<wbr>', ''),
    type: res.headers['content-type'],
  };
};

/** Whatever the entries hold that the page must never show. */
const ENTRY_CONTENTS = [
  'user:',
  'system:cli',
  'review of case',
  '203.0.113.',
  'req-',
  'organizations.update',
  'Засвар',
];

describe('/audit', () => {
  it('explains the chain and shows an empty trail before anything is recorded', async () => {
    const { status, body } = await page('/audit?lang=en');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<h1>Audit trail</h1>');
    expect(body).toContain('How to check it');
    expect(body).toContain('<code>shilen audit verify --heads heads.json</code>');
    expect(body).toContain(GENESIS_HASH);
    expect(body).toContain('No daily hash has been published yet');
  });

  it('shows the current head and the published days, newest first, thirty to a page, in both languages', async () => {
    const start = Date.UTC(2026, 0, 1, 2);
    for (let n = 1; n <= 36; n++)
      await recordAuditNow(db, sampleEntry(n, new Date(start + (n - 1) * 86_400_000)));
    await recordDailyHeads(db, new Date(start + 36 * 86_400_000), zone);
    const head = await auditHead(db);

    const en = await page('/audit?lang=en');
    expect(en.body).toContain(`<code class="hash">${head.hash}</code>`);
    expect(en.body).toContain('36 days');
    expect(en.body).toContain('<time datetime="2026-02-05">');
    expect(en.body).not.toContain('<time datetime="2026-01-06">');
    expect(en.body.indexOf('2026-02-05')).toBeLessThan(en.body.indexOf('2026-02-04'));
    expect(en.body).toMatch(/<a rel="next" href="\/audit\?lang=en&amp;page=2">/);
    expect(en.body.match(/<tr>/g)).toHaveLength(31);

    const second = await page('/audit?lang=en&page=2');
    expect(second.body).toContain('<time datetime="2026-01-01">');
    expect(second.body.match(/<tr>/g)).toHaveLength(7);

    const mn = await page('/audit?lang=mn');
    expect(mn.status).toBe(200);
    expect(mn.body).toContain('<html lang="mn">');
    expect(mn.body).toContain('<h1>Аудитын бүртгэл</h1>');
    expect(mn.body).toContain('Нийтлэгдсэн өдрийн хэшүүд');
    expect(mn.body).toContain(head.hash);

    for (const body of [en.body, second.body, mn.body])
      for (const secret of ENTRY_CONTENTS) expect(body).not.toContain(secret);
  });

  it('works without JavaScript: no script, every page a plain link', async () => {
    const { body } = await page('/audit?page=2');
    expect(body).not.toMatch(/<script/i);
    expect(body).toContain('<link rel="alternate" type="application/json" href="/audit/heads.json">');
  });

  it('ignores a page number that is not one', async () => {
    expect((await page('/audit?page=abc')).status).toBe(200);
    expect((await page('/audit?page=-4')).body).toContain('<time datetime="2026-02-05">');
  });
});

describe('/audit/heads.json', () => {
  it('gives machines every published head, oldest first, and the current head; no entry contents', async () => {
    const res = await app.inject({ url: '/audit/heads.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = res.json();
    expect(doc).toMatchObject({
      algorithm: 'sha256',
      genesis: GENESIS_HASH,
      timeZone: 'Asia/Ulaanbaatar',
      documentation: 'http://shilen.test/audit',
      current: await auditHead(db),
    });
    expect(doc.heads).toHaveLength(36);
    expect(doc.heads[0]).toMatchObject({ day: '2026-01-01', seq: 1 });
    expect(Object.keys(doc.heads[0]).sort()).toEqual(['day', 'hash', 'recordedAt', 'seq']);
    expect(doc.heads.at(-1)).toMatchObject({ day: '2026-02-05', seq: 36 });
    for (const secret of ENTRY_CONTENTS) expect(res.body).not.toContain(secret);
  });
});
