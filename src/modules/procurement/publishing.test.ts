import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { createApiToken } from '../../platform/auth/api-tokens.ts';
import { sql } from '../../platform/db/sql.ts';
import { procurementModule } from './module.ts';
import type { ProcessSpec } from './ocds/build.ts';
import type { JsonObject } from './ocds/merge.ts';
import { cleanSpec, publish, releasesOf, supplier, underThresholdSpec, withFile } from './test-support.ts';

/**
 * Who may publish releases of a process that is already there: a publisher of one organisation
 * may not take over, rewrite or move another organisation's process, by any publishing path.
 */

const { app, ctx } = await createTestApp();
const pack = ctx.country.procurement;

const HEALTH = 'ministry-of-health';
const ENERGY = 'ministry-of-energy';
const MINING = 'ministry-of-mining';
/** A sub-organisation of the ministry of mining. */
const MINERALS = 'mineral-resources-authority';

const ndjson = (releases: unknown[]) => releases.map((r) => JSON.stringify(r)).join('\n');
const pkg = (releases: unknown[]) => ({
  uri: 'https://example.mn/ocds/1.json',
  version: '1.1',
  publishedDate: '2025-07-01T00:00:00Z',
  publisher: { name: 'Test' },
  releases,
});

let serial = 0;
/** A process of `slug`, published by the system: tender, award and contract. */
async function processOf(slug: string, build: (ocid: string) => ProcessSpec = cleanSpec): Promise<string> {
  const ocid = `ocds-trust-${++serial}`;
  const report = await publish(ctx, releasesOf({ ...build(ocid), buyer: { slug, name: slug } }));
  expect(report).toMatchObject({ committed: true, problems: [] });
  return ocid;
}

/**
 * A later release of `ocid` that names `slug` as its buyer and changes the contract's value: what a
 * publisher would send to take the process over or rewrite it.
 */
function claim(ocid: string, slug: string, name = slug): JsonObject {
  const party = {
    id: `${pack.buyerScheme}-${slug}`,
    name,
    identifier: { scheme: pack.buyerScheme, id: slug, legalName: name },
    roles: ['buyer', 'procuringEntity'],
  };
  return {
    ocid,
    id: `${ocid}-claim-${++serial}`,
    date: '2025-06-01T00:00:00Z',
    tag: ['contractUpdate'],
    initiationType: 'tender',
    language: 'mn',
    parties: [party],
    buyer: { id: party.id, name },
    contracts: [
      {
        id: `${ocid}-contract-1`,
        awardID: `${ocid}-award-1`,
        value: { amount: 1_000_000, currency: ctx.country.currency },
      },
    ],
  };
}

/** Everything stored about a process: its row, contracts, releases and search document. */
async function stateOf(ocid: string) {
  const [process] = await ctx.db.query(sql`
    select buyer_id, buyer_name, compiled, flags, flag_details, release_count, last_release, contract_value,
      supplier_id, updated_at from procurement_processes where ocid = ${ocid}`);
  const contracts = await ctx.db.query(sql`
    select c.contract_id, c.buyer_id, c.supplier_id, c.value, c.original_value, c.status
    from procurement_contracts c join procurement_processes p on p.id = c.process_id
    where p.ocid = ${ocid} order by c.contract_id`);
  const releases = await ctx.db.query(
    sql`select release_id, digest from procurement_releases where ocid = ${ocid} order by seq`,
  );
  return { process, contracts, releases };
}

const buyerOf = async (ocid: string) =>
  (
    await ctx.db.query<{ slug: string | null }>(sql`
      select o.slug from procurement_processes p left join organizations o on o.id = p.buyer_id where p.ocid = ${ocid}`)
  )[0]?.slug;

const orgId = async (slug: string) =>
  (await ctx.db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`))[0]!.id;

async function uploadAs(client: Awaited<ReturnType<typeof signedInAs>>, releases: unknown[], skip = false) {
  await client.get('/procurement/upload?lang=en');
  return client.upload('/procurement/upload', skip ? { skipInvalid: '1' } : {}, {
    file: { name: 'releases.ndjson', content: ndjson(releases) },
  });
}

/**
 * A new process of `owner`, and a release of it naming `named` as its buyer uploaded by `publisher`:
 * refused, naming the line and the process, and nothing of the process changed. Answers its OCID.
 */
async function refusedUpload(
  publisher: Awaited<ReturnType<typeof signedInAs>>,
  owner: string,
  named: string,
) {
  const ocid = await processOf(owner);
  const before = await stateOf(ocid);
  const refused = await uploadAs(publisher, [claim(ocid, named)]);
  expect(refused.statusCode).toBe(422);
  expect(refused.body).toContain('line 1.buyer');
  expect(refused.body).toContain(ocid);
  expect(await stateOf(ocid)).toEqual(before);
  return ocid;
}

const changesOf = (ocid: string) =>
  ctx.db.query<{ actor: string; details: Record<string, unknown> }>(sql`
    select actor, details from audit_log
    where action = 'procurement.change-buyer' and subject_type = 'procurement-process' and subject_id = ${ocid}
    order by seq`);

describe('a publisher of one organisation and another’s process', () => {
  it('the upload page refuses a release that names the publisher’s organisation as the buyer of another’s process, and writes nothing of the file', async () => {
    const theirs = await processOf(ENERGY);
    const before = await stateOf(theirs);
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: HEALTH });
    const own = releasesOf(
      cleanSpec(`ocds-trust-own-${++serial}`, { buyer: { slug: HEALTH, name: HEALTH } }),
    );
    const takeover = claim(theirs, HEALTH);
    const refused = await uploadAs(publisher, [...own, takeover]);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`line ${own.length + 1}.buyer`);
    expect(refused.body).toContain(theirs);
    expect(refused.body).toContain(String(takeover.id));
    expect(refused.body).toContain(ENERGY);
    expect(await stateOf(theirs)).toEqual(before);
    expect(await buyerOf(String(own[0]!.ocid))).toBeUndefined();
    expect(await changesOf(theirs)).toEqual([]);
    // With “skip invalid” the publisher's own process goes in; the other's is still untouched.
    const skipped = await uploadAs(publisher, [...own, takeover], true);
    expect(skipped.statusCode).toBe(200);
    expect(await buyerOf(String(own[0]!.ocid))).toBe(HEALTH);
    expect(await stateOf(theirs)).toEqual(before);
  });

  it('the upload page refuses a release of another’s process that keeps its buyer', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: HEALTH });
    await refusedUpload(publisher, ENERGY, ENERGY);
  });

  it('a publisher of the process’s buyer may not move it to an organisation they do not publish for', async () => {
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ENERGY });
    const ours = await refusedUpload(publisher, ENERGY, HEALTH);
    // Their own process they may update, its buyer kept.
    const kept = await uploadAs(publisher, [claim(ours, ENERGY)]);
    expect(kept.statusCode).toBe(200);
    expect(await buyerOf(ours)).toBe(ENERGY);
    expect(await changesOf(ours)).toEqual([]);
  });

  for (const tokenOrganization of [HEALTH, null])
    it(`the API refuses it from a token of that publisher ${tokenOrganization ? 'issued for the organisation' : 'not tied to an organisation'}`, async () => {
      const theirs = await processOf(ENERGY);
      const before = await stateOf(theirs);
      const owner = await signedInAs(app, ctx, { role: 'organization-publisher', organization: HEALTH });
      const token = await createApiToken(ctx.db, {
        userId: owner.userId,
        organizationId: tokenOrganization ? await orgId(tokenOrganization) : null,
        name: 'ocds',
        scopes: ['procurement.publish'],
        expiresAt: new Date(Date.now() + 3600_000),
        createdBy: owner.userId,
      });
      const post = (releases: unknown[], query = '') =>
        app.inject({
          method: 'POST',
          url: `/api/v1/procurement/releases${query}`,
          headers: { authorization: `Bearer ${token.token}` },
          payload: pkg(releases),
        });
      for (const release of [claim(theirs, HEALTH), claim(theirs, ENERGY)]) {
        const refused = await post([release]);
        expect(refused.statusCode).toBe(422);
        const [error] = refused.json().errors as { field: string; message: string }[];
        expect(error!.field).toBe('releases[0].buyer');
        expect(error!.message).toContain(theirs);
        expect(error!.message).toContain(String(release.id));
        expect((await post([release], '?skipInvalid=true')).statusCode).toBe(422);
      }
      expect(await stateOf(theirs)).toEqual(before);
      expect(await changesOf(theirs)).toEqual([]);
      // The token still publishes the organisation's own processes.
      const own = releasesOf(
        cleanSpec(`ocds-trust-own-${++serial}`, { buyer: { slug: HEALTH, name: HEALTH } }),
      );
      expect((await post(own)).json()).toMatchObject({ added: own.length });
    });
});

describe('a change of buyer by someone who may publish for both', () => {
  it('a publisher whose grant reaches the sub-organisations may move a process between them, audited; a publisher of the sub-organisation alone may not take the parent’s', async () => {
    const agency = await processOf(MINERALS);
    const minerals = await signedInAs(app, ctx, { role: 'organization-publisher', organization: MINERALS });
    await refusedUpload(minerals, MINING, MINERALS);

    const mining = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: MINING,
      includeSubOrganizations: true,
    });
    const moved = await uploadAs(mining, [claim(agency, MINING)]);
    expect(moved.statusCode).toBe(200);
    expect(await buyerOf(agency)).toBe(MINING);
    const contracts = await ctx.db.query<{ buyer: string }>(sql`
      select o.slug as buyer from procurement_contracts c join procurement_processes p on p.id = c.process_id
      join organizations o on o.id = c.buyer_id where p.ocid = ${agency}`);
    expect(contracts).toEqual([{ buyer: MINING }]);
    const [change] = await changesOf(agency);
    expect(change).toMatchObject({
      actor: `user:${mining.userId}`,
      details: { from: MINERALS, to: MINING, file: 'releases.ndjson' },
    });
  });

  it('a platform administrator may change the buyer, audited; the old buyer’s flags that leaned on the process are recomputed', async () => {
    // Two contracts just under the disclosure threshold to one supplier at one buyer: both split.
    const one = supplier('Split Trust LLC', '2010-01-01');
    const under = (day: string) => processOf(ENERGY, (ocid) => underThresholdSpec(ocid, day, one));
    const first = await under('05-01');
    const second = await under('05-20');
    const flags = async (ocid: string) =>
      (
        await ctx.db.query<{ flags: string[] }>(
          sql`select flags from procurement_processes where ocid = ${ocid}`,
        )
      )[0]!.flags;
    expect(await flags(first)).toContain('split');

    const admin = await signedInAs(app, ctx, { role: 'platform-administrator' });
    const moved = await uploadAs(admin, [claim(second, HEALTH)]);
    expect(moved.statusCode).toBe(200);
    expect(await buyerOf(second)).toBe(HEALTH);
    // The first no longer has a second contract at its buyer to be split with.
    expect(await flags(first)).not.toContain('split');
    expect(await changesOf(second)).toMatchObject([
      { actor: `user:${admin.userId}`, details: { from: ENERGY, to: HEALTH } },
    ]);
  });

  it('a publisher of the old buyer cannot slip a release in while a change of buyer is being committed', async () => {
    const moving = await processOf(ENERGY);
    const energy = await signedInAs(app, ctx, { role: 'organization-publisher', organization: ENERGY });
    await energy.get('/procurement/upload?lang=en');
    let committing!: () => void;
    const held = new Promise<void>((resolve) => {
      committing = resolve;
    });
    let reached!: () => void;
    const inTransaction = new Promise<void>((resolve) => {
      reached = resolve;
    });
    // The system moves the process to another buyer and holds its transaction open at the end.
    const move = publish(ctx, [claim(moving, HEALTH)], {
      beforeCommit: async () => {
        reached();
        await held;
        return {};
      },
    });
    await inTransaction;
    // Meanwhile a publisher of the old buyer sends a release of it; it is let go only after a while,
    // when that release has been read against the process as it was.
    const sent = energy.upload(
      '/procurement/upload',
      {},
      { file: { name: 'late.ndjson', content: ndjson([claim(moving, ENERGY)]) } },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    committing();
    expect(await move).toMatchObject({ committed: true, added: 1 });
    const late = await sent;
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain(moving);
    expect(await buyerOf(moving)).toBe(HEALTH);
  });

  it('`shilen import ocds` runs as the system, which may change a buyer; the change is audited', async () => {
    const theirs = await processOf(ENERGY);
    const importer = procurementModule.importers!.find((i) => i.name === 'ocds')!;
    const report = await withFile('cli.ndjson', ndjson([claim(theirs, HEALTH)]), (file) =>
      importer.run(ctx, file, { dryRun: false }),
    );
    expect(report).toMatchObject({ added: 1, problems: [] });
    expect(await buyerOf(theirs)).toBe(HEALTH);
    expect(await changesOf(theirs)).toMatchObject([
      { actor: 'system:cli', details: { from: ENERGY, to: HEALTH } },
    ]);
  });
});
