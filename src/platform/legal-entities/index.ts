export { entitiesMerged } from './after-merge.ts';
export {
  addNames,
  changedFacts,
  type EntityFacts,
  FACT_FIELDS,
  type RegisterEntry,
  readFacts,
  recordRegisterEntries,
  recordSources,
} from './facts.ts';
export { checkIdentifier, type IdentifierProblem, UNIDENTIFIED } from './identifiers.ts';
export { entityOfOrganization, type LinkedEntity } from './links.ts';
export {
  DEFAULT_THRESHOLD,
  enqueueMatching,
  findMatches,
  findMatchesByKey,
  MATCH_JOB,
  type MatchCandidate,
  type MatchOptions,
  type MatchRunSummary,
  matchAll,
  matchBatch,
  matcherJob,
  matchJob,
  matchQuery,
} from './matching.ts';
export {
  type AfterMerge,
  confirmCandidate,
  type Decision,
  MATCH_PERMISSION,
  type Merge,
  type MergeInput,
  matchPermissions,
  mergeEntities,
  mergeEntity,
  mergeMessages,
  rejectCandidates,
  type UndoInput,
  undoMerge,
  undoMergeCommand,
} from './merges.ts';
export { entityKindMessages } from './messages.ts';
export { matchKey } from './names.ts';
export {
  type ClaimSource,
  claimKey,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  type EntityClaim,
  type EntityKind,
  type EntityStatus,
  entityFamily,
  entityKey,
  resolveEntities,
  rootOf,
} from './register.ts';
export {
  ENTITY_SEARCH_KIND,
  ENTITY_SEARCH_MODULE,
  entityDocument,
  entitySearchSource,
  indexEntities,
} from './search.ts';
