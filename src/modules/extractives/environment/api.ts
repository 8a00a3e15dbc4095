import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { offsetLinks } from '../../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { openCase } from './commands/open-case.ts';
import { recordStep, WRITE } from './commands/record-step.ts';
import { environmentList } from './lists.ts';
import { presentCase } from './present.ts';
import { caseEvents, findCase, listCases } from './queries.ts';
import { CaseListSchema, CaseParams, CaseSchema, OpenCaseBody, STEP_BODIES } from './schemas.ts';
import { isPublicStage, STEPS } from './stages.ts';

const TAGS = ['extractives'];
const BASE = '/extractives/environment';

/** The environmental list's API: the list, a case with its history, and the keeper's commands. */
export function environmentApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;
  const present = (c: Parameters<typeof presentCase>[0]) => presentCase(c, publicUrl);

  app.get(
    BASE,
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'The environmental list',
        description:
          'Cases from the notice on: the companies listed now first, then those in due process. Filter by stage, aimag or company.',
        querystring: listQuerySchema(environmentList, { paging: 'offset' }),
        response: { 200: CaseListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(environmentList, request.query);
      const result = await listCases(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map(present),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One case of the environmental list, with its due-process history',
        params: CaseParams,
        response: { 200: CaseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findCase(ctx.db, request.params.id);
      if (!found || !isPublicStage(found.stage)) throw notFound(`no case ${request.params.id}`);
      return presentCase(found, publicUrl, await caseEvents(ctx.db, found.id));
    },
  );

  apiCommandRoute(app, {
    path: BASE,
    access: { action: WRITE },
    body: OpenCaseBody,
    command: (input, request) => openCase(ctx, request.actor, input, request.meta),
    location: (c) => `${publicUrl}/api/v1${BASE}/${c.id}`,
    response: { schema: CaseSchema, body: present },
    tags: TAGS,
    summary: 'Open a case on an inspection',
    description:
      'For the keeper of the list (a session, or an API token with the `extractives.environment.write` scope). Not public until the company is notified.',
  });

  for (const step of STEPS)
    apiCommandRoute(app, {
      path: `${BASE}/:id/${step}`,
      access: { action: WRITE },
      params: CaseParams,
      body: STEP_BODIES[step],
      command: (input, request) =>
        recordStep(ctx, request.actor, request.params.id, step, input, request.meta),
      location: (c) => `${publicUrl}/api/v1${BASE}/${c.id}`,
      response: { schema: CaseSchema, body: present },
      tags: TAGS,
      summary: `Record the step “${step}” of a case’s due process`,
      description:
        'For the keeper of the list. A step the case’s stage does not allow (a reply after the decision, an appeal after its period, a delisting without a verified remedy) is a 422 naming the field.',
    });
}
