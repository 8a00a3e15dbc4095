import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { resolveEntities } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { addAnnotation } from './annotate.ts';
import { createContract } from './create-contract.ts';
import { CONTRACTS } from './demo-data.ts';
import { addContractDocument } from './documents.ts';
import { makePdf, receivedFile } from './pdf-bytes.ts';

/**
 * Loads the demo contracts through the module's own commands (audited like any other), skipping
 * those already there and those whose kind the country pack does not have.
 */
export async function loadContractsDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const actor = systemActor('demo');
  const types = new Set(ctx.country.extractives.contractTypes.map((t) => t.code));
  const organizations = new Set(ctx.country.organizations.map((o) => o.slug));
  const authority = ctx.country.extractives.contractsPublisherSlug;
  const government = organizations.has('government') ? 'government' : authority;
  let contracts = 0;
  let annotations = 0;
  for (const c of CONTRACTS) {
    if (!types.has(c.type)) continue;
    const [exists] = await ctx.db.query(sql`select 1 from extractive_contracts where slug = ${c.slug}`);
    if (exists) continue;
    const ids = await ctx.db.transaction((tx) =>
      resolveEntities(
        tx,
        c.companies.map((p) => ({ scheme: null, identifier: null, name: p.name, kind: p.kind })),
        { source: 'extractives', reference: c.slug },
        ctx.country.legalEntities,
      ),
    );
    const licences = (
      await ctx.db.query<{ slug: string }>(
        sql`select slug from extractive_licences where slug = any(${[...(c.licences ?? [])]}::text[])`,
      )
    ).map((l) => l.slug);
    const meta = (what: string) => ({
      ip: 'cli',
      requestId: `demo-contract-${c.slug}-${what}`,
      now: new Date(),
    });
    const made = await createContract(
      ctx,
      actor,
      {
        slug: c.slug,
        contractType: c.type,
        titleMn: c.titleMn,
        titleEn: c.titleEn,
        signedOn: c.signedOn,
        termYears: c.termYears,
        extensionYears: c.extensionYears,
        resources: c.resources,
        parties: [
          `organization:${c.state === 'government' ? government : authority}`,
          ...[...ids.values()].map((id) => `entity:${id}`),
        ],
        amends: c.amends,
        licences,
      },
      meta('create'),
    );
    if (!made.ok) throw new Error(`demo contract ${c.slug}: ${JSON.stringify(made.problems)}`);
    contracts += 1;
    const file = await receivedFile(ctx.config, await makePdf(c.pages), `${c.slug}.pdf`);
    const added = await addContractDocument(
      ctx,
      actor,
      c.slug,
      {
        titleMn: 'Гэрээний товч (жишээ)',
        titleEn: 'Summary of the agreement (demonstration)',
        document: file,
      },
      meta('document'),
    );
    if (!added.ok) throw new Error(`demo document of ${c.slug}: ${JSON.stringify(added.problems)}`);
    for (const [i, a] of c.annotations.entries()) {
      const done = await addAnnotation(ctx, actor, c.slug, a, meta(`annotation-${i}`));
      if (!done.ok) throw new Error(`demo annotation of ${c.slug}: ${JSON.stringify(done.problems)}`);
      annotations += 1;
    }
  }
  return { 'extractive contracts': contracts, 'contract annotations': annotations };
}
