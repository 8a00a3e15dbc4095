import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { recordTerm } from '../../../platform/officials.ts';
import { allStatements, entityStatements, uuidV5 } from './bods.ts';
import { statementValidator } from './schema.ts';
import { buildOwnedEntity, buildOwnership, ownersCounts, ownersKeeper } from './test-support.ts';

const { app, ctx } = await createTestApp();
const keeper = ownersKeeper(ctx);
const meta = () => ({ ip: 'test', requestId: 'test', now: new Date() });
const pub = { publicUrl: ctx.config.publicUrl, date: '2026-01-01' };
const validate = statementValidator();

// An official in the officials register, politically exposed.
const [org] = await ctx.db.query<{ id: number }>(sql`select id from organizations order by id limit 1`);
const term = await ctx.db.transaction((tx) =>
  recordTerm(
    tx,
    org!.id,
    {
      slug: 'test-minister',
      nameMn: 'Т. Сайд',
      nameEn: 'T. Minister',
      postMn: 'Сайд',
      postEn: 'Minister',
      role: '',
      startsOn: '2020-01-01',
      endsOn: '',
      source: '',
      declaresAssets: true,
      politicallyExposed: true,
    },
    'test',
    new Date(),
  ),
);
expect(term.ok).toBe(true);

// A chain: Mine LLC ← 66% Holding Ltd ← 100% a person; Mine LLC ← 34% State of Mongolia; a PEP holds 10% of Holding? no: of a second company.
const mine = await buildOwnedEntity(ctx, { name: 'Test Copper Mine LLC' });
const holding = await buildOwnedEntity(ctx, {
  scheme: 'GB-COH',
  identifier: '00719885',
  name: 'Test Holding plc',
});
await buildOwnership(ctx, {
  subject: String(mine),
  partyKind: 'entity',
  partyEntity: String(holding),
  shareExact: '66',
});
await buildOwnership(ctx, {
  subject: String(mine),
  partyKind: 'state',
  state: 'MN',
  shareExact: '34',
  sourceType: 'officialRegister',
});
await buildOwnership(ctx, {
  subject: String(holding),
  nameMn: 'Жон Смит',
  nameEn: 'John Smith',
  nationality: 'GB',
  residence: 'AU',
  shareExact: '100',
});
const private1 = await buildOwnedEntity(ctx, { name: 'Test Gold LLC' });
await buildOwnership(ctx, {
  subject: String(private1),
  nameMn: 'Т. Сайд',
  nameEn: 'T. Minister',
  pepStatus: 'isPep',
  official: 'test-minister',
  pepReason: 'Minister',
  shareExact: '51',
});

describe('BODS out', () => {
  it('an entity’s network: entity, person, State and relationship statements, each valid against the own encoding', async () => {
    const statements = await entityStatements(ctx.db, mine, pub);
    const types = statements.map(
      (s) =>
        `${s.recordType}:${(s.recordDetails as { entityType?: { type: string } }).entityType?.type ?? ''}`,
    );
    expect(types.sort()).toEqual(
      [
        'entity:registeredEntity',
        'entity:registeredEntity',
        'entity:state',
        'person:',
        'relationship:',
        'relationship:',
        'relationship:',
      ].sort(),
    );
    for (const s of statements) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(statements.map((s) => s.declarationSubject))).toEqual(new Set([`entity-${mine}`]));
    const ids = statements.map((s) => s.statementId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Deterministic: published again, the same statement ids.
    expect(
      (await entityStatements(ctx.db, mine, { ...pub, date: '2026-02-01' })).map((s) => s.statementId),
    ).toEqual(ids);
  });

  it('UUID v5 matches the RFC 9562 test vector (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('a PEP owner carries the link to the officials register; the whole register is one array', async () => {
    const all = await allStatements(ctx.db, pub);
    const pep = all.find((s) => s.recordType === 'person' && JSON.stringify(s).includes('isPep'));
    expect(JSON.stringify(pep)).toContain(`${ctx.config.publicUrl}/officials/test-minister`);
    expect(new Set(all.map((s) => s.declarationSubject))).toEqual(
      new Set([`entity-${mine}`, `entity-${private1}`]),
    );
  });
});

describe('declaring owners: bad input names the field, nothing is stored', () => {
  const base = {
    organization: keeper,
    partyKind: 'person',
    nameMn: 'Б. Бат',
    interestType: 'shareholding',
    sourceType: 'selfDeclaration',
    statementDate: '2024-01-01',
  };
  const declare = async (input: Record<string, string>) => {
    const { declareOwner } = await import('./declare.ts');
    return declareOwner(ctx.db, ctx.country, systemActor('test'), { ...base, ...input } as never, meta());
  };

  it('refuses each bad field with its own message', async () => {
    const before = await ownersCounts(ctx);
    const cases: [Record<string, string>, string, string][] = [
      [{ subject: String(mine), nationality: 'QQ' }, 'nationality', 'extractives.owners.error.country'],
      [{ subject: String(mine), shareExact: '120' }, 'shareExact', 'extractives.owners.error.share'],
      [{ subject: String(mine), shareExact: 'abc' }, 'shareExact', 'extractives.owners.error.share'],
      [{ subject: '99999999' }, 'subject', 'extractives.owners.error.entity'],
      [
        { subject: String(mine), official: 'nobody-here', pepStatus: 'isPep' },
        'official',
        'extractives.owners.error.official',
      ],
      [
        { subject: String(mine), official: 'test-minister' },
        'official',
        'extractives.owners.error.officialNotPep',
      ],
      [
        { subject: String(mine), statementDate: '2024-02-30' },
        'statementDate',
        'extractives.owners.error.date',
      ],
      [
        { subject: String(mine), startsOn: '2020-01-01', endsOn: '2019-01-01' },
        'endsOn',
        'extractives.owners.error.endsBeforeStart',
      ],
      [
        { subject: String(holding), partyKind: 'entity', partyEntity: String(mine) },
        'partyEntity',
        'extractives.owners.error.cycle',
      ],
      [{ subject: String(mine), nameMn: '' }, 'nameMn', 'extractives.owners.error.missing'],
    ];
    for (const [input, field, key] of cases) {
      const result = await declare(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok)
        expect(result.problems, JSON.stringify(input)).toContainEqual(
          expect.objectContaining({ field, key }),
        );
    }
    expect(await ownersCounts(ctx)).toEqual(before);
  });

  it('refuses shareholdings over 100% of one entity and rolls the person back', async () => {
    const before = await ownersCounts(ctx);
    const result = await declare({ subject: String(mine), shareExact: '5' });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: 'shareExact', key: 'extractives.owners.error.sharesOver', params: { total: 105 } }],
    });
    expect(await ownersCounts(ctx)).toEqual(before);
  });
});

describe('pages and API', () => {
  it('the list, with its PEP filter', async () => {
    const page = await app.inject({ url: '/extractives/owners?lang=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Test Copper Mine LLC');
    const pep = await app.inject({ url: '/extractives/owners?pep=1&lang=en' });
    expect(pep.body).toContain('Test Gold LLC');
    expect(pep.body).not.toContain('Test Copper Mine LLC');
    const api = (await app.inject({ url: '/api/v1/extractives/owners?state=1' })).json();
    expect(api.items.map((i: { id: number }) => i.id)).toEqual([mine]);
  });

  it('an entity’s page draws the chain to the person as SVG and as nested lists, without script', async () => {
    const page = await app.inject({ url: `/extractives/owners/${mine}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<svg[^>]+role="img"/);
    expect(page.body).toContain('State of Mongolia');
    expect(page.body).toMatch(
      /<ul><li><a href="\/extractives\/owners\/\d+">Test Holding plc<\/a> — Shareholding 66%<ul><li>John Smith — Shareholding 100%/,
    );
    expect(page.body).not.toContain('<script');
    const gold = await app.inject({ url: `/extractives/owners/${private1}?lang=en` });
    expect(gold.body).toContain('href="/officials/test-minister"');
    expect(gold.body).toContain('Politically exposed');
    expect((await app.inject({ url: '/extractives/owners/99999999' })).statusCode).toBe(404);
    // An entity known by name only: its number is not recorded, and the register's key is not shown.
    expect(page.body).toContain(`${ctx.country.legalEntities.nationalScheme} `);
    const named = await buildOwnedEntity(ctx, { scheme: null, identifier: null, name: 'Named Only LLC' });
    await buildOwnership(ctx, { subject: String(named) });
    const namedPage = await app.inject({ url: `/extractives/owners/${named}?lang=en` });
    expect(namedPage.body).toContain('Not recorded (known by name only)');
    expect(namedPage.body).not.toContain('unidentified');
  });

  it('the dataset: one row per interest, its change history kept', async () => {
    const rows = (await app.inject({ url: '/api/v1/datasets/extractives-owners/rows' })).json();
    const items = (rows.rows ?? rows.items ?? rows) as Record<string, unknown>[];
    expect(items).toContainEqual(
      expect.objectContaining({ owner_kind: 'state', owner_state: 'MN', share_exact: 34 }),
    );
    const [versions] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from record_versions where dataset = 'extractives-owners'`,
    );
    expect(versions!.n).toBeGreaterThanOrEqual(4);
  });

  it('the legal entity’s page shows its owners', async () => {
    const page = await app.inject({ url: `/legal-entities/${mine}?lang=en` });
    expect(page.body).toContain('Beneficial owners');
    expect(page.body).toContain(`/extractives/owners/${mine}`);
  });

  it('the form: visitors sign in, another body’s publisher is refused, the keeper’s publisher declares', async () => {
    const visitor = await app.inject({ url: '/extractives/owners/new' });
    expect(visitor.statusCode).toBe(303);
    expect(String(visitor.headers.location)).toMatch(/sign-in|login/);
    const other = ctx.country.organizations.find((o) => o.slug !== keeper)!.slug;
    const stranger = await signedInAs(app, ctx, { role: 'organization-publisher', organization: other });
    await stranger.get('/extractives/owners/new');
    const refused = await stranger.submit('/extractives/owners/new', {
      organization: keeper,
      subject: String(private1),
      partyKind: 'state',
      state: 'MN',
      interestType: 'votingRights',
      sourceType: 'officialRegister',
      statementDate: '2024-05-01',
    });
    expect(refused.statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: keeper });
    expect((await publisher.get('/extractives/owners/new')).statusCode).toBe(200);
    const bad = await publisher.submit('/extractives/owners/new', {
      organization: keeper,
      subject: String(private1),
      partyKind: 'person',
      nameMn: 'Х. Хүн',
      nationality: 'ZZZ',
      interestType: 'shareholding',
      sourceType: 'selfDeclaration',
      statementDate: '2024-05-01',
    });
    expect(bad.statusCode).toBe(422);
    const done = await publisher.submit('/extractives/owners/new', {
      organization: keeper,
      subject: String(private1),
      partyKind: 'person',
      nameMn: 'Х. Хүн',
      nameEn: 'Kh. Khun',
      nationality: 'MN',
      residence: 'MN',
      pepStatus: 'isNotPep',
      interestType: 'shareholding',
      beneficial: '1',
      shareExact: '49',
      sourceType: 'selfDeclaration',
      statementDate: '2024-05-01',
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/extractives/owners/${private1}`);
    expect((await app.inject({ url: `/extractives/owners/${private1}?lang=en` })).body).toContain('Kh. Khun');
  });
});
