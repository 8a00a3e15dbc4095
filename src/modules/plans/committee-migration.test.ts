import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers.ts';
import type { Database } from '../../platform/db/database.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { sql } from '../../platform/db/sql.ts';
import { allMigrations } from '../../platform/setup.ts';
import { modules as allModules } from '../index.ts';

const MIGRATION = 'plans/003_committee_officials.sql';
const migrations = allMigrations(allModules);

/** A database as it was before migration 003, with the organisations given. */
async function oldDatabase(organizations: readonly string[]): Promise<Database> {
  const db = await createTestDatabase();
  await migrate(
    db,
    migrations.filter((m) => m.id !== MIGRATION),
  );
  for (const slug of organizations)
    await db.query(
      sql`insert into organizations (slug, name_mn, name_en, kind) values (${slug}, ${slug}, ${slug}, 'agency')`,
    );
  return db;
}

interface OldMember {
  name: string;
  organization: string | null;
  role: string;
  sector: string;
  startsOn: string;
  endsOn?: string;
  positionEn?: string;
}

/** A member in the old shape (name, role and dates in plans' own table). */
async function oldMember(db: Database, m: OldMember): Promise<number> {
  const [row] = await db.query<{ id: number }>(sql`insert into plan_committee_members
    (name, position_en, organization_id, member_role, sector, starts_on, ends_on)
    values (${m.name}, ${m.positionEn ?? null}, (select id from organizations where slug = ${m.organization}),
      ${m.role}, ${m.sector}, ${m.startsOn}, ${m.endsOn ?? null}) returning id`);
  return row!.id;
}

/** Each committee row after the migration: the official, the term and what the committee kept. */
const moved = (db: Database) =>
  db.query<{
    id: number;
    slug: string;
    nameMn: string;
    nameEn: string | null;
    post: string;
    committee: string;
    role: string;
    startsOn: string;
    endsOn: string | null;
    represents: string | null;
    sector: string;
    positionEn: string | null;
  }>(sql`select m.id, f.slug, f.name_mn as "nameMn", f.name_en as "nameEn", p.label_en as post, c.slug as committee,
      t.role, t.starts_on as "startsOn", t.ends_on as "endsOn", o.slug as represents, m.sector,
      m.position_en as "positionEn"
    from plan_committee_members m join official_memberships t on t.id = m.membership_id
    join officials f on f.id = t.official_id join official_posts p on p.id = t.post_id
    join organizations c on c.id = p.organization_id left join organizations o on o.id = m.organization_id
    order by m.id`);

describe('migration 003: the committee moves onto the register of officials', () => {
  it('makes each member an official with a term in the committee post, matched by name and organisation, nothing lost', async () => {
    const db = await oldDatabase(['ogp-national-committee', 'ministry-of-justice', 'cabinet-secretariat']);
    // An official already in the register, holding a post in the Ministry of Justice.
    await db.query(sql`insert into officials (slug, name_mn, name_en) values ('d-bat', 'Д. Бат', 'D. Bat')`);
    await db.query(sql`insert into official_posts (organization_id, label_mn)
      select id, 'Сайд' from organizations where slug = 'ministry-of-justice'`);
    await db.query(sql`insert into official_memberships (official_id, post_id, starts_on)
      select (select id from officials where slug = 'd-bat'), id, '2012-08-10' from official_posts where label_mn = 'Сайд'`);
    const bat = await oldMember(db, {
      name: 'D. Bat',
      organization: 'ministry-of-justice',
      role: 'chair',
      sector: 'government',
      startsOn: '2014-01-15',
      positionEn: 'Minister of Justice',
    });
    const bold = await oldMember(db, {
      name: 'Б. Болд',
      organization: 'cabinet-secretariat',
      role: 'secretary',
      sector: 'government',
      startsOn: '2014-01-15',
      endsOn: '2014-12-31',
    });
    const boldAgain = await oldMember(db, {
      name: 'Б. Болд',
      organization: 'cabinet-secretariat',
      role: 'member',
      sector: 'government',
      startsOn: '2015-02-01',
    });
    // The same name without an organisation is not matched: a person of its own.
    const otherBat = await oldMember(db, {
      name: 'D. Bat',
      organization: null,
      role: 'member',
      sector: 'civil-society',
      startsOn: '2016-01-01',
    });
    const tsetseg = await oldMember(db, {
      name: 'A. Tsetseg',
      organization: null,
      role: 'member',
      sector: 'academia',
      startsOn: '2014-01-15',
    });

    expect(await migrate(db, migrations)).toEqual([MIGRATION]);

    const rows = await moved(db);
    const common = { post: 'Member of the national committee', committee: 'ogp-national-committee' };
    expect(rows).toEqual([
      {
        id: bat,
        slug: 'd-bat',
        nameMn: 'Д. Бат',
        nameEn: 'D. Bat',
        ...common,
        role: 'chair',
        startsOn: '2014-01-15',
        endsOn: null,
        represents: 'ministry-of-justice',
        sector: 'government',
        positionEn: 'Minister of Justice',
      },
      {
        id: bold,
        slug: `committee-member-${bold}`,
        nameMn: 'Б. Болд',
        nameEn: null,
        ...common,
        role: 'secretary',
        startsOn: '2014-01-15',
        endsOn: '2014-12-31',
        represents: 'cabinet-secretariat',
        sector: 'government',
        positionEn: null,
      },
      {
        id: boldAgain,
        slug: `committee-member-${bold}`,
        nameMn: 'Б. Болд',
        nameEn: null,
        ...common,
        role: 'member',
        startsOn: '2015-02-01',
        endsOn: null,
        represents: 'cabinet-secretariat',
        sector: 'government',
        positionEn: null,
      },
      {
        id: otherBat,
        slug: `d-bat-${otherBat}`,
        nameMn: 'D. Bat',
        nameEn: 'D. Bat',
        ...common,
        role: 'member',
        startsOn: '2016-01-01',
        endsOn: null,
        represents: null,
        sector: 'civil-society',
        positionEn: null,
      },
      {
        id: tsetseg,
        slug: 'a-tsetseg',
        nameMn: 'A. Tsetseg',
        nameEn: 'A. Tsetseg',
        ...common,
        role: 'member',
        startsOn: '2014-01-15',
        endsOn: null,
        represents: null,
        sector: 'academia',
        positionEn: null,
      },
    ]);
    // The name, role and dates live only in the register now; the official's own post is untouched.
    const columns = await db.query<{
      name: string;
    }>(sql`select column_name as name from information_schema.columns
      where table_name = 'plan_committee_members' order by column_name`);
    expect(columns.map((c) => c.name)).toEqual([
      'created_at',
      'id',
      'membership_id',
      'organization_id',
      'position_en',
      'position_mn',
      'sector',
    ]);
    const [minister] = await db.query<{ n: number }>(sql`select count(*)::int as n from official_memberships m
      join officials f on f.id = m.official_id where f.slug = 'd-bat'`);
    expect(minister?.n).toBe(2);
    // The register's own rule holds for what came over: a term cannot end before it starts.
    await expect(
      db.query(sql`update official_memberships set ends_on = '2000-01-01' where id = (select membership_id
        from plan_committee_members where id = ${tsetseg})`),
    ).rejects.toThrow();
  });

  it('adds the committee’s organisation when a database has members but not the body', async () => {
    const db = await oldDatabase([]);
    const only = await oldMember(db, {
      name: 'A. Tsetseg',
      organization: null,
      role: 'chair',
      sector: 'academia',
      startsOn: '2014-01-15',
    });
    await migrate(db, migrations);
    const [row] = await moved(db);
    expect(row).toMatchObject({
      id: only,
      slug: 'a-tsetseg',
      committee: 'ogp-national-committee',
      role: 'chair',
    });
    const [body] = await db.query<{ kind: string }>(
      sql`select kind from organizations where slug = 'ogp-national-committee'`,
    );
    expect(body?.kind).toBe('committee');
  });

  it('leaves an empty committee as it is: no body, no post', async () => {
    const db = await oldDatabase([]);
    await migrate(db, migrations);
    expect(await db.query(sql`select id from official_posts`)).toEqual([]);
    expect(await db.query(sql`select id from organizations`)).toEqual([]);
  });
});
