import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { authorize } from '../../../platform/auth/permissions.ts';
import {
  auditRole,
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { categoryOf } from './categories.ts';
import { WRITE } from './create-contract.ts';
import { annotationsDataset } from './datasets.ts';
import { reindexContract, textVector } from './search.ts';
import { findContract } from './store.ts';

export interface AnnotationInput {
  category: string;
  /** The page of the contract's first document (or of `document`); empty for the contract as a whole. */
  page?: string | number;
  document?: number;
  article?: string;
  summaryMn: string;
  summaryEn: string;
}

const SUMMARY_MAX = 4000;

/** The name an annotation is signed with: the account's display name, else the actor's label. */
async function authorName(ctx: ModuleContext, actor: Actor): Promise<string> {
  if (actor.userId === null) return actor.label;
  const [row] = await ctx.db.query<{ name: string | null }>(
    sql`select display_name as name from users where id = ${actor.userId}`,
  );
  return (row?.name ?? actor.label).slice(0, 200);
}

/**
 * Marks a passage of a contract with a category of the taxonomy and a plain-language summary in
 * both languages: the page must be a page of the contract's document, the category one of
 * `categories.ts`. Indexed for search and audited in the same transaction.
 */
export async function addAnnotation(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: AnnotationInput,
  meta: RequestMeta,
): Promise<Result<{ id: number; contract: string }>> {
  const contract = await findContract(ctx.db, slug);
  if (!contract) return refuse('contract', 'extractives.contracts.error.noContract', { contract: slug });
  authorize(actor, WRITE, { organizationId: contract.organizationId });
  const problems: FieldProblem[] = [];
  if (!categoryOf(input.category)) problems.push(problem('category', 'extractives.contracts.error.category'));
  const pageText = String(input.page ?? '').trim();
  let documentId: number | null = null;
  let page: number | null = null;
  if (pageText !== '') {
    const n = Number(pageText);
    const [found] = Number.isInteger(n)
      ? await ctx.db.query<{ document: number }>(sql`
          select document_id::int as document from extractive_contract_pages
          where contract_id = ${contract.id} and page_number = ${n}
            ${input.document === undefined ? sql.empty : sql`and document_id = ${input.document}`}
          order by document_id limit 1`)
      : [];
    if (!found)
      problems.push(problem('page', 'extractives.contracts.error.page', { contract: slug, page: pageText }));
    else [documentId, page] = [found.document, n];
  }
  const article = input.article?.trim() || null;
  if (article && article.length > 100)
    problems.push(problem('article', 'extractives.contracts.error.article'));
  const summaryMn = input.summaryMn.trim();
  const summaryEn = input.summaryEn.trim();
  for (const [field, value] of [
    ['summaryMn', summaryMn],
    ['summaryEn', summaryEn],
  ] as const)
    if (value === '' || value.length > SUMMARY_MAX)
      problems.push(problem(field, 'extractives.contracts.error.summary', { max: SUMMARY_MAX }));
  if (problems.length > 0) return refuse(problems);
  const author = await authorName(ctx, actor);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into extractive_contract_annotations (contract_id, document_id, page_number, article, category,
        summary_mn, summary_en, author, tsv, created_at)
      values (${contract.id}, ${documentId}, ${page}, ${article}, ${input.category}, ${summaryMn}, ${summaryEn},
        ${author}, ${textVector(`${article ?? ''} ${summaryMn} ${summaryEn}`)}, ${meta.now})
      returning id::int as id`);
    await reindexContract(tx, contract.id);
    await recordCurrentVersions(tx, annotationsDataset, actor.label, [String(row!.id)]);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, contract.organizationId, WRITE),
      action: 'extractives.contracts.annotate',
      subject: { type: 'extractive-contract', id: contract.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { slug, annotation: row!.id, category: input.category, page },
    });
    return row!.id;
  });
  return ok({ id, contract: slug });
}
