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
