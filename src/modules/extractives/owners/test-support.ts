import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import {
  claimKey,
  type EntityClaim,
  entityKey,
  resolveEntities,
} from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { type DeclareOwnerInput, declareOwner, keeperSlugs } from './declare.ts';

let counter = 0;

/** The first register keeper of the pack (a licence issuer): the organisation owners are declared for. */
export const ownersKeeper = (ctx: Pick<ModuleContext, 'country'>) => keeperSlugs(ctx.country)[0]!;

/** A legal entity of the platform's register (claimed as a module claims one), its id. */
export async function buildOwnedEntity(
  ctx: ModuleContext,
  claim: Partial<EntityClaim> & { name?: string } = {},
): Promise<number> {
  counter += 1;
  const full: EntityClaim = {
    scheme: ctx.country.legalEntities.nationalScheme,
    identifier: `${9_000_000 + counter}`,
    name: `Test Mining ${counter} LLC`,
    ...claim,
  };
  const ids = await ctx.db.transaction((tx) =>
    resolveEntities(tx, [full], { source: 'test' }, ctx.country.legalEntities),
  );
  return ids.get(entityKey(claimKey(full, ctx.country.legalEntities)))!;
}

/** One owner declared by the module's command (as the register keeper's form does), its ids. */
export async function buildOwnership(
  ctx: ModuleContext,
  overrides: Partial<DeclareOwnerInput> & { subject: string },
): Promise<{ ownershipId: number; subjectId: number }> {
  counter += 1;
  const result = await declareOwner(
    ctx.db,
    ctx.country,
    systemActor('test'),
    {
      organization: ownersKeeper(ctx),
      partyKind: 'person',
      nameMn: `Өмчлөгч ${counter}`,
      nameEn: `Owner ${counter}`,
      nationality: 'MN',
      residence: 'MN',
      pepStatus: 'isNotPep',
      interestType: 'shareholding',
      beneficial: '1',
      shareExact: '10',
      sourceType: 'selfDeclaration',
      statementDate: '2024-01-15',
      ...overrides,
    },
    { ip: 'test', requestId: `test-owner-${counter}`, now: new Date() },
  );
  if (!result.ok) throw new Error(`could not declare an owner: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** How many rows the register holds (for all-or-nothing checks). */
export async function ownersCounts(ctx: Pick<ModuleContext, 'db'>) {
  const [row] = await ctx.db.query<{ persons: number; ownerships: number }>(sql`
    select (select count(*)::int from extractive_owner_persons) as persons,
      (select count(*)::int from extractive_ownerships) as ownerships`);
  return row!;
}
