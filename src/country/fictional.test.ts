import { describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../test/helpers.ts';
import { sql } from '../platform/db/sql.ts';

/**
 * The platform on the fictional pack: what the configuration chose reaches the database, the
 * registers and the pages, and nothing of Mongolia does.
 */
const ctx = await createTestContext(undefined, { country: 'xt' });
const { db } = ctx;
const { app } = await createTestApp({ ctx });

describe('a platform on the fictional pack', () => {
  it('seeds the pack’s administrative units and public bodies, and no other country’s', async () => {
    const units = await db.query<{ code: string }>(sql`select code from admin_units order by code`);
    expect(units.map((u) => u.code)).toEqual(['01', '0101', '02', '0201']);
    const bodies = await db.query<{ slug: string }>(sql`select slug from organizations order by slug`);
    expect(bodies.map((b) => b.slug)).toEqual(ctx.country.organizations.map((o) => o.slug).sort());
  });

  it('lists the pack’s bodies on the public register, in both languages', async () => {
    const en = await app.inject({ url: '/organizations?lang=en' });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Treasury of Testland');
    expect(en.body).not.toContain('Ministry of Finance');
    const mn = await app.inject({ url: '/organizations' });
    expect(mn.body).toContain('Сангийн газар');
  });

  it('tells SQL the pack’s time zone, so queries count days and months in it', async () => {
    const [row] = await db.query<{ zone: string }>(sql`select country_time_zone() as zone`);
    expect(row?.zone).toBe('Europe/Lisbon');
  });

  it('publishes the audit trail’s days in the pack’s time zone', async () => {
    const heads = (await app.inject({ url: '/audit/heads.json' })).json();
    expect(heads.timeZone).toBe('Europe/Lisbon');
  });
});
