import { readFile } from 'node:fs/promises';
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
import { type ReceivedFile, storeFile } from '../../../platform/files/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { WRITE } from './create-contract.ts';
import { contractsDataset } from './datasets.ts';
import { readPdf } from './pdf.ts';
import { reindexContract, textVector } from './search.ts';
import { findContract } from './store.ts';

/** Largest contract document: 50 MB, or the installation's upload limit if lower. */
export const documentMaxBytes = (ctx: ModuleContext) => Math.min(50 * 1024 * 1024, ctx.config.uploadMaxBytes);

export interface DocumentInput {
  titleMn: string;
  titleEn: string;
  document: ReceivedFile | undefined;
}

export interface AddedDocument {
  contract: string;
  documentId: number;
  pageCount: number;
  scannedPages: number;
}

/**
 * Adds a PDF to a contract: its text read page by page (a page without text kept as a scan), the
 * file stored by the platform, the pages indexed for search, in one transaction. A file that is
 * not a PDF, or is encrypted, is refused naming the contract and the `document` field, and nothing
 * is stored. The same file twice on one contract is refused too.
 */
export async function addContractDocument(
  ctx: ModuleContext,
  actor: Actor,
  slug: string,
  input: DocumentInput,
  meta: RequestMeta,
): Promise<Result<AddedDocument>> {
  const contract = await findContract(ctx.db, slug);
  if (!contract) return refuse('contract', 'extractives.contracts.error.noContract', { contract: slug });
  authorize(actor, WRITE, { organizationId: contract.organizationId });
  const problems: FieldProblem[] = [];
  const titleMn = input.titleMn.trim();
  const titleEn = input.titleEn.trim();
  for (const [field, value] of [
    ['titleMn', titleMn],
    ['titleEn', titleEn],
  ] as const)
    if (value === '' || value.length > 300)
      problems.push(problem(field, 'extractives.contracts.error.title', { max: 300 }));
  const file = input.document;
  const max = documentMaxBytes(ctx);
  if (!file) problems.push(problem('document', 'extractives.contracts.error.noDocument'));
  else if (file.truncated || file.size > max)
    problems.push(
      problem('document', 'extractives.contracts.error.tooLarge', {
        contract: slug,
        max: Math.floor(max / 1048576),
      }),
    );
  if (problems.length > 0 || !file) return refuse(problems);
  const reading = await readPdf(await readFile(file.path));
  if (!reading.ok)
    return refuse(
      'document',
      reading.refusal === 'encrypted'
        ? 'extractives.contracts.error.encrypted'
        : 'extractives.contracts.error.notPdf',
      {
        contract: slug,
        file: file.filename,
      },
    );
  const added = await ctx.db.transaction(async (tx) => {
    const [taken] = await tx.query(
      sql`select 1 from extractive_contract_documents where contract_id = ${contract.id} and sha256 = ${file.sha256}`,
    );
    if (taken) return undefined;
    const stored = await storeFile(
      tx,
      ctx.config,
      { ...file, sniffedType: 'application/pdf' },
      { actor: actor.label },
    );
    const [doc] = await tx.query<{ id: number }>(sql`
      insert into extractive_contract_documents (contract_id, file_id, sha256, page_count, title_mn, title_en, created_at)
      values (${contract.id}, ${stored.id}, ${stored.sha256}, ${reading.pages.length}, ${titleMn}, ${titleEn}, ${meta.now})
      returning id::int as id`);
    for (const page of reading.pages)
      await tx.query(sql`insert into extractive_contract_pages (document_id, page_number, contract_id, text, has_text, tsv)
        values (${doc!.id}, ${page.number}, ${contract.id}, ${page.text}, ${page.hasText}, ${textVector(page.text)})`);
    await tx.query(sql`update extractive_contracts set updated_at = ${meta.now} where id = ${contract.id}`);
    await reindexContract(tx, contract.id);
    await recordCurrentVersions(tx, contractsDataset, actor.label, [slug]);
    const scannedPages = reading.pages.filter((p) => !p.hasText).length;
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, contract.organizationId, WRITE),
      action: 'extractives.contracts.document',
      subject: { type: 'extractive-contract', id: contract.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { slug, sha256: stored.sha256, pages: reading.pages.length, scannedPages },
    });
    return { contract: slug, documentId: doc!.id, pageCount: reading.pages.length, scannedPages };
  });
  if (!added) return refuse('document', 'extractives.contracts.error.sameDocument', { contract: slug });
  return ok(added);
}
