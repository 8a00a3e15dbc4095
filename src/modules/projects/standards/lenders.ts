import type { Lender, ProjectsPack } from '../../../country/projects-pack.ts';
import type { EntityRow } from './rows.ts';

/**
 * The pack's lender a register entity is: the same registration (scheme and identifier), or, for
 * a lender registered under its name only, the same English or Mongolian name. Null for a lender
 * the pack does not list (its kind is then OC4IDS `other` and it has no IATI ref).
 */
export function packLender(pack: ProjectsPack, entity: EntityRow): Lender | null {
  return (
    pack.lenders.find((l) =>
      l.registration
        ? l.registration.scheme === entity.scheme && l.registration.identifier === entity.identifier
        : l.name.en === entity.nameEn || l.name.mn === entity.nameMn,
    ) ?? null
  );
}

/** The identifier an entity goes by in both standards: its IATI ref, else `<scheme>-<identifier>`, else `entity-<id>`. */
export function entityRef(pack: ProjectsPack, entity: EntityRow): string {
  const lender = packLender(pack, entity);
  if (lender?.iatiRef) return lender.iatiRef;
  if (entity.scheme !== 'unidentified') return `${entity.scheme}-${entity.identifier}`;
  return `entity-${entity.id}`;
}

/** An entity's name in one language, the other where that one is missing. */
export function entityName(entity: EntityRow, locale: 'mn' | 'en'): string {
  return (locale === 'mn' ? (entity.nameMn ?? entity.nameEn) : (entity.nameEn ?? entity.nameMn)) ?? '';
}
