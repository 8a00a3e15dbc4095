import { Type } from 'typebox';
import { notFound } from '../../../platform/http/errors.ts';
import { Nullable } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { publishedComments } from '../comments.ts';
import { committeeMeetings, committeeMembers, findMeeting } from '../committee.ts';
import { findIndicator, listIndicators } from '../indicators.ts';
import { publicRead } from './read.ts';

/** The API of the national committee, the performance indicators and the published comments. */

const Text = Type.Object({ mn: Nullable(Type.String()), en: Nullable(Type.String()) });
const Org = Nullable(Type.Object({ slug: Type.String(), name: Text }));
/** A member: the official's term in the committee's post (from the register of officials) and the committee's own facts. */
const MemberSchema = Type.Object({
  name: Text,
  official: Type.Object({
    slug: Type.String(),
    url: Type.String({ description: 'The official’s page in the register of officials' }),
  }),
  post: Text,
  committee: Type.Object({ slug: Type.String(), name: Text }),
  role: Nullable(Type.String({ description: 'chair, secretary or member' })),
  position: Text,
  organization: Org,
  sector: Type.String(),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Nullable(Type.String({ format: 'date' })),
});
const MeetingSummary = Type.Object({
  id: Type.Integer(),
  heldOn: Type.String({ format: 'date' }),
  title: Text,
  place: Nullable(Type.String()),
  decisions: Type.Integer(),
  url: Type.String(),
});
const MeetingSchema = Type.Object({
  ...MeetingSummary.properties,
  agenda: Type.String(),
  minutes: Nullable(Type.String()),
  decisionList: Type.Array(
    Type.Object({
      number: Nullable(Type.String()),
      text: Type.String(),
      commitment: Nullable(Type.Object({ id: Type.Integer(), number: Nullable(Type.String()) })),
    }),
  ),
});
const IndicatorSummary = Type.Object({
  id: Type.Integer(),
  organization: Type.Object({ slug: Type.String(), name: Text }),
  name: Text,
  definition: Type.String(),
  unit: Type.String(),
  direction: Type.String(),
  url: Type.String(),
});
const IndicatorSchema = Type.Object({
  ...IndicatorSummary.properties,
  values: Type.Array(
    Type.Object({
      period: Type.String(),
      target: Nullable(Type.Number()),
      actual: Nullable(Type.Number()),
      note: Nullable(Type.String()),
    }),
  ),
});
const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const num = (v: string | null) => (v === null ? null : Number(v));

export function oversightApi(app: App, ctx: ModuleContext): void {
  const url = (path: string) => `${ctx.config.publicUrl}${path}`;
  const meetingSummary = (m: Awaited<ReturnType<typeof committeeMeetings>>[number]) => ({
    id: m.id,
    heldOn: m.heldOn,
    title: { mn: m.titleMn, en: m.titleEn },
    place: m.place,
    decisions: m.decisions,
    url: url(`/plans/committee/meetings/${m.id}`),
  });

  publicRead(
    app,
    '/plans/committee',
    {
      summary: 'The national committee: current members and meetings',
      response: Type.Object({ members: Type.Array(MemberSchema), meetings: Type.Array(MeetingSummary) }),
    },
    async () => {
      const [members, meetings] = await Promise.all([committeeMembers(ctx.db), committeeMeetings(ctx.db)]);
      return {
        members: members.map((m) => ({
          name: { mn: m.officialNameMn, en: m.officialNameEn },
          official: { slug: m.official, url: url(`/officials/${m.official}`) },
          post: { mn: m.postMn, en: m.postEn },
          committee: { slug: m.committeeSlug, name: { mn: m.committeeNameMn, en: m.committeeNameEn } },
          role: m.role,
          position: { mn: m.positionMn, en: m.positionEn },
          // The body the member represents on the committee.
          organization: m.slug ? { slug: m.slug, name: { mn: m.nameMn, en: m.nameEn } } : null,
          sector: m.sector,
          startsOn: m.startsOn,
          endsOn: m.endsOn,
        })),
        meetings: meetings.map(meetingSummary),
      };
    },
  );

  publicRead(
    app,
    '/plans/committee/meetings/:id',
    { summary: 'One committee meeting: agenda, minutes, decisions', params: Id, response: MeetingSchema },
    async (request) => {
      const m = await findMeeting(ctx.db, request.params.id);
      if (!m) throw notFound(`no meeting ${request.params.id}`);
      return {
        ...meetingSummary(m),
        agenda: m.agenda,
        minutes: m.minutes,
        decisionList: m.list.map((d) => ({
          number: d.number,
          text: d.text,
          commitment: d.commitmentId ? { id: d.commitmentId, number: d.commitmentNumber } : null,
        })),
      };
    },
  );

  const indicatorSummary = (i: Awaited<ReturnType<typeof listIndicators>>[number]) => ({
    id: i.id,
    organization: { slug: i.slug, name: { mn: i.orgMn, en: i.orgEn } },
    name: { mn: i.nameMn, en: i.nameEn },
    definition: i.definition,
    unit: i.unit,
    direction: i.direction,
    url: url(`/plans/indicators/${i.id}`),
  });

  publicRead(
    app,
    '/plans/indicators',
    {
      summary: 'Performance indicators of organisations',
      response: Type.Object({ items: Type.Array(IndicatorSummary) }),
    },
    async () => ({ items: (await listIndicators(ctx.db)).map(indicatorSummary) }),
  );

  publicRead(
    app,
    '/plans/indicators/:id',
    {
      summary: 'One indicator with its targets and actual values by period',
      params: Id,
      response: IndicatorSchema,
    },
    async (request) => {
      const i = await findIndicator(ctx.db, request.params.id);
      if (!i) throw notFound(`no indicator ${request.params.id}`);
      return {
        ...indicatorSummary({ ...i, periods: i.values.length }),
        values: i.values.map((v) => ({
          period: v.period,
          target: num(v.target),
          actual: num(v.actual),
          note: v.note,
        })),
      };
    },
  );

  publicRead(
    app,
    '/plans/commitments/:id/comments',
    {
      summary: 'Published comments of citizens on a commitment (without their authors)',
      params: Id,
      response: Type.Object({
        items: Type.Array(
          Type.Object({
            id: Type.Integer(),
            body: Type.String(),
            createdAt: Type.String({ format: 'date-time' }),
          }),
        ),
      }),
    },
    async (request) => ({
      items: (await publishedComments(ctx.db, request.params.id)).map((c) => ({
        id: c.id,
        body: c.body,
        createdAt: new Date(c.createdAt).toISOString(),
      })),
    }),
  );
}
