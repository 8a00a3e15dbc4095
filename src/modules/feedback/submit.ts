import type { CountryPack } from '../../country/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import {
  type FieldProblem,
  ok,
  problem,
  type RequestMeta,
  type Result,
  refuse,
} from '../../platform/commands/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { checkFile, documentsAndImages, type ReceivedFile, storeFile } from '../../platform/files/index.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { enqueueJob } from '../../platform/jobs/queue.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { networkOf, takeAllowance } from './allowance.ts';
import { deadlineAfter } from './deadlines.ts';
import { escalationJob } from './escalation-job.ts';
import type { Channel } from './kinds.ts';
import { acknowledge, isConfirmedAddress } from './notify.ts';
import { followTokenHash, newFollowToken, trackingNumber } from './numbers.ts';
import { routeNewCase } from './routing.ts';
import { type CaseInput, checkCase } from './validation.ts';

export interface SubmitOptions {
  channel: Channel;
  /** `request.meta`: where from, and when (`now`). */
  meta: RequestMeta;
  locale: Locale;
  /** An API client's Idempotency-Key, or the web form's own submission id. */
  idempotencyKey?: string;
  /** Photographs and documents, as the multipart form received them. */
  attachments?: readonly ReceivedFile[];
}

/** At most this many files on one case. */
export const MAX_ATTACHMENTS = 5;

/** Thrown inside the transaction to undo a case whose files pass the address's quota for the day. */
class OverQuota extends Error {}

/**
 * Files sent by someone who did not sign in count against their network address's bytes for the
 * day (`ctx.country.feedback.anonymousUploadBytesPerDay`): a stranger cannot fill the disk. A
 * signed-in citizen, staff and systems answer for their account and are not counted.
 */
async function withinUploadQuota(
  country: CountryPack,
  tx: Queryable,
  actor: Actor,
  files: readonly ReceivedFile[],
  ip: string,
  now: Date,
): Promise<boolean> {
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  if (actor.kind !== 'anonymous' || bytes === 0) return true;
  const quota = country.feedback.anonymousUploadBytesPerDay;
  return takeAllowance(tx, 'anonymous-upload-bytes', networkOf(ip), bytes, quota, now, country.timeZone);
}

function checkAttachments(files: readonly ReceivedFile[]): FieldProblem[] {
  if (files.length > MAX_ATTACHMENTS) return [problem('attachments', 'feedback.error.attachmentCount')];
  return files.flatMap((f) =>
    checkFile(f, documentsAndImages) ? [problem('attachments', 'feedback.error.attachment')] : [],
  );
}

export interface Submitted {
  id: number;
  number: string;
  organizationId: number;
  deadlineAt: Date;
  /** The follow link's secret, for the submitter only; null when this was a replay of an earlier submission. */
  followToken: string | null;
  /** True when the idempotency key had made this case before: nothing new was stored. */
  replayed: boolean;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/** Who may file through a channel: anyone on the web and kiosk, the centre's staff by phone and in person, systems with a token by API. */
async function authorizeChannel(ctx: ModuleContext, actor: Actor, channel: Channel): Promise<void> {
  if (channel === 'web' || channel === 'kiosk') return authorize(actor, 'feedback.submit');
  if (channel === 'api' || channel === 'open311') return authorize(actor, 'feedback.submit-api');
  const [centre] = await ctx.db.query<{ id: number }>(
    sql`select id from organizations where slug = ${ctx.country.feedback.centreSlug}`,
  );
  authorize(actor, 'feedback.operate', { organizationId: centre?.id ?? null });
}

/** Idempotency keys are per client: one system's key never finds another's case. */
function idempotencyScope(actor: Actor): string {
  return actor.userId !== null ? `user:${actor.userId}` : 'anonymous';
}

async function existing(q: Queryable, scope: string, key: string): Promise<Submitted | undefined> {
  const [row] = await q.query<{ id: number; number: string; organizationId: number; deadlineAt: Date }>(sql`
    select id, number, organization_id as "organizationId", deadline_at as "deadlineAt" from feedback_cases
    where idempotency_scope = ${scope} and idempotency_key = ${key}`);
  return row ? { ...row, followToken: null, replayed: true } : undefined;
}

/**
 * Files a case: checks it, routes it to the organisation that answers, sets its statutory
 * deadline, and commits the case, its contacts, the first event, the escalation job, the
 * acknowledgement mail and the audit entry together. Only then is the tracking number returned.
 * A retry with the same idempotency key returns the case made the first time.
 */
export async function submitCase(
  ctx: ModuleContext,
  actor: Actor,
  input: CaseInput,
  options: SubmitOptions,
): Promise<Result<Submitted>> {
  await authorizeChannel(ctx, actor, options.channel);
  const scope = idempotencyScope(actor);
  const key = options.idempotencyKey;
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    return refuse('idempotencyKey', 'feedback.error.idempotencyKey');
  if (key) {
    const before = await existing(ctx.db, scope, key);
    if (before) return ok(before);
  }
  const { value, problems } = await checkCase(ctx.db, input);
  const files = options.attachments ?? [];
  problems.push(...checkAttachments(files));
  if (problems.length > 0) return refuse(problems);
  const { now } = options.meta;
  const { timeZone, feedback: policy } = ctx.country;
  const deadlineAt = deadlineAfter(now, policy.answerDays[value.kind], timeZone);
  const staffEntry = options.channel === 'phone' || options.channel === 'walk-in';
  const token = newFollowToken();
  const filing = ctx.db.transaction(async (tx): Promise<Submitted | 'replay'> => {
    const routed = await routeNewCase(tx, value.category, value.aimag, policy.centreSlug);
    const { id, aimag } = routed;
    if (routed.organizationId === null) throw new Error(`the centre ${policy.centreSlug} is missing`);
    const organizationId = routed.organizationId;
    const number = trackingNumber(id, now, timeZone);
    const hasContacts = Boolean(
      value.name || value.email || value.phone || value.address || value.registerNumber,
    );
    // The case, its contacts and its first event in one statement: this runs for every submission.
    const inserted = await tx.query(sql`
      with c as (
        insert into feedback_cases (id, number, kind, category_code, channel, organization_id, aimag_code, soum_code,
          lat, lon, subject, body, submitted_at, deadline_at, submitter_user_id, entered_by_user_id,
          follow_token_hash, publish_consent, idempotency_scope, idempotency_key, updated_at)
        values (${id}, ${number}, ${value.kind}, ${value.category}, ${options.channel}, ${organizationId}, ${aimag},
          ${value.soum}, ${value.lat}, ${value.lon}, ${value.subject}, ${value.body}, ${now}, ${deadlineAt},
          ${!staffEntry && actor.kind === 'user' ? actor.userId : null}, ${staffEntry ? actor.userId : null},
          ${followTokenHash(token)}, ${value.publishConsent}, ${key ? scope : null}, ${key ?? null}, ${now})
        on conflict (idempotency_scope, idempotency_key) where idempotency_key is not null do nothing
        returning id),
      k as (
        insert into feedback_contacts (case_id, name, email, phone, address, register_number)
        select id, ${value.name}, ${value.email}, ${value.phone}, ${value.address}, ${value.registerNumber}
        from c where ${hasContacts}),
      e as (
        insert into feedback_events (case_id, at, kind, public, actor, actor_user_id, organization_id, data)
        select id, ${now}, 'submitted', true, ${actor.label}, ${actor.userId}, ${organizationId},
          ${JSON.stringify({ channel: options.channel })}::jsonb from c)
      select id from c`);
    // A concurrent retry with the same key committed first: this one stores nothing.
    if (inserted.length === 0) return 'replay';
    if (!(await withinUploadQuota(ctx.country, tx, actor, files, options.meta.ip, now)))
      throw new OverQuota();
    for (const file of files) {
      const stored = await storeFile(tx, ctx.config, file, { actor: actor.label });
      await tx.query(sql`insert into feedback_attachments (case_id, file_id) values (${id}, ${stored.id})
        on conflict do nothing`);
    }
    await enqueueJob(tx, escalationJob(id, deadlineAt), () => now);
    if (value.email)
      await acknowledge(
        ctx,
        tx,
        {
          email: value.email,
          confirmed: await isConfirmedAddress(tx, actor, value.email),
          locale: options.locale,
        },
        { number, followToken: token, deadlineAt },
        now,
      );
    await recordAudit(tx, {
      actor,
      role: null,
      action: 'feedback.submit',
      subject: { type: 'feedback-case', id: number },
      ip: options.meta.ip,
      requestId: options.meta.requestId,
      details: {
        channel: options.channel,
        kind: value.kind,
        category: value.category,
        organizationId,
        attachments: files.length,
      },
    });
    return { id, number, organizationId, deadlineAt, followToken: token, replayed: false };
  });
  const made = await filing.catch((error: unknown) => {
    if (error instanceof OverQuota) return 'over-quota' as const;
    throw error;
  });
  if (made === 'over-quota') return refuse('attachments', 'feedback.error.attachmentQuota');
  if (made === 'replay') return ok((await existing(ctx.db, scope, key!))!);
  return ok(made);
}
