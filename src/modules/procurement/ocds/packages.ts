import type { Config } from '../../../platform/config.ts';
import type { RecordRow, StoredRelease } from '../service.ts';
import type { JsonObject } from './merge.ts';
import { BIDS_EXTENSION, OCDS_VERSION } from './standard.ts';

/** What every package we publish says about itself. */
export function packageMeta(config: Config, uri: string, publishedDate: Date = new Date()) {
  return {
    uri,
    version: OCDS_VERSION,
    extensions: [BIDS_EXTENSION],
    publishedDate: publishedDate.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    publisher: { name: 'Shilen', uri: config.publicUrl },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publicationPolicy: `${config.publicUrl}/procurement/ocds`,
  };
}

export function releasePackage(
  config: Config,
  uri: string,
  releases: readonly StoredRelease[],
  next?: string,
): JsonObject {
  return {
    ...packageMeta(config, uri),
    releases: releases.map((r) => r.data),
    ...(next ? { links: { next } } : {}),
  } as JsonObject;
}

/** Where one release can be fetched: its process's release package, the release id as fragment. */
export function releaseUrl(config: Config, ocid: string, releaseId: string): string {
  return `${config.publicUrl}/api/v1/procurement/releases?ocid=${encodeURIComponent(ocid)}#${encodeURIComponent(releaseId)}`;
}

export function record(config: Config, row: RecordRow, embedded?: readonly StoredRelease[]): JsonObject {
  return {
    ocid: row.ocid,
    releases: embedded
      ? embedded.map((r) => r.data)
      : row.releases.map((r) => ({ url: releaseUrl(config, row.ocid, r.id), date: r.date, tag: r.tag })),
    compiledRelease: row.compiled,
  } as JsonObject;
}

export function recordPackage(
  config: Config,
  uri: string,
  records: readonly JsonObject[],
  next?: string,
): JsonObject {
  const packages = [
    ...new Set(
      records.flatMap((r) =>
        (r.releases as JsonObject[]).map((x) =>
          typeof x.url === 'string'
            ? x.url.split('#')[0]!
            : `${config.publicUrl}/api/v1/procurement/releases?ocid=${encodeURIComponent(String(r.ocid))}`,
        ),
      ),
    ),
  ];
  return {
    ...packageMeta(config, uri),
    packages,
    records: [...records],
    ...(next ? { links: { next } } : {}),
  } as JsonObject;
}
