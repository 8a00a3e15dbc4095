import type { Translator } from '../../../platform/i18n/index.ts';
import { UNIDENTIFIED } from '../../../platform/legal-entities/index.ts';
import type { Entity } from '../queries.ts';

/** The entity's name in the reader's language, or in the other where it has only that one. */
export function entityName(t: Translator, e: Pick<Entity, 'nameMn' | 'nameEn'>): string {
  return t.pick({ mn: e.nameMn ?? e.nameEn ?? '', en: e.nameEn ?? e.nameMn ?? '' });
}

/** "MN-SRN 2074249", or the words for a party that came with a name only. */
export function identifierText(t: Translator, e: Pick<Entity, 'scheme' | 'identifier'>): string {
  return e.scheme === UNIDENTIFIED ? t('legal-entities.unidentified') : `${e.scheme} ${e.identifier}`;
}

/** The form's field (and message key) of a column of the register, for the sources of its facts. */
export const FIELD_OF_COLUMN: Readonly<Record<string, string>> = {
  scheme: 'scheme',
  identifier: 'identifier',
  name_mn: 'nameMn',
  name_en: 'nameEn',
  common_name_mn: 'commonNameMn',
  common_name_en: 'commonNameEn',
  kind: 'kind',
  status: 'status',
  admin_unit_code: 'adminUnit',
  registered_on: 'registeredOn',
  organization_id: 'organization',
};

/** A source in the reader's words: staff, the register's import, demo data; a module by its name. */
export function sourceLabel(t: Translator, source: string): string {
  const shown = publicSource(source);
  if (shown === 'user') return t('legal-entities.page.byStaff');
  if (shown === 'import:legal-entities') return t('legal-entities.page.byImport');
  if (shown === 'demo') return t('legal-entities.page.byDemo');
  return shown;
}

/**
 * A source as the public sees it: a person is "user", never their account (`user:12` is kept for
 * the staff's audit, not published); an import or a module by its name.
 */
export function publicSource(source: string): string {
  return source.startsWith('user:') ? 'user' : source;
}
