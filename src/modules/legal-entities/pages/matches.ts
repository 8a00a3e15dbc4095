import type { Command } from 'commander';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Permissions } from '../../../platform/auth/permissions.ts';
import { refuse } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type FormState, type FormView, formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import {
  confirmCandidate,
  entitiesMerged,
  MATCH_PERMISSION,
  matchAll,
  matchPermissions,
  rejectCandidates,
  undoMergeCommand,
} from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, notice, radios, table, textarea } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { matchMessages } from './matches.messages.ts';

const access = { action: MATCH_PERMISSION } as const;
const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,18}$', maxLength: 18 }) });
const Query = Type.Object({
  done: Type.Optional(Type.String({ maxLength: 20 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
});
const DecisionBody = Type.Object({
  candidate: Type.Optional(Type.String({ maxLength: 20 })),
  decision: Type.Union([Type.Literal('confirm'), Type.Literal('reject')]),
});
const UndoBody = Type.Object({ reason: Type.String({ maxLength: 1000 }) });

/** How many names the queue shows at once, oldest first; how many merges the log shows, latest first. */
const QUEUE_PAGE = 50;
const LOG_PAGE = 100;

/**
 * `shilen legal-entities match`: runs the matcher over the whole register now, batch by batch
 * (what the `legal-entities.match` job does after imports). Proposes, never merges. Joins the
 * module's `legal-entities` command when the module declares one, else makes it.
 */
export function matchCli(
  program: Command,
  session: { open: () => Promise<ModuleContext>; say: (line: string) => void },
): void {
  const group =
    program.commands.find((c) => c.name() === 'legal-entities') ??
    program.command('legal-entities').summary('the register of legal entities');
  group
    .command('match')
    .summary('propose registered entities for names that came without an identifier')
    .description(
      'Finds candidates for every unidentified entity that has none yet and puts them in the queue ' +
        'at /legal-entities/matches for a person to confirm or reject. Nothing is merged.',
    )
    .action(async () => {
      const ctx = await session.open();
      const run = await matchAll(ctx.db);
      session.say(`names looked at: ${run.entities}; candidates proposed: ${run.candidates}`);
    });
}

interface Waiting {
  id: number;
  name: string;
  names: string[];
  sources: { source: string; reference: string | null }[];
  candidates: {
    id: number;
    score: number;
    scheme: string;
    identifier: string;
    nameMn: string | null;
    nameEn: string | null;
    names: string[];
  }[];
}

/** The oldest names waiting for a person, each with its sources and its pending candidates. */
async function waitingNames(db: Queryable): Promise<{ total: number; names: Waiting[] }> {
  const [count] = await db.query<{ n: number }>(sql`
    select count(distinct c.entity_id)::int as n from legal_entity_match_candidates c
    join legal_entities e on e.id = c.entity_id where c.status = 'pending' and e.merged_into is null`);
  const rows = await db.query<{ id: number; name: string; names: string[]; sources: Waiting['sources'] }>(sql`
    with waiting as (
      select e.id, coalesce(e.name_mn, e.name_en) as name, min(c.found_at) as found
      from legal_entity_match_candidates c join legal_entities e on e.id = c.entity_id
      where c.status = 'pending' and e.merged_into is null
      group by e.id order by found, e.id limit ${QUEUE_PAGE}
    )
    select w.id, w.name,
      (select array_agg(n.name order by n.name) from legal_entity_names n where n.entity_id = w.id) as names,
      (select coalesce(jsonb_agg(jsonb_build_object('source', s.source, 'reference', s.reference) order by s.recorded_at), '[]')
        from (select distinct on (source, reference) source, reference, recorded_at from legal_entity_sources
          where entity_id = w.id order by source, reference, recorded_at) s) as sources
    from waiting w order by w.found, w.id`);
  const ids = rows.map((r) => Number(r.id));
  const candidates = await db.query<{
    entity_id: number;
    id: number;
    score: number;
    scheme: string;
    identifier: string;
    name_mn: string | null;
    name_en: string | null;
    names: string[];
  }>(sql`
    select c.entity_id, k.id, c.score, k.scheme, k.identifier, k.name_mn, k.name_en,
      (select array_agg(n.name order by n.name) from legal_entity_names n where n.entity_id = k.id) as names
    from legal_entity_match_candidates c join legal_entities k on k.id = c.candidate_id
    where c.entity_id = any(${ids}::bigint[]) and c.status = 'pending'
    order by c.score desc, k.id`);
  return {
    total: count?.n ?? 0,
    names: rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      names: r.names ?? [],
      sources: r.sources,
      candidates: candidates
        .filter((c) => Number(c.entity_id) === Number(r.id))
        .map((c) => ({
          id: Number(c.id),
          score: Number(c.score),
          scheme: c.scheme,
          identifier: c.identifier,
          nameMn: c.name_mn,
          nameEn: c.name_en,
          names: c.names ?? [],
        })),
    })),
  };
}

/** One entity in the reader's language, with its identifier. */
const entityLabel = (
  t: Translator,
  e: { nameMn: string | null; nameEn: string | null; scheme: string; identifier: string },
) =>
  `${t.pick({ mn: e.nameMn ?? e.nameEn ?? '', en: e.nameEn ?? e.nameMn ?? '' })} (${e.scheme} ${e.identifier})`;

/** A name waiting, and its form: choose a candidate and confirm, or reject it (or all of them). */
function waitingSection(t: Translator, csrf: Html, w: Waiting, refused: FormState | undefined): Html {
  const title = `match-${w.id}-title`;
  return html`<section class="entity-match" aria-labelledby="${title}">
<h2 id="${title}">${w.name}</h2>
<dl class="summary-list">
<div class="summary-row"><dt>${t('legalEntities.matches.writtenAs')}</dt><dd>${w.names.map((n, i) => html`${i > 0 ? '; ' : ''}<q>${n}</q>`)}</dd></div>
<div class="summary-row"><dt>${t('legalEntities.matches.cameFrom')}</dt><dd>${w.sources.map((s, i) => html`${i > 0 ? '; ' : ''}${s.source}${s.reference ? html` (${s.reference})` : ''}`)}</dd></div>
</dl>
<form method="post" action="/legal-entities/matches/${w.id}" novalidate>${csrf}
${radios(
  { t },
  {
    id: refused ? 'candidate' : `candidate-${w.id}`,
    name: 'candidate',
    label: t('legalEntities.matches.question', { name: w.name }),
    hint: t('legalEntities.matches.questionHint'),
    ...(refused?.error('candidate') ? { error: refused.error('candidate') as string } : {}),
    ...(refused?.value('candidate') ? { selected: refused.value('candidate') } : {}),
    options: w.candidates.map((c) => ({
      value: String(c.id),
      label: entityLabel(t, c),
      hint: t('legalEntities.matches.candidateHint', {
        score: t.number(Math.round(c.score * 100)),
        names: c.names.join('; '),
      }),
    })),
  },
)}
<div class="button-group">
<button type="submit" name="decision" value="confirm" class="button"${refused ? html` id="decision"` : ''}>${t('legalEntities.matches.confirm')}<span class="visually-hidden"> ${w.name}</span></button>
<button type="submit" name="decision" value="reject" class="button button-secondary">${t('legalEntities.matches.reject')}<span class="visually-hidden"> ${w.name}</span></button>
</div>
</form>
</section>`;
}

async function queueView(
  ctx: ModuleContext,
  request: FastifyRequest,
  csrf: Html,
  refused?: FormState,
): Promise<FormView> {
  const { t } = request;
  const refusedId = Number((request.params as { id?: string }).id ?? 0);
  const done = (request.query as { done?: string }).done;
  const { total, names } = await waitingNames(ctx.db);
  const title = t('legalEntities.matches.title');
  return {
    title,
    wide: true,
    breadcrumbs: [{ label: title }],
    main: html`<h1>${title}</h1>
${done === 'confirmed' || done === 'rejected' ? notice({ t }, { tone: 'success', body: t(`legalEntities.matches.done.${done}`) }) : ''}
<p class="lead">${t('legalEntities.matches.lead')}</p>
<p>${t('legalEntities.matches.count', { count: total, shown: Math.min(total, QUEUE_PAGE) })} <a href="/legal-entities/merges">${t('legalEntities.merges.title')}</a></p>
${names.length === 0 ? emptyState(t('legalEntities.matches.empty'), t('legalEntities.matches.emptyHint')) : names.map((w) => waitingSection(t, csrf, w, w.id === refusedId ? refused : undefined))}`,
  };
}

async function mergesView(
  ctx: ModuleContext,
  request: FastifyRequest,
  csrf: Html,
  refused?: FormState,
): Promise<FormView> {
  const { t } = request;
  const refusedId = Number((request.params as { id?: string }).id ?? 0);
  const done = (request.query as { done?: string }).done;
  const rows = await ctx.db.query<{
    id: number;
    from_id: number;
    into_id: number;
    moved: number;
    reason: string;
    merged_at: Date;
    merged_by: string | null;
    undone_at: Date | null;
    undone_by: string | null;
    undo_reason: string | null;
    from_mn: string | null;
    from_en: string | null;
    from_scheme: string;
    from_identifier: string;
    into_mn: string | null;
    into_en: string | null;
    into_scheme: string;
    into_identifier: string;
  }>(sql`
    select m.id, m.from_id, m.into_id, cardinality(m.moved_ids) as moved, m.reason, m.merged_at, mb.display_name as merged_by,
      m.undone_at, ub.display_name as undone_by, m.undo_reason,
      f.name_mn as from_mn, f.name_en as from_en, f.scheme as from_scheme, f.identifier as from_identifier,
      i.name_mn as into_mn, i.name_en as into_en, i.scheme as into_scheme, i.identifier as into_identifier
    from legal_entity_merges m
    join legal_entities f on f.id = m.from_id join legal_entities i on i.id = m.into_id
    left join users mb on mb.id = m.merged_by left join users ub on ub.id = m.undone_by
    order by m.id desc limit ${LOG_PAGE}`);
  const title = t('legalEntities.merges.title');
  const label = (mn: string | null, en: string | null, scheme: string, identifier: string) =>
    entityLabel(t, { nameMn: mn, nameEn: en, scheme, identifier });
  const undoCell = (r: (typeof rows)[number]): Html => {
    if (r.undone_at)
      return html`${t('legalEntities.merges.undoneBy', { at: t.dateTime(r.undone_at), by: r.undone_by ?? '—' })}: ${r.undo_reason ?? ''}`;
    const mine = Number(r.id) === refusedId ? refused : undefined;
    return html`<form method="post" action="/legal-entities/merges/${r.id}/undo" novalidate>${csrf}
${textarea(
  { t },
  {
    id: mine ? 'reason' : `reason-${r.id}`,
    name: 'reason',
    label: t('legalEntities.merges.undoReason', { id: Number(r.id) }),
    value: mine?.value('reason') ?? '',
    ...(mine?.error('reason') ? { error: mine.error('reason') as string } : {}),
  },
)}
<button type="submit" class="button button-secondary">${t('legalEntities.merges.undo', { id: Number(r.id) })}</button></form>`;
  };
  return {
    title,
    wide: true,
    breadcrumbs: [
      { href: '/legal-entities/matches', label: t('legalEntities.matches.title') },
      { label: title },
    ],
    main: html`<h1>${title}</h1>
${done === 'undone' ? notice({ t }, { tone: 'success', body: t('legalEntities.merges.done') }) : ''}
<p class="lead">${t('legalEntities.merges.lead')}</p>
${
  rows.length === 0
    ? emptyState(t('legalEntities.merges.empty'))
    : table(request.page, {
        caption: t('legalEntities.merges.caption', { shown: rows.length }),
        columns: [
          { key: 'id', label: t('legalEntities.merges.number'), numeric: true },
          { key: 'from', label: t('legalEntities.merges.from') },
          { key: 'into', label: t('legalEntities.merges.into') },
          { key: 'why', label: t('legalEntities.merges.why') },
          { key: 'undo', label: t('legalEntities.merges.state') },
        ],
        rows: rows.map((r) => [
          String(r.id),
          html`${label(r.from_mn, r.from_en, r.from_scheme, r.from_identifier)}${Number(r.moved) > 0 ? html`<br><span class="meta">${t('legalEntities.merges.moved', { count: Number(r.moved) })}</span>` : ''}`,
          label(r.into_mn, r.into_en, r.into_scheme, r.into_identifier),
          html`${r.reason}<br><span class="meta">${t('legalEntities.merges.mergedBy', { at: t.dateTime(r.merged_at), by: r.merged_by ?? '—' })}</span>`,
          undoCell(r),
        ]),
      })
}`,
  };
}

/**
 * The queue of names waiting for a person (`/legal-entities/matches`) with a form per name, and
 * the log of merges (`/legal-entities/merges`) with an undo form per merge that can be undone.
 * Both for those who may `legal-entities.match` (platform administrators). The integrator calls
 * this from the `legal-entities` module's `pages`.
 */
export function registerMatchPages(app: App, ctx: ModuleContext): void {
  const config = { access } as const;
  // The search documents and every module's `onEntitiesMerged`, in the merge's transaction.
  const afterMerge = (tx: Queryable, ids: readonly number[]) =>
    entitiesMerged(ctx, app.shilen.modules, tx, ids);
  app.get(
    '/legal-entities/matches',
    { schema: { hide: true, querystring: Query }, config },
    async (request, reply) => reply.sendPage(await queueView(ctx, request, reply.csrfField())),
  );
  formRoute(app, {
    path: '/legal-entities/matches/:id',
    get: false,
    access,
    params: IdParams,
    body: DecisionBody,
    command: async (input, request) => {
      const chosen = input.candidate?.trim() ?? '';
      if (chosen !== '' && !/^[0-9]{1,15}$/.test(chosen))
        return refuse('candidate', 'legalEntities.match.error.notCandidate');
      const decision = {
        entity: Number(request.params.id),
        candidate: chosen === '' ? null : Number(chosen),
        actor: request.actor,
        meta: request.meta,
        afterMerge,
      };
      const result =
        input.decision === 'confirm'
          ? await confirmCandidate(ctx.db, decision)
          : await rejectCandidates(ctx.db, decision);
      return result.ok ? { ok: true, value: input.decision } : result;
    },
    render: (form, request) => queueView(ctx, request, form.csrf, form),
    redirect: (decision) =>
      `/legal-entities/matches?done=${decision === 'confirm' ? 'confirmed' : 'rejected'}`,
  });

  app.get(
    '/legal-entities/merges',
    { schema: { hide: true, querystring: Query }, config },
    async (request, reply) => reply.sendPage(await mergesView(ctx, request, reply.csrfField())),
  );
  formRoute(app, {
    path: '/legal-entities/merges/:id/undo',
    get: false,
    access,
    params: IdParams,
    body: UndoBody,
    command: (input, request) =>
      undoMergeCommand(
        ctx.db,
        {
          mergeId: Number(request.params.id),
          reason: input.reason,
          actor: request.actor,
          meta: request.meta,
        },
        afterMerge,
      ),
    render: (form, request) => mergesView(ctx, request, form.csrf, form),
    redirect: () => '/legal-entities/merges?done=undone',
  });
}
