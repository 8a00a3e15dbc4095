import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { TestClient } from '../../../test/support/client.ts';
import { sql } from '../../platform/db/sql.ts';

const { app, ctx } = await createTestApp();

/** A citizen with the case form open, and the form's submission id. */
async function openForm(): Promise<{ citizen: TestClient; submissionId: string }> {
  const citizen = new TestClient(app);
  const form = await citizen.get('/feedback/new?lang=en');
  return { citizen, submissionId: /name="submissionId" value="([^"]+)"/.exec(form.body)?.[1] ?? '' };
}

describe('the case form’s location field', () => {
  test('works without JavaScript: aimag and soum selects, the soums under their aimag, the map left to the script', async () => {
    const page = await new TestClient(app).get('/feedback/new?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<select id="aimag" name="aimag"');
    expect(page.body).toContain('<select id="soum" name="soum"');
    expect(page.body).toContain('<optgroup label="Ulaanbaatar">');
    expect(page.body).toContain('<option value="1101" data-parent="11">Baganuur</option>');
    expect(page.body).toMatch(/<script src="\/assets\/location-picker\.[0-9a-f]{10}\.js" defer><\/script>/);
    expect(page.body).toContain('<div class="location-map" hidden></div>');
    const script = /src="(\/assets\/location-picker\.[0-9a-f]{10}\.js)"/.exec(page.body)?.[1] ?? '';
    const asset = await app.inject({ method: 'GET', url: script });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    const leaflet = /data-leaflet="([^"]+)"/.exec(page.body)?.[1] ?? '';
    expect((await app.inject({ method: 'GET', url: leaflet })).statusCode).toBe(200);
  });

  test('a soum of another aimag is refused with a message on the soum field, beside the case’s other problems; nothing is stored', async () => {
    const [before] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from feedback_cases`);
    const { citizen, submissionId } = await openForm();
    const res = await citizen.submit('/feedback/new?lang=en', {
      submissionId,
      kind: 'complaint',
      category: 'land',
      aimag: '83',
      soum: '1101',
      subject: '',
      body: 'The road is closed.',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<a href="#soum">Baganuur is not in Bayan-Ölgii');
    expect(res.body).toContain('Enter a subject');
    expect(res.body).toContain('<option value="1101" data-parent="11" selected>Baganuur</option>');
    const [after] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from feedback_cases`);
    expect(after?.n).toBe(before?.n);
  });

  test('a district alone places the case in its aimag', async () => {
    const { citizen, submissionId } = await openForm();
    const res = await citizen.submit('/feedback/new', {
      submissionId,
      kind: 'complaint',
      category: 'land',
      soum: '1101',
      lat: '47.78',
      lon: '108.37',
      subject: 'Pasture fenced',
      body: 'The common pasture is fenced off.',
    });
    expect(res.statusCode).toBe(303);
    const [row] = await ctx.db.query<{ aimag: string; soum: string; lat: number }>(
      sql`select aimag_code as aimag, soum_code as soum, lat from feedback_cases where subject = 'Pasture fenced'`,
    );
    expect(row).toEqual({ aimag: '11', soum: '1101', lat: 47.78 });
  });
});
