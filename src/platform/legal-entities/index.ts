export { checkIdentifier, type IdentifierProblem, UNIDENTIFIED } from './identifiers.ts';
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
