import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { resolveEntities } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { type AnnotationInput, addAnnotation } from './annotate.ts';
import { type ContractInput, createContract } from './create-contract.ts';
import { addContractDocument } from './documents.ts';
import { makePdf, receivedFile } from './pdf-bytes.ts';
import type { Contract } from './store.ts';

let counter = 0;
const meta = (what: string) => ({
  ip: 'test',
  requestId: `test-contract-${what}-${counter}`,
  now: new Date(),
});

/** A legal entity of the register with this name (found again by name on a second call). */
export async function buildEntity(ctx: ModuleContext, name: string): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const ids = await resolveEntities(
      tx,
      [{ scheme: null, identifier: null, name, kind: 'company' }],
      { source: 'test' },
      ctx.country.legalEntities,
    );
    return [...ids.values()][0]!;
  });
}

/**
 * A contract of the pack's first kind between its publishing body and a company of the register,
 * made by the module's command; with `pages`, a PDF document of those pages (`null` a scan).
 */
export async function buildContract(
  ctx: ModuleContext,
  overrides: Partial<ContractInput> & {
    pages?: readonly (readonly string[] | null)[];
    company?: string;
  } = {},
): Promise<Contract> {
  counter += 1;
  const { pages, company, ...input } = overrides;
  const entity = await buildEntity(ctx, company ?? `Test Resources ${counter} LLC`);
  const result = await createContract(
    ctx,
    systemActor('test'),
    {
      slug: `contract-${counter}`,
      contractType: ctx.country.extractives.contractTypes[0]!.code,
      titleMn: `Гэрээ ${counter}`,
      titleEn: `Agreement ${counter}`,
      signedOn: '2010-01-01',
      termYears: 10,
      resources: ['mineral'],
      parties: [`organization:${ctx.country.extractives.contractsPublisherSlug}`, `entity:${entity}`],
      ...input,
    },
    meta('create'),
  );
  if (!result.ok) throw new Error(`could not build a contract: ${JSON.stringify(result.problems)}`);
  if (pages) {
    const file = await receivedFile(ctx.config, await makePdf(pages), `${result.value.slug}.pdf`);
    const added = await addContractDocument(
      ctx,
      systemActor('test'),
      result.value.slug,
      { titleMn: 'Гэрээний эх', titleEn: 'Text of the agreement', document: file },
      meta('document'),
    );
    if (!added.ok) throw new Error(`could not add a document: ${JSON.stringify(added.problems)}`);
  }
  return result.value;
}

/** An annotation on a contract, by the module's command. */
export async function buildAnnotation(
  ctx: ModuleContext,
  slug: string,
  input: AnnotationInput,
): Promise<number> {
  const result = await addAnnotation(ctx, systemActor('test'), slug, input, meta('annotate'));
  if (!result.ok) throw new Error(`could not annotate: ${JSON.stringify(result.problems)}`);
  return result.value.id;
}

/** The publishing body's slug and id, for signing in as its publisher. */
export async function publisher(ctx: ModuleContext): Promise<{ slug: string; id: number }> {
  const slug = ctx.country.extractives.contractsPublisherSlug;
  const [row] = await ctx.db.query<{ id: number }>(
    sql`select id::int as id from organizations where slug = ${slug}`,
  );
  return { slug, id: row!.id };
}
