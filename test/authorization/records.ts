import type { FastifyInstance } from 'fastify';
import { inviteOfficial } from '../../src/modules/administration/invitations.ts';
import { invitationToken, lastMailTo } from '../../src/modules/administration/test-support.ts';
import { issueToken, tokenScopes } from '../../src/modules/administration/tokens.ts';
import { buildEnvironmentCase } from '../../src/modules/extractives/environment/test-support.ts';
import { transferCase } from '../../src/modules/feedback/respond.ts';
import { sampleCase, staffActor } from '../../src/modules/feedback/test-support.ts';
import { addTerm } from '../../src/modules/officials/commands/add-term.ts';
import { addCommitteeMember } from '../../src/modules/plans/commands/add-committee-member.ts';
import { defineIndicator } from '../../src/modules/plans/commands/define-indicator.ts';
import { recordMeeting } from '../../src/modules/plans/commands/record-meeting.ts';
import { reportProgress } from '../../src/modules/plans/commands/report-progress.ts';
import { saveEvaluation } from '../../src/modules/plans/commands/save-evaluation.ts';
import { submitComment } from '../../src/modules/plans/commands/submit-comment.ts';
import { loadPlansDemo } from '../../src/modules/plans/demo.ts';
import { cleanSpec, publish, releasesOf } from '../../src/modules/procurement/test-support.ts';
import { buildProject } from '../../src/modules/projects/test-support.ts';
import { type Actor, type Role, systemActor } from '../../src/platform/auth/actor.ts';
import { actorForUser } from '../../src/platform/auth/users.ts';
import { sql } from '../../src/platform/db/sql.ts';
import type { ModuleContext } from '../../src/platform/module.ts';
import { signedInAs } from '../support/actors.ts';
import type { TestClient } from '../support/client.ts';

/**
 * Two organisations with real records, made through the modules' own commands and pages: A, whose
 * staff probe, and B, whose records they probe. B is the Cabinet Secretariat because it publishes
 * the organisations register, so its import history is B's too.
 */
export const A = 'ministry-of-finance';
export const B = 'cabinet-secretariat';

export type Client = TestClient & { userId: number };
const meta = { ip: '127.0.0.1', requestId: 'authorization-matrix', now: new Date() };
/** A date `days` from today, as forms take it. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';

const one = async <T>(ctx: ModuleContext, query: ReturnType<typeof sql>): Promise<T> => {
  const [row] = await ctx.db.query<T>(query);
  if (!row) throw new Error('a record of the fixture is missing');
  return row;
};

/** A command's success; the fixture cannot go on without it. */
function made<R extends { ok: true } | { ok: false; problems: unknown }>(
  what: string,
  result: R,
): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.problems)}`);
  return result as Extract<R, { ok: true }>;
}

/** An account of this role with a session that proved a second factor, and the actor commands see. */
async function official(app: FastifyInstance, ctx: ModuleContext, role: Role, organization?: string) {
  const client = await signedInAs(app, ctx, { role, organization });
  return { client, actor: await actorForUser(ctx.db, client.userId, { secondFactor: true }) };
}

/** A's systems' tokens. */
export interface OrganizationA {
  /** A's token per scope (exactly the one action), and A's widest token (every scope a token may have). */
  scopedToken: Map<string, string>;
  widestToken: string;
}

export const staffRoles = [
  'organization-publisher',
  'organization-responder',
  'organization-administrator',
] as const satisfies readonly Role[];

/** B's records, by the route parameter each one fills. */
export interface RecordsOfB {
  sessionId: string;
  grantId: string;
  /** A national role's grant (the committee member's), for the platform's roles page. */
  nationalGrantId: string;
  invitationId: string;
  invitationToken: string;
  tokenId: string;
  importId: string;
  planSlug: string;
  commitmentId: string;
  itemOrganizationId: string;
  indicatorId: string;
  caseNumber: string;
  caseFile: string;
  followToken: string;
  commentId: string;
  evaluationId: string;
  meetingId: string;
  /** A member of the national committee (a term in the register of officials). */
  committeeMemberId: string;
  /** An official holding a post in B. */
  officialSlug: string;
  ocid: string;
  supplierId: string;
  /** A published question B answers, asked about B's procurement process. */
  questionId: string;
  /** A case of the environmental list, noticed: its keeper (the country pack's) is neither A nor B. */
  environmentCaseId: string;
  /** A legal entity of the register (the company of that case). */
  legalEntityId: string;
  /** A project B implements (module projects). */
  projectSlug: string;
  /** B's publisher, who reports on B's commitment. */
  member: Client;
  /** The citizen who filed B's case. */
  submitter: Client;
}

async function organizationRecords(app: FastifyInstance, ctx: ModuleContext) {
  const admin = await official(app, ctx, 'organization-administrator', B);
  const publisher = await official(app, ctx, 'organization-publisher', B);
  const grant = await one<{ id: string }>(
    ctx,
    sql`select id::text from role_grants where user_id = ${publisher.client.userId} and role = 'organization-publisher'`,
  );
  const session = await one<{ id: string }>(
    ctx,
    sql`select substr(id_hash, 1, 16) as id from sessions where user_id = ${publisher.client.userId}`,
  );
  const email = 'invited-to-b@example.mn';
  made(
    'B’s invitation',
    await inviteOfficial(
      ctx,
      admin.actor,
      B,
      { email, role: 'organization-responder' },
      { ...meta, locale: 'en' },
    ),
  );
  const invitation = await one<{ id: string }>(
    ctx,
    sql`select substr(token_hash, 1, 16) as id from one_time_tokens where purpose = 'invitation' and email = ${email}`,
  );
  const token = made(
    'B’s token',
    await issueToken(
      ctx,
      admin.actor,
      B,
      { name: 'B’s register', scopes: ['organizations.update'], expiresOn: inDays(30) },
      meta,
    ),
  );
  // An import of the organisations register by B's publisher, through the upload page.
  await publisher.client.get('/datasets/organizations/import');
  const upload = await publisher.client.upload(
    '/datasets/organizations/import',
    { encoding: 'utf-8' },
    {
      file: { name: 'organizations.csv', content: 'slug,name_mn\nno-such-body,Байхгүй\n', type: 'text/csv' },
    },
  );
  const importId = /imports\/(\d+)/.exec(String(upload.headers.location))?.[1];
  if (!importId) throw new Error(`B's import: ${upload.statusCode} ${upload.body.slice(0, 300)}`);
  return {
    publisher,
    grantId: grant.id,
    sessionId: session.id,
    invitationId: invitation.id,
    invitationToken: invitationToken((await lastMailTo(ctx, email))?.text ?? ''),
    tokenId: String(token.value.record.id),
    importId,
  };
}

const rating = {
  verifiable: 'yes',
  relevance: ['access-to-information'],
  potentialImpact: 'moderate',
  completion: 'limited',
  justification: 'Partly done',
};

async function planRecords(app: FastifyInstance, ctx: ModuleContext, publisher: Actor) {
  await loadPlansDemo(ctx);
  // A commitment B answers for and A does not.
  const commitment = await one<{ id: number; slug: string; link: number }>(
    ctx,
    sql`select c.id, p.slug, l.id as link from plan_commitments c join plans p on p.id = c.plan_id
      join plan_item_organizations l on l.commitment_id = c.id join organizations o on o.id = l.organization_id
      where o.slug = ${B} and not exists (select 1 from plan_item_organizations x join organizations y
        on y.id = x.organization_id where x.commitment_id = c.id and y.slug = ${A})
      order by c.id limit 1`,
  );
  made(
    'B’s report',
    await reportProgress(
      ctx,
      publisher,
      commitment.id,
      {
        organization: B,
        completion: 'limited',
        narrative: 'B’s own report',
        reportedOn: '2024-01-15',
        milestoneId: null,
        records: [],
        links: ['https://cabinet.gov.mn/report'],
        files: [],
      },
      meta,
    ),
  );
  const indicator = made(
    'B’s indicator',
    await defineIndicator(
      ctx,
      publisher,
      {
        organization: B,
        nameEn: 'Resolutions published on time',
        definition: 'Share of resolutions published within a week',
        unit: 'percent',
        direction: 'increase',
      },
      meta,
    ),
  );
  const citizen = await signedInAs(app, ctx);
  const comment = made(
    'a comment',
    await submitComment(
      ctx,
      await actorForUser(ctx.db, citizen.userId),
      commitment.id,
      { comment: 'Where is the register?' },
      meta,
    ),
  );
  const evaluator = await official(app, ctx, 'independent-evaluator');
  const evaluation = made(
    'an evaluation',
    await saveEvaluation(ctx, evaluator.actor, commitment.id, rating, meta),
  );
  const member = await official(app, ctx, 'ogp-committee-member');
  const meeting = made(
    'a meeting',
    await recordMeeting(
      ctx,
      member.actor,
      { heldOn: '2024-02-01', titleEn: 'First meeting', agenda: 'The plan' },
      meta,
    ),
  );
  const committeeMember = made(
    'a committee member',
    await addCommitteeMember(
      ctx,
      member.actor,
      {
        slug: 'committee-member-of-b',
        nameMn: 'Хорооны гишүүн',
        memberRole: 'member',
        sector: 'government',
        organization: B,
        startsOn: '2024-01-15',
      },
      meta,
    ),
  );
  const officialOfB = made(
    'an official of B',
    await addTerm(
      ctx.db,
      systemActor('authorization-matrix'),
      {
        organization: B,
        slug: 'official-of-b',
        nameMn: 'Б-гийн дарга',
        nameEn: '',
        postMn: 'Дарга',
        postEn: '',
        startsOn: '2024-01-01',
      },
      meta,
    ),
  );
  const national = await one<{ id: string }>(
    ctx,
    sql`select id::text from role_grants where user_id = ${member.client.userId} and role = 'ogp-committee-member'`,
  );
  return {
    nationalGrantId: national.id,
    planSlug: commitment.slug,
    commitmentId: String(commitment.id),
    itemOrganizationId: String(commitment.link),
    indicatorId: String(indicator.value.id),
    commentId: String(comment.value.id),
    evaluationId: String(evaluation.value.id),
    meetingId: String(meeting.value.id),
    committeeMemberId: String(committeeMember.value.id),
    officialSlug: officialOfB.value.slug,
  };
}

/** A case B answers, filed on the web with a document by a signed-in citizen, then given to B. */
async function feedbackRecords(app: FastifyInstance, ctx: ModuleContext) {
  const citizen = await signedInAs(app, ctx);
  await citizen.get('/feedback/new');
  const filed = await citizen.upload(
    '/feedback/new',
    { ...sampleCase, subject: 'B’s case', publishConsent: 'yes' },
    { attachments: { name: 'letter.pdf', content: PDF, type: 'application/pdf' } },
  );
  const followToken = /\/feedback\/follow\/([A-Za-z0-9_-]{43})/.exec(String(filed.headers.location))?.[1];
  if (!followToken) throw new Error(`B's case: ${filed.statusCode} ${filed.body.slice(0, 300)}`);
  const c = await one<{ number: string; file: string }>(
    ctx,
    sql`select c.number, a.file_id::text as file from feedback_cases c
      join feedback_attachments a on a.case_id = c.id where c.subject = 'B’s case'`,
  );
  made(
    'B’s case transfer',
    await transferCase(
      ctx,
      await staffActor(ctx, 'platform-administrator'),
      c.number,
      { organization: B, reason: 'B answers it' },
      meta,
    ),
  );
  return { caseNumber: c.number, caseFile: c.file, followToken, submitter: citizen };
}

async function procurementRecords(ctx: ModuleContext) {
  const ocid = 'ocds-b1a2c3-cabinet-0001';
  const report = await publish(ctx, releasesOf(cleanSpec(ocid, { buyer: { slug: B, name: 'ЗГХЭГ' } })));
  if (!report.committed) throw new Error(`B's process: ${JSON.stringify(report.problems)}`);
  const supplier = await one<{ id: string }>(
    ctx,
    sql`select c.supplier_id::text as id from procurement_contracts c
      join procurement_processes p on p.id = c.process_id where p.ocid = ${ocid} limit 1`,
  );
  return { ocid, supplierId: supplier.id };
}

/** A question about B's process, asked by a citizen and published by a moderator through their pages. */
async function questionRecords(app: FastifyInstance, ctx: ModuleContext, ocid: string) {
  const citizen = await signedInAs(app, ctx);
  await citizen.get(`/questions/ask?subject=procurement.process&key=${ocid}`);
  const asked = await citizen.submit('/questions/ask', {
    subject: 'procurement.process',
    key: ocid,
    text: 'Why was there only one bid?',
  });
  const questionId = /\/questions\/(\d+)/.exec(String(asked.headers.location))?.[1];
  if (!questionId) throw new Error(`B's question: ${asked.statusCode} ${asked.body.slice(0, 300)}`);
  const moderator = await signedInAs(app, ctx, { role: 'moderator' });
  await moderator.get(`/questions/${questionId}/moderate`);
  const published = await moderator.submit(`/questions/${questionId}/moderate`, {
    decision: 'publish',
    publicText: 'Why was there only one bid?',
    reason: '',
  });
  if (published.statusCode !== 303) throw new Error(`B's question not published: ${published.statusCode}`);
  return { questionId };
}

/** A noticed case of the environmental list, kept by the pack's keeper (not A). */
async function environmentRecords(ctx: ModuleContext) {
  const made = await buildEnvironmentCase(ctx, {
    steps: [['notice', { date: inDays(-1) }]],
    input: { inspectedOn: inDays(-2) },
  });
  return { environmentCaseId: String(made.id), legalEntityId: String(made.entityId) };
}

/** A project B implements. */
async function projectRecords(ctx: ModuleContext) {
  const project = await buildProject(ctx, { organization: B, slug: 'project-of-b' });
  return { projectSlug: project.slug };
}

export async function makeRecordsOfB(app: FastifyInstance, ctx: ModuleContext): Promise<RecordsOfB> {
  const { publisher, ...organization } = await organizationRecords(app, ctx);
  const procurement = await procurementRecords(ctx);
  return {
    ...organization,
    ...(await planRecords(app, ctx, publisher.actor)),
    ...(await feedbackRecords(app, ctx)),
    ...procurement,
    ...(await questionRecords(app, ctx, procurement.ocid)),
    ...(await environmentRecords(ctx)),
    ...(await projectRecords(ctx)),
    member: publisher.client,
  };
}

/** A's systems' tokens, issued by A's administrator through the administration module. */
export async function makeOrganizationA(app: FastifyInstance, ctx: ModuleContext): Promise<OrganizationA> {
  const admin = await official(app, ctx, 'organization-administrator', A);
  const issue = async (scopes: string[]) => {
    const name = scopes.length === 1 ? (scopes[0] as string) : 'every scope';
    const issued = await issueToken(ctx, admin.actor, A, { name, scopes, expiresOn: inDays(30) }, meta);
    return made('A’s token', issued).value.token;
  };
  const scopes = tokenScopes().map((s) => s.action);
  const scopedToken = new Map<string, string>();
  for (const scope of scopes) scopedToken.set(scope, await issue([scope]));
  return { scopedToken, widestToken: await issue(scopes) };
}
