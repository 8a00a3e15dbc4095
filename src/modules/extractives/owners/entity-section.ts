import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { interestsText, partyView } from './graph.ts';
import { type Ownership, readNetwork } from './store.ts';

/** The relationships in which an entity owns or controls another: the entities it owns, with names. */
export async function ownedBy(
  db: Queryable,
  entityId: number,
): Promise<(Pick<Ownership, 'subjectId' | 'interests'> & { nameMn: string; nameEn: string })[]> {
  const rows = await db.query<{
    subjectId: number;
    nameMn: string;
    nameEn: string;
    interests: Ownership['interests'];
  }>(sql`
    select w.subject_id::int as "subjectId", coalesce(e.name_mn, e.name_en) as "nameMn", coalesce(e.name_en, e.name_mn) as "nameEn",
      (select jsonb_agg(jsonb_build_object('type', i.interest_type, 'direct', i.direct, 'beneficial', i.beneficial,
        'shareExact', i.share_exact, 'shareMin', i.share_min, 'shareMax', i.share_max, 'startsOn', i.starts_on,
        'endsOn', i.ends_on) order by i.position) from extractive_ownership_interests i where i.ownership_id = w.id) as interests
    from extractive_ownerships w join legal_entities e on e.id = w.subject_id
    where w.party_entity_id = ${entityId} order by w.id`);
  return rows.map((r) => ({
    ...r,
    interests: (r.interests ?? []).map((i) => ({
      ...i,
      shareExact: i.shareExact === null ? null : Number(i.shareExact),
      shareMin: i.shareMin === null ? null : Number(i.shareMin),
      shareMax: i.shareMax === null ? null : Number(i.shareMax),
    })),
  }));
}

/**
 * The owners' part of a legal entity's page: its direct owners (persons, entities, States) with
 * their interests and shares, PEPs marked and linked to the officials register, and a link to the
 * whole chain; the same as data (public facts only). None when no owner is declared.
 */
export async function ownersEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const network = await readNetwork(ctx.db, entity.id);
  const direct = network.ownerships.filter((o) => o.subjectId === entity.id);
  if (direct.length === 0) return null;
  const views = direct.map((o) => ({ o, v: partyView(network, o.party, t) }));
  return {
    id: 'extractives-owners',
    title: t('extractives.owners.sectionTitle'),
    count: direct.length,
    href: `/extractives/owners/${entity.id}`,
    html: html`<ul>${views.map(
      ({ o, v }) =>
        html`<li>${v.href ? html`<a href="${v.href}">${v.label}</a>` : v.label}${v.pep ? html` <strong>${t('extractives.owners.pep')}</strong>` : ''} — ${interestsText(o, t)}</li>`,
    )}</ul>
<p><a href="/extractives/owners/${entity.id}">${t('extractives.owners.sectionAll')}</a></p>`,
    data: views.map(({ o, v }) => {
      const person = o.party.kind === 'person' ? network.persons.get(o.party.id) : undefined;
      return {
        owner: v.label,
        kind: v.kind,
        ...(o.party.kind === 'entity' ? { entityId: o.party.id } : {}),
        ...(o.party.kind === 'state' ? { state: o.party.code } : {}),
        ...(person
          ? {
              nationality: person.nationality,
              residence: person.residence,
              pep: person.pepStatus,
              official: person.official,
            }
          : {}),
        interests: o.interests,
        url: `/extractives/owners/${entity.id}`,
      };
    }),
  };
}
