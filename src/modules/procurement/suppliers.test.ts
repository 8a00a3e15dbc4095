import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { organizationId, submittedAs } from '../../../test/factories.ts';
import { createTestApp, createTestDatabase, testConfig } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { seedAdminUnits } from '../../platform/admin-units.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { sql } from '../../platform/db/sql.ts';
import { translator } from '../../platform/i18n/index.ts';
import { matchAll, matchKey, UNIDENTIFIED } from '../../platform/legal-entities/index.ts';
import { moduleContext, silentLog } from '../../platform/module.ts';
import { allMigrations, prepareDatabase } from '../../platform/setup.ts';
import { modules } from '../index.ts';
import { procurementEntitySection } from './entity-section.ts';
import { compileReleases, type JsonObject } from './ocds/merge.ts';
import { findProcess, recordsAfter, releasesAfter } from './service.ts';
import { cleanSpec, publish, releasesOf, supplier, underThresholdSpec } from './test-support.ts';

const MIGRATION = 'procurement/005_suppliers_as_legal_entities.sql';

/** The releases with the party of this name stripped of its identifier: a party that came with a name only. */
function nameOnly(releases: JsonObject[], name: string): JsonObject[] {
  const strip = (p: JsonObject) => {
    if (p.name !== name) return p;
    const { identifier: _, details: __, ...rest } = p;
    return rest;
  };
  return releases.map((r) => ({ ...r, parties: (r.parties as JsonObject[]).map(strip) }));
}

/** The releases of a clean process won by `winner`; with `withoutId` the winner's party has no identifier. */
function releasesWonBy(ocid: string, winner: ReturnType<typeof supplier>, withoutId = false): JsonObject[] {
  const spec = cleanSpec(ocid);
  const releases = releasesOf({
    ...spec,
    bids: [{ ...spec.bids[0]!, supplier: winner }, ...spec.bids.slice(1)],
  });
  return withoutId ? nameOnly(releases, winner.name) : releases;
}

/** A supplier, its process, releases and contract as procurement wrote them before migration 005. */
async function oldProcess(
  db: Queryable,
  ocid: string,
  s: { scheme: string; identifier: string; name: string; registered: string | null },
  releases: JsonObject[],
): Promise<{ supplierId: number; processId: number }> {
  const [found] = await db.query<{ id: number }>(sql`
    insert into procurement_suppliers (scheme, identifier, name, registered_on)
    values (${s.scheme}, ${s.identifier}, ${s.name}, ${s.registered}::date)
    on conflict (scheme, identifier) do update set name = excluded.name returning id`);
  const supplierId = Number(found!.id);
  const compiled = compileReleases(releases);
  const contract = (compiled.contracts as JsonObject[])[0]!;
  const value = (contract.value as JsonObject).amount as number;
  const buyerId = await organizationId(db, 'ministry-of-health');
  const dates = releases.map((r) => String(r.date)).sort();
  const [process] = await db.query<{ id: number }>(sql`
    insert into procurement_processes (ocid, buyer_id, buyer_name, title, stage, currency, contract_value,
      supplier_id, supplier_name, date_signed, first_release, date, last_release, release_count, compiled)
    values (${ocid}, ${buyerId}, 'Эрүүл мэндийн яам', ${String((compiled.tender as JsonObject).title)}, 'contract',
      'MNT', ${value}, ${supplierId}, ${s.name}, ${String(contract.dateSigned)}, ${dates[0]}, ${String(contract.dateSigned)},
      ${dates.at(-1)}, ${releases.length}, ${JSON.stringify(compiled)}::jsonb)
    returning id`);
  const processId = Number(process!.id);
  for (const r of releases) {
    const text = JSON.stringify(r);
    await db.query(sql`
      insert into procurement_releases (process_id, ocid, release_id, date, tags, data, digest, published_by)
      values (${processId}, ${ocid}, ${String(r.id)}, ${String(r.date)}, ${r.tag as string[]}::text[], ${text}::json,
        ${createHash('sha256').update(text).digest('base64url')}, 'test')`);
  }
  await db.query(sql`
    insert into procurement_contracts (process_id, contract_id, buyer_id, supplier_id, value, original_value,
      currency, status, date_signed, published)
    values (${processId}, ${String(contract.id)}, ${buyerId}, ${supplierId}, ${value}, ${value}, 'MNT',
      ${String(contract.status)}, ${String(contract.dateSigned)}, ${String(contract.dateSigned)})`);
  return { supplierId, processId };
}

/** What procurement publishes in OCDS, as the API's packages read it. */
async function ocdsOutput(db: Queryable) {
  const records = await recordsAfter(db, { after: 0, limit: 100 });
  const releases = await releasesAfter(db, { after: 0, limit: 100 });
  return {
    records: records.map((r) => ({ ocid: r.ocid, compiled: r.compiled, releases: r.releases })),
    releases: releases.map((r) => ({ ocid: r.ocid, id: r.releaseId, data: r.data })),
  };
}

const supplierOf = async (db: Queryable, ocid: string) => (await findProcess(db, ocid))!.supplierId as number;

/** A database as it was before migration 005: every other migration applied, the reference data seeded. */
async function databaseBefore005() {
  const db = await createTestDatabase();
  const ctx = moduleContext({ config: testConfig(), db, log: silentLog });
  const all = allMigrations(modules);
  expect(all.map((m) => m.id)).toContain(MIGRATION);
  await migrate(
    db,
    all.filter((m) => m.id !== MIGRATION),
  );
  await seedAdminUnits(db, ctx.country.adminUnits);
  for (const m of modules) if (m.name !== 'procurement') await m.seed?.(ctx);
  return { db, ctx };
}

const old = await databaseBefore005();
const { app, ctx } = await createTestApp();

describe('migration 005: suppliers move onto legal entities', () => {
  it('moves suppliers with their ids, names, sources and references, and leaves the OCDS output as it was', async () => {
    const { db, ctx } = old;
    const pack = ctx.country.legalEntities;
    const scheme = ctx.country.procurement.supplierScheme;

    // An entity the register already had: the supplier joins it.
    const known = supplier('Khuren Zam LLC', '2012-05-01');
    const [entity] = await db.query<{ id: number }>(sql`
      insert into legal_entities (scheme, identifier, name_en) values (${scheme}, ${known.register}, 'Khuren Zam LLC')
      returning id`);
    const kept = supplier('Хүрэн Зам ХХК', '2012-05-01');
    const fresh = supplier('Шинэ Гүүр ХХК', '2024-12-20');
    const named = supplier('Номин Трейд ХХК');
    const sameName = supplier('«НОМИН ТРЕЙД»');
    const a = await oldProcess(
      db,
      'ocds-mig-a',
      { scheme, identifier: known.register, name: kept.name, registered: '2012-05-01' },
      releasesWonBy('ocds-mig-a', { ...kept, register: known.register }),
    );
    await oldProcess(
      db,
      'ocds-mig-b',
      { scheme, identifier: fresh.register, name: fresh.name, registered: '2024-12-20' },
      releasesWonBy('ocds-mig-b', fresh),
    );
    const c = await oldProcess(
      db,
      'ocds-mig-c',
      { scheme: 'ocds-party', identifier: 'ocds-mig-c/x', name: named.name, registered: null },
      releasesWonBy('ocds-mig-c', named, true),
    );
    await oldProcess(
      db,
      'ocds-mig-d',
      { scheme: 'ocds-party', identifier: 'ocds-mig-d/x', name: sameName.name, registered: null },
      releasesWonBy('ocds-mig-d', sameName, true),
    );
    // A foreign company (its release names it in the pack's scheme; the old row said GB-COH).
    const foreign = supplier('Northern Roads Ltd');
    await oldProcess(
      db,
      'ocds-mig-g',
      { scheme: 'GB-COH', identifier: '01234567', name: foreign.name, registered: null },
      releasesWonBy('ocds-mig-g', foreign),
    );
    await db.query(sql`
      insert into procurement_known_spending (buyer_id, source, reference, supplier_id, amount, currency, date)
      values (${await organizationId(db, 'ministry-of-health')}, 'payment', 'P-1', ${a.supplierId}, 90000000, 'MNT', '2025-05-01')`);
    const before = await ocdsOutput(db);

    await prepareDatabase(ctx, modules);

    expect((await db.query(sql`select to_regclass('procurement_suppliers') as t`))[0]).toEqual({ t: null });
    const fks = await db.query<{ name: string; target: string }>(sql`
      select conname as name, confrelid::regclass::text as target from pg_constraint
      where conname like 'procurement_%_supplier_id_fkey' order by 1`);
    expect(fks).toEqual([
      { name: 'procurement_contracts_supplier_id_fkey', target: 'legal_entities' },
      { name: 'procurement_known_spending_supplier_id_fkey', target: 'legal_entities' },
      { name: 'procurement_processes_supplier_id_fkey', target: 'legal_entities' },
    ]);

    // The register's entity kept its id and its English name, and gained the Mongolian one.
    const known2 = await supplierOf(db, 'ocds-mig-a');
    expect(known2).toBe(Number(entity!.id));
    const [k] = await db.query<Record<string, unknown>>(sql`
      select name_mn, name_en, registered_on::text as registered from legal_entities where id = ${known2}`);
    expect(k).toEqual({ name_mn: 'Хүрэн Зам ХХК', name_en: 'Khuren Zam LLC', registered: '2012-05-01' });
    const [spending] = await db.query<{ id: number }>(
      sql`select supplier_id as id from procurement_known_spending`,
    );
    expect(Number(spending!.id)).toBe(known2);

    const [b] = await db.query<Record<string, unknown>>(sql`
      select e.scheme, e.identifier, e.kind, e.registered_on::text as registered,
        (select count(*)::int from procurement_contracts c where c.supplier_id = e.id) as contracts
      from legal_entities e where e.id = ${await supplierOf(db, 'ocds-mig-b')}`);
    expect(b).toEqual({
      scheme,
      identifier: fresh.register,
      kind: 'company',
      registered: '2024-12-20',
      contracts: 1,
    });

    const [g] = await db.query(sql`
      select scheme, identifier, kind, name_en from legal_entities where id = ${await supplierOf(db, 'ocds-mig-g')}`);
    expect(g).toEqual({
      scheme: 'GB-COH',
      identifier: '01234567',
      kind: 'foreign-company',
      name_en: foreign.name,
    });

    // The two name-only suppliers of one name are one unidentified entity, keyed as the import keys it.
    const unidentified = await supplierOf(db, 'ocds-mig-c');
    expect(await supplierOf(db, 'ocds-mig-d')).toBe(unidentified);
    const [u] = await db.query<{ scheme: string; identifier: string }>(sql`
      select scheme, identifier from legal_entities where id = ${unidentified}`);
    expect(u).toEqual({ scheme: UNIDENTIFIED, identifier: matchKey(named.name, pack) });
    expect(c.supplierId).not.toBe(unidentified);

    // Every name with its real match key; every fact's source is procurement.
    const names = await db.query<{ name: string; key: string }>(sql`
      select name, match_key as key from legal_entity_names where entity_id = ${unidentified} order by name`);
    expect(names).toEqual(
      [named.name, sameName.name].sort().map((name) => ({ name, key: matchKey(name, pack) })),
    );
    const sources = await db.query<{ field: string }>(sql`
      select field from legal_entity_sources where entity_id = ${known2} and source = 'procurement' order by 1`);
    expect(sources.map((s) => s.field)).toEqual(['identifier', 'name_mn', 'registered_on']);
    expect(await db.query(sql`select * from procurement_entities_to_key`)).toEqual([]);

    expect(await ocdsOutput(db)).toEqual(before);

    // The import after the migration finds the same entities: by register number, and by name alone.
    const again = await publish(ctx, [
      ...releasesWonBy('ocds-mig-e', { ...fresh, name: 'Shine Guur LLC' }),
      ...releasesWonBy('ocds-mig-f', named, true),
    ]);
    expect(again.committed).toBe(true);
    expect(await supplierOf(db, 'ocds-mig-e')).toBe(await supplierOf(db, 'ocds-mig-b'));
    expect(await supplierOf(db, 'ocds-mig-f')).toBe(unidentified);
  }, 120_000);
});

describe('suppliers as legal entities', () => {
  it('a rebuild of the rows from the releases keeps a merge: the wins show under the entity merged into', async () => {
    const winner = supplier('Алтан Говь ХХК', '2015-03-01');
    const alias = supplier('Altan Gobi');
    const releases = [
      ...releasesWonBy('ocds-merge-1', winner),
      ...releasesWonBy('ocds-merge-2', alias, true),
    ];
    expect((await publish(ctx, releases)).committed).toBe(true);
    const root = await supplierOf(ctx.db, 'ocds-merge-1');
    const merged = await supplierOf(ctx.db, 'ocds-merge-2');
    expect(merged).not.toBe(root);
    const [e] = await ctx.db.query<{ scheme: string }>(
      sql`select scheme from legal_entities where id = ${merged}`,
    );
    expect(e!.scheme).toBe(UNIDENTIFIED);
    // A person's decision, as the register keeps it.
    await ctx.db.query(sql`update legal_entities set merged_into = ${root} where id = ${merged}`);

    // Rebuild: every row procurement derives is dropped and made again from the stored releases.
    const stored = await ctx.db.query<{ data: JsonObject }>(
      sql`select data from procurement_releases order by seq`,
    );
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`delete from procurement_contracts`);
      await tx.query(sql`delete from procurement_releases`);
      await tx.query(sql`delete from procurement_processes`);
    });
    expect(
      (
        await publish(
          ctx,
          stored.map((r) => r.data),
        )
      ).committed,
    ).toBe(true);

    expect(await supplierOf(ctx.db, 'ocds-merge-2')).toBe(merged);
    const page = await app.inject({ url: `/procurement/suppliers/${root}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/legal-entities/${root}"`);
    expect(page.body).toContain('<dt>Contracts</dt><dd>2</dd>');
    const moved = await app.inject({ url: `/procurement/suppliers/${merged}` });
    expect(moved.statusCode).toBe(302);
    expect(moved.headers.location).toBe(`/procurement/suppliers/${root}`);
    const list = await app.inject({ url: `/api/v1/procurement/processes?supplier=${root}` });
    expect((list.json() as { items: { ocid: string }[] }).items.map((p) => p.ocid).sort()).toEqual([
      'ocds-merge-1',
      'ocds-merge-2',
    ]);

    // Procurement's section of the entity's page: the family's contracts, newest first, as HTML and data.
    const t = translator('en');
    const section = await procurementEntitySection(ctx, { id: root, family: [root, merged] }, t);
    expect(section).toMatchObject({
      id: 'procurement-awards',
      count: 2,
      href: `/procurement/suppliers/${root}`,
    });
    expect(section!.data.map((d) => d.ocid)).toEqual(['ocds-merge-2', 'ocds-merge-1']);
    expect(section!.data[0]).toMatchObject({
      buyer: { slug: 'ministry-of-health' },
      value: { amount: 250_000_000, currency: ctx.country.currency },
      date: '2025-04-20',
      url: '/procurement/processes/ocds-merge-2',
    });
    const body = String(section!.html);
    expect(body).toContain('<a href="/procurement/processes/ocds-merge-1">ocds-merge-1</a>');
    expect(body).toContain('<dt>Contracts</dt><dd>2</dd>');
    // Only the merged entity's own rows when asked for it alone; nothing for an entity that won nothing.
    expect((await procurementEntitySection(ctx, { id: merged, family: [merged] }, t))?.count).toBe(1);
    const [other] = await ctx.db.query<{ id: number }>(sql`
      insert into legal_entities (scheme, identifier, name_en) values ('GB-COH', '00000001', 'Nothing Won Ltd') returning id`);
    expect(await procurementEntitySection(ctx, { id: other!.id, family: [other!.id] }, t)).toBeNull();
  }, 120_000);

  it('compares root entities for splitting: a merge raises the flag on both contracts, its undoing clears it', async () => {
    const firm = supplier('Split Pair LLC', '2010-01-01');
    const alias = supplier('Split Pair');
    // Two contracts just under the threshold within the window, one to the firm by its number and
    // one to a party named only: two entities, so no split yet.
    const releases = [
      ...releasesOf(underThresholdSpec('ocds-pair-1', '05-01', firm)),
      ...nameOnly(releasesOf(underThresholdSpec('ocds-pair-2', '05-20', alias)), alias.name),
    ];
    expect((await publish(ctx, releases)).committed).toBe(true);
    const flagsOf = async () =>
      (
        await ctx.db.query<{ flags: string[] }>(
          sql`select flags from procurement_processes where ocid in ('ocds-pair-1', 'ocds-pair-2') order by ocid`,
        )
      ).map((p) => p.flags.includes('split'));
    expect(await flagsOf()).toEqual([false, false]);
    const firmId = await supplierOf(ctx.db, 'ocds-pair-1');
    const aliasId = await supplierOf(ctx.db, 'ocds-pair-2');

    // A platform administrator confirms the matcher's proposal on the register's page: the merge
    // calls procurement's `onEntitiesMerged` in its transaction.
    await matchAll(ctx.db);
    const admin = { role: 'platform-administrator' } as const;
    const { res } = await submittedAs(
      app,
      ctx,
      admin,
      `/legal-entities/matches/${aliasId}`,
      { candidate: String(firmId), decision: 'confirm' },
      { open: '/legal-entities/matches' },
    );
    expect(res.statusCode).toBe(303);
    expect(await flagsOf()).toEqual([true, true]);
    const [detail] = await ctx.db.query<{ split: { contracts: number } }>(
      sql`select flag_details -> 'split' as split from procurement_processes where ocid = 'ocds-pair-1'`,
    );
    expect(detail!.split.contracts).toBe(2);

    // Undone on the log of merges: two suppliers again, no split.
    const [merge] = await ctx.db.query<{ id: number }>(
      sql`select id from legal_entity_merges where from_id = ${aliasId} and undone_at is null`,
    );
    const client = await signedInAs(app, ctx, admin);
    await client.get('/legal-entities/merges');
    const undone = await client.submit(`/legal-entities/merges/${merge!.id}/undo`, {
      reason: 'Another firm',
    });
    expect(undone.statusCode).toBe(303);
    expect(await flagsOf()).toEqual([false, false]);
  }, 120_000);
});
