import type { NewJob } from '../../platform/jobs/queue.ts';

export const ESCALATE = 'feedback.escalate';

/** The job that escalates a case if it is still unanswered at this deadline; one per case and deadline. */
export function escalationJob(caseId: number, deadlineAt: Date): NewJob {
  return {
    kind: ESCALATE,
    payload: { caseId, deadline: deadlineAt.toISOString() },
    runAt: deadlineAt,
    dedupeKey: `${ESCALATE}:${caseId}:${deadlineAt.toISOString()}`,
  };
}
