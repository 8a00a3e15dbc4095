import { systemActor } from '../../platform/auth/actor.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type AddTermInput, addTerm } from './commands/add-term.ts';

let counter = 0;

/** A term of an official in a post of the pack's first organisation (or as given), made by the command. */
export async function buildTerm(
  ctx: ModuleContext,
  overrides: Partial<AddTermInput> = {},
): Promise<{ slug: string; termId: number }> {
  counter += 1;
  const result = await addTerm(
    ctx.db,
    systemActor('test'),
    {
      organization: ctx.country.organizations[0]!.slug,
      slug: `official-${counter}`,
      nameMn: `Албан тушаалтан ${counter}`,
      nameEn: `Official ${counter}`,
      postMn: `Албан тушаал ${counter}`,
      postEn: `Post ${counter}`,
      startsOn: '2016-01-01',
      ...overrides,
    },
    { ip: 'test', requestId: `test-official-${counter}`, now: new Date() },
  );
  if (!result.ok) throw new Error(`could not build a term: ${JSON.stringify(result.problems)}`);
  return result.value;
}
