-- The national committee's members move onto the platform's register of officials (platform
-- migration 016). Each member becomes an official — matched by name and organisation to one
-- already there, else added — holding the post "member of the national committee" in the
-- committee's organisation from their first day to their last, with their role on the committee
-- (chair, secretary, member) as the membership's role. `plan_committee_members` keeps only what
-- is the committee's own: the sector a member sits for, the body they represent and their
-- position there, and the membership it is about. Nothing is lost: every row keeps its id.

-- The committee's organisation is the Mongolian pack's `ogp-national-committee` (the pack's
-- `plans.committeeSlug`; the only plan with a committee before this migration). A database with
-- members but without that body gets it, with the pack's names, so that no member is lost.
insert into organizations (slug, name_mn, name_en, kind)
select 'ogp-national-committee', 'Нээлттэй засгийн түншлэлийн үндэсний хороо', 'OGP National Committee', 'committee'
where exists (select 1 from plan_committee_members)
  and not exists (select 1 from organizations where slug = 'ogp-national-committee');

insert into official_posts (organization_id, label_mn, label_en)
select id, 'Үндэсний хорооны гишүүн', 'Member of the national committee'
from organizations
where slug = 'ogp-national-committee' and exists (select 1 from plan_committee_members)
on conflict (organization_id, label_mn) do nothing;

alter table plan_committee_members add column membership_id bigint references official_memberships (id);

do $$
declare
  member record;
  committee_post bigint;
  person bigint;
  base text;
  candidate text;
  n integer;
  term bigint;
begin
  select p.id into committee_post from official_posts p join organizations o on o.id = p.organization_id
    where o.slug = 'ogp-national-committee' and p.label_mn = 'Үндэсний хорооны гишүүн';
  for member in select * from plan_committee_members order by id loop
    -- Matched by name and organisation: the one official of that name (in either language) who
    -- holds or held a post in the body the member represents, or who is already on the committee
    -- for the same body (a member appointed again). Two such officials, or none: a new official.
    select min(found.id) into person from (
      select distinct f.id from officials f
        join official_memberships fm on fm.official_id = f.id
        join official_posts fp on fp.id = fm.post_id
        where member.name in (f.name_mn, f.name_en) and fp.organization_id = member.organization_id
      union
      select distinct f.id from officials f
        join official_memberships fm on fm.official_id = f.id
        join plan_committee_members earlier on earlier.membership_id = fm.id
        where member.name in (f.name_mn, f.name_en)
          and earlier.organization_id is not distinct from member.organization_id
    ) found having count(*) = 1;
    if person is null then
      -- A slug from the name's Latin letters and digits, else "committee-member"; numbered when taken.
      base := trim(both '-' from lower(regexp_replace(member.name, '[^A-Za-z0-9]+', '-', 'g')));
      if base = '' or length(base) > 80 then base := 'committee-member'; end if;
      candidate := base;
      n := 1;
      while candidate = 'committee-member' or exists (select 1 from officials where slug = candidate) loop
        candidate := base || '-' || member.id || case when n > 1 then '-' || n else '' end;
        n := n + 1;
      end loop;
      insert into officials (slug, name_mn, name_en, created_at, updated_at)
        values (candidate, member.name,
          -- A name written without Cyrillic letters is its English spelling too.
          case when member.name ~ '[А-Яа-яЁёӨөҮү]' then null else member.name end,
          member.created_at, now())
        returning id into person;
    end if;
    insert into official_memberships (official_id, post_id, role, starts_on, ends_on, source, created_at, updated_at)
      values (person, committee_post, member.member_role, member.starts_on, member.ends_on,
        'Үндэсний хорооны бүртгэл / The national committee’s register (plans)', member.created_at, now())
      on conflict (official_id, post_id, starts_on) do nothing
      returning id into term;
    if term is null then
      -- The same person from the same day twice in the old table: both rows point at the one term.
      select id into term from official_memberships
        where official_id = person and post_id = committee_post and starts_on = member.starts_on;
    end if;
    update plan_committee_members set membership_id = term where id = member.id;
  end loop;
end $$;

alter table plan_committee_members alter column membership_id set not null;
-- The name, the role and the dates are the official's term now (the dates' check goes with them).
alter table plan_committee_members drop column name, drop column member_role, drop column starts_on,
  drop column ends_on;
create index plan_committee_members_membership on plan_committee_members (membership_id);
comment on column plan_committee_members.organization_id is
  'The body the member represents on the committee (their post is in the committee''s organisation)';
