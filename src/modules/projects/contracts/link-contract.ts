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
  refusableTransaction,
  refuse,
} from '../../../platform/commands/index.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import { sql } from '../../../platform/db/sql.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { ModuleContext, ShilenModule } from '../../../platform/module.ts';
import { findProject } from '../queries.ts';
import { projectContractsDataset } from './dataset.ts';
import { type ProcurementProcess, procurementProcesses } from './procurement.ts';
import { type ContractLink, findContractLink, projectLoans } from './queries.ts';
import type { LinkContractInput } from './schemas.ts';

export const CONTRACTS_WRITE = 'projects.contracts.write';

/** A link made, with the process as the procurement module publishes it. */
export type LinkedContract = ContractLink & { process: ProcurementProcess };
const CONDITIONS_MAX = 20000;
const OCID = /^ocds-[a-z0-9]+-\S+$/;

/**
 * Links a project to a procurement process by OCID, for the project's implementing body: the OCID
 * must be one the procurement module publishes (read through its manifest), the loan one of the
 * project's own, the general conditions at most 20,000 characters each; a process linked twice is
 * a problem of `ocid`. The link, its version in the dataset's history and the audit entry in one
 * transaction.
 */
export async function linkContract(
  ctx: Pick<ModuleContext, 'db'>,
  modules: readonly ShilenModule[],
  actor: Actor,
  slug: string,
  input: LinkContractInput,
  meta: RequestMeta,
): Promise<Result<LinkedContract>> {
  const { db } = ctx;
  const project = await findProject(db, slug);
  if (!project) throw notFound(`no project "${slug}"`);
  authorize(actor, CONTRACTS_WRITE, { organizationId: project.organizationId });
  const problems: FieldProblem[] = [];
  const ocid = input.ocid.trim();
  if (ocid === '') problems.push(problem('ocid', 'projects.contracts.error.ocidMissing'));
  else if (!OCID.test(ocid) || ocid.length > 200)
    problems.push(problem('ocid', 'projects.contracts.error.ocidFormat'));
  const [process] = problems.length === 0 ? await procurementProcesses(ctx, modules, [ocid]) : [];
  if (problems.length === 0 && !process)
    problems.push(problem('ocid', 'projects.contracts.error.ocidUnknown', { ocid }));
  const loanSlug = (input.loan ?? '').trim();
  const loan = loanSlug === '' ? null : (await projectLoans(db, project.id)).find((l) => l.slug === loanSlug);
  if (loan === undefined) problems.push(problem('loan', 'projects.contracts.error.loan'));
  const conditions = {
    mn: (input.generalConditionsMn ?? '').trim(),
    en: (input.generalConditionsEn ?? '').trim(),
  };
  for (const [field, value] of [
    ['generalConditionsMn', conditions.mn],
    ['generalConditionsEn', conditions.en],
  ] as const)
    if (value.length > CONDITIONS_MAX)
      problems.push(problem(field, 'projects.error.tooLong', { max: CONDITIONS_MAX }));
  if (problems.length > 0) return refuse(problems);
  return refusableTransaction(db, async (tx) => {
    const [row] = await tx.query<{ id: number }>(sql`
      insert into project_contracts (project_id, ocid, loan_id, general_conditions_mn, general_conditions_en, created_at)
      values (${project.id}, ${ocid}, ${loan?.id ?? null}, ${conditions.mn || null}, ${conditions.en || null}, ${meta.now})
      on conflict (project_id, ocid) do nothing returning id`);
    if (!row) return refuse('ocid', 'projects.contracts.error.linked', { ocid });
    const id = Number(row.id);
    await recordCurrentVersions(tx, projectContractsDataset, actor.label, [String(id)]);
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, project.organizationId, CONTRACTS_WRITE),
      action: CONTRACTS_WRITE,
      subject: { type: 'project', id: project.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { ocid, loan: loan?.slug ?? null },
    });
    return ok({ ...(await findContractLink(tx, id))!, process: process! });
  });
}
