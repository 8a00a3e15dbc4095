-- Suppliers move onto the platform's register of legal entities (platform migration 017): the
-- processes', contracts' and known spending's `supplier_id` now refer to `legal_entities (id)`, and
-- `procurement_suppliers` goes. Releases are untouched, so the OCDS output stays as it was.
--
-- A supplier with a register scheme (`MN-SRN`, `GB-COH`…) becomes the entity of that scheme and
-- identifier, or joins the one already there. A supplier that came with a name only (scheme
-- `ocds-party`, or a scheme that is not a register scheme) becomes an entity of the scheme
-- `unidentified`, as the import makes them now. Both need the name's match key, which is computed in
-- TypeScript from the country pack (`matchKey`): SQL cannot, so the names get an approximation here
-- and their entities are listed in `procurement_entities_to_key`; procurement's `seed`, which runs
-- right after the migrations at every start, computes the real keys, gives each unidentified entity
-- its real key as identifier (joining an entity that already has it), and empties the list.

create temporary table supplier_entity (
  supplier_id bigint primary key,
  entity_id bigint not null
) on commit drop;

create table procurement_entities_to_key (
  entity_id bigint primary key references legal_entities (id) on delete cascade
);

-- A supplier's name as the register keeps it: never empty, at most 300 characters, in `name_mn`
-- when written in Cyrillic (as `resolveEntities` does).
create temporary view supplier_claim as
  select s.id, s.registered_on,
    left(coalesce(nullif(btrim(s.name), ''), s.identifier), 300) as name,
    s.scheme ~ '^([A-Z]{2}|X[A-Z])-[A-Z0-9]+$' and length(btrim(s.identifier)) between 1 and 200 as identified,
    s.scheme, btrim(s.identifier) as identifier
  from procurement_suppliers s;

insert into legal_entities (scheme, identifier, name_mn, name_en, registered_on)
select distinct on (c.scheme, c.identifier) c.scheme, c.identifier,
  case when c.name ~ '[А-Яа-яЁёӨөҮү]' then c.name end,
  case when c.name !~ '[А-Яа-яЁёӨөҮү]' then c.name end,
  c.registered_on
from supplier_claim c where c.identified
order by c.scheme, c.identifier, c.registered_on nulls last, c.id
on conflict (scheme, identifier) do update set
  name_mn = coalesce(legal_entities.name_mn, excluded.name_mn),
  name_en = coalesce(legal_entities.name_en, excluded.name_en),
  registered_on = coalesce(legal_entities.registered_on, excluded.registered_on);

insert into supplier_entity (supplier_id, entity_id)
select c.id, e.id from supplier_claim c
join legal_entities e on e.scheme = c.scheme and e.identifier = c.identifier
where c.identified;

-- Name only: the approximate key (lower case, marks and quotes as spaces) until the seed gives the real one.
create temporary view supplier_unidentified as
  select c.id, c.name, c.registered_on,
    coalesce(nullif(left(btrim(regexp_replace(lower(c.name), '[[:punct:][:space:]«»“”„‘’№]+', ' ', 'g')), 200), ''),
      'procurement-supplier-' || c.id) as identifier
  from supplier_claim c where not c.identified;

insert into legal_entities (scheme, identifier, name_mn, name_en, registered_on)
select distinct on (u.identifier) 'unidentified', u.identifier,
  case when u.name ~ '[А-Яа-яЁёӨөҮү]' then u.name end,
  case when u.name !~ '[А-Яа-яЁёӨөҮү]' then u.name end,
  u.registered_on
from supplier_unidentified u
order by u.identifier, u.registered_on nulls last, u.id
on conflict (scheme, identifier) do update set
  registered_on = coalesce(legal_entities.registered_on, excluded.registered_on);

insert into supplier_entity (supplier_id, entity_id)
select u.id, e.id from supplier_unidentified u
join legal_entities e on e.scheme = 'unidentified' and e.identifier = u.identifier;

-- Every spelling a supplier had is a name of its entity, with where it came from.
insert into legal_entity_names (entity_id, name, match_key)
select distinct m.entity_id, c.name, btrim(regexp_replace(lower(c.name), '[[:punct:][:space:]«»“”„‘’№]+', ' ', 'g'))
from supplier_claim c join supplier_entity m on m.supplier_id = c.id
on conflict do nothing;

insert into legal_entity_sources (entity_id, field, source)
select distinct m.entity_id, f.field, 'procurement'
from supplier_claim c join supplier_entity m on m.supplier_id = c.id
cross join lateral (values
  ('identifier'),
  (case when c.name ~ '[А-Яа-яЁёӨөҮү]' then 'name_mn' else 'name_en' end),
  (case when c.registered_on is not null then 'registered_on' end)) f(field)
where f.field is not null
on conflict do nothing;

insert into procurement_entities_to_key (entity_id)
select distinct entity_id from supplier_entity
on conflict do nothing;

-- Every reference to a supplier now refers to its entity.
alter table procurement_processes drop constraint procurement_processes_supplier_id_fkey;
alter table procurement_contracts drop constraint procurement_contracts_supplier_id_fkey;
alter table procurement_known_spending drop constraint procurement_known_spending_supplier_id_fkey;

update procurement_processes p set supplier_id = m.entity_id
from supplier_entity m where p.supplier_id = m.supplier_id;
update procurement_contracts c set supplier_id = m.entity_id
from supplier_entity m where c.supplier_id = m.supplier_id;
update procurement_known_spending k set supplier_id = m.entity_id
from supplier_entity m where k.supplier_id = m.supplier_id;

alter table procurement_processes add constraint procurement_processes_supplier_id_fkey
  foreign key (supplier_id) references legal_entities (id);
alter table procurement_contracts add constraint procurement_contracts_supplier_id_fkey
  foreign key (supplier_id) references legal_entities (id);
alter table procurement_known_spending add constraint procurement_known_spending_supplier_id_fkey
  foreign key (supplier_id) references legal_entities (id);

drop view supplier_unidentified;
drop view supplier_claim;
drop table procurement_suppliers;
