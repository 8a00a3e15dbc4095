import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { formRoute } from '../../../platform/forms/index.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { emptyState, textarea, textField } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { addCommitteeMember, MemberBody } from '../commands/add-committee-member.ts';
import { MeetingBody, recordMeeting } from '../commands/record-meeting.ts';
import { committeeMeetings, committeeMembers, requireMeeting } from '../committee.ts';
import { IdParams } from './commitment.ts';
import { endMemberPage, memberForm, membersTable } from './committee-members.ts';

const access = { action: 'plans.committee' } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});

/** The national committee's public page, and the forms its secretariat keeps it with. */
export function committeePages(app: App, ctx: ModuleContext): void {
  const crumbs = (request: FastifyRequest, last?: string) => [
    { href: '/plans', label: request.t('plans.title') },
    ...(last
      ? [{ href: '/plans/committee', label: request.t('plans.committee.title') }, { label: last }]
      : [{ label: request.t('plans.committee.title') }]),
  ];

  formRoute(app, {
    path: '/plans/committee/members',
    shownAt: { path: '/plans/committee', access: 'public' },
    access,
    body: MemberBody,
    command: (input, request) => addCommitteeMember(ctx, request.actor, input, request.meta),
    redirect: () => '/plans/committee?saved=1',
    render: async (form, request) => {
      const { t } = request;
      const [members, meetings] = await Promise.all([committeeMembers(ctx.db), committeeMeetings(ctx.db)]);
      const keeper = can(request.actor, 'plans.committee');
      return {
        title: t('plans.committee.title'),
        breadcrumbs: crumbs(request),
        wide: true,
        main: html`<h1>${t('plans.committee.title')}</h1><p class="lead">${t('plans.committee.lead')}</p>
<h2>${t('plans.committee.members')}</h2>
${members.length > 0 ? membersTable(request, members, keeper) : emptyState(t('plans.committee.noMembers'))}
<h2>${t('plans.committee.meetings')}</h2>
${keeper ? html`<p><a class="button" href="/plans/committee/meetings/new">${t('plans.committee.newMeeting')}</a></p>` : ''}
${meetings.length > 0 ? html`<ul class="link-list">${meetings.map((m) => html`<li><a href="/plans/committee/meetings/${m.id}">${t.date(m.heldOn)}: ${t.pick({ mn: m.titleMn, en: m.titleEn })}</a> <span class="meta">${t('plans.committee.decisionCount', { count: m.decisions })}</span></li>`)}</ul>` : emptyState(t('plans.committee.noMeetings'))}
${keeper ? memberForm(t, form) : ''}`,
      };
    },
  });

  formRoute(app, {
    path: '/plans/committee/meetings/new',
    access,
    body: MeetingBody,
    command: (input, request) => recordMeeting(ctx, request.actor, input, request.meta),
    redirect: (meeting) => `/plans/committee/meetings/${meeting.id}`,
    render: (form, request) => {
      const { t } = request;
      const title = t('plans.committee.newMeeting');
      return {
        title,
        breadcrumbs: crumbs(request, title),
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
<input type="hidden" name="submissionKey" value="${form.value('submissionKey') || randomBytes(18).toString('base64url')}">
${textField('heldOn', t('plans.committee.heldOn'), form.value('heldOn'), { type: 'date', error: form.error('heldOn') })}
${textField('titleMn', t('plans.field.titleMn'), form.value('titleMn'), { error: form.error('titleMn') })}
${textField('titleEn', t('plans.field.titleEn'), form.value('titleEn'), { error: form.error('titleEn') })}
${textField('place', t('plans.committee.place'), form.value('place'))}
${textarea({ t }, { id: 'agenda', label: t('plans.committee.agenda'), value: form.value('agenda'), error: form.error('agenda'), rows: 4 })}
${textarea({ t }, { id: 'minutes', label: t('plans.committee.minutes'), value: form.value('minutes'), error: form.error('minutes'), rows: 4 })}
${textarea({ t }, { id: 'decisions', label: t('plans.committee.decisions'), value: form.value('decisions'), error: form.error('decisions'), hint: t('plans.committee.decisionsHint'), rows: 4 })}
<button type="submit" class="button">${t('plans.committee.saveMeeting')}</button></form>`,
      };
    },
  });

  endMemberPage(app, ctx, crumbs);

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
