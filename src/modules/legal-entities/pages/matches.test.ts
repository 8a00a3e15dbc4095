import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { signedInClient, submittedAs } from '../../../../test/factories.ts';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { sql } from '../../../platform/db/sql.ts';
import { matchAll, resolveEntities, UNIDENTIFIED } from '../../../platform/legal-entities/index.ts';
import { legalEntitiesModule } from '../module.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule] });
const pack = ctx.country.legalEntities;
const admin = { role: 'platform-administrator' } as const;

const ids = await resolveEntities(
  ctx.db,
  [
    { scheme: 'MN-SRN', identifier: '2074249', name: 'Khukh Murun LLC' },
    { scheme: 'MN-SRN', identifier: '6001234', name: 'Gobi Coal' },
    { scheme: 'MN-SRN', identifier: '6001299', name: 'Gobi Coal Co' },
  ],
  { source: 'import:legal-entities', reference: 'register.csv' },
  pack,
);
const named = await resolveEntities(
  ctx.db,
  [
    { scheme: null, identifier: null, name: 'Хөх Мөрөн ХХК' },
    { scheme: null, identifier: null, name: 'Govi Coal' },
  ],
  { source: 'procurement', reference: 'ocds-abc-1' },
  pack,
);
await matchAll(ctx.db);
const khukh = ids.get('MN-SRN:2074249') as number;
const nameOnly = named.get(`${UNIDENTIFIED}:huh murun`) as number;
const govi = named.get(`${UNIDENTIFIED}:guvi cual`) as number;
const rootOf = async (id: number) =>
  (
    await ctx.db.query<{ m: number | null }>(
      sql`select merged_into as m from legal_entities where id = ${id}`,
    )
  )[0]?.m;

/** The entity ids the site search's page links to for a query. */
const searchLinks = async (q: string, lang = 'en') => {
  const res = await app.inject(`/search?lang=${lang}&q=${encodeURIComponent(q)}`);
  return [...res.body.matchAll(/href="\/legal-entities\/(\d+)"/g)].map((m) => Number(m[1]));
};

describe('the site search', () => {
  it('finds an entity a module’s import brought, in either script, at once', async () => {
    // As procurement claims a batch's suppliers: no reindex, no call of the module's.
    const claimed = await resolveEntities(
      ctx.db,
      [
        { scheme: 'MN-SRN', identifier: '6005551', name: 'Оюу Толгой ХХК' },
        { scheme: 'MN-SRN', identifier: '6005552', name: 'Tavan Bogd Trade' },
      ],
      { source: 'procurement', reference: 'ocds-abc-2' },
      pack,
    );
    const oyu = claimed.get('MN-SRN:6005551') as number;
    const tavan = claimed.get('MN-SRN:6005552') as number;
    expect(await searchLinks('Оюу Толгой')).toContain(oyu);
    expect(await searchLinks('Oyu Tolgoi')).toContain(oyu);
    expect(await searchLinks('Tavan Bogd', 'mn')).toContain(tavan);

    // A later batch gives the Latin-named entity its Cyrillic name: its document is rewritten.
    await resolveEntities(
      ctx.db,
      [{ scheme: 'MN-SRN', identifier: '6005552', name: 'Таван Богд Трейд' }],
      { source: 'procurement', reference: 'ocds-abc-3' },
      pack,
    );
    const page = await app.inject(`/search?lang=mn&q=${encodeURIComponent('Таван Богд')}`);
    expect(page.body).toContain(`href="/legal-entities/${tavan}"`);
    expect(page.body).toMatch(/<mark>Таван<\/mark> <mark>Богд<\/mark> Трейд/);
  });
});

describe('the queue of names to match', () => {
  it('shows each waiting name with where it came from and its candidates, in both languages', async () => {
    const client = await signedInClient(app, ctx, admin);
    const res = await client.get('/legal-entities/matches?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Names to match</h1>');
    expect(res.body).toContain('2 names wait');
    expect(res.body).toContain('procurement (ocds-abc-1)');
    expect(res.body).toContain('Which entity is “Хөх Мөрөн ХХК”?');
    expect(res.body).toContain('Khukh Murun LLC (MN-SRN 2074249)');
    expect(res.body).toMatch(/Match 100%\. Registered names: Khukh Murun LLC/);
    const mn = await client.get('/legal-entities/matches?lang=mn');
    expect(mn.body).toContain('<h1>Нэр тулгах дараалал</h1>');
  });

  it('asks to choose when a name matches two entities equally, naming both, and merges nothing', async () => {
    const { res } = await submittedAs(
      app,
      ctx,
      admin,
      `/legal-entities/matches/${govi}`,
      { decision: 'confirm' },
      { open: '/legal-entities/matches?lang=en' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#candidate"');
    expect(res.body).toContain('id="candidate"');
    expect(res.body).toMatch(
      /matches two entities equally \(Gobi Coal \(MN-SRN 6001234\) and Gobi Coal Co \(MN-SRN 6001299\)\)/,
    );
    expect(await rootOf(govi)).toBeNull();
  });

  it('confirms the match chosen: the name is merged into the entity and leaves the queue', async () => {
    const { client, res } = await submittedAs(
      app,
      ctx,
      admin,
      `/legal-entities/matches/${nameOnly}`,
      { candidate: String(khukh), decision: 'confirm' },
      { open: '/legal-entities/matches?lang=en' },
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/legal-entities/matches?done=confirmed');
    expect(Number(await rootOf(nameOnly))).toBe(khukh);
    // The merged name is found through the entity it was merged into, never itself.
    const found = await searchLinks('Хөх Мөрөн ХХК');
    expect(found).toContain(khukh);
    expect(found).not.toContain(nameOnly);
    const after = await client.get('/legal-entities/matches?done=confirmed&lang=en');
    expect(after.body).toContain('The name was merged into the entity.');
    expect(after.body).not.toContain('Which entity is “Хөх Мөрөн ХХК”?');
  });

  it('rejects every candidate of a name when none is chosen', async () => {
    const { res } = await submittedAs(
      app,
      ctx,
      admin,
      `/legal-entities/matches/${govi}`,
      { decision: 'reject' },
      { open: '/legal-entities/matches' },
    );
    expect(res.statusCode).toBe(303);
    const statuses = await ctx.db.query<{ status: string }>(
      sql`select distinct status from legal_entity_match_candidates where entity_id = ${govi}`,
    );
    expect(statuses).toEqual([{ status: 'rejected' }]);
  });
});

describe('the log of merges', () => {
  it('lists the merge and undoes it once; a second undo is refused with a message', async () => {
    const client = await signedInAs(app, ctx, admin);
    const log = await client.get('/legal-entities/merges?lang=en');
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('Хөх Мөрөн ХХК (unidentified huh murun)');
    const [merge] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entity_merges where from_id = ${nameOnly}`,
    );
    const path = `/legal-entities/merges/${merge?.id}/undo`;
    const token = client.csrf();
    const blank = await client.submit(path, { reason: ' ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.body).toContain('Enter why the merge is undone');
    expect(await rootOf(nameOnly)).not.toBeNull();
    const undone = await client.submit(path, { reason: 'A different firm of the same name' });
    expect(undone.statusCode).toBe(303);
    expect(await rootOf(nameOnly)).toBeNull();
    expect(await searchLinks('Хөх Мөрөн ХХК')).toContain(nameOnly);

    // The same form sent again (a second tab, a double click).
    const again = await client.submit(path, { reason: 'twice' }, { csrf: token });
    expect(again.statusCode).toBe(422);
    expect(again.body).toMatch(/This merge was already undone on/);
    expect(again.body).toContain('href="#reason"');
    expect(again.body).toContain('Undone');
  });
});

describe('who may decide', () => {
  it('is platform administrators with a proved second factor only', async () => {
    const anonymous = new TestClient(app);
    const visitor = await anonymous.get('/legal-entities/matches');
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toMatch(/^\/sign-in/);
    for (const options of [
      { role: 'organization-administrator', organization: 'ministry-of-finance' },
      { role: 'moderator' },
      { role: 'platform-administrator', secondFactor: false },
    ] as const) {
      const client = await signedInAs(app, ctx, options);
      expect((await client.get('/legal-entities/matches')).statusCode).toBe(403);
      expect((await client.get('/legal-entities/merges')).statusCode).toBe(403);
    }
    const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from legal_entity_merges`);
    const moderator = await signedInAs(app, ctx, { role: 'moderator' });
    await moderator.get('/account');
    const res = await moderator.submit(`/legal-entities/matches/${govi}`, { decision: 'confirm' });
    expect(res.statusCode).toBe(403);
    const [after] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from legal_entity_merges`,
    );
    expect(after?.n).toBe(row?.n);
  });
});

describe('shilen legal-entities match', () => {
  it('proposes candidates for names added since, and says how many', async () => {
    await resolveEntities(
      ctx.db,
      [{ scheme: null, identifier: null, name: 'Khukh Murun Group' }],
      { source: 'procurement' },
      pack,
    );
    const lines: string[] = [];
    const program = new Command().exitOverride();
    legalEntitiesModule.cli?.(program, { open: async () => ctx, say: (line) => lines.push(line) });
    await program.parseAsync(['legal-entities', 'match'], { from: 'user' });
    expect(lines).toEqual(['names looked at: 1; candidates proposed: 1']);
    const [row] = await ctx.db.query<{ status: string; candidate: number }>(sql`
      select c.status, c.candidate_id::int as candidate from legal_entity_match_candidates c
      join legal_entities e on e.id = c.entity_id where e.name_en = 'Khukh Murun Group'`);
    expect(row).toEqual({ status: 'pending', candidate: khukh });
  });
});
