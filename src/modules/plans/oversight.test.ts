import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { sql } from '../../platform/db/sql.ts';
import { readDecisions } from './commands/record-meeting.ts';
import { loadPlansDemo } from './demo.ts';

const { app, ctx } = await createTestApp();
await loadPlansDemo(ctx);
const [commitment] = await ctx.db.query<{ id: number }>(
  sql`select id from plan_commitments where number = '3.3.1.2'`,
);

type Client = Awaited<ReturnType<typeof signedInAs>>;

/** Opens the page a form is on (for its CSRF token), then sends the form as a browser would. */
async function sendForm(client: Client, page: string, action: string, fields: Record<string, string>) {
  await client.get(page);
  return client.submit(action, fields);
}

describe('the national committee', () => {
  it('reads decisions a line each, with the commitment they concern', () => {
    expect(readDecisions('1: Ask the Ministry of Finance to report #3.3.1.3\n\nPublish the minutes')).toEqual(
      [
        { number: '1', text: 'Ask the Ministry of Finance to report #3.3.1.3', commitmentNumber: '3.3.1.3' },
        { number: null, text: 'Publish the minutes', commitmentNumber: null },
      ],
    );
  });

  it('is kept by committee members: members, a meeting with agenda, minutes and decisions on commitments', async () => {
    const citizen = await signedInAs(app, ctx);
    // A page with a form of the citizen's own (the comment form), for a valid CSRF token.
    const refused = await sendForm(
      citizen,
      `/plans/commitments/${commitment!.id}`,
      '/plans/committee/members',
      {
        slug: 'x',
        nameMn: 'X',
        memberRole: 'member',
        sector: 'other',
        startsOn: '2014-01-01',
      },
    );
    expect(refused.statusCode).toBe(403);
    const member = await signedInAs(app, ctx, { role: 'ogp-committee-member' });
    const bad = await sendForm(member, '/plans/committee?lang=en', '/plans/committee/members?lang=en', {
      slug: 'd-bat',
      nameMn: '',
      memberRole: 'boss',
      sector: 'government',
      startsOn: 'soon',
    });
    expect(bad.statusCode).toBe(422);
    // The committee's shape changed: the name is the official's, in both languages (nameMn, nameEn).
    for (const f of ['nameMn', 'memberRole', 'startsOn']) expect(bad.body).toContain(`href="#${f}"`);
    const ok = await member.submit('/plans/committee/members', {
      slug: 'd-bat',
      nameMn: 'Д. Бат',
      nameEn: 'D. Bat',
      memberRole: 'chair',
      sector: 'government',
      organization: 'cabinet-secretariat',
      positionEn: 'Chief of the Cabinet Secretariat',
      startsOn: '2014-01-15',
    });
    expect(ok.statusCode).toBe(303);
    const newMeeting = '/plans/committee/meetings/new';
    const wrong = await sendForm(member, newMeeting, `${newMeeting}?lang=en`, {
      heldOn: '2014-09-10',
      titleEn: 'Second meeting',
      agenda: 'Progress of the transparent account',
      decisions: '1: Report by October #9.9.9',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('no published plan has');
    const meeting = await member.submit(newMeeting, {
      heldOn: '2014-09-10',
      titleEn: 'Second meeting',
      agenda: 'Progress of the transparent account',
      minutes: 'The ministries reported.',
      decisions: '1: The Government reports on performance indicators by October #3.3.1.2',
    });
    expect(meeting.statusCode).toBe(303);
    // The same form sent again (a retry) records no second meeting.
    const key = /name="submissionKey" value="([^"]+)"/.exec(wrong.body)![1]!;
    const fields = { heldOn: '2014-12-01', titleEn: 'Third meeting', agenda: 'Year end', submissionKey: key };
    const once = await sendForm(member, newMeeting, newMeeting, fields);
    const twice = await sendForm(member, newMeeting, newMeeting, fields);
    expect(twice.headers.location).toBe(once.headers.location);
    const [third] = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from plan_committee_meetings where title_en = 'Third meeting'`,
    );
    expect(third?.n).toBe(1);
    const page = await app.inject(`${meeting.headers.location}?lang=en`);
    expect(page.body).toContain('The ministries reported.');
    expect(page.body).toContain(`href="/plans/commitments/${commitment!.id}"`);
    const c = await app.inject(`/plans/commitments/${commitment!.id}?lang=en`);
    expect(c.body).toContain('The Government reports on performance indicators by October');
    const committee = await app.inject('/plans/committee?lang=en');
    expect(committee.body).toContain('D. Bat');
    expect(committee.body).toContain('Chair');
    const audit = await ctx.db.query<{ action: string }>(
      sql`select action from audit_log where action like 'plans.committee-%' and request_id <> 'plans-demo' order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'plans.committee-member',
      'plans.committee-meeting',
      'plans.committee-meeting',
    ]);
  });
});

describe('performance indicators of organisations', () => {
  it('are defined and reported by the organisation, shown with a trend chart and on its page', async () => {
    const other = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-justice',
    });
    const newIndicator = '/plans/indicators/new';
    const foreign = await sendForm(other, newIndicator, newIndicator, {
      organization: 'ministry-of-finance',
      nameEn: 'x',
      definition: 'x',
      unit: '%',
      direction: 'increase',
    });
    expect(foreign.statusCode).toBe(403);
    const finance = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'ministry-of-finance',
    });
    const bad = await sendForm(finance, `${newIndicator}?lang=en`, `${newIndicator}?lang=en`, {
      organization: 'ministry-of-finance',
      nameEn: '',
      definition: '',
      unit: '',
      direction: 'up',
    });
    expect(bad.statusCode).toBe(422);
    const made = await finance.submit(newIndicator, {
      organization: 'ministry-of-finance',
      nameEn: 'Budget documents published on time',
      definition: 'Share of the eight key budget documents published by their legal deadline.',
      unit: '%',
      direction: 'increase',
    });
    expect(made.statusCode).toBe(303);
    const path = String(made.headers.location);
    const id = path.split('/').at(-1);
    const values = `/plans/indicators/${id}/values`;
    for (const reported of [
      { period: '2014', target: '50', actual: '37.5' },
      { period: '2015', target: '75', actual: '62,5' },
    ])
      expect((await sendForm(finance, path, values, reported)).statusCode).toBe(303);
    const wrong = await sendForm(finance, path, `${values}?lang=en`, {
      period: '2015-Q5',
      actual: 'many',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('href="#period"');
    expect(wrong.body).toContain('href="#actual"');
    const page = await app.inject(`${path}?lang=en`);
    expect(page.body).toContain('<polyline');
    expect(page.body).toContain('62.5');
    const api = (await app.inject(`/api/v1/plans/indicators/${id}`)).json() as {
      values: { period: string; actual: number }[];
    };
    expect(api.values).toEqual([
      { period: '2014', target: 50, actual: 37.5, note: null },
      { period: '2015', target: 75, actual: 62.5, note: null },
    ]);
    const org = await app.inject('/organizations/ministry-of-finance?lang=en');
    expect(org.body).toContain('/plans/indicators?organization=ministry-of-finance');
    // A second report of the same period corrects it rather than adding one.
    await sendForm(finance, path, values, { period: '2015', target: '75', actual: '70' });
    const corrected = await ctx.db.query<{ actual: string }>(
      sql`select actual::text as actual from plan_indicator_values where indicator_id = ${Number(id)} and period = '2015'`,
    );
    expect(corrected).toEqual([{ actual: '70' }]);
  });
});

describe('citizens’ comments', () => {
  it('are held for moderation, published without the author’s name, and audited', async () => {
    const citizen = await signedInAs(app, ctx);
    const path = `/plans/commitments/${commitment!.id}`;
    const empty = await sendForm(citizen, path, `${path}/comments?lang=en`, { comment: '  ' });
    expect(empty.statusCode).toBe(422);
    const form = await citizen.get(path);
    const key = /name="submissionKey" value="([^"]+)"/.exec(form.body)![1]!;
    const comment = { comment: 'Which indicators changed? <script>alert(1)</script>', submissionKey: key };
    expect((await citizen.submit(`${path}/comments`, comment)).statusCode).toBe(303);
    // The same form sent again (a retry) makes no second comment.
    expect((await sendForm(citizen, path, `${path}/comments`, comment)).statusCode).toBe(303);
    const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from plan_comments`);
    expect(count?.n).toBe(1);
    expect((await app.inject(`${path}?lang=en`)).body).not.toContain('Which indicators changed?');
    const reporter = await signedInAs(app, ctx, {
      role: 'organization-publisher',
      organization: 'government',
    });
    expect((await reporter.get('/plans/moderation')).statusCode).toBe(403);
    const moderator = await signedInAs(app, ctx, { role: 'moderator' });
    const queue = await moderator.get('/plans/moderation?lang=en');
    expect(queue.body).toContain('Which indicators changed?');
    const action = /action="(\/plans\/comments\/\d+\/moderate)"/.exec(queue.body)![1]!;
    expect((await moderator.submit(action, { decision: 'published' })).statusCode).toBe(303);
    const page = await app.inject(`${path}?lang=en`);
    expect(page.body).toContain('Which indicators changed? &lt;script&gt;');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    const [author] = await ctx.db.query<{ display_name: string }>(
      sql`select display_name from users where id = ${citizen.userId}`,
    );
    expect(page.body).not.toContain(author!.display_name);
    const [audit] = await ctx.db.query<{ details: { to: string } }>(
      sql`select details from audit_log where action = 'plans.moderate'`,
    );
    expect(audit?.details.to).toBe('published');
  });
});
