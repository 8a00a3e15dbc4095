import { apiCommandRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { offsetLinks } from '../../../platform/lists/paging.ts';
import { listQuerySchema, readApiQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { addAnnotation } from './annotate.ts';
import { createContract, WRITE } from './create-contract.ts';
import { contractList } from './lists.ts';
import { contractDetails, presentAnnotation, presentContract, presentContractDetails } from './present.ts';
import { listContracts } from './query.ts';
import {
  AnnotationBody,
  AnnotationSchema,
  ContractListSchema,
  ContractSchema,
  CreateContractBody,
  SlugParams,
} from './schemas.ts';
import { contractAnnotations, findContract } from './store.ts';

const tags = ['extractives'];

/** `/api/v1/extractives/contracts`: the list with search, one contract, and the publisher's writes. */
export function contractsApi(app: App, ctx: ModuleContext): void {
  const { publicUrl } = ctx.config;

  app.get(
    '/extractives/contracts',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'List resource contracts',
        description:
          'Filter by kind, party, resource and year of signature; `q` searches the titles and parties, the text of every page and the annotations, and each item then says where it matched (the page and a snippet). Sorted by signature date by default.',
        querystring: listQuerySchema(contractList, { paging: 'offset' }),
        response: { 200: ContractListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { filters, sort, page, pageSize } = readApiQuery(contractList, request.query);
      const result = await listContracts(ctx.db, filters, { sort, page, pageSize, locale: 'en' });
      return {
        ...result,
        items: result.items.map(({ contract, match }) => presentContract(contract, publicUrl, match)),
        links: offsetLinks(publicUrl, request.url, result),
      };
    },
  );

  app.get(
    '/extractives/contracts/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One resource contract',
        description:
          'Its parties, licences, amendments, documents (with the pages that are scans) and annotated clauses.',
        params: SlugParams,
        response: { 200: ContractSchema, ...problemResponses },
      },
    },
    async (request) => {
      const found = await findContract(ctx.db, request.params.slug);
      if (!found) throw notFound(`no contract with slug "${request.params.slug}"`);
      return presentContractDetails(found, await contractDetails(ctx.db, found), publicUrl);
    },
  );

  apiCommandRoute(app, {
    path: '/extractives/contracts',
    access: { action: WRITE },
    body: CreateContractBody,
    command: (input, request) => createContract(ctx, request.actor, input, request.meta),
    location: (c) => `${publicUrl}/api/v1/extractives/contracts/${c.slug}`,
    response: {
      schema: ContractSchema,
      body: (c) =>
        presentContractDetails(
          c,
          { parties: [], licences: [], amends: [], amendedBy: [], documents: [], annotations: [], scans: [] },
          publicUrl,
        ),
    },
    tags,
    summary: 'Add a resource contract',
    description: `For the publishing body's administrators and publishers (a session, or an API token with the \`${WRITE}\` scope). Documents are added by the form (multipart). Recorded in the audit trail.`,
  });

  apiCommandRoute(app, {
    path: '/extractives/contracts/:slug/annotations',
    access: { action: WRITE },
    params: SlugParams,
    body: AnnotationBody,
    command: async (input, request) => {
      const done = await addAnnotation(ctx, request.actor, request.params.slug, input, request.meta);
      if (!done.ok) return done;
      const all = await contractAnnotations(ctx.db, (await findContract(ctx.db, request.params.slug))!.id);
      return { ok: true, value: all.find((a) => a.id === done.value.id)! };
    },
    location: (a) => `${publicUrl}/api/v1/extractives/contracts/${a.contract}`,
    response: { schema: AnnotationSchema, body: presentAnnotation },
    tags,
    summary: 'Annotate a clause of a resource contract',
    description:
      'A page (of its first document), an article, a category of the taxonomy and a summary in both languages.',
  });
}
