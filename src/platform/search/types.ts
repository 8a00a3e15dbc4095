import type { Queryable } from '../db/database.ts';
import type { Bilingual } from '../i18n/index.ts';

/**
 * One record as search sees it. A module produces these from its own tables; the platform keeps
 * them in `search_documents`, keyed by (module, kind, key).
 */
export interface SearchDocument {
  /** What sort of record, one of the source's `kinds` (e.g. `organization`). */
  kind: string;
  /** Stable id of the record within its module and kind (a slug, an id). */
  key: string;
  title: Bilingual;
  /** What else should find it: other names, abbreviation, description, the text of the record. */
  body?: { mn?: string; en?: string };
  /** The record's page on the site, a path: `/organizations/ministry-of-finance`. */
  url: string;
  /** The organisation that holds or published the record (a facet, and the scope of `restrictedAction`). */
  organizationId?: number | null;
  /** Code of the aimag or the capital the record belongs to (a facet); not a district or soum. */
  aimag?: string | null;
  /** The record's year, for the facet (a contract's signing year, a plan's start…). */
  year?: number | null;
  /**
   * Null for a public record. Otherwise the action (declared in some manifest's `permissions`) an
   * actor must be allowed — `can(actor, action, { organizationId })` — to see the record in search.
   */
  restrictedAction?: string | null;
  updatedAt?: Date;
}

/**
 * What a module declares (`searchDocuments` in its manifest) to put its records into the one
 * search index. It also keeps the index current: every command that changes a searchable record
 * calls `indexDocuments` / `removeDocuments` inside its own transaction.
 */
export interface SearchSource {
  /** Message key naming the module's records as a whole, for the facet ("Public bodies"). */
  label: string;
  /** Message key of each kind's label, shown beside each result ("Public body"). */
  kinds: Readonly<Record<string, string>>;
  /** Every document of the module, streamed, for `shilen search reindex` and an empty index. */
  documents(db: Queryable): AsyncIterable<SearchDocument>;
}
