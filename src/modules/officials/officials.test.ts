import { beforeAll, describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import { addTerm } from './commands/add-term.ts';
import { officialsModule } from './module.ts';
import { buildTerm } from './test-support.ts';

const { app, ctx } = await createTestApp({ modules: [...baseModules, officialsModule] });
// Two public bodies of whichever country pack the suite runs on.
const [first, second] = ctx.country.organizations.map((o) => o.slug) as [string, string];
const meta = { ip: 'test', requestId: 'test', now: new Date() };
const termCount = async () =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from official_memberships`))[0]!.n;

beforeAll(async () => {
  // One person in two posts over time: the first ended, the second current and declaring assets.
  await buildTerm(ctx, {
    organization: first,
    slug: 'bold-bat',
    nameMn: 'Б. Болд',
    nameEn: 'B. Bold',
    postMn: 'Дарга',
    postEn: 'Head',
    startsOn: '2012-01-01',
    endsOn: '2015-12-31',
  });
  await buildTerm(ctx, {
    organization: second,
    slug: 'bold-bat',
    nameMn: 'Б. Болд',
    nameEn: 'B. Bold',
    postMn: 'Сайд',
    postEn: 'Minister',
    startsOn: '2016-01-15',
    declaresAssets: '1',
    politicallyExposed: '1',
    source: 'Appointment decree 12',
  });
  await buildTerm(ctx, {
    organization: first,
    slug: 'sarnai',
    nameMn: 'С. Сарнай',
    nameEn: '',
    postMn: 'Зөвлөх',
    postEn: '',
    startsOn: '2014-05-01',
  });
});

describe('recording a term', () => {
  const valid = {
    organization: 'placeholder',
    slug: 'new-person',
    nameMn: 'Н. Шинэ',
    nameEn: 'N. Shine',
    postMn: 'Мэргэжилтэн',
    postEn: 'Officer',
    startsOn: '2020-01-01',
  };
  const cases: [string, Record<string, string>, string, string][] = [
    [
      'a post that ends before it starts',
      { endsOn: '2019-12-31' },
      'endsOn',
      'officials.error.endsBeforeStart',
    ],
    ['a day that does not exist', { startsOn: '2020-02-30' }, 'startsOn', 'officials.error.date'],
    ['a slug that is not one', { slug: 'Not A Slug' }, 'slug', 'officials.error.slug'],
    ['no name', { nameMn: '  ' }, 'nameMn', 'officials.error.missing'],
    ['no post', { postMn: '' }, 'postMn', 'officials.error.missing'],
    [
      'an unknown organisation',
      { organization: 'no-such-body' },
      'organization',
      'officials.error.organization',
    ],
    [
      'a slug of another person',
      { slug: 'bold-bat', nameMn: 'Өөр хүн' },
      'slug',
      'officials.error.slugOtherPerson',
    ],
  ];
  it.each(cases)('refuses %s, naming the field, and stores nothing', async (_, change, field, key) => {
    const before = await termCount();
    const result = await addTerm(
      ctx.db,
      systemActor('test'),
      { ...valid, organization: first, ...change },
      meta,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ field, key }));
    expect(await termCount()).toBe(before);
  });

  it('refuses the same term twice, leaving the post as it was', async () => {
    const again = await addTerm(
      ctx.db,
      systemActor('test'),
      {
        ...valid,
        organization: second,
        slug: 'bold-bat',
        nameMn: 'Б. Болд',
        postMn: 'Сайд',
        startsOn: '2016-01-15',
      },
      meta,
    );
    expect(again).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'startsOn', key: 'officials.error.termExists' })],
    });
    const [post] = await ctx.db.query<{ declares: boolean }>(
      sql`select declares_assets as declares from official_posts where label_mn = 'Сайд'`,
    );
    expect(post?.declares).toBe(true);
  });

  it('through the form: an organisation administrator only, 303 to the official, 422 naming a bad end', async () => {
    const admin = await signedInAs(app, ctx, { role: 'organization-administrator', organization: first });
    await admin.get('/officials/new?lang=en');
    const bad = await admin.submit('/officials/new?lang=en', {
      ...valid,
      organization: first,
      endsOn: '2019-01-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('The last day cannot be before the first');
    await admin.get('/officials/new');
    const good = await admin.submit('/officials/new', { ...valid, organization: first, role: 'acting' });
    expect([good.statusCode, good.headers.location]).toEqual([303, '/officials/new-person']);
    await admin.get('/officials/new');
    const other = await admin.submit('/officials/new', { ...valid, organization: second, slug: 'elsewhere' });
    expect(other.statusCode).toBe(403);
    const publisher = await signedInAs(app, ctx, { role: 'organization-publisher', organization: first });
    expect((await publisher.get('/officials/new')).statusCode).toBe(403);
    const audit = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where action = 'officials.add-term' and details ->> 'slug' = 'new-person'`,
    );
    expect(audit).toHaveLength(1);
  });
});

describe('the API', () => {
  it('gives an official in Popolo’s terms, with every post over time and no private field', async () => {
    const res = await app.inject('/api/v1/officials/bold-bat');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: 'bold-bat', name: { mn: 'Б. Болд', en: 'B. Bold' } });
    expect(
      body.memberships.map((m: { startDate: string; endDate: string | null }) => [m.startDate, m.endDate]),
    ).toEqual([
      ['2016-01-15', null],
      ['2012-01-01', '2015-12-31'],
    ]);
    expect(body.memberships[0].post).toMatchObject({
      label: { mn: 'Сайд', en: 'Minister' },
      declaresAssets: true,
      politicallyExposed: true,
    });
    expect(JSON.stringify(body)).not.toMatch(/user/i);
    expect((await app.inject('/api/v1/officials/nobody')).statusCode).toBe(404);
  });

  it('lists officials whose terms match the filters, each once', async () => {
    const current = (await app.inject(`/api/v1/officials?current=1&organization=${second}`)).json();
    expect(current.items.map((p: { id: string }) => p.id)).toEqual(['bold-bat']);
    expect(current.items[0].memberships).toHaveLength(2);
    const declares = (await app.inject('/api/v1/officials?declares=1')).json();
    expect(declares.total).toBe(1);
    expect((await app.inject('/api/v1/officials?current=yes')).statusCode).toBe(422);
  });
});

describe('the pages', () => {
  it('list terms with filters and show an official’s posts over time', async () => {
    const list = await app.inject('/officials?lang=en&q=Bold');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<a href="/officials/bold-bat">B. Bold</a>');
    expect(list.body).toContain('2 terms in posts');
    const page = await app.inject('/officials/bold-bat?lang=en');
    expect(page.body).toContain('<h1>B. Bold</h1>');
    expect(page.body).toContain('Declares assets');
    expect(page.body).toContain('Appointment decree 12');
    expect(page.body).toMatch(/since 15 Jan 2016/);
    // A name in Mongolian only shows in Mongolian in either language.
    expect((await app.inject('/officials/sarnai?lang=en')).body).toContain('<h1>С. Сарнай</h1>');
    expect((await app.inject('/officials/nobody')).statusCode).toBe(404);
  });

  it('download the dataset without anything private', async () => {
    const csv = await app.inject('/officials.csv?declares=1');
    expect(csv.statusCode).toBe(200);
    const [header, ...rows] = csv.body.trim().split('\n');
    expect(header).not.toMatch(/user/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('bold-bat');
  });
});

describe('linking an official to their user account', () => {
  it('is done by an administrator of one of their organisations, audited, and never shown on a public page, API or dataset', async () => {
    const person = await signedInAs(app, ctx);
    const [account] = await ctx.db.query<{ email: string }>(
      sql`select email from users where id = ${person.userId}`,
    );
    const email = account!.email;
    // An administrator of an organisation the official holds no post in may not.
    const stranger = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: ctx.country.organizations[2]!.slug,
    });
    const page = await stranger.get('/officials/bold-bat?lang=en');
    expect(page.body).not.toContain('officials/bold-bat/account');
    await stranger.get('/officials/new'); // a form of their own, for a CSRF token
    const refused = await stranger.submit('/officials/bold-bat/account', { account: email });
    expect(refused.statusCode).toBe(403);
    const admin = await signedInAs(app, ctx, { role: 'organization-administrator', organization: first });
    const form = await admin.get('/officials/bold-bat?lang=en');
    expect(form.body).toContain('action="/officials/bold-bat/account"');
    expect(form.body).toContain('Not linked to a user account.');
    const unknown = await admin.submit('/officials/bold-bat/account?lang=en', {
      account: 'nobody@example.mn',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('href="#account"');
    expect(unknown.body).toContain('No user account has this e-mail address');
    await admin.get('/officials/bold-bat');
    const linked = await admin.submit('/officials/bold-bat/account', { account: email.toUpperCase() });
    expect([linked.statusCode, linked.headers.location]).toEqual([303, '/officials/bold-bat?saved=1']);
    const [row] = await ctx.db.query<{ userId: number }>(
      sql`select user_id as "userId" from officials where slug = 'bold-bat'`,
    );
    expect(row?.userId).toBe(person.userId);
    expect((await admin.get('/officials/bold-bat?lang=en')).body).toContain('Linked to a user account.');
    // Another official cannot take the same account.
    await admin.get('/officials/sarnai');
    const taken = await admin.submit('/officials/sarnai/account?lang=en', { account: email });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('This account is linked to another official (bold-bat)');
    const audit = await ctx.db.query<{ details: { userId: number } }>(
      sql`select details from audit_log where action = 'officials.link-account'`,
    );
    expect(audit.map((a) => a.details.userId)).toEqual([person.userId]);
    // Nothing public shows the link: pages, API, the dataset's downloads, the change history.
    const local = email.split('@')[0]!;
    for (const url of [
      '/officials/bold-bat?lang=en',
      '/officials?lang=en',
      '/api/v1/officials/bold-bat',
      '/api/v1/officials',
      '/officials.csv',
      '/officials.json',
      '/api/v1/datasets/officials/rows',
      '/api/v1/datasets/officials/changes',
    ]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(local);
      expect(res.body, url).not.toMatch(/user_?id/i);
      expect(res.body, url).not.toContain('Linked to a user account');
    }
  });
});
