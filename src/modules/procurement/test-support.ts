import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type CountryPack, countryPackFor, defaultCountry } from '../../country/index.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { importOcdsFile, type OcdsImportOptions, type OcdsImportReport } from './import/run.ts';
import { buildReleases, type ProcessSpec, type SupplierSpec } from './ocds/build.ts';
import type { JsonObject } from './ocds/merge.ts';

/** Writes `text` to a temporary file (removed after `use`). */
export async function withFile<T>(name: string, text: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'shilen-ocds-test-'));
  const file = path.join(dir, name);
  await fs.promises.writeFile(file, text);
  try {
    return await use(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Publishes releases through the one import path, as line-delimited releases. */
export function publish(
  ctx: ModuleContext,
  releases: readonly unknown[],
  options: Partial<OcdsImportOptions> = {},
): Promise<OcdsImportReport> {
  return withFile('releases.ndjson', releases.map((r) => JSON.stringify(r)).join('\n'), (file) =>
    importOcdsFile(ctx, file, { actor: systemActor('test'), ...options }),
  );
}

let serial = 0;
export const supplier = (name: string, registered?: string): SupplierSpec => ({
  register: String(5_000_000 + ++serial),
  name,
  ...(registered ? { registered } : {}),
});

/** A clean open tender: three valid bids, the lowest wins on time, 30 days to bid. */
export function cleanSpec(ocid: string, overrides: Partial<ProcessSpec> = {}): ProcessSpec {
  const a = supplier(`Clean A ${ocid}`, '2010-01-01');
  const b = supplier(`Clean B ${ocid}`, '2011-01-01');
  const c = supplier(`Clean C ${ocid}`, '2012-01-01');
  return {
    ocid,
    buyer: { slug: 'ministry-of-health', name: 'Эрүүл мэндийн яам' },
    title: 'Эмнэлгийн тоног төхөөрөмж',
    method: 'open',
    category: 'goods',
    tenderStart: '2025-03-01T09:00:00Z',
    tenderEnd: '2025-03-31T09:00:00Z',
    tenderValue: 300_000_000,
    bids: [
      { supplier: a, amount: 250_000_000, date: '2025-03-20T10:00:00Z' },
      { supplier: b, amount: 270_000_000, date: '2025-03-21T10:00:00Z' },
      { supplier: c, amount: 290_000_000, date: '2025-03-22T10:00:00Z' },
    ],
    winner: 0,
    awardDate: '2025-04-10T10:00:00Z',
    dateSigned: '2025-04-20T10:00:00Z',
    contractValue: 250_000_000,
    ...overrides,
  };
}

/**
 * A limited tender of one bid whose contract is just under the disclosure threshold, all on one
 * day of 2025 (`MM-DD`): two of them to one supplier at one buyer close together are `split`.
 */
export const underThresholdSpec = (
  ocid: string,
  day: string,
  winner: SupplierSpec,
  buyer = 'ministry-of-energy',
): ProcessSpec =>
  cleanSpec(ocid, {
    buyer: { slug: buyer, name: buyer },
    method: 'limited',
    tenderValue: 79_000_000,
    bids: [{ supplier: winner, amount: 78_000_000, date: `2025-${day}T08:00:00Z` }],
    tenderStart: `2025-${day}T07:00:00Z`,
    tenderEnd: `2025-${day}T09:00:00Z`,
    awardDate: `2025-${day}T10:00:00Z`,
    dateSigned: `2025-${day}T11:00:00Z`,
    contractValue: 78_000_000,
  });

/** The pack the tests' configuration chooses (`SHILEN_COUNTRY`, as `testConfig` reads it). */
const testCountry = () => countryPackFor(process.env.SHILEN_COUNTRY?.trim() || defaultCountry);

/** The releases of `spec`, with the schemes and currency of the tests' country pack. */
export const releasesOf = (spec: ProcessSpec, country: CountryPack = testCountry()) =>
  buildReleases(spec, country);

/**
 * A release package of one whole process written for the tests (not taken from any published
 * file): planning, tender, a tender amendment, award, contract and implementation, with parties,
 * documents, milestones, items with classifications and units, amendments, transactions and a
 * related process — most of what OCDS 1.1 has.
 */
export function exampleReleasePackage(ocid = 'ocds-mn9999-road-0001'): JsonObject {
  const buyer = { id: 'MN-SHILEN-ORG-city', name: 'Нийслэлийн Засаг даргын Тамгын газар' };
  const supplierParty = { id: 'MN-SRN-6001234', name: 'Зам Барилга ХХК' };
  const parties = [
    {
      ...buyer,
      identifier: { scheme: 'MN-SHILEN-ORG', id: 'city', legalName: buyer.name },
      address: { streetAddress: 'Чингисийн талбай 1', locality: 'Улаанбаатар', countryName: 'Mongolia' },
      contactPoint: {
        name: 'Худалдан авах алба',
        email: 'tender@example.mn',
        url: 'https://example.mn/tender',
      },
      roles: ['buyer', 'procuringEntity', 'payer'],
    },
    {
      ...supplierParty,
      identifier: { scheme: 'MN-SRN', id: '6001234', legalName: supplierParty.name },
      roles: ['tenderer', 'supplier', 'payee'],
      details: { registrationDate: '2012-05-01' },
    },
  ];
  const value = (amount: number) => ({ amount, currency: 'MNT' });
  const items = [
    {
      id: '1',
      description: 'Замын хучилтын засвар',
      description_en: 'Road surface repair',
      classification: { scheme: 'CPV', id: '45233142', description: 'Road-repair works' },
      quantity: 12,
      unit: { scheme: 'UNCEFACT', id: 'KMT', name: 'km', value: value(80_000_000) },
    },
  ];
  const tender = {
    id: `${ocid}-tender`,
    title: 'Замын засвар, Баянзүрх дүүрэг',
    title_en: 'Road repair, Bayanzurkh district',
    status: 'active',
    procuringEntity: buyer,
    items,
    value: value(1_000_000_000),
    procurementMethod: 'open',
    procurementMethodDetails: 'Нээлттэй тендер',
    mainProcurementCategory: 'works',
    additionalProcurementCategories: ['consultingServices'],
    awardCriteria: 'priceOnly',
    submissionMethod: ['electronicSubmission'],
    tenderPeriod: { startDate: '2025-02-01T00:00:00Z', endDate: '2025-03-03T09:00:00Z' },
    enquiryPeriod: { startDate: '2025-02-01T00:00:00Z', endDate: '2025-02-20T00:00:00Z' },
    hasEnquiries: false,
    documents: [
      {
        id: 'notice',
        documentType: 'tenderNotice',
        title: 'Тендерийн зар',
        url: 'https://example.mn/docs/notice.pdf',
        datePublished: '2025-02-01T00:00:00Z',
        format: 'application/pdf',
        language: 'mn',
      },
    ],
    milestones: [
      {
        id: 'site-visit',
        title: 'Талбайн үзлэг',
        type: 'engagement',
        dueDate: '2025-02-10T02:00:00Z',
        status: 'scheduled',
      },
    ],
  };
  const base = (n: number, tag: string, date: string) => ({
    ocid,
    id: `${ocid}-0${n}-${tag}`,
    date,
    language: 'mn',
    tag: [tag],
    initiationType: 'tender',
    parties,
    buyer,
  });
  const award = {
    id: `${ocid}-award-1`,
    title: 'Гэрээ байгуулах эрх',
    status: 'active',
    date: '2025-03-20T03:00:00Z',
    value: value(950_000_000),
    suppliers: [supplierParty],
    items,
    contractPeriod: { startDate: '2025-04-15T00:00:00Z', endDate: '2025-10-15T00:00:00Z' },
  };
  const contract = {
    id: `${ocid}-contract-1`,
    awardID: award.id,
    title: 'Замын засварын гэрээ',
    status: 'active',
    period: { startDate: '2025-04-15T00:00:00Z', endDate: '2025-10-15T00:00:00Z', durationInDays: 183 },
    value: value(950_000_000),
    items,
    dateSigned: '2025-04-10T05:00:00Z',
    documents: [
      { id: 'contract', documentType: 'contractSigned', url: 'https://example.mn/docs/contract.pdf' },
    ],
    relatedProcesses: [
      { id: '1', relationship: ['framework'], scheme: 'ocid', identifier: 'ocds-mn9999-fw-0001' },
    ],
  };
  const releases = [
    {
      ...base(1, 'planning', '2025-01-10T00:00:00Z'),
      planning: {
        rationale: 'Хотын замын сүлжээний засвар',
        budget: {
          id: 'BL-2025-17',
          description: 'Орон нутгийн хөгжлийн сан',
          amount: value(1_200_000_000),
          projectID: 17,
        },
        milestones: [
          { id: 'approval', title: 'Төсөв батлагдсан', dateMet: '2025-01-05T00:00:00Z', status: 'met' },
        ],
      },
      tender: { ...tender, status: 'planning' },
    },
    { ...base(2, 'tender', '2025-02-01T00:00:00Z'), tender },
    {
      ...base(3, 'tenderAmendment', '2025-02-15T00:00:00Z'),
      tender: {
        ...tender,
        tenderPeriod: { startDate: '2025-02-01T00:00:00Z', endDate: '2025-03-10T09:00:00Z' },
        amendments: [
          {
            id: 'amendment-1',
            date: '2025-02-15T00:00:00Z',
            rationale: 'Хугацаа сунгав',
            description: 'The deadline moved a week later.',
            amendsReleaseID: `${ocid}-02-tender`,
            releaseID: `${ocid}-03-tenderAmendment`,
          },
        ],
      },
    },
    {
      ...base(4, 'award', '2025-03-20T03:00:00Z'),
      tender: { ...tender, status: 'complete', numberOfTenderers: 1, tenderers: [supplierParty] },
      awards: [award],
    },
    { ...base(5, 'contract', '2025-04-10T05:00:00Z'), awards: [award], contracts: [contract] },
    {
      ...base(6, 'implementation', '2025-06-01T00:00:00Z'),
      awards: [award],
      contracts: [
        {
          ...contract,
          implementation: {
            transactions: [
              {
                id: 'payment-1',
                source: 'https://example.mn/glass-account',
                date: '2025-06-01T00:00:00Z',
                value: value(300_000_000),
                payer: buyer,
                payee: supplierParty,
                uri: 'https://example.mn/glass-account/payment-1',
              },
            ],
            milestones: [
              {
                id: 'km-4',
                title: 'Эхний 4 км',
                type: 'delivery',
                dueDate: '2025-06-01T00:00:00Z',
                status: 'met',
              },
            ],
          },
        },
      ],
    },
  ];
  return {
    uri: `https://example.mn/ocds/${ocid}.json`,
    version: '1.1',
    publishedDate: '2025-06-01T00:00:00Z',
    publisher: { name: 'Shilen tests' },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    releases,
  } as JsonObject;
}

/** Every page of an API list, following `links.next`; a page that is not 200 fails the test. */
export async function* apiPages(app: FastifyInstance, url: string): AsyncGenerator<JsonObject> {
  for (let next: string | undefined = url; next; ) {
    const res = await app.inject({ url: next.replace('http://shilen.test', '') });
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const body = res.json() as JsonObject;
    yield body;
    next = (body.links as { next?: string } | undefined)?.next;
  }
}

/**
 * Every release package of the API, 500 releases a page through `links.next`, each handed to
 * `check`; how many packages and releases came, and how many releases the database holds.
 */
export async function everyReleasePackage(
  app: FastifyInstance,
  db: Queryable,
  check: (body: JsonObject) => void,
): Promise<{ packages: number; releases: number; stored: number }> {
  let releases = 0;
  let packages = 0;
  for await (const body of apiPages(app, '/api/v1/procurement/releases?limit=500')) {
    check(body);
    releases += (body.releases as unknown[]).length;
    packages++;
  }
  const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from procurement_releases`);
  return { packages, releases, stored: row!.n };
}
