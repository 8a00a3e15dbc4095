import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { standard } from '../../../../test/conformance/standards.ts';
import { createTestApp } from '../../../../test/helpers.ts';
import { buildStandardsFixture, type StandardsFixture } from './test-support.ts';

/**
 * The register's IATI activities against the official IATI 2.03 activities schema
 * (`../shared/standards/iati/iati-activities-schema.xsd` with the files it imports), checked with
 * xmllint (xmllint-wasm); and files broken on purpose, which the same check refuses.
 */
const file = (name: string) => ({
  fileName: name,
  contents: fs.readFileSync(standard('iati', name), 'utf8'),
});
const schema = file('iati-activities-schema.xsd');
const preload = [file('iati-common.xsd'), file('xml.xsd')];

async function xsd(xml: string) {
  const result = await validateXML({ xml: { fileName: 'activities.xml', contents: xml }, schema, preload });
  return { valid: result.valid, errors: result.errors.slice(0, 5).map((e) => e.message) };
}

const { app, ctx } = await createTestApp();
let fixture: StandardsFixture;
let bulk: string;

beforeAll(async () => {
  fixture = await buildStandardsFixture(ctx.db, ctx.country);
  const response = await app.inject({ method: 'GET', url: '/projects/iati-activities.xml' });
  expect(response.statusCode).toBe(200);
  bulk = response.body;
});

describe('the IATI activities validate against the official schema', () => {
  it('the bulk file of every loan and grant', async () => {
    expect(await xsd(bulk)).toEqual({ valid: true, errors: [] });
    expect(bulk.match(/<iati-activity /g)).toHaveLength(4);
  });

  it.each(['yen', 'dollar', 'grant', 'support'] as const)('the %s loan’s own file', async (which) => {
    const response = await app.inject({
      method: 'GET',
      url: `/projects/loans/${fixture.loans[which]}/iati.xml`,
    });
    expect(response.statusCode).toBe(200);
    expect(await xsd(response.body)).toEqual({ valid: true, errors: [] });
  });
});

describe('files broken on purpose are refused by the official schema', () => {
  const cases: [string, (xml: string) => string][] = [
    ['an activity without its identifier', (x) => x.replace(/<iati-identifier>[^<]*<\/iati-identifier>/, '')],
    [
      'the status before the participating organisations',
      (x) =>
        x.replace(
          /(<participating-org[\s\S]*?)(<activity-status code="\d"\/>)/,
          (_m, orgs: string, status: string) => `${status}${orgs}`,
        ),
    ],
    [
      'a transaction without its value',
      (x) => x.replace(/<value currency="JPY" value-date="[^"]*">[^<]*<\/value>/, ''),
    ],
    ['a date that is not a date', (x) => x.replace(/iso-date="2008-05-01"/, 'iso-date="1 May 2008"')],
    ['a rate with a percent sign', (x) => x.replace(/rate-1="0.2"/, 'rate-1="0.2%"')],
    ['two loan statuses', (x) => x.replace(/(<loan-status[\s\S]*?<\/loan-status>)/, '$1$1')],
    [
      'a grace-period element IATI does not have',
      (x) => x.replace('<repayment-type', '<grace-period months="120"/><repayment-type'),
    ],
    ['a file without activities', (x) => x.replace(/<iati-activity [\s\S]*<\/iati-activity>\n/, '')],
  ];
  it.each(cases)('%s', async (_name, change) => {
    const xml = change(bulk);
    expect(xml).not.toBe(bulk);
    expect((await xsd(xml)).valid).toBe(false);
  });
});
