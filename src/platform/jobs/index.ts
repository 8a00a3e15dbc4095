/** Durable background jobs in PostgreSQL; see README.md. */
export { collectJobHandlers } from './handlers.ts';
export { platformJobHandlers, startPlatformWorkers } from './platform-workers.ts';
export { type ClaimedJob, claimJobs, enqueueJob, type NewJob } from './queue.ts';
export {
  type Clock,
  type JobHandler,
  type JobHandlers,
  type JobInfo,
  PermanentJobError,
  systemClock,
} from './types.ts';
export {
  exponentialBackoff,
  type JobRunOptions,
  type JobRunSummary,
  type JobWorker,
  runDueJobs,
  startJobWorker,
} from './worker.ts';
