import { createHash } from 'node:crypto';
import {
  type DataTheme,
  dataThemes,
  frequencyUri,
  licences,
  themeUri,
  updateFrequencies,
} from '../../../platform/datasets/vocabularies.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { type CatalogEntry, distributionsOf, type Publisher } from '../catalog.ts';
import type { SearchDoc } from './search.ts';

const URL_NAMESPACE = '6ba7b8119dad11d180b400c04fd430c8';

/** A name-based UUID (version 5, RFC 9562): the same name always gives the same id. */
export function uuid5(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(URL_NAMESPACE, 'hex')).update(name).digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ids stay stable across restarts and host names: they are made from the country and the names. */
export const packageId = (country: string, dataset: string) =>
  uuid5(`urn:shilen:${country}:dataset:${dataset}`);
export const organizationId = (country: string, slug: string) =>
  uuid5(`urn:shilen:${country}:organization:${slug}`);
export const groupName = (theme: DataTheme) => theme.toLowerCase();

/** CKAN's timestamp form: UTC without a zone, microseconds (`2024-05-01T08:30:00.123000`). */
export function ckanTime(at: Date | null): string | null {
  return at ? `${at.toISOString().slice(0, 23)}000` : null;
}

export interface CkanContext {
  publicUrl: string;
  country: string;
  locale: Locale;
}

export function organizationDict(ctx: CkanContext, publisher: Publisher, packageCount?: number) {
  return {
    id: organizationId(ctx.country, publisher.slug),
    name: publisher.slug,
    title: publisher.name[ctx.locale],
    title_translated: publisher.name,
    display_name: publisher.name[ctx.locale],
    description: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    created: ckanTime(publisher.updatedAt),
    ...(packageCount === undefined ? {} : { package_count: packageCount }),
    url: `${ctx.publicUrl}/organizations/${publisher.slug}`,
  };
}

export function groupDict(ctx: CkanContext, theme: DataTheme, packageCount?: number) {
  return {
    id: uuid5(themeUri(theme)),
    name: groupName(theme),
    title: dataThemes[theme][ctx.locale],
    title_translated: dataThemes[theme],
    display_name: dataThemes[theme][ctx.locale],
    description: '',
    type: 'group',
    is_organization: false,
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    ...(packageCount === undefined ? {} : { package_count: packageCount }),
    url: themeUri(theme),
  };
}

/** Keywords as CKAN tags: CKAN allows letters, digits, spaces, `-`, `_` and `.`. */
function tagsOf(entry: CatalogEntry): string[] {
  const words = [...entry.dataset.keywords.mn, ...entry.dataset.keywords.en];
  return [...new Set(words.map((w) => w.replace(/[^\p{L}\p{N} ._-]/gu, ' ').trim()).filter(Boolean))];
}

/** A dataset as CKAN's `package_show` gives a package. */
export function packageDict(ctx: CkanContext, entry: CatalogEntry) {
  const d = entry.dataset;
  const id = packageId(ctx.country, d.id);
  const licence = licences[d.licence];
  const org = entry.publisher && organizationDict(ctx, entry.publisher);
  const tags = tagsOf(entry);
  const resources = distributionsOf(d, ctx.publicUrl).map((r, position) => ({
    id: uuid5(`urn:shilen:${ctx.country}:dataset:${d.id}:resource:${r.id}`),
    package_id: id,
    name: r.title[ctx.locale],
    description: r.title[ctx.locale === 'mn' ? 'en' : 'mn'],
    url: r.url,
    format: r.format,
    mimetype: r.mediaType,
    position,
    state: 'active',
    url_type: null,
    size: null,
    datastore_active: false,
    created: ckanTime(entry.created),
    last_modified: ckanTime(entry.modified),
    metadata_modified: ckanTime(entry.modified),
  }));
  const extras: [string, string | undefined][] = [
    ['identifier', `${ctx.publicUrl}/datasets/${d.id}`],
    ['frequency', updateFrequencies[d.frequency].iso],
    ['dcat_accrual_periodicity', frequencyUri(d.frequency)],
    ['theme', JSON.stringify(d.themes.map(themeUri))],
    ['language', JSON.stringify(['mn', 'en'])],
    ['temporal_start', d.temporal?.start],
    ['temporal_end', d.temporal?.end],
    ['spatial_text', d.spatial ? d.spatial.join(', ') : undefined],
    ['publisher_uri', entry.publisher ? `${ctx.publicUrl}/organizations/${entry.publisher.slug}` : undefined],
    ['datapackage', `${ctx.publicUrl}/datasets/${d.id}/datapackage.json`],
  ];
  return {
    id,
    name: d.id,
    title: d.title[ctx.locale],
    title_translated: d.title,
    notes: d.description[ctx.locale],
    notes_translated: d.description,
    url: `${ctx.publicUrl}/datasets/${d.id}`,
    type: 'dataset',
    state: 'active',
    private: false,
    isopen: true,
    version: null,
    license_id: licence.ckan,
    license_title: licence.title,
    license_url: licence.url,
    author: entry.publisher?.name[ctx.locale] ?? null,
    author_email: entry.publisher?.email ?? null,
    maintainer: entry.publisher?.name[ctx.locale] ?? null,
    maintainer_email: entry.publisher?.email ?? null,
    metadata_created: ckanTime(entry.created),
    metadata_modified: ckanTime(entry.modified),
    owner_org: org?.id ?? null,
    organization: org ?? null,
    tags: tags.map((name) => ({
      id: uuid5(`urn:shilen:tag:${name}`),
      name,
      display_name: name,
      state: 'active',
      vocabulary_id: null,
    })),
    num_tags: tags.length,
    groups: d.themes.map((theme) => groupDict(ctx, theme)),
    resources,
    num_resources: resources.length,
    extras: extras
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([key, value]) => ({ key, value })),
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

/** The fields package_search filters and facets by. */
export function searchDoc(ctx: CkanContext, entry: CatalogEntry): SearchDoc {
  const d = entry.dataset;
  const tags = tagsOf(entry);
  return {
    id: packageId(ctx.country, d.id),
    name: d.id,
    title: `${d.title.mn} ${d.title.en}`,
    notes: `${d.description.mn} ${d.description.en}`,
    organization: entry.publisher?.slug ?? null,
    tags,
    res_format: [...new Set(distributionsOf(d, '').map((r) => r.format))],
    groups: d.themes.map(groupName),
    license_id: licences[d.licence].ckan,
    metadata_modified: entry.modified,
    metadata_created: entry.created,
    text: [d.id, d.title.mn, d.title.en, d.description.mn, d.description.en, ...tags, d.publisher]
      .join(' ')
      .toLocaleLowerCase(),
  };
}
