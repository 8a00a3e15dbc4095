import type { Dataset } from '../../platform/datasets/dataset.ts';
import { downloadFormatNames, downloadFormats } from '../../platform/datasets/formats.ts';
import { downloadPath } from '../../platform/datasets/frictionless.ts';
import { lastModified } from '../../platform/datasets/rows.ts';
import { firstRecorded } from '../../platform/datasets/versions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Bilingual } from '../../platform/i18n/index.ts';

/** The organisation that publishes a dataset, as the registry has it. */
export interface Publisher {
  id: number;
  slug: string;
  name: Bilingual;
  email: string | null;
  website: string | null;
  updatedAt: Date;
}

/** A dataset with what the catalogue shows of it beyond its declaration. */
export interface CatalogEntry {
  dataset: Dataset;
  publisher: Publisher | undefined;
  /** When its data last changed; null if never recorded. */
  modified: Date | null;
  /** When its first version was recorded (else its last change). */
  created: Date | null;
}

/** One way to get a dataset: a file, the API, the change feed, the descriptor, a standard's file. */
export interface Distribution {
  /** Stable within the dataset: `csv`, `api`, `datapackage`, `changes`, `standard-1`… */
  id: string;
  kind: 'download' | 'api' | 'descriptor' | 'feed' | 'standard';
  title: Bilingual;
  /** Short format name as catalogues show it: `CSV`, `API`, `OCDS`. */
  format: string;
  mediaType: string;
  /** Absolute URL. */
  url: string;
  /** Code of the EU file type, where there is one. */
  fileType?: string;
  conformsTo?: string;
}

export async function publishersBySlug(
  db: Queryable,
  slugs: readonly string[],
): Promise<Map<string, Publisher>> {
  const rows = await db.query<{
    id: number;
    slug: string;
    nameMn: string;
    nameEn: string;
    email: string | null;
    website: string | null;
    updatedAt: Date;
  }>(sql`select id, slug, name_mn as "nameMn", name_en as "nameEn", email, website, updated_at as "updatedAt"
    from organizations where slug = any(${[...new Set(slugs)]})`);
  return new Map(
    rows.map((r) => [
      r.slug,
      {
        id: Number(r.id),
        slug: r.slug,
        name: { mn: r.nameMn, en: r.nameEn },
        email: r.email,
        website: r.website,
        updatedAt: new Date(r.updatedAt),
      },
    ]),
  );
}

/** The catalogue entries of the given datasets (one query per dataset for its dates). */
export async function loadCatalog(db: Queryable, datasets: readonly Dataset[]): Promise<CatalogEntry[]> {
  const publishers = await publishersBySlug(
    db,
    datasets.map((d) => d.publisher),
  );
  return Promise.all(
    datasets.map(async (dataset) => {
      const [modified, first] = await Promise.all([lastModified(db, dataset), firstRecorded(db, dataset.id)]);
      return { dataset, publisher: publishers.get(dataset.publisher), modified, created: first ?? modified };
    }),
  );
}

/** Every distribution of a dataset, in the order catalogues list them. */
export function distributionsOf(dataset: Dataset, publicUrl: string): Distribution[] {
  const files: Distribution[] = downloadFormatNames.map((format) => {
    const about = downloadFormats[format];
    return {
      id: format,
      kind: 'download',
      title: { mn: `${about.title} файл`, en: `${about.title} file` },
      format: about.title,
      mediaType: about.mediaType,
      url: `${publicUrl}${downloadPath(dataset, format)}`,
      ...(about.fileType ? { fileType: about.fileType } : {}),
    };
  });
  return [
    ...files,
    {
      id: 'api',
      kind: 'api',
      title: { mn: 'API (хуудаслалттай JSON)', en: 'API (paged JSON)' },
      format: 'API',
      mediaType: 'application/json',
      url: `${publicUrl}/api/v1/datasets/${dataset.id}/rows`,
    },
    {
      id: 'datapackage',
      kind: 'descriptor',
      title: { mn: 'Frictionless өгөгдлийн багц', en: 'Frictionless Data Package' },
      format: 'Data Package',
      mediaType: 'application/json',
      url: `${publicUrl}/datasets/${dataset.id}/datapackage.json`,
      fileType: 'JSON',
      conformsTo: 'https://datapackage.org/standard/data-package/',
    },
    {
      id: 'changes',
      kind: 'feed',
      title: { mn: 'Өөрчлөлтийн мэдээ (Atom)', en: 'Change feed (Atom)' },
      format: 'Atom',
      mediaType: 'application/atom+xml',
      url: `${publicUrl}/datasets/${dataset.id}/changes.atom`,
      fileType: 'ATOM',
    },
    ...(dataset.standards ?? []).map((s, i) => ({
      id: `standard-${i + 1}`,
      kind: 'standard' as const,
      title: s.title,
      format: s.format,
      mediaType: s.mediaType,
      url: `${publicUrl}${s.path}`,
      conformsTo: s.conformsTo,
    })),
  ];
}

/** Formats a dataset comes in, as the format facet counts them. */
export function formatsOf(dataset: Dataset): string[] {
  return distributionsOf(dataset, '').map((d) => d.format);
}

/** Whether the dataset has rows for an aimag: its coverage names it, or it can be filtered by aimag. */
export function coversAimag(dataset: Dataset, code: string): boolean {
  if (dataset.spatial?.includes(code)) return true;
  return dataset.spatial === undefined && (dataset.filters ?? []).some((f) => f.aimag);
}
