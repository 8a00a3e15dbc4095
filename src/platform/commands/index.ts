/** Commands: one result type, the audit role, and the frame of a change to one record. See README.md. */
export type { RequestMeta } from '../http/types.ts';
export { auditRole } from './audit-role.ts';
export {
  type AuditDetails,
  type Change,
  type ChangeFrame,
  changed,
  changeRecord,
  refusableTransaction,
} from './change.ts';
export {
  type FieldProblem,
  type MessageParams,
  ok,
  problem,
  type Refused,
  type Result,
  refuse,
  refusedAs,
  refusedForApi,
  tooManyAttempts,
  translateProblems,
} from './result.ts';
