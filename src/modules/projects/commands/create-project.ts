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
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { isSlug } from '../../../platform/patterns.ts';
import { findProject, type Project } from '../queries.ts';

/** What the form and the API send. */
export interface CreateProjectInput {
  organization: string;
  slug: string;
  titleMn: string;
  titleEn: string;
  descriptionMn: string;
  descriptionEn: string;
  /** OC4IDS projectSector code. */
  sector: string;
  stage: 'identification' | 'preparation' | 'implementation' | 'completion';
}

const NAME_MAX = 300;

/**
 * Adds a record for an organisation the actor acts for: the fields checked (each problem a
 * message key), the organisation's grant checked (403 for another's), then the row and its audit
 * entry in one transaction. A slug already taken is a problem of the `slug` field.
 */
export async function createProject(
  db: Database,
  actor: Actor,
  input: CreateProjectInput,
  meta: RequestMeta,
): Promise<Result<Project>> {
  const slug = input.slug.trim();
  const titleMn = input.titleMn.trim();
  const titleEn = input.titleEn.trim();
  const problems: FieldProblem[] = [];
  if (!isSlug(slug) || slug === 'new') problems.push(problem('slug', 'projects.error.slug'));
  for (const [field, value] of [
    ['titleMn', titleMn],
    ['titleEn', titleEn],
  ] as const) {
    if (value === '') problems.push(problem(field, 'projects.error.nameMissing'));
    else if (value.length > NAME_MAX)
      problems.push(problem(field, 'projects.error.tooLong', { max: NAME_MAX }));
  }
  for (const [field, value] of [
    ['descriptionMn', input.descriptionMn.trim()],
    ['descriptionEn', input.descriptionEn.trim()],
  ] as const)
    if (value === '') problems.push(problem(field, 'projects.error.descriptionMissing'));
  if (!/^[a-zA-Z]+(\.[a-zA-Z]+)?$/.test(input.sector))
    problems.push(problem('sector', 'projects.error.sector'));
  const [organization] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${input.organization}`,
  );
  if (!organization) problems.unshift(problem('organization', 'projects.error.organization'));
  if (problems.length > 0) return refuse(problems);
  authorize(actor, 'projects.create', { organizationId: organization!.id });
  const created = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      sql`insert into projects (organization_id, slug, title_mn, title_en, description_mn, description_en,
          sector, stage, created_at, updated_at)
        values (${organization!.id}, ${slug}, ${titleMn}, ${titleEn}, ${input.descriptionMn.trim()},
          ${input.descriptionEn.trim()}, ${input.sector}, ${input.stage}, ${meta.now}, ${meta.now})
        on conflict (slug) do nothing returning id`,
    );
    if (!row) return undefined;
    await recordAudit(tx, {
      actor,
      role: auditRole(actor, organization!.id, 'projects.create'),
      action: 'projects.create',
      subject: { type: 'project', id: row.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { slug, organization: input.organization },
    });
    return findProject(tx, slug);
  });
  if (!created) return refuse('slug', 'projects.error.slugTaken', { slug });
  return ok(created);
}
