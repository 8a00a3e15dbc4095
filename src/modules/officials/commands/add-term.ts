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
import type { Database } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { CHECKBOX_VALUE, isIsoDate, isSlug } from '../../../platform/patterns.ts';
import { officialsDataset } from '../dataset.ts';

/** What the form and the API send: the person, the post in an organisation, and the term. */
export interface AddTermInput {
  organization: string;
  slug: string;
  nameMn: string;
  nameEn: string;
  postMn: string;
  postEn: string;
  role?: string;
  startsOn: string;
  endsOn?: string;
  declaresAssets?: string;
  politicallyExposed?: string;
  source?: string;
}

/** Longest texts, as the tables keep them. */
const MAX = { name: 200, post: 300, role: 100, source: 500 } as const;

/** The fields checked, each problem a message key; the values trimmed. */
function check(input: AddTermInput) {
  const v = {
    slug: input.slug.trim(),
    nameMn: input.nameMn.trim(),
    nameEn: input.nameEn.trim(),
    postMn: input.postMn.trim(),
    postEn: input.postEn.trim(),
    role: (input.role ?? '').trim(),
    startsOn: input.startsOn.trim(),
    endsOn: (input.endsOn ?? '').trim(),
    source: (input.source ?? '').trim(),
  };
  const problems: FieldProblem[] = [];
  if (!isSlug(v.slug) || v.slug === 'new') problems.push(problem('slug', 'officials.error.slug'));
  const texts: [keyof typeof v, number, boolean][] = [
    ['nameMn', MAX.name, true],
    ['nameEn', MAX.name, false],
    ['postMn', MAX.post, true],
    ['postEn', MAX.post, false],
    ['role', MAX.role, false],
    ['source', MAX.source, false],
  ];
  for (const [field, max, required] of texts) {
    if (required && v[field] === '') problems.push(problem(field, 'officials.error.missing'));
    else if (v[field].length > max) problems.push(problem(field, 'officials.error.tooLong', { max }));
  }
  if (!isIsoDate(v.startsOn)) problems.push(problem('startsOn', 'officials.error.date'));
  if (v.endsOn !== '' && !isIsoDate(v.endsOn)) problems.push(problem('endsOn', 'officials.error.date'));
  else if (v.endsOn !== '' && isIsoDate(v.startsOn) && v.endsOn < v.startsOn)
    problems.push(problem('endsOn', 'officials.error.endsBeforeStart'));
  return { v, problems };
}

/**
 * Records that a person holds (or held) a post in an organisation the actor administers: the person
 * found by slug or added, the post found by its Mongolian label in the organisation or added (its
 * flags set as given), the term added; audited and versioned in one transaction. A slug that names
 * another person, or the same term twice, is a problem of its field, never a silent merge.
 */
export async function addTerm(
  db: Database,
  actor: Actor,
  input: AddTermInput,
  meta: RequestMeta,
): Promise<Result<{ slug: string; termId: number }>> {
  const { v, problems } = check(input);
  const [organization] = await db.query<{ id: number }>(
    sql`select id from organizations where slug = ${input.organization}`,
  );
  if (!organization) problems.unshift(problem('organization', 'officials.error.organization'));
  if (problems.length > 0) return refuse(problems);
  authorize(actor, 'officials.manage', { organizationId: organization!.id });
  const declares = input.declaresAssets === CHECKBOX_VALUE;
  const exposed = input.politicallyExposed === CHECKBOX_VALUE;
  const outcome = await db
    .transaction(async (tx) => {
      await tx.query(sql`insert into officials (slug, name_mn, name_en, created_at, updated_at)
      values (${v.slug}, ${v.nameMn}, ${v.nameEn || null}, ${meta.now}, ${meta.now}) on conflict (slug) do nothing`);
      const [person] = await tx.query<{ id: number; nameMn: string }>(
        sql`select id, name_mn as "nameMn" from officials where slug = ${v.slug}`,
      );
      if (person!.nameMn !== v.nameMn)
        throw new Refused(refuse('slug', 'officials.error.slugOtherPerson', { name: person!.nameMn }));
      const [post] = await tx.query<{ id: number }>(sql`
      insert into official_posts (organization_id, label_mn, label_en, declares_assets, politically_exposed)
      values (${organization!.id}, ${v.postMn}, ${v.postEn || null}, ${declares}, ${exposed})
      on conflict (organization_id, label_mn) do update set label_en = coalesce(excluded.label_en, official_posts.label_en),
        declares_assets = excluded.declares_assets, politically_exposed = excluded.politically_exposed
      returning id`);
      const [term] = await tx.query<{ id: number }>(sql`
      insert into official_memberships (official_id, post_id, role, starts_on, ends_on, source, created_at, updated_at)
      values (${person!.id}, ${post!.id}, ${v.role || null}, ${v.startsOn}, ${v.endsOn || null}, ${v.source || null},
        ${meta.now}, ${meta.now})
      on conflict (official_id, post_id, starts_on) do nothing returning id`);
      // The same term twice: refused, and the post's flags set above are rolled back with it.
      if (!term) throw new Refused(refuse('startsOn', 'officials.error.termExists'));
      await recordCurrentVersions(tx, officialsDataset, actor.label, [String(term.id)]);
      await recordAudit(tx, {
        actor,
        role: auditRole(actor, organization!.id, 'officials.manage'),
        action: 'officials.add-term',
        subject: { type: 'official', id: person!.id },
        ip: meta.ip,
        requestId: meta.requestId,
        details: { slug: v.slug, organization: input.organization, post: v.postMn, startsOn: v.startsOn },
      });
      return term.id;
    })
    .catch((e) => {
      if (e instanceof Refused) return e.result;
      throw e;
    });
  return typeof outcome === 'number' ? ok({ slug: v.slug, termId: outcome }) : outcome;
}

/** A refusal found inside the transaction: thrown to roll it back, returned as the command's result. */
class Refused extends Error {
  readonly result: ReturnType<typeof refuse>;
  constructor(result: ReturnType<typeof refuse>) {
    super('refused');
    this.result = result;
  }
}
