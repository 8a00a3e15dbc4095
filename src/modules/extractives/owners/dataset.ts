import { datasetFields, lastChanged } from '../../../platform/datasets/declare.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { DatasetDeclaration } from '../../../platform/module.ts';

/**
 * Beneficial owners as open data: one row per interest of a relationship (`12-0`: relationship
 * 12, its first interest), with the owned entity, the owner (a person, an entity or a State) and
 * the public facts of a person only: name, nationality, country of residence, PEP status and the
 * linked official. The same register is published as BODS 0.4 at `/extractives/owners.bods.json`.
 */
export const ownerRows = sql`
  select w.id::text || '-' || i.position::text as id, w.id::int as relationship, w.subject_id::int as entity_id,
    coalesce(e.name_mn, e.name_en) as entity_name_mn, coalesce(e.name_en, e.name_mn) as entity_name_en,
    case when w.person_id is not null then 'person' when w.party_entity_id is not null then 'entity' else 'state' end as owner_kind,
    coalesce(p.name_mn, coalesce(pe.name_mn, pe.name_en), w.party_state) as owner_name_mn,
    coalesce(p.name_en, p.name_mn, coalesce(pe.name_en, pe.name_mn), w.party_state) as owner_name_en,
    w.party_entity_id::int as owner_entity_id, w.party_state as owner_state,
    p.nationality, p.residence, p.pep_status, o.slug as official,
    i.interest_type, i.direct, i.beneficial, i.share_exact::float8 as share_exact, i.share_min::float8 as share_min,
    i.share_max::float8 as share_max, i.starts_on, i.ends_on, w.source_type, w.source_url, w.statement_date, w.updated_at
  from extractive_ownerships w
  join extractive_ownership_interests i on i.ownership_id = w.id
  join legal_entities e on e.id = w.subject_id
  left join extractive_owner_persons p on p.id = w.person_id
  left join officials o on o.id = p.official_id
  left join legal_entities pe on pe.id = w.party_entity_id`;

export const ownersDataset: DatasetDeclaration = {
  id: 'extractives-owners',
  title: { mn: 'Эцсийн өмчлөгчид', en: 'Beneficial owners' },
  description: {
    mn: 'Тусгай зөвшөөрөл эзэмшигч хуулийн этгээдийг хэн эзэмшиж, хянадаг вэ: хувь хүн, хуулийн этгээд, төр; ашиг сонирхол, хувь, улс төрд нөлөө бүхий эсэх.',
    en: 'Who owns or controls licence-holding legal entities: persons, legal entities and States, with the interest, the share and PEP status.',
  },
  publisher: 'mineral-resources-authority',
  themes: ['ECON', 'GOVE'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Id', required: true },
    relationship: { mn: 'Харилцааны дугаар', en: 'Relationship', type: 'integer', required: true },
    entity_id: { mn: 'Хуулийн этгээдийн дугаар', en: 'Legal entity id', type: 'integer', required: true },
    entity_name_mn: { mn: 'Хуулийн этгээд (монгол)', en: 'Legal entity (Mongolian)' },
    entity_name_en: { mn: 'Хуулийн этгээд (англи)', en: 'Legal entity (English)' },
    owner_kind: { mn: 'Өмчлөгчийн төрөл', en: 'Kind of owner', required: true },
    owner_name_mn: { mn: 'Өмчлөгч (монгол)', en: 'Owner (Mongolian)' },
    owner_name_en: { mn: 'Өмчлөгч (англи)', en: 'Owner (English)' },
    owner_entity_id: {
      mn: 'Өмчлөгч хуулийн этгээдийн дугаар',
      en: 'Owning legal entity id',
      type: 'integer',
    },
    owner_state: { mn: 'Өмчлөгч улс', en: 'Owning State' },
    nationality: { mn: 'Иргэншил', en: 'Nationality' },
    residence: { mn: 'Оршин суугаа улс', en: 'Country of residence' },
    pep_status: { mn: 'Улс төрд нөлөө бүхий эсэх', en: 'PEP status' },
    official: { mn: 'Албан тушаалтан', en: 'Official' },
    interest_type: { mn: 'Ашиг сонирхол', en: 'Interest', required: true },
    direct: { mn: 'Шууд эсэх', en: 'Direct or indirect', required: true },
    beneficial: {
      mn: 'Эцсийн өмчлөл, хяналт',
      en: 'Beneficial ownership or control',
      type: 'boolean',
      required: true,
    },
    share_exact: { mn: 'Хувь', en: 'Share', type: 'number' },
    share_min: { mn: 'Хувь (доод)', en: 'Share (at least)', type: 'number' },
    share_max: { mn: 'Хувь (дээд)', en: 'Share (at most)', type: 'number' },
    starts_on: { mn: 'Эхэлсэн', en: 'Started', type: 'date' },
    ends_on: { mn: 'Дууссан', en: 'Ended', type: 'date' },
    source_type: { mn: 'Эх сурвалжийн төрөл', en: 'Kind of source', required: true },
    source_url: { mn: 'Эх сурвалж', en: 'Source' },
    statement_date: { mn: 'Мэдүүлсэн огноо', en: 'Statement date', type: 'date', required: true },
    updated_at: { mn: 'Шинэчилсэн', en: 'Updated', type: 'datetime', required: true },
  }),
  source: ownerRows,
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from extractive_ownerships`,
    dataset: 'extractives-owners',
    installed: 'extractives',
  }),
};
