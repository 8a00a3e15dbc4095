import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readStandardJson, standard } from '../../../../test/conformance/standards.ts';
import { createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { bodsCodelists } from './codes.ts';
import { loadOwnersDemo } from './demo.ts';
import { importBods } from './import.ts';
import { statementValidator } from './schema.ts';
import { ownersKeeper } from './test-support.ts';

/**
 * Conformance with the official BODS 0.4 files beside the repository (`npm run test:conformance`):
 * everything the product publishes (the whole register, each entity's file, the API) is valid
 * against the official JSON Schema 2020-12 files; the project's own encoding and its codelists
 * agree with the official ones; the official examples import through the product.
 */
function officialValidator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  formats.default(ajv);
  // The official ids (`urn:statement`) are URNs without a namespace string, which ajv's URI parser
  // refuses; they are renamed `urn:bods:statement` (ids and references alike), nothing else changed.
  for (const file of [
    'components.json',
    'entity-record.json',
    'person-record.json',
    'relationship-record.json',
    'statement.json',
  ])
    ajv.addSchema(
      JSON.parse(
        JSON.stringify(readStandardJson('bods', file)).replace(
          /"urn:(statement|entity|person|relationship|components)(#[^"]*)?"/g,
          '"urn:bods:$1$2"',
        ),
      ),
    );
  return ajv.getSchema('urn:bods:statement')!;
}
// biome-ignore lint/suspicious/noExplicitAny: the tests break statements freely, at any depth
type Loose = Record<string, any>;
const official = officialValidator();
const own = statementValidator();
const problems = () => JSON.stringify(official.errors?.slice(0, 5));
const examples = fs
  .readdirSync(standard('bods', 'examples'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const example = (f: string) =>
  readStandardJson<Record<string, unknown>[]>('bods', 'examples', f) as unknown as Record<string, unknown>[];

const { app, ctx } = await createTestApp();
await loadOwnersDemo(ctx);

describe('BODS out: valid against the official schemas', () => {
  it('the whole register, each entity’s file and the API are valid statement arrays', async () => {
    const all = (await app.inject({ url: '/extractives/owners.bods.json' })).json();
    expect(all.length).toBeGreaterThan(15);
    expect(official(all), problems()).toBe(true);
    expect(new Set(all.map((s: { recordType: string }) => s.recordType))).toEqual(
      new Set(['entity', 'person', 'relationship']),
    );
    const list = (await app.inject({ url: '/api/v1/extractives/owners' })).json();
    expect(list.items.length).toBeGreaterThan(3);
    for (const item of list.items as { id: number }[]) {
      const file = (await app.inject({ url: `/extractives/owners/${item.id}/bods.json` })).json();
      expect(official(file), problems()).toBe(true);
      const api = (await app.inject({ url: `/api/v1/extractives/owners/${item.id}/statements` })).json();
      expect(official(api), problems()).toBe(true);
    }
  });

  it('a produced statement made invalid is refused by the official schema and by the own encoding alike', async () => {
    const all = (await app.inject({ url: '/extractives/owners.bods.json' })).json() as Loose[];
    const breakages: ((s: Loose[]) => void)[] = [
      (s) => {
        s[0]!.statementId = 'short';
      },
      (s) => {
        delete s[0]!.recordDetails.entityType;
      },
      (s) => {
        s.find((x) => x.recordType === 'relationship')!.recordDetails.interests[0].type = 'owner';
      },
      (s) => {
        s.find((x) => x.recordType === 'relationship')!.recordDetails.interests[0].share = { exact: 140 };
      },
      (s) => {
        s.find((x) => x.recordType === 'person')!.recordDetails.nationalities = [{ code: 'MN' }];
      },
      (s) => {
        s[0]!.statementDate = '7 Dec 2026';
      },
    ];
    for (const breakIt of breakages) {
      const broken = structuredClone(all);
      breakIt(broken);
      expect(official(broken)).toBe(false);
      expect(broken.every((s) => own(s))).toBe(false);
    }
  });
});

describe('the own encoding agrees with the official files', () => {
  it('every closed codelist has the official CSV’s codes', () => {
    for (const [file, codes] of Object.entries(bodsCodelists)) {
      const [header, ...lines] = fs
        .readFileSync(standard('bods', 'codelists', file), 'utf8')
        .split(/\r?\n/)
        .filter(Boolean);
      const column = header!.split(',').indexOf('code');
      expect(column, file).toBeGreaterThanOrEqual(0);
      expect([...codes].sort(), file).toEqual(
        lines.map((l) => l.split(',')[column]!.replace(/^"|"$/g, '')).sort(),
      );
    }
  });

  it('the official examples: the same verdict from both, statement by statement', () => {
    let checked = 0;
    for (const f of examples)
      for (const s of example(f)) {
        expect(own(s), `${f} ${String(s.statementId)}`).toBe(official([s]));
        checked++;
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('variants of the examples: the same verdict from both', () => {
    const base = examples.flatMap(example);
    const mutations: ((s: Loose) => void)[] = [
      (s) => {
        delete s.recordId;
      },
      (s) => {
        s.recordType = 'trust';
      },
      (s) => {
        s.recordStatus = 'deleted';
      },
      (s) => {
        s.statementId = 'x'.repeat(65);
      },
      (s) => {
        s.publicationDetails = { bodsVersion: '0.4' };
      },
      (s) => {
        if (s.recordDetails) s.recordDetails.isComponent = 'no';
      },
      (s) => {
        if (s.recordDetails?.entityType) s.recordDetails.entityType = { type: 'state', subtype: 'trust' };
      },
      (s) => {
        if (s.recordDetails?.names) s.recordDetails.names = [{ type: 'nickname', fullName: 'X' }];
      },
      (s) => {
        if (s.recordDetails?.interests) s.recordDetails.interests = [{ share: { minimum: -1 } }];
      },
      (s) => {
        if (s.recordDetails?.subject) s.recordDetails.subject = { reason: 'because' };
      },
      (s) => {
        if (s.recordDetails) s.recordDetails.birthDate = '1970-13';
      },
      (s) => {
        if (s.source) s.source = { type: ['rumour'] };
      },
    ];
    let checked = 0;
    for (const s of base)
      for (const m of mutations) {
        const v = structuredClone(s);
        m(v);
        expect(own(v), JSON.stringify(v).slice(0, 200)).toBe(official([v]));
        checked++;
      }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the official examples import through the product', () => {
  it('each example file is imported whole (or refused with a message naming the statement)', async () => {
    for (const f of examples) {
      const result = await importBods(
        ctx.db,
        ctx.country,
        systemActor('test'),
        ownersKeeper(ctx),
        JSON.stringify(example(f)),
        {
          ip: 'test',
          requestId: f,
          now: new Date(),
        },
      );
      expect(result.ok, `${f}: ${JSON.stringify(result)}`).toBe(true);
    }
    const after = (await app.inject({ url: '/extractives/owners.bods.json' })).json();
    expect(official(after), problems()).toBe(true);
  });
});
