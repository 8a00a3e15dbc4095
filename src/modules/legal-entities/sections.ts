import type { Translator } from '../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext, ShilenModule } from '../../platform/module.ts';

/**
 * Every module's section of an entity's page, in the modules' order: each module that declares
 * `entitySection` is asked about the entity and every entity merged into it (`family`), and
 * says nothing (null) when it holds nothing about it, or gives one section per register it keeps.
 */
export async function entitySections(
  modules: readonly ShilenModule[],
  ctx: ModuleContext,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection[]> {
  const sections = await Promise.all(
    modules.filter((m) => m.entitySection).map((m) => m.entitySection!(ctx, entity, t)),
  );
  return sections.flatMap((s) => (s === null ? [] : Array.isArray(s) ? s : [s as EntitySection]));
}
