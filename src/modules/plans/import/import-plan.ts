import { createHash } from 'node:crypto';
import type { Actor } from '../../../platform/auth/actor.ts';
import { type FieldProblem, ok, problem, type Result, refuse } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { type CommandMeta, recordPlansAudit } from '../commands/frame.ts';
import { decodePlanText } from './decode.ts';
import {
  type MatchedOrganization,
  matchOrganizations,
  type RegistryEntry,
  registryIndex,
} from './match-organizations.ts';
import { parsePlan } from './parse-plan.ts';
import type { LineNote, ParsedItem, ParsedPlan, UnplacedText } from './parsed.ts';

/**
 * Importing an action plan document: decode, parse, match organisations, then write the plan as
 * a draft in one transaction with its audit entry. The same bytes again change nothing; a new
 * version of a draft replaces it; a published plan is never overwritten.
 */

export interface ImportCounts {
  priorities: number;
  commitments: number;
  milestones: number;
  organizationLinks: number;
  unmatchedOrganizations: number;
}

export interface ImportSummary {
  /** `added` a new draft, `replaced` a draft's earlier version, `unchanged` the same document again. */
  result: 'added' | 'replaced' | 'unchanged';
  plan: { id: number; slug: string } | null;
  counts: ImportCounts;
  unplaced: UnplacedText[];
  warnings: LineNote[];
  unmatched: { line: number; text: string }[];
}

/**
 * What an import gives: its summary, or the document's problems (nothing written), each the
 * `document` field's `plans.import.lineProblem` with the line and the parser's text.
 */
export type ImportOutcome = Result<ImportSummary>;

/** The line and the text of an import's problem. */
export function lineOf(p: FieldProblem): LineNote {
  return { line: Number(p.params?.line ?? 1), message: String(p.params?.text ?? p.key) };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A text into the column of its language: the document may be Mongolian or English. */
export function bilingualText(text: string | null): { mn: string | null; en: string | null } {
  if (!text) return { mn: null, en: null };
  return CYRILLIC.test(text) ? { mn: text, en: null } : { mn: null, en: text };
}

export async function loadRegistry(db: Queryable): Promise<RegistryEntry[]> {
  const rows = await db.query<{ id: number; slug: string; names: string[] }>(
    sql`select id, slug, array[name_en, name_mn] || coalesce(array[abbreviation], '{}') || aliases as names
      from organizations order by id`,
  );
  return rows.map((r) => ({ id: r.id, slug: r.slug, names: r.names.filter(Boolean) }));
}

function planSlug(parsed: ParsedPlan, sha: string): string {
  if (parsed.period) return `action-plan-${parsed.period.start.slice(0, 4)}-${parsed.period.end.slice(0, 4)}`;
  return `action-plan-${sha.slice(0, 12)}`;
}

interface Prepared {
  parsed: ParsedPlan;
  sha: string;
  slug: string;
  matches: Map<ParsedItem, MatchedOrganization[]>;
  counts: ImportCounts;
  unmatched: { line: number; text: string }[];
}

const emptyCounts: ImportCounts = {
  priorities: 0,
  commitments: 0,
  milestones: 0,
  organizationLinks: 0,
  unmatchedOrganizations: 0,
};

function failed(problems: readonly LineNote[]): { ok: false; problems: FieldProblem[] } {
  return refuse(
    problems.map((p) => problem('document', 'plans.import.lineProblem', { line: p.line, text: p.message })),
  );
}

async function prepare(db: Queryable, bytes: Uint8Array): Promise<Prepared | LineNote[]> {
  const decoded = await decodePlanText(bytes);
  if (!decoded.ok) return [{ line: 1, message: decoded.message }];
  const parsed = parsePlan(decoded.text);
  if (parsed.problems.length > 0) return parsed.problems;
  const index = registryIndex(await loadRegistry(db));
  const matches = new Map<ParsedItem, MatchedOrganization[]>();
  const counts = { ...emptyCounts, priorities: parsed.priorities.length };
  const unmatched: { line: number; text: string }[] = [];
  for (const priority of parsed.priorities) {
    for (const commitment of priority.commitments) {
      counts.commitments += 1;
      counts.milestones += commitment.milestones.length;
      for (const item of [commitment, ...commitment.milestones]) {
        const matched = matchOrganizations(item.organizations, index);
        matches.set(item, matched);
        counts.organizationLinks += matched.length;
        for (const m of matched) {
          if (m.organizationId !== null) continue;
          counts.unmatchedOrganizations += 1;
          unmatched.push({ line: m.line, text: m.text });
        }
      }
    }
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  return { parsed, sha, slug: planSlug(parsed, sha), matches, counts, unmatched };
}

async function writeItems(tx: Queryable, planId: number, prepared: Prepared): Promise<void> {
  let commitmentPosition = 0;
  for (const [pi, priority] of prepared.parsed.priorities.entries()) {
    const title = bilingualText(priority.title);
    const [p] = await tx.query<{ id: number }>(sql`insert into plan_priorities
      (plan_id, number, code, title_mn, title_en, position, source_line)
      values (${planId}, ${priority.number}, ${priority.code}, ${title.mn}, ${title.en}, ${pi + 1}, ${priority.line})
      returning id`);
    for (const commitment of priority.commitments) {
      commitmentPosition += 1;
      const ct = bilingualText(commitment.title);
      const [c] = await tx.query<{ id: number }>(sql`insert into plan_commitments
        (plan_id, priority_id, number, position, title_mn, title_en, start_date, end_date, timeline_text, source_line)
        values (${planId}, ${p!.id}, ${commitment.number}, ${commitmentPosition}, ${ct.mn}, ${ct.en},
          ${commitment.period?.start ?? null}, ${commitment.period?.end ?? null}, ${commitment.timeline}, ${commitment.line})
        returning id`);
      await writeOrganizations(tx, planId, c!.id, null, prepared.matches.get(commitment) ?? []);
      for (const [mi, milestone] of commitment.milestones.entries()) {
        const mt = bilingualText(milestone.title);
        const [m] = await tx.query<{ id: number }>(sql`insert into plan_milestones
          (plan_id, commitment_id, number, position, title_mn, title_en, start_date, end_date, timeline_text, source_line)
          values (${planId}, ${c!.id}, ${milestone.number}, ${mi + 1}, ${mt.mn}, ${mt.en},
            ${milestone.period?.start ?? null}, ${milestone.period?.end ?? null}, ${milestone.timeline}, ${milestone.line})
          returning id`);
        await writeOrganizations(tx, planId, c!.id, m!.id, prepared.matches.get(milestone) ?? []);
      }
    }
  }
}

async function writeOrganizations(
  tx: Queryable,
  planId: number,
  commitmentId: number,
  milestoneId: number | null,
  matched: readonly MatchedOrganization[],
): Promise<void> {
  // The document lists the lead body first; the reviewer can change it.
  for (const [i, m] of matched.entries()) {
    await tx.query(sql`insert into plan_item_organizations
      (plan_id, commitment_id, milestone_id, organization_id, name_as_written, role, position, source_line)
      values (${planId}, ${commitmentId}, ${milestoneId}, ${m.organizationId}, ${m.text},
        ${i === 0 ? 'lead' : 'supporting'}, ${i + 1}, ${m.line})`);
  }
}

/**
 * Imports a plan document as a draft. With `dryRun` everything is checked and counted and nothing
 * is written. A document with problems writes nothing at all.
 */
export async function importActionPlan(
  ctx: ModuleContext,
  actor: Actor,
  file: { bytes: Uint8Array; name: string },
  options: { dryRun?: boolean; meta?: CommandMeta } = {},
): Promise<ImportOutcome> {
  const prepared = await prepare(ctx.db, file.bytes);
  if (Array.isArray(prepared)) return failed(prepared);
  const { parsed, sha, slug, counts, unmatched } = prepared;
  const base = { counts, unplaced: parsed.unplaced, warnings: parsed.warnings, unmatched };
  const title = bilingualText(parsed.title ?? slug);
  const notes = JSON.stringify({ unplaced: parsed.unplaced, warnings: parsed.warnings });

  const existingOf = (db: Queryable, lock: boolean) =>
    db.query<{ id: number; status: string; sha: string | null }>(
      lock
        ? sql`select id, status, source_sha256 as sha from plans where slug = ${slug} for update`
        : sql`select id, status, source_sha256 as sha from plans where slug = ${slug}`,
    );
  const decide = (existing: { id: number; status: string; sha: string | null } | undefined) => {
    if (!existing) return 'added' as const;
    if (existing.sha === sha) return 'unchanged' as const;
    if (existing.status === 'published') return 'published' as const;
    return 'replaced' as const;
  };
  const publishedProblem = [
    {
      line: 1,
      message: `the plan ${slug} is published and was imported from a different document; a published plan is corrected in review, not replaced`,
    },
  ];

  if (options.dryRun) {
    const [existing] = await existingOf(ctx.db, false);
    const result = decide(existing);
    if (result === 'published') return failed(publishedProblem);
    return ok({ result, plan: existing ? { id: existing.id, slug } : null, ...base });
  }

  return ctx.db.transaction(async (tx) => {
    const [existing] = await existingOf(tx, true);
    const result = decide(existing);
    if (result === 'published') return failed(publishedProblem);
    if (result === 'unchanged') return ok({ result, plan: { id: existing!.id, slug }, ...base });
    let planId: number;
    if (existing) {
      planId = existing.id;
      await tx.query(sql`delete from plan_priorities where plan_id = ${planId}`);
      await tx.query(sql`update plans set title_mn = ${title.mn}, title_en = ${title.en},
        period_start = ${parsed.period?.start ?? null}, period_end = ${parsed.period?.end ?? null},
        source_name = ${file.name}, source_sha256 = ${sha}, import_notes = ${notes}::jsonb,
        imported_at = now(), updated_at = now() where id = ${planId}`);
    } else {
      const [row] = await tx.query<{ id: number }>(sql`insert into plans
        (slug, title_mn, title_en, period_start, period_end, source_name, source_sha256, import_notes, imported_at)
        values (${slug}, ${title.mn}, ${title.en}, ${parsed.period?.start ?? null}, ${parsed.period?.end ?? null},
          ${file.name}, ${sha}, ${notes}::jsonb, now())
        returning id`);
      planId = row!.id;
    }
    await writeItems(tx, planId, prepared);
    await recordPlansAudit(tx, actor, options.meta, 'plans.manage', {
      action: 'plans.import',
      subject: { type: 'plan', id: slug },
      details: {
        result,
        file: file.name,
        sha256: sha,
        priorities: counts.priorities,
        commitments: counts.commitments,
        milestones: counts.milestones,
        unplaced: parsed.unplaced.length,
        unmatchedOrganizations: counts.unmatchedOrganizations,
      },
    });
    return ok({ result, plan: { id: planId, slug }, ...base });
  });
}
