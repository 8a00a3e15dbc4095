/**
 * What the records that belong to a project (its feasibility studies, progress reports and
 * milestones) share: the project they are written for, the command frame that checks the actor's
 * grant at the project's implementing body, the checks of their uploaded files and links, and the
 * page their forms are shown on. What each record is — its fields, checks and rows — stays in its
 * own folder (`feasibility/`, `reports/`).
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  type Change,
  changeRecord,
  type FieldProblem,
  problem,
  type RequestMeta,
  type Result,
} from '../../platform/commands/index.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { checkFile, type FilePolicy, isReceivedFile, type ReceivedFile } from '../../platform/files/index.ts';
import type { FormState, FormView } from '../../platform/forms/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Html, html } from '../../platform/views/html.ts';

/** The project a child record is written for, as the commands check it. */
export interface ParentProject {
  id: number;
  slug: string;
  organizationId: number;
  budgetCurrency: string | null;
}

export async function findParentProject(db: Queryable, slug: string): Promise<ParentProject | undefined> {
  const [row] = await db.query<ParentProject>(
    sql`select id, slug, organization_id as "organizationId", budget_currency as "budgetCurrency"
      from projects where slug = ${slug}`,
  );
  return row;
}

/** Locks the project's row, so two changes that check its other records cannot pass together. */
export async function lockProject(tx: Queryable, id: number): Promise<void> {
  await tx.query(sql`select id from projects where id = ${id} for update`);
}

/**
 * The frame of a command that adds a record to a project: the project loaded by its slug (404
 * when there is none), the actor's grant for `permission` at its implementing body checked, then
 * in one transaction (the project's row locked when `lock` says so) the change and its audit
 * entry, the project named as the subject.
 */
export function changeProjectChild<T>(
  db: Database,
  frame: {
    actor: Actor;
    meta: RequestMeta;
    action: string;
    permission: string;
    projectSlug: string;
    lock: boolean;
    change: (tx: Queryable, project: ParentProject, now: Date) => Promise<Change<T>>;
  },
): Promise<Result<T>> {
  const { actor, permission } = frame;
  return changeRecord(db, {
    actor,
    meta: frame.meta,
    action: frame.action,
    permission,
    subject: { type: 'project', id: frame.projectSlug },
    load: (q) => findParentProject(q, frame.projectSlug),
    authorise: (found) => authorize(actor, permission, { organizationId: found.organizationId }),
    organizationId: (found) => found.organizationId,
    lock: async (tx, found) => {
      if (frame.lock) await lockProject(tx, found.id);
      return found;
    },
    change: frame.change,
  });
}

/** The uploaded files a form sent under one field, whether one or several. */
export const receivedFiles = (value: unknown): ReceivedFile[] => [value].flat().filter(isReceivedFile);

/** Each file that `policy` refuses, a problem on `field` with the refusal as its detail. */
export function fileProblems(
  field: string,
  files: readonly ReceivedFile[],
  policy: FilePolicy,
  messageKey: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const file of files) {
    const refused = checkFile(file, policy, field);
    if (refused) problems.push(problem(field, messageKey, { detail: refused.message }));
  }
  return problems;
}

const LINK = /^https?:\/\/[^\s<>"]+$/;
const MAX_LINKS = 20;

/**
 * The addresses of documents published elsewhere (one a line on the form, a list on the API):
 * at most 20, each an http(s) address of at most 2,000 characters; otherwise a problem on `links`.
 */
export function readLinks(
  value: string | readonly string[] | undefined,
  messageKey: string,
): { links: string[]; problems: FieldProblem[] } {
  const links = (typeof value === 'string' ? value.split(/\r?\n/) : (value ?? []))
    .map((l) => l.trim())
    .filter(Boolean);
  const bad = links.length > MAX_LINKS || links.some((l) => !LINK.test(l) || l.length > 2000);
  return { links, problems: bad ? [problem('links', messageKey, { max: MAX_LINKS })] : [] };
}

/** The project with its names, for its child records' pages; 404 for an unknown slug. */
export async function projectNamed(db: Queryable, slug: string) {
  const project = await findParentProject(db, slug);
  if (!project) throw notFound();
  const [names] = await db.query<{ titleMn: string; titleEn: string }>(
    sql`select title_mn as "titleMn", title_en as "titleEn" from projects where id = ${project.id}`,
  );
  return { ...project, titleMn: names!.titleMn, titleEn: names!.titleEn };
}

/**
 * The page of a form that adds or changes a project's record: the title (a message key) as its
 * heading and last crumb, the project's name as the lead, the fields and the submit button.
 */
export function childFormPage(
  request: FastifyRequest,
  project: { slug: string; titleMn: string; titleEn: string },
  form: FormState,
  page: { title: string; submit: string; multipart: boolean; fields: Html },
): FormView {
  const { t } = request;
  const name = t.pick({ mn: project.titleMn, en: project.titleEn });
  const title = t(page.title);
  return {
    title,
    breadcrumbs: [
      { href: '/projects', label: t('projects.title') },
      { href: `/projects/${project.slug}`, label: name },
      { label: title },
    ],
    main: html`<h1>${title}</h1>
<p class="lead">${name}</p>
<form method="post" action="${form.action}"${page.multipart ? html` enctype="multipart/form-data"` : ''} novalidate>${form.csrf}
${page.fields}
<button type="submit" class="button">${t(page.submit)}</button>
</form>`,
  };
}
