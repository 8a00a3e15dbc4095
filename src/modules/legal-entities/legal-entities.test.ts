import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiToken } from '../../../test/factories.ts';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { resolveEntities } from '../../platform/legal-entities/index.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { html } from '../../platform/views/html.ts';
import { type SaveEntityInput, saveEntity } from './commands/save-entity.ts';
import { legalEntitiesModule } from './module.ts';
import { buildEntity, nextRegisterNumber } from './test-support.ts';

/**
 * A module of this test only, with two sections of the entity's page (a module that keeps several
 * registers gives one each) read from a real table: the spellings sources used for the entity and
 * the entities merged into it, and the entities of its family.
 */
const spellingsModule: ShilenModule = {
  name: 'spellings',
  entitySection: async ({ db }, entity) => {
    const rows = await db.query<{ name: string }>(
      sql`select name from legal_entity_names where entity_id = any(${[...entity.family]}::bigint[]) order by name`,
    );
    return [
      {
        id: 'spellings',
        title: 'Spellings',
        count: rows.length,
        html: html`<ul>${rows.map((r) => html`<li>${r.name}</li>`)}</ul>`,
        href: '/legal-entities',
        data: rows,
      },
      {
        id: 'family',
        title: 'Family',
        count: entity.family.length,
        html: html`<ul>${entity.family.map((id) => html`<li>${id}</li>`)}</ul>`,
        data: entity.family.map((id) => ({ id })),
      },
    ];
  },
};

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, spellingsModule] });
const pack = ctx.country.legalEntities;
const scheme = pack.nationalScheme;
const [firstBody, secondBody] = ctx.country.organizations.map((o) => o.slug) as [string, string];
const meta = { ip: 'test', requestId: 'test', now: new Date() };
// A district or soum: the entity's place is named with its capital or aimag.
const local = ctx.country.adminUnits.find((u) => u.parentCode !== null)!;
const localParent = ctx.country.adminUnits.find((u) => u.code === local.parentCode)!;
const count = async (table: 'legal_entities' | 'legal_entity_sources' | 'audit_log') =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.id(table)}`))[0]!.n;

let copper: number;
let ngo: number;
let merged: number;
let firstBodyId: number;

beforeAll(async () => {
  [{ id: firstBodyId }] = (await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${firstBody}`,
  )) as [{ id: number }];
  firstBodyId = Number(firstBodyId);
  copper = await buildEntity(ctx, {
    nameMn: 'Эрдэнэт Зэс ХХК',
    nameEn: '',
    commonNameEn: 'Copper Works',
    kind: 'state-owned-enterprise',
    adminUnit: ctx.country.adminUnits.find((u) => u.kind === 'aimag')!.code,
    registeredOn: '1978-12-12',
    organization: firstBody,
  });
  ngo = await buildEntity(ctx, {
    nameMn: 'Ил Тод Холбоо',
    nameEn: 'Open Association',
    kind: 'ngo',
    adminUnit: local.code,
  });
  // A party a source named only, then merged into the copper company by a person.
  const ids = await resolveEntities(
    ctx.db,
    [{ scheme: null, identifier: null, name: 'Erdenet Zes Trade' }],
    { source: 'procurement', reference: 'ocds-x-1' },
    pack,
  );
  merged = [...ids.values()][0]!;
  await ctx.db.query(sql`update legal_entities set merged_into = ${copper} where id = ${merged}`);
});

describe('the list', () => {
  it('finds a name written in either script, and only root entities', async () => {
    for (const q of ['Erdenet', 'эрдэнэт', 'ЭРДЭНЭТ ЗЭС']) {
      const page = await app.inject(`/legal-entities?lang=en&q=${encodeURIComponent(q)}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<a href="/legal-entities/${copper}">Эрдэнэт Зэс ХХК</a>`);
      expect(page.body).toContain('1 legal entity');
    }
    // The merged party's own spelling finds the entity it was merged into, never itself.
    const api = (await app.inject('/api/v1/legal-entities?q=Zes%20Trade')).json();
    expect(api.items.map((e: { id: number }) => e.id)).toEqual([copper]);
    const all = (await app.inject('/api/v1/legal-entities?pageSize=100')).json();
    expect(all.items.map((e: { id: number }) => e.id)).not.toContain(merged);
  });

  it('filters by kind, status, scheme and aimag, and by a register number', async () => {
    const aimag = ctx.country.adminUnits.find((u) => u.kind === 'aimag')!.code;
    const ids = async (query: string) =>
      (await app.inject(`/api/v1/legal-entities?${query}`)).json().items.map((e: { id: number }) => e.id);
    expect(await ids('kind=ngo')).toEqual([ngo]);
    expect(await ids(`aimag=${aimag}`)).toEqual([copper]);
    expect(await ids('status=dissolved')).toEqual([]);
    expect((await ids(`scheme=${scheme}`)).sort()).toEqual([copper, ngo].sort());
    const [row] = await ctx.db.query<{ identifier: string }>(
      sql`select identifier from legal_entities where id = ${ngo}`,
    );
    expect(await ids(`q=${row!.identifier}`)).toEqual([ngo]);
    expect((await app.inject('/api/v1/legal-entities?kind=castle')).statusCode).toBe(422);
  });
});

describe('an entity’s page', () => {
  it('shows its facts, their sources, its other names and every module’s section', async () => {
    const page = await app.inject(`/legal-entities/${copper}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Эрдэнэт Зэс ХХК</h1>');
    expect(page.body).toContain('State-owned enterprise');
    expect(page.body).toContain('Copper Works');
    expect(page.body).toContain(`href="/organizations/${firstBody}"`);
    // The section of the module passed to the app, over the entity and the party merged into it.
    expect(page.body).toMatch(/<h2 id="section-spellings">Spellings <span class="count">3<\/span><\/h2>/);
    expect(page.body).toMatch(/<h2 id="section-family">Family <span class="count">2<\/span><\/h2>/);
    expect(page.body).toContain('<li>Erdenet Zes Trade</li>');
  });

  it('moves a merged entity to the one it was merged into, and refuses unknown or malformed ids', async () => {
    const moved = await app.inject(`/legal-entities/${merged}`);
    expect([moved.statusCode, moved.headers.location]).toEqual([301, `/legal-entities/${copper}`]);
    expect((await app.inject('/legal-entities/999999999')).statusCode).toBe(404);
    expect((await app.inject('/legal-entities/abc')).statusCode).toBe(422);
  });

  it('names an unidentified party as one', async () => {
    const [party] = (
      await resolveEntities(
        ctx.db,
        [{ scheme: null, identifier: null, name: 'Нэргүй Түнш' }],
        { source: 'test' },
        pack,
      )
    ).values();
    const page = await app.inject(`/legal-entities/${party}?lang=en`);
    expect(page.body).toContain('unidentified — came with a name only');
  });

  it('names a soum or district with its aimag or capital', async () => {
    const page = await app.inject(`/legal-entities/${ngo}?lang=en`);
    expect(page.body).toContain(`${localParent.nameEn} — ${local.nameEn}`);
  });

  it('links the public body’s page to its entity', async () => {
    const page = await app.inject(`/organizations/${firstBody}?lang=en`);
    expect(page.body).toContain(`<a href="/legal-entities/${copper}">Эрдэнэт Зэс ХХК</a>`);
  });
});

describe('the API', () => {
  it('gives an entity with an OCDS identifier, its sources and the modules’ data', async () => {
    const body = (await app.inject(`/api/v1/legal-entities/${copper}`)).json();
    const [row] = await ctx.db.query<{ identifier: string }>(
      sql`select identifier from legal_entities where id = ${copper}`,
    );
    expect(body).toMatchObject({
      id: copper,
      identifier: {
        scheme,
        id: row!.identifier,
        legalName: 'Эрдэнэт Зэс ХХК',
        uri: `http://shilen.test/legal-entities/${copper}`,
      },
      identified: true,
      kind: 'state-owned-enterprise',
      registeredOn: '1978-12-12',
      organization: { slug: firstBody },
      otherNames: ['Erdenet Zes Trade'],
    });
    expect(body.sections).toEqual([
      expect.objectContaining({
        id: 'spellings',
        count: 3,
        data: expect.arrayContaining([{ name: 'Erdenet Zes Trade' }]),
      }),
      expect.objectContaining({ id: 'family', count: 2, data: [{ id: copper }, { id: merged }] }),
    ]);
    expect(body.sources).toContainEqual(
      expect.objectContaining({ field: 'registered_on', source: 'system:test' }),
    );
    // A merged entity answers as the entity it was merged into.
    expect((await app.inject(`/api/v1/legal-entities/${merged}`)).json().id).toBe(copper);
    expect((await app.inject('/api/v1/legal-entities/12345678')).statusCode).toBe(404);
  });

  it('records an entity for staff (201), and names a bad field (422) storing nothing', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: secondBody,
    });
    const { token } = await buildApiToken(ctx, {
      userId: admin.userId,
      organization: secondBody,
      scopes: ['legal-entities.manage'],
    });
    const post = (payload: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/legal-entities',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const entity = {
      scheme: 'XI-IATI',
      identifier: 'XM-DAC-46004',
      nameMn: 'Азийн хөгжлийн банк',
      nameEn: 'Asian Development Bank',
      kind: 'international-organisation',
      status: 'active',
    };
    const before = await count('legal_entities');
    const bad = await post({ ...entity, kind: 'castle' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'body.kind' })]);
    expect(await count('legal_entities')).toBe(before);
    const made = await post(entity);
    expect(made.statusCode).toBe(201);
    expect(made.json().identifier).toMatchObject({
      scheme: 'XI-IATI',
      id: 'XM-DAC-46004',
      legalName: 'Asian Development Bank',
    });
    expect(made.headers.location).toBe(`http://shilen.test/api/v1/legal-entities/${made.json().id}`);
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/legal-entities', payload: entity });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the staff’s form', () => {
  const valid = () => ({
    scheme,
    identifier: nextRegisterNumber(ctx),
    nameMn: 'Шинэ Туршилт ХХК',
    nameEn: 'Shine Turshilt LLC',
    kind: 'company',
    status: 'active',
  });

  it.each([
    ['a number failing the pack’s rule', { identifier: '12' }, 'identifier'],
    ['a scheme that is not one', { scheme: 'companies house' }, 'scheme'],
    ['no name at all', { nameMn: ' ', nameEn: '' }, 'nameMn'],
    ['an unknown kind', { kind: 'castle' }, 'kind'],
    ['a day that does not exist', { registeredOn: '2020-02-30' }, 'registeredOn'],
    ['an unknown unit', { adminUnit: '999' }, 'adminUnit'],
    ['a public body taken by another entity', { organization: 'first' }, 'organization'],
  ])('refuses %s, naming the field, and stores nothing', async (_, change, field) => {
    const before = [
      await count('legal_entities'),
      await count('legal_entity_sources'),
      await count('audit_log'),
    ];
    const input: SaveEntityInput = { ...valid(), ...change };
    if (input.organization) input.organization = firstBody;
    const result = await saveEntity(ctx.db, systemActor('test'), input, meta, pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
    expect([
      await count('legal_entities'),
      await count('legal_entity_sources'),
      await count('audit_log'),
    ]).toEqual(before);
  });

  it('refuses an identifier another entity holds', async () => {
    const [row] = await ctx.db.query<{ identifier: string }>(
      sql`select identifier from legal_entities where id = ${ngo}`,
    );
    const result = await saveEntity(
      ctx.db,
      systemActor('test'),
      { ...valid(), identifier: row!.identifier },
      meta,
      pack,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ field: 'identifier', key: 'legal-entities.error.identifierTaken' }),
      ],
    });
  });

  it('through the page: 422 naming the field in the reader’s language, 303 to the entity, sourced and audited', async () => {
    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: secondBody,
    });
    await admin.get('/legal-entities/new?lang=en');
    const bad = await admin.submit('/legal-entities/new?lang=en', { ...valid(), identifier: '12' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain(pack.numberFormat.en);
    // A body the administrator does not administer cannot be linked.
    await admin.get('/legal-entities/new?lang=en');
    const other = await admin.submit('/legal-entities/new?lang=en', { ...valid(), organization: firstBody });
    expect(other.statusCode).toBe(422);
    expect(other.body).toContain('You can link or unlink only a public body you administer');
    await admin.get('/legal-entities/new');
    const good = await admin.submit('/legal-entities/new', { ...valid(), organization: secondBody });
    expect(good.statusCode).toBe(303);
    const id = Number(String(good.headers.location).split('/').at(-1));
    const sources = await ctx.db.query<{ field: string; source: string }>(
      sql`select field, source from legal_entity_sources where entity_id = ${id} order by field`,
    );
    expect(sources.map((s) => s.field)).toEqual([
      'identifier',
      'kind',
      'name_en',
      'name_mn',
      'organization_id',
      'scheme',
      'status',
    ]);
    expect(new Set(sources.map((s) => s.source))).toEqual(new Set([`user:${admin.userId}`]));
    const audit = await ctx.db.query(
      sql`select 1 from audit_log where action = 'legal-entities.add' and subject_id = ${String(id)}`,
    );
    expect(audit).toHaveLength(1);
    // The person is "staff" on the public page and "user" in the API, never their account.
    const page = await app.inject(`/legal-entities/${id}?lang=en`);
    expect(page.body).toContain('Entered by staff');
    const api = await app.inject(`/api/v1/legal-entities/${id}`);
    expect(api.json().sources.map((s: { source: string }) => s.source)).toContain('user');
    expect(page.body + api.body).not.toMatch(/user:\d/);
    const publisher = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: secondBody,
    });
    expect((await publisher.get('/legal-entities/new')).statusCode).toBe(403);
  });

  it('corrects an entity: only the changed facts are sourced to the person', async () => {
    const id = await buildEntity(ctx, { nameMn: 'Засах ХХК', nameEn: '' });
    const admin = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const form = await admin.get(`/legal-entities/${id}/edit?lang=en`);
    expect(form.body).toContain('value="Засах ХХК"');
    const [row] = await ctx.db.query<{ identifier: string }>(
      sql`select identifier from legal_entities where id = ${id}`,
    );
    const saved = await admin.submit(`/legal-entities/${id}/edit`, {
      scheme,
      identifier: row!.identifier,
      nameMn: 'Засах ХХК',
      nameEn: 'Zasakh LLC',
      kind: 'company',
      status: 'dissolved',
    });
    expect([saved.statusCode, saved.headers.location]).toEqual([303, `/legal-entities/${id}`]);
    const sources = await ctx.db.query<{ field: string; source: string }>(
      sql`select field, source from legal_entity_sources where entity_id = ${id} and source like 'user:%'`,
    );
    expect(sources.map((s) => s.field).sort()).toEqual(['name_en', 'status']);
    expect((await admin.get(`/legal-entities/${merged}/edit`)).statusCode).toBe(404);
  });
});

describe('identifying a party known by name only', () => {
  it('keeps its scheme while unidentified, and takes a number when staff give one', async () => {
    const [party] = (
      await resolveEntities(
        ctx.db,
        [{ scheme: null, identifier: null, name: 'Тодорхойгүй Түнш ХХК' }],
        { source: 'test' },
        pack,
      )
    ).values();
    const [row] = await ctx.db.query<{ identifier: string }>(
      sql`select identifier from legal_entities where id = ${party}`,
    );
    const input = {
      scheme: 'unidentified',
      identifier: row!.identifier,
      nameMn: 'Тодорхойгүй Түнш ХХК',
      nameEn: '',
      kind: 'company',
      status: 'unknown',
    };
    const kept = await saveEntity(ctx.db, systemActor('test'), input, meta, pack, party!);
    expect(kept.ok).toBe(true);
    // Another name-only key is the platform's to give, never a person's.
    const invented = await saveEntity(
      ctx.db,
      systemActor('test'),
      { ...input, identifier: 'something else' },
      meta,
      pack,
      party!,
    );
    expect(invented.ok).toBe(false);
    const number = nextRegisterNumber(ctx);
    const identified = await saveEntity(
      ctx.db,
      systemActor('test'),
      { ...input, scheme, identifier: number },
      meta,
      pack,
      party!,
    );
    expect(identified).toEqual({ ok: true, value: { id: party } });
    const body = (await app.inject(`/api/v1/legal-entities/${party}`)).json();
    expect(body.identifier).toMatchObject({ scheme, id: number });
  });
});

describe('the home page and the sitemap', () => {
  it('show the register', async () => {
    const home = await app.inject('/?lang=en');
    expect(home.body).toContain('href="/legal-entities"');
    expect(home.body).toMatch(/legal entities/);
    const sitemap = await app.inject('/sitemaps/legal-entities-1.xml');
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.body).toContain(`/legal-entities/${copper}</loc>`);
    expect(sitemap.body).not.toContain(`/legal-entities/${merged}</loc>`);
  });
});

describe('the dataset and search', () => {
  it('downloads root entities with public fields only', async () => {
    const csv = await app.inject('/legal-entities.csv');
    expect(csv.statusCode).toBe(200);
    const [header, ...rows] = csv.body.trim().split('\n');
    expect(header).toBe(
      'id,scheme,identifier,name_mn,name_en,common_name_mn,common_name_en,kind,status,admin_unit_code,aimag,registered_on,organization',
    );
    expect(rows.some((r) => r.startsWith(`${merged},`))).toBe(false);
    expect(csv.body).not.toMatch(/user:|@/);
  });

  it('puts a recorded entity in the site search', async () => {
    const found = await app.inject('/search?lang=en&q=Open%20Association');
    expect(found.body).toContain(`href="/legal-entities/${ngo}"`);
  });
});
