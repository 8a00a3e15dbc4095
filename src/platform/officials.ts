import { type FieldProblem, ok, problem, type Result, refuse } from './commands/index.ts';
import { datasetFields, lastChanged } from './datasets/declare.ts';
import { recordCurrentVersions } from './datasets/versions.ts';
import type { Queryable } from './db/database.ts';
import { sql } from './db/sql.ts';
import type { DatasetDeclaration } from './module.ts';
import { isIsoDate, isSlug } from './patterns.ts';

/**
 * The register of public officials (tables `officials`, `official_posts`, `official_memberships`,
 * migration 016): who holds which post in which organisation, from when to when, in Popolo's
 * terms. Every module that records a term (the module `officials`, plans' national committee,
 * later project boards and declarations) records it here, in its own transaction, after its own
 * authorisation and with its own audit entry; the module `officials` publishes the register.
 * Field problems are message keys of `officials.messages.ts` (a platform catalogue).
 */

/** A term in a post, as a form or an importer sends it. Texts are trimmed; empty optional ones are absent. */
export interface TermValues {
  slug: string;
  nameMn: string;
  nameEn: string;
  postMn: string;
  postEn: string;
  role?: string;
  startsOn: string;
  endsOn?: string;
  source?: string;
  declaresAssets?: boolean;
  politicallyExposed?: boolean;
}

/** Longest texts, as the tables keep them. */
export const TERM_LIMITS = { name: 200, post: 300, role: 100, source: 500 } as const;

/** A term's last day checked against its first: a problem of `endsOn` (the field that is wrong). */
export function checkTermDates(startsOn: string, endsOn: string): FieldProblem[] {
  if (endsOn === '') return [];
  if (!isIsoDate(endsOn)) return [problem('endsOn', 'officials.error.date')];
  if (isIsoDate(startsOn) && endsOn < startsOn) return [problem('endsOn', 'officials.error.endsBeforeStart')];
  return [];
}

/** The term's fields checked, each problem a message key; the values trimmed. */
export function checkTerm(input: TermValues): { values: Required<TermValues>; problems: FieldProblem[] } {
  const values: Required<TermValues> = {
    slug: input.slug.trim(),
    nameMn: input.nameMn.trim(),
    nameEn: input.nameEn.trim(),
    postMn: input.postMn.trim(),
    postEn: input.postEn.trim(),
    role: (input.role ?? '').trim(),
    startsOn: input.startsOn.trim(),
    endsOn: (input.endsOn ?? '').trim(),
    source: (input.source ?? '').trim(),
    declaresAssets: input.declaresAssets ?? false,
    politicallyExposed: input.politicallyExposed ?? false,
  };
  const problems: FieldProblem[] = [];
  if (!isSlug(values.slug) || values.slug === 'new') problems.push(problem('slug', 'officials.error.slug'));
  const texts: ['nameMn' | 'nameEn' | 'postMn' | 'postEn' | 'role' | 'source', number, boolean][] = [
    ['nameMn', TERM_LIMITS.name, true],
    ['nameEn', TERM_LIMITS.name, false],
    ['postMn', TERM_LIMITS.post, true],
    ['postEn', TERM_LIMITS.post, false],
    ['role', TERM_LIMITS.role, false],
    ['source', TERM_LIMITS.source, false],
  ];
  for (const [field, max, required] of texts) {
    if (required && values[field] === '') problems.push(problem(field, 'officials.error.missing'));
    else if (values[field].length > max) problems.push(problem(field, 'officials.error.tooLong', { max }));
  }
  if (!isIsoDate(values.startsOn)) problems.push(problem('startsOn', 'officials.error.date'));
  problems.push(...checkTermDates(values.startsOn, values.endsOn));
  return { values, problems };
}

/** A term recorded: the person and the membership. */
export interface RecordedTerm {
  officialId: number;
  slug: string;
  termId: number;
}

/**
 * Records, inside the caller's transaction, that a person holds (or held) a post in an
 * organisation: the person found by slug or added, the post found by its Mongolian label in the
 * organisation or added (its duties set as given), the term added, and the dataset's history
 * written. A slug that names another person, or the same term twice, is a refusal of its field
 * (never a silent merge); the caller rolls back what was written (`refusableTransaction`).
 * The caller has checked the values (`checkTerm`) and authorised the actor.
 */
export async function recordTerm(
  tx: Queryable,
  organizationId: number,
  values: Required<TermValues>,
  changedBy: string,
  now: Date,
): Promise<Result<RecordedTerm>> {
  await tx.query(sql`insert into officials (slug, name_mn, name_en, created_at, updated_at)
    values (${values.slug}, ${values.nameMn}, ${values.nameEn || null}, ${now}, ${now}) on conflict (slug) do nothing`);
  const [person] = await tx.query<{ id: number; nameMn: string }>(
    sql`select id, name_mn as "nameMn" from officials where slug = ${values.slug}`,
  );
  if (person!.nameMn !== values.nameMn)
    return refuse('slug', 'officials.error.slugOtherPerson', { name: person!.nameMn });
  const [post] = await tx.query<{ id: number }>(sql`
    insert into official_posts (organization_id, label_mn, label_en, declares_assets, politically_exposed)
    values (${organizationId}, ${values.postMn}, ${values.postEn || null}, ${values.declaresAssets},
      ${values.politicallyExposed})
    on conflict (organization_id, label_mn) do update set label_en = coalesce(excluded.label_en, official_posts.label_en),
      declares_assets = excluded.declares_assets, politically_exposed = excluded.politically_exposed
    returning id`);
  const [term] = await tx.query<{ id: number }>(sql`
    insert into official_memberships (official_id, post_id, role, starts_on, ends_on, source, created_at, updated_at)
    values (${person!.id}, ${post!.id}, ${values.role || null}, ${values.startsOn}, ${values.endsOn || null},
      ${values.source || null}, ${now}, ${now})
    on conflict (official_id, post_id, starts_on) do nothing returning id`);
  // The same term twice: refused, and the post's flags set above are rolled back with it.
  if (!term) return refuse('startsOn', 'officials.error.termExists');
  await recordCurrentVersions(tx, officialTermsDataset, changedBy, [String(term.id)]);
  return ok({ officialId: person!.id, slug: values.slug, termId: term.id });
}

/**
 * Sets the last day of a term, inside the caller's transaction: refused on `endsOn` when it is not
 * a day or comes before the term's first day (the table's check says the same). Returns the day
 * the term had ended before (null while it was open).
 */
export async function endTerm(
  tx: Queryable,
  termId: number,
  endsOn: string,
  changedBy: string,
  now: Date,
): Promise<Result<{ previous: string | null }>> {
  const [term] = await tx.query<{ startsOn: string; endsOn: string | null }>(
    sql`select starts_on as "startsOn", ends_on as "endsOn" from official_memberships where id = ${termId} for update`,
  );
  if (!term) return refuse('endsOn', 'officials.error.noTerm');
  const day = endsOn.trim();
  const problems =
    day === '' ? [problem('endsOn', 'officials.error.date')] : checkTermDates(term.startsOn, day);
  if (problems.length > 0) return refuse(problems);
  await tx.query(
    sql`update official_memberships set ends_on = ${day}, updated_at = ${now} where id = ${termId}`,
  );
  await recordCurrentVersions(tx, officialTermsDataset, changedBy, [String(termId)]);
  return ok({ previous: term.endsOn });
}

/**
 * Links an official to a user account (for filing their own declaration later), or unlinks with
 * `null`, inside the caller's transaction. The link is never published. Refused on `account`
 * when the account is linked to another official already.
 */
export async function linkOfficialAccount(
  tx: Queryable,
  officialId: number,
  userId: number | null,
  now: Date,
): Promise<Result<{ previous: number | null }>> {
  const [current] = await tx.query<{ userId: number | null }>(
    sql`select user_id as "userId" from officials where id = ${officialId} for update`,
  );
  if (!current) return refuse('account', 'officials.error.noOfficial');
  if (userId !== null) {
    const [other] = await tx.query<{ slug: string }>(
      sql`select slug from officials where user_id = ${userId} and id <> ${officialId}`,
    );
    if (other) return refuse('account', 'officials.error.accountTaken', { official: other.slug });
  }
  await tx.query(sql`update officials set user_id = ${userId}, updated_at = ${now} where id = ${officialId}`);
  return ok({ previous: current.userId });
}

/** Every term with what lists filter and sort on: the rows of the register's list and dataset. Public facts only. */
export const officialTermRows = sql`
  select m.id, p.slug as official, p.name_mn, p.name_en, s.label_mn as post_mn, s.label_en as post_en, m.role,
    o.slug as organization, o.name_mn as organization_name_mn, o.name_en as organization_name_en,
    m.starts_on, m.ends_on, s.declares_assets, s.politically_exposed, m.source,
    (m.ends_on is null or m.ends_on >= current_date) as current, m.updated_at
  from official_memberships m
  join officials p on p.id = m.official_id
  join official_posts s on s.id = m.post_id
  join organizations o on o.id = s.organization_id`;

/**
 * The register as open data: one row per term in a post (Popolo's membership), with the person,
 * the post, its organisation and its duties. Public facts only (never `user_id`). The module
 * `officials` publishes it with its list's filters; every writer of a term records its history
 * against this declaration.
 */
export const officialTermsDataset: DatasetDeclaration = {
  id: 'officials',
  title: { mn: 'Төрийн албан тушаалтнууд', en: 'Public officials' },
  description: {
    mn: 'Төрийн байгууллагын албан тушаал хашиж буй болон хашиж байсан хүмүүс, хугацааных нь хамт: хөрөнгө орлогоо мэдүүлэх, улс төрд нөлөө бүхий албан тушаал эсэх.',
    en: 'People who hold or held posts in public bodies, with their terms: whether the post declares assets and income, and whether it is politically exposed.',
  },
  publisher: 'cabinet-secretariat',
  themes: ['GOVE'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    official: { mn: 'Албан тушаалтан', en: 'Official', required: true },
    name_mn: { mn: 'Нэр (монгол)', en: 'Name (Mongolian)', required: true },
    name_en: { mn: 'Нэр (англи)', en: 'Name (English)' },
    post_mn: { mn: 'Албан тушаал (монгол)', en: 'Post (Mongolian)', required: true },
    post_en: { mn: 'Албан тушаал (англи)', en: 'Post (English)' },
    role: { mn: 'Үүрэг', en: 'Role' },
    organization: { mn: 'Байгууллага', en: 'Organisation', required: true },
    starts_on: { mn: 'Эхэлсэн', en: 'Started', type: 'date', required: true },
    ends_on: { mn: 'Дууссан', en: 'Ended', type: 'date' },
    declares_assets: { mn: 'Хөрөнгө мэдүүлнэ', en: 'Declares assets', type: 'boolean', required: true },
    politically_exposed: {
      mn: 'Улс төрд нөлөө бүхий',
      en: 'Politically exposed',
      type: 'boolean',
      required: true,
    },
    source: { mn: 'Эх сурвалж', en: 'Source' },
  }),
  source: officialTermRows,
  // When the rows last changed, or when the register was installed: the catalogue always has a date.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from official_memberships`,
    dataset: 'officials',
    installed: 'platform',
  }),
};
