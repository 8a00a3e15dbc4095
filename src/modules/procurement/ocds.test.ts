import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { loadProcurementDemo } from './demo.ts';
import { checkRelease } from './import/check.ts';
import { compileReleases, type JsonObject } from './ocds/merge.ts';
import { BIDS_EXTENSION, releaseValidator } from './ocds/standard.ts';
import { apiPages, everyReleasePackage, exampleReleasePackage, publish } from './test-support.ts';

/**
 * What the API and the bulk files produce, checked with the project's own encoding of OCDS 1.1
 * (`ocds/schema.ts`). The comparison with the official schemas, codelists and samples is in
 * the `ocds-*.conformance.test.ts` files (`npm run test:conformance`).
 */
const { app, ctx } = await createTestApp();
await loadProcurementDemo(ctx);
const example = exampleReleasePackage();
const exampleReleases = example.releases as JsonObject[];
const exampleOcid = exampleReleases[0]!.ocid as string;
const imported = await publish(ctx, exampleReleases);
if (!imported.committed) throw new Error(JSON.stringify(imported.problems.slice(0, 3)));

const validate = releaseValidator();
/** The releases the own encoding refuses, each with its first errors. */
const invalid = (releases: readonly JsonObject[]) =>
  releases.flatMap((r) => {
    const id = r.id;
    return validate(r) ? [] : [`${id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`];
  });

describe('OCDS out, checked with the own encoding', () => {
  it('every release of the API, page by page through links.next, is a valid release', async () => {
    const seen = await everyReleasePackage(app, ctx.db, (body) => {
      expect(body).toMatchObject({ version: '1.1', extensions: [BIDS_EXTENSION] });
      expect(invalid(body.releases as JsonObject[])).toEqual([]);
    });
    expect(seen.packages).toBeGreaterThan(2);
    expect(seen.releases).toBe(seen.stored);
  });

  it('every record’s compiled release is a valid release tagged compiled', async () => {
    let records = 0;
    for await (const body of apiPages(app, '/api/v1/procurement/records?limit=300')) {
      const compiled = (body.records as JsonObject[]).map((r) => r.compiledRelease as JsonObject);
      expect(invalid(compiled)).toEqual([]);
      for (const c of compiled) expect(c.tag).toEqual(['compiled']);
      records += compiled.length;
    }
    expect(records).toBeGreaterThan(800);
  });

  it('the bulk file of a year is one release package of that year’s releases, streamed', async () => {
    const res = await app.inject({ url: '/procurement/ocds/releases-2025.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('releases-2025.json');
    const body = res.json();
    expect(body.releases.length).toBeGreaterThan(2000);
    expect(invalid(body.releases)).toEqual([]);
    for (const r of body.releases) expect(r.date.startsWith('2025')).toBe(true);
    // No package can be empty (the schemas want at least one release or record): 404 instead.
    expect((await app.inject({ url: '/procurement/ocds/releases-1999.json' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/procurement/releases?year=1999' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/procurement/records?after=99999999' })).statusCode).toBe(404);
  });

  it('a whole process comes back out as it went in: releases unchanged, the record compiled from them', async () => {
    const out = (await app.inject({ url: `/api/v1/procurement/releases?ocid=${exampleOcid}` })).json();
    expect(out.releases).toEqual(exampleReleases);
    const record = (await app.inject({ url: `/api/v1/procurement/records/${exampleOcid}` })).json();
    expect(record.records[0].compiledRelease).toEqual(compileReleases(exampleReleases));
    expect(checkRelease(record.records[0].compiledRelease, 'compiled')).toEqual([]);
  });
});
