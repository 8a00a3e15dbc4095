import { type TSchema, Type } from 'typebox';
import { licences, themeUri, updateFrequencies } from '../../platform/datasets/vocabularies.ts';
import { Bilingual, Nullable } from '../../platform/http/schemas.ts';
import { type CatalogEntry, distributionsOf } from './catalog.ts';

/** The API's view of a dataset: both languages side by side, links absolute. */
export function presentDataset(entry: CatalogEntry, publicUrl: string) {
  const d = entry.dataset;
  const licence = licences[d.licence];
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    publisher: entry.publisher
      ? {
          slug: entry.publisher.slug,
          name: entry.publisher.name,
          url: `${publicUrl}/organizations/${entry.publisher.slug}`,
        }
      : { slug: d.publisher, name: null, url: null },
    themes: d.themes.map((code) => ({ code, uri: themeUri(code) })),
    keywords: { mn: [...d.keywords.mn], en: [...d.keywords.en] },
    licence: { id: d.licence, title: licence.title, url: licence.url },
    frequency: { code: d.frequency, iso8601: updateFrequencies[d.frequency].iso },
    temporal: d.temporal ?? null,
    spatial: d.spatial ? [...d.spatial] : null,
    key: [...d.key],
    modified: entry.modified?.toISOString() ?? null,
    fields: d.fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title,
      description: f.description ?? null,
      required: f.required ?? false,
      ...(f.values ? { values: [...f.values] } : {}),
    })),
    filters: (d.filters ?? []).map((f) => ({ name: f.name, title: f.title })),
    distributions: distributionsOf(d, publicUrl).map((x) => ({
      id: x.id,
      kind: x.kind,
      title: x.title,
      format: x.format,
      mediaType: x.mediaType,
      url: x.url,
    })),
    url: `${publicUrl}/datasets/${d.id}`,
  };
}

const Obj = <T extends Record<string, TSchema>>(props: T) =>
  Type.Object(props, { additionalProperties: false });

export const DatasetSchema = Obj({
  id: Type.String(),
  title: Bilingual,
  description: Bilingual,
  publisher: Obj({ slug: Type.String(), name: Nullable(Bilingual), url: Nullable(Type.String()) }),
  themes: Type.Array(Obj({ code: Type.String(), uri: Type.String() })),
  keywords: Obj({ mn: Type.Array(Type.String()), en: Type.Array(Type.String()) }),
  licence: Obj({ id: Type.String(), title: Type.String(), url: Type.String() }),
  frequency: Obj({ code: Type.String(), iso8601: Type.String() }),
  temporal: Nullable(Obj({ start: Type.String(), end: Type.Optional(Type.String()) })),
  spatial: Nullable(Type.Array(Type.String())),
  key: Type.Array(Type.String()),
  modified: Nullable(Type.String({ format: 'date-time' })),
  fields: Type.Array(
    Obj({
      name: Type.String(),
      type: Type.String(),
      title: Bilingual,
      description: Nullable(Bilingual),
      required: Type.Boolean(),
      values: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  filters: Type.Array(Obj({ name: Type.String(), title: Bilingual })),
  distributions: Type.Array(
    Obj({
      id: Type.String(),
      kind: Type.String(),
      title: Bilingual,
      format: Type.String(),
      mediaType: Type.String(),
      url: Type.String(),
    }),
  ),
  url: Type.String(),
});

export const RowSchema = Type.Record(Type.String(), Type.Any());

export const VersionSchema = Obj({
  id: Type.Integer({ description: 'Position in the history; the cursor of `after`' }),
  key: Type.String({ description: 'The natural key of the record' }),
  version: Type.Integer(),
  operation: Type.Union([Type.Literal('insert'), Type.Literal('update'), Type.Literal('delete')]),
  data: Nullable(RowSchema),
  changedAt: Type.String({ format: 'date-time' }),
  changedBy: Type.String(),
});

export function presentVersion(v: {
  id: number;
  key: string;
  version: number;
  operation: 'insert' | 'update' | 'delete';
  data: Record<string, unknown> | null;
  changedAt: Date;
  changedBy: string;
}) {
  return {
    id: v.id,
    key: v.key,
    version: v.version,
    operation: v.operation,
    data: v.data,
    changedAt: v.changedAt.toISOString(),
    changedBy: v.changedBy,
  };
}
