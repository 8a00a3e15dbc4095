import { systemActor } from '../../platform/auth/actor.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { type CreateProjectInput, createProject } from './commands/write-project.ts';
import type { Project } from './queries.ts';

let counter = 0;

/** A project of the first organisation of the country pack (or the one given), made by the command. */
export async function buildProject(
  ctx: Pick<ModuleContext, 'db' | 'country'>,
  overrides: Partial<CreateProjectInput> = {},
): Promise<Project> {
  counter += 1;
  const result = await createProject(
    ctx,
    systemActor('test'),
    {
      organization: ctx.country.organizations[0]!.slug,
      slug: `project-${counter}`,
      titleMn: `Төсөл ${counter}`,
      titleEn: `Project ${counter}`,
      descriptionMn: `Төсөл ${counter}-ийн тайлбар`,
      descriptionEn: `The description of project ${counter}`,
      sector: 'transport.road',
      stage: 'implementation',
      ...overrides,
    },
    { ip: 'test', requestId: `test-project-${counter}`, now: new Date() },
  );
  if (!result.ok) throw new Error(`could not build a project: ${JSON.stringify(result.problems)}`);
  return result.value;
}
