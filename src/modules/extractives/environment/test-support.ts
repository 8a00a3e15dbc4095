import { systemActor } from '../../../platform/auth/actor.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { openAndWalk, registerCompany } from './demo.ts';
import type { EnvironmentCase } from './queries.ts';
import type { OpenCaseInput, StepInput } from './schemas.ts';
import type { Step } from './stages.ts';

let counter = 0;

/**
 * A case of the environmental list against a new fictional company, opened by the keeper's
 * command on the pack's first organisation as inspector, then walked through `steps`.
 */
export async function buildEnvironmentCase(
  ctx: Pick<ModuleContext, 'db' | 'country'>,
  options: {
    company?: number;
    steps?: readonly (readonly [Step, StepInput])[];
    input?: Partial<OpenCaseInput>;
  } = {},
): Promise<EnvironmentCase> {
  counter += 1;
  const company = options.company ?? (await registerCompany(ctx, `Test Polluter ${counter} LLC`));
  return openAndWalk(
    ctx,
    systemActor('test'),
    {
      company: String(company),
      findingMn: `Голын ус бохирдсон ${counter}`,
      findingEn: `River polluted ${counter}`,
      inspectedOn: '2026-01-05',
      inspector: ctx.country.organizations[0]!.slug,
      reportReference: `TEST-${counter}`,
      ...options.input,
    },
    options.steps ?? [],
  );
}
