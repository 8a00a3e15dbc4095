import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { translateProblems } from '../../../platform/commands/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import {
  emptyState,
  errorSummary,
  selectField,
  table,
  textarea,
  textField,
} from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { addCommitteeMember, type MemberInput } from '../commands/add-committee-member.ts';
import { type MeetingInput, recordMeeting } from '../commands/record-meeting.ts';
import { committeeMeetings, committeeMembers, memberRoles, requireMeeting, sectors } from '../committee.ts';
import { IdParams } from './commitment.ts';

const access = { access: { action: 'plans.committee' } } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The national committee's public page, and the forms its secretariat keeps it with. */
export function committeePages(app: App, ctx: ModuleContext): void {
  const crumbs = (request: FastifyRequest, last?: string) => [
    { href: '/plans', label: request.t('plans.title') },
    ...(last
      ? [{ href: '/plans/committee', label: request.t('plans.committee.title') }, { label: last }]
      : [{ label: request.t('plans.committee.title') }]),
  ];

  const renderCommittee = async (
    request: FastifyRequest,
    reply: FastifyReply,
    member: Partial<MemberInput>,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const [members, meetings] = await Promise.all([committeeMembers(ctx.db), committeeMeetings(ctx.db)]);
    const keeper = can(request.actor, 'plans.committee');
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: t('plans.committee.title'),
      breadcrumbs: crumbs(request),
      main: html`${errorSummary(request.page, errors)}<h1>${t('plans.committee.title')}</h1><p class="lead">${t('plans.committee.lead')}</p>
<h2>${t('plans.committee.members')}</h2>
${
  members.length > 0
    ? table(request.page, {
        caption: t('plans.committee.members'),
        columns: [
          { key: 'name', label: t('plans.committee.name') },
          { key: 'role', label: t('plans.committee.memberRole') },
          { key: 'position', label: t('plans.committee.position') },
          { key: 'organization', label: t('plans.col.organization') },
          { key: 'sector', label: t('plans.committee.sector') },
        ],
        rows: members.map((m) => [
          m.name,
          t(`plans.committee.role.${m.memberRole}`),
          t.pick({ mn: m.positionMn, en: m.positionEn }) || '—',
          m.slug
            ? html`<a href="/organizations/${m.slug}">${t.pick({ mn: m.nameMn, en: m.nameEn })}</a>`
            : '—',
          t(`plans.committee.sector.${m.sector}`),
        ]),
      })
    : emptyState(t('plans.committee.noMembers'))
}
<h2>${t('plans.committee.meetings')}</h2>
${keeper ? html`<p><a class="button" href="/plans/committee/meetings/new">${t('plans.committee.newMeeting')}</a></p>` : ''}
${meetings.length > 0 ? html`<ul class="link-list">${meetings.map((m) => html`<li><a href="/plans/committee/meetings/${m.id}">${t.date(m.heldOn)}: ${t.pick({ mn: m.titleMn, en: m.titleEn })}</a> <span class="meta">${t('plans.committee.decisionCount', { count: m.decisions })}</span></li>`)}</ul>` : emptyState(t('plans.committee.noMeetings'))}
${
  keeper
    ? html`<h2>${t('plans.committee.addMember')}</h2><form method="post" action="/plans/committee/members" class="plans-link-form" novalidate>${reply.csrfField()}
${textField('name', t('plans.committee.name'), member.name ?? '', { error: error('name') })}
${selectField(
  'memberRole',
  t('plans.committee.memberRole'),
  memberRoles.map((r) => ({ value: r, label: t(`plans.committee.role.${r}`) })),
  member.memberRole ?? 'member',
)}
${textField('positionMn', t('plans.committee.positionMn'), member.positionMn ?? '')}
${textField('positionEn', t('plans.committee.positionEn'), member.positionEn ?? '')}
${textField('organization', t('plans.committee.organization'), member.organization ?? '', { error: error('organization'), hint: t('plans.committee.organizationHint') })}
${selectField(
  'sector',
  t('plans.committee.sector'),
  sectors.map((s) => ({ value: s, label: t(`plans.committee.sector.${s}`) })),
  member.sector ?? 'government',
)}
${textField('startsOn', t('plans.committee.startsOn'), member.startsOn ?? '', { type: 'date', error: error('startsOn') })}
<button type="submit" class="button">${t('plans.committee.addMember')}</button></form>`
    : ''
}`,
    });
  };

  app.get(
    '/plans/committee',
    { schema: { hide: true, querystring: Query }, config: { access: 'public' } },
    (request, reply) => renderCommittee(request, reply, {}, []),
  );

  app.post('/plans/committee/members', { schema: { hide: true }, config: access }, async (request, reply) => {
    const b = (request.body ?? {}) as Record<string, unknown>;
    const input: MemberInput = {
      name: text(b.name),
      positionMn: text(b.positionMn),
      positionEn: text(b.positionEn),
      organization: text(b.organization),
      memberRole: text(b.memberRole),
      sector: text(b.sector),
      startsOn: text(b.startsOn),
    };
    const result = await addCommitteeMember(ctx, request.actor, input, request.meta);
    if (result.ok) return reply.redirect('/plans/committee?saved=1', 303);
    return renderCommittee(request, reply, input, translateProblems(request.t, result.problems));
  });

  const renderMeetingForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    v: Partial<MeetingInput>,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: t('plans.committee.newMeeting'),
      breadcrumbs: crumbs(request, t('plans.committee.newMeeting')),
      main: html`<div class="narrow">${errorSummary(request.page, errors)}<h1>${t('plans.committee.newMeeting')}</h1>
<form method="post" action="/plans/committee/meetings/new" novalidate>${reply.csrfField()}
<input type="hidden" name="submissionKey" value="${v.submissionKey || randomBytes(18).toString('base64url')}">
${textField('heldOn', t('plans.committee.heldOn'), v.heldOn ?? '', { type: 'date', error: error('heldOn') })}
${textField('titleMn', t('plans.field.titleMn'), v.titleMn ?? '', { error: error('titleMn') })}
${textField('titleEn', t('plans.field.titleEn'), v.titleEn ?? '', { error: error('titleEn') })}
${textField('place', t('plans.committee.place'), v.place ?? '')}
${textarea({ t }, { id: 'agenda', label: t('plans.committee.agenda'), value: v.agenda ?? '', error: error('agenda'), rows: 4 })}
${textarea({ t }, { id: 'minutes', label: t('plans.committee.minutes'), value: v.minutes ?? '', error: error('minutes'), rows: 4 })}
${textarea({ t }, { id: 'decisions', label: t('plans.committee.decisions'), value: v.decisions ?? '', error: error('decisions'), hint: t('plans.committee.decisionsHint'), rows: 4 })}
<button type="submit" class="button">${t('plans.committee.saveMeeting')}</button></form></div>`,
    });
  };

  app.get(
    '/plans/committee/meetings/new',
    { schema: { hide: true, querystring: Query }, config: access },
    (request, reply) => renderMeetingForm(request, reply, {}, []),
  );

  app.post(
    '/plans/committee/meetings/new',
    { schema: { hide: true }, config: access },
    async (request, reply) => {
      const b = (request.body ?? {}) as Record<string, unknown>;
      const input: MeetingInput = {
        heldOn: text(b.heldOn),
        titleMn: text(b.titleMn),
        titleEn: text(b.titleEn),
        place: text(b.place),
        agenda: text(b.agenda),
        minutes: text(b.minutes),
        decisions: text(b.decisions),
        submissionKey: text(b.submissionKey),
      };
      const result = await recordMeeting(ctx, request.actor, input, request.meta);
      if (result.ok) return reply.redirect(`/plans/committee/meetings/${result.value.id}`, 303);
      return renderMeetingForm(request, reply, input, translateProblems(request.t, result.problems));
    },
  );

  app.get(
    '/plans/committee/meetings/:id',
    { schema: { hide: true, params: IdParams, querystring: Query }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const m = await requireMeeting(ctx.db, Number(request.params.id));
      const title = `${t.date(m.heldOn)}: ${t.pick({ mn: m.titleMn, en: m.titleEn })}`;
      return reply.sendPage({
        title,
        breadcrumbs: crumbs(request, t.date(m.heldOn)),
        main: html`<h1>${title}</h1>${m.place ? html`<p class="meta">${m.place}</p>` : ''}
<h2>${t('plans.committee.agenda')}</h2><p class="plans-text">${m.agenda}</p>
<h2>${t('plans.committee.minutes')}</h2>${m.minutes ? html`<p class="plans-text">${m.minutes}</p>` : emptyState(t('plans.committee.noMinutes'))}
<h2>${t('plans.committee.decisions')}</h2>
${m.list.length > 0 ? html`<ol class="plans-notes">${m.list.map((d) => html`<li>${d.number ? html`<strong>${d.number}</strong> ` : ''}${d.text}${d.commitmentId ? html` — <a href="/plans/commitments/${d.commitmentId}">${t('plans.committee.onCommitment', { number: d.commitmentNumber ?? '' })}</a>` : ''}</li>`)}</ol>` : emptyState(t('plans.committee.noDecisions'))}`,
      });
    },
  );
}
