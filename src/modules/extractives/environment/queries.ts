import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fetchPage, type OffsetPage } from '../../../platform/lists/fetch.ts';
import type { ListFilterValues } from '../../../platform/lists/query.ts';
import { environmentList } from './lists.ts';
import type { CaseState, Stage, Step } from './stages.ts';

/** A case as its pages, the API and the dataset show it. */
export interface EnvironmentCase extends CaseState {
  id: number;
  organizationId: number;
  entityId: number;
  entityNameMn: string | null;
  entityNameEn: string | null;
  findingMn: string;
  findingEn: string;
  unitCode: string | null;
  unitNameMn: string | null;
  unitNameEn: string | null;
  aimag: string | null;
  inspectedOn: string;
  inspector: string;
  inspectorNameMn: string;
  inspectorNameEn: string;
  reportReference: string;
  noticedOn: string | null;
  replyDueAt: Date | null;
  replyLastDay: string | null;
  decidedOn: string | null;
  appealLastDay: string | null;
  penaltyMnt: string | null;
  remedyMn: string | null;
  remedyEn: string | null;
  remedyDueOn: string | null;
  licences: { id: number; number: string; slug: string }[];
  updatedAt: Date;
}

/** One step of a case's history. */
export interface CaseEvent {
  id: number;
  kind: 'inspection' | Step;
  occurredOn: string;
  dueAt: Date | null;
  lastDay: string | null;
  details: Record<string, string | number | boolean | null>;
  recordedBy: string;
  recordedAt: Date;
}

const day = (column: ReturnType<typeof sql>) => sql`to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Every case with what the list filters and sorts on: the rows `d` of the list, the API and the
 * dataset. `aimag` is the unit's aimag (the unit itself when it is one, or the capital).
 */
export const caseRows = sql`
  select c.id, c.organization_id, c.legal_entity_id as entity_id, e.name_mn as entity_name_mn,
    e.name_en as entity_name_en, c.finding_mn, c.finding_en, c.admin_unit_code as unit_code,
    u.name_mn as unit_name_mn, u.name_en as unit_name_en,
    case when u.kind in ('aimag', 'capital') then u.code else u.parent_code end as aimag,
    ${day(sql`c.inspected_on`)} as inspected_on, i.slug as inspector, i.name_mn as inspector_name_mn,
    i.name_en as inspector_name_en, c.report_reference, c.stage, c.listed,
    exists (select 1 from extractive_environment_events a where a.case_id = c.id and a.kind = 'appeal') as appealed,
    ${day(sql`c.noticed_on`)} as noticed_on, c.reply_due_at, ${day(sql`c.reply_last_day`)} as reply_last_day,
    ${day(sql`c.decided_on`)} as decided_on, ${day(sql`c.appeal_last_day`)} as appeal_last_day,
    c.penalty_mnt::text as penalty_mnt, c.remedy_mn, c.remedy_en, ${day(sql`c.remedy_due_on`)} as remedy_due_on,
    coalesce((select jsonb_agg(jsonb_build_object('id', l.id, 'number', l.number, 'slug', l.slug) order by l.number)
      from extractive_environment_case_licences cl join extractive_licences l on l.id = cl.licence_id
      where cl.case_id = c.id), '[]'::jsonb) as licences,
    c.updated_at
  from extractive_environment_cases c
  join legal_entities e on e.id = c.legal_entity_id
  join organizations i on i.id = c.inspector_id
  left join admin_units u on u.code = c.admin_unit_code`;

export const CASE_COLUMNS = sql`d.id, d.organization_id as "organizationId", d.entity_id as "entityId",
  d.entity_name_mn as "entityNameMn", d.entity_name_en as "entityNameEn", d.finding_mn as "findingMn",
  d.finding_en as "findingEn", d.unit_code as "unitCode", d.unit_name_mn as "unitNameMn",
  d.unit_name_en as "unitNameEn", d.aimag, d.inspected_on as "inspectedOn", d.inspector,
  d.inspector_name_mn as "inspectorNameMn", d.inspector_name_en as "inspectorNameEn",
  d.report_reference as "reportReference", d.stage, d.listed, d.appealed, d.noticed_on as "noticedOn",
  d.reply_due_at as "replyDueAt", d.reply_last_day as "replyLastDay", d.decided_on as "decidedOn",
  d.appeal_last_day as "appealLastDay", d.penalty_mnt as "penaltyMnt", d.remedy_mn as "remedyMn",
  d.remedy_en as "remedyEn", d.remedy_due_on as "remedyDueOn", d.licences, d.updated_at as "updatedAt"`;

/** One page of the public list (cases from the notice on), filtered and sorted as `environmentList` declares. */
export function listCases(
  db: Queryable,
  filters: ListFilterValues,
  options: { sort: string; page: number; pageSize: number; locale: Locale },
): Promise<OffsetPage<EnvironmentCase>> {
  return fetchPage<EnvironmentCase>(db, environmentList, {
    rows: sql`${caseRows} where c.stage <> 'inspected'`,
    select: CASE_COLUMNS,
    filters,
    ...options,
  });
}

/** One case by its id, whatever its stage (pages hide a case not yet noticed from those who may not write). */
export async function findCase(db: Queryable, id: number): Promise<EnvironmentCase | undefined> {
  const [found] = await db.query<EnvironmentCase>(
    sql`select ${CASE_COLUMNS} from (${caseRows} where c.id = ${id}) d`,
  );
  return found;
}

/** A case's history, oldest first. */
export function caseEvents(db: Queryable, caseId: number): Promise<CaseEvent[]> {
  return db.query<CaseEvent>(sql`
    select id, kind, ${day(sql`occurred_on`)} as "occurredOn", due_at as "dueAt",
      ${day(sql`last_day`)} as "lastDay", details, recorded_by as "recordedBy", recorded_at as "recordedAt"
    from extractive_environment_events where case_id = ${caseId} order by id`);
}

/** The cases not yet noticed, for the keeper's own view (never public). */
export function unnoticedCases(db: Queryable): Promise<EnvironmentCase[]> {
  return db.query<EnvironmentCase>(
    sql`select ${CASE_COLUMNS} from (${caseRows} where c.stage = 'inspected') d order by d.id`,
  );
}

/** How many companies are listed now and how many public cases there are, for the home card. */
export async function countCases(db: Queryable): Promise<{ listed: number; cases: number }> {
  const [row] = await db.query<{ listed: number; cases: number }>(sql`
    select count(*) filter (where listed)::int as listed, count(*)::int as cases
    from extractive_environment_cases where stage <> 'inspected'`);
  return row ?? { listed: 0, cases: 0 };
}

export type { Stage };
