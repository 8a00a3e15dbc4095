import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { loadPlansDemo } from './demo.ts';

const { app, ctx } = await createTestApp();
await loadPlansDemo(ctx);
const keeper = await signedInAs(app, ctx, { role: 'ogp-committee-member' });

const termsOf = (slug: string) =>
  ctx.db.query<{
    postMn: string;
    organization: string;
    role: string | null;
    startsOn: string;
    endsOn: string | null;
  }>(
    sql`select p.label_mn as "postMn", o.slug as organization, m.role, m.starts_on as "startsOn", m.ends_on as "endsOn"
      from official_memberships m join officials f on f.id = m.official_id join official_posts p on p.id = m.post_id
      join organizations o on o.id = p.organization_id where f.slug = ${slug} order by m.starts_on`,
  );

describe('the national committee on the register of officials', () => {
  it('shows its current members from the register: names in both languages, post, body, term, a link to the official', async () => {
    const page = await app.inject('/plans/committee?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<a href="/officials/ch-ganbold">Ch. Ganbold</a>');
    expect(page.body).toContain('<span lang="mn" class="meta">Ч. Ганболд</span>');
    expect(page.body).toContain('Member of the national committee');
    expect(page.body).toContain('href="/organizations/ogp-national-committee"');
    expect(page.body).toContain('href="/organizations/cabinet-secretariat"');
    expect(page.body).toContain('since');
    // A term that ended is history: on the official's page, not on the committee's.
    expect(page.body).not.toContain('B. Saruul');
    const official = await app.inject('/officials/b-saruul?lang=en');
    expect(official.body).toContain('Member of the national committee');
    const api = (await app.inject('/api/v1/plans/committee')).json() as {
      members: { name: { mn: string; en: string }; official: { slug: string; url: string }; role: string }[];
    };
    const chair = api.members.find((m) => m.official.slug === 'ch-ganbold');
    expect(chair).toMatchObject({ name: { mn: 'Ч. Ганболд', en: 'Ch. Ganbold' }, role: 'chair' });
    expect(chair?.official.url).toMatch(/\/officials\/ch-ganbold$/);
    // No account of the demo's members in the answer.
    expect(JSON.stringify(api)).not.toMatch(/user_?id/i);
  });

  it('adds a member as a term in the committee post, reusing an official already in the register by slug', async () => {
    await keeper.get('/plans/committee');
    const added = await keeper.submit('/plans/committee/members', {
      slug: 'ch-ganbold',
      nameMn: 'Ч. Ганболд',
      memberRole: 'member',
      sector: 'government',
      startsOn: '2016-09-01',
    });
    expect(added.statusCode).toBe(303);
    const terms = await termsOf('ch-ganbold');
    expect(terms.map((t) => [t.organization, t.role, t.startsOn])).toEqual([
      ['ogp-national-committee', 'chair', '2014-01-15'],
      ['ogp-national-committee', 'member', '2016-09-01'],
    ]);
    const [people] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from officials where slug like 'ch-ganbold%'`,
    );
    expect(people?.n).toBe(1);
  });

  it('refuses a slug of another person, and a post that ends before it starts, naming the field; nothing stored', async () => {
    const before = await ctx.db.query(sql`select id from official_memberships`);
    await keeper.get('/plans/committee?lang=en');
    const other = await keeper.submit('/plans/committee/members?lang=en', {
      slug: 'ch-ganbold',
      nameMn: 'Өөр хүн',
      memberRole: 'member',
      sector: 'government',
      startsOn: '2017-01-01',
    });
    expect(other.statusCode).toBe(422);
    expect(other.body).toContain('href="#slug"');
    expect(other.body).toContain('This identifier belongs to “Ч. Ганболд”');
    await keeper.get('/plans/committee?lang=en');
    const backwards = await keeper.submit('/plans/committee/members?lang=en', {
      slug: 'new-member',
      nameMn: 'Шинэ гишүүн',
      memberRole: 'member',
      sector: 'academia',
      startsOn: '2017-01-01',
      endsOn: '2016-12-31',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('href="#endsOn"');
    expect(backwards.body).toContain('The last day cannot be before the first');
    expect(await ctx.db.query(sql`select id from official_memberships`)).toHaveLength(before.length);
    expect(await ctx.db.query(sql`select id from officials where slug = 'new-member'`)).toHaveLength(0);
  });

  it('ends a membership on the official’s term: a day before the first is refused on endsOn, then the member leaves the page', async () => {
    const [member] = await ctx.db.query<{ id: number }>(sql`select m.id from plan_committee_members m
      join official_memberships t on t.id = m.membership_id join officials f on f.id = t.official_id
      where f.slug = 'o-nomin'`);
    const path = `/plans/committee/members/${member!.id}/end`;
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get(path)).statusCode).toBe(403);
    const form = await keeper.get(`${path}?lang=en`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('End O. Nomin’s membership');
    const early = await keeper.submit(`${path}?lang=en`, { endsOn: '2013-12-31' });
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('href="#endsOn"');
    expect(early.body).toContain('The last day cannot be before the first');
    expect((await termsOf('o-nomin'))[0]?.endsOn).toBeNull();
    await keeper.get(path);
    const ended = await keeper.submit(path, { endsOn: '2016-06-30' });
    expect(ended.statusCode).toBe(303);
    expect((await termsOf('o-nomin'))[0]?.endsOn).toBe('2016-06-30');
    expect((await app.inject('/plans/committee?lang=en')).body).not.toContain('O. Nomin');
    const official = await app.inject('/officials/o-nomin?lang=en');
    expect(official.body).toContain('Member of the national committee');
    const audit = await ctx.db.query<{ details: { endsOn: string } }>(
      sql`select details from audit_log where action = 'plans.committee-member-end'`,
    );
    expect(audit.map((a) => a.details.endsOn)).toEqual(['2016-06-30']);
    // The term's history in the officials dataset records the change.
    const [version] = await ctx.db.query<{ data: { ends_on: string } }>(sql`select data from record_versions
      where dataset = 'officials' order by id desc limit 1`);
    expect(version?.data.ends_on).toBe('2016-06-30');
  });
});
