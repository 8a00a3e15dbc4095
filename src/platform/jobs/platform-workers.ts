import { WRITE_VERSIONS, writeVersionsJob } from '../datasets/version-batches.ts';
import { escalateRequest } from '../deadlines/escalate.ts';
import { ESCALATE_REQUEST } from '../deadlines/requests.ts';
import { MATCH_JOB, matchJob } from '../legal-entities/matching.ts';
import { MAIL_SEND } from '../mail/outbox.ts';
import { sendQueuedMail } from '../mail/send.ts';
import type { ModuleContext, ShilenModule } from '../module.ts';
import { collectJobHandlers } from './handlers.ts';
import type { JobHandlers } from './types.ts';
import { type JobRunOptions, startJobWorker } from './worker.ts';

/**
 * The platform's own job handlers: a first load's change history, the legal entities' name
 * matcher, requests' escalation, and mail. Without SMTP_URL there is no sender: mail waits in the
 * outbox.
 */
export function platformJobHandlers(ctx: ModuleContext): JobHandlers {
  return {
    [WRITE_VERSIONS]: writeVersionsJob,
    [MATCH_JOB]: matchJob,
    [ESCALATE_REQUEST]: escalateRequest,
    ...(ctx.config.smtpUrl ? { [MAIL_SEND]: sendQueuedMail } : {}),
  };
}

/**
 * Starts this process's job worker with every module's handlers and the platform's; returns the
 * function that stops it, resolving once the jobs it is running have finished.
 */
export function startPlatformWorkers(
  ctx: ModuleContext,
  modules: readonly ShilenModule[],
  options: Omit<JobRunOptions, 'ctx' | 'handlers'> & { pollMs?: number } = {},
): () => Promise<void> {
  if (!ctx.config.smtpUrl)
    ctx.log.warn('SMTP_URL is not set: mail is kept in the outbox and not sent until it is');
  const handlers = collectJobHandlers(modules, platformJobHandlers(ctx));
  const worker = startJobWorker({ ...options, ctx, handlers });
  ctx.log.info({ workerId: worker.workerId, kinds: Object.keys(handlers) }, 'job worker started');
  return () => worker.stop();
}
