import { systemActor } from '../../platform/auth/actor.ts';
import { checkIdentifier } from '../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type SaveEntityInput, saveEntity } from './commands/save-entity.ts';

let counter = 0;

/** A register number of the pack's national scheme that its rule takes, different at each call. */
export function nextRegisterNumber(ctx: ModuleContext): string {
  const pack = ctx.country.legalEntities;
  for (;;) {
    counter += 1;
    const digits = String(5_000_000 + counter * 7);
    for (const candidate of [digits, digits.slice(1)])
      if (!checkIdentifier(pack.nationalScheme, candidate, pack)) return candidate;
  }
}

/** An entity of the national register (or as given), recorded by the module's command. */
export async function buildEntity(
  ctx: ModuleContext,
  overrides: Partial<SaveEntityInput> = {},
): Promise<number> {
  const identifier = nextRegisterNumber(ctx);
  const result = await saveEntity(
    ctx.db,
    systemActor('test'),
    {
      scheme: ctx.country.legalEntities.nationalScheme,
      identifier,
      nameMn: `Туршилтын компани ${identifier} ХХК`,
      nameEn: `Test Company ${identifier} LLC`,
      kind: 'company',
      status: 'active',
      ...overrides,
    },
    { ip: 'test', requestId: `test-entity-${identifier}`, now: new Date() },
    ctx.country.legalEntities,
  );
  if (!result.ok) throw new Error(`could not build an entity: ${JSON.stringify(result.problems)}`);
  return result.value.id;
}
