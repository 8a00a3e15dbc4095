import type { Command } from 'commander';
import type { FastifyBaseLogger } from 'fastify';
import { type CountryPack, countryPackFor } from '../country/index.ts';
import type { Permissions } from './auth/permissions.ts';
import type { Config } from './config.ts';
import type { DataTheme, LicenceId, UpdateFrequency } from './datasets/vocabularies.ts';
import type { Database, Queryable } from './db/database.ts';
import type { SqlQuery } from './db/sql.ts';
import type { LocationLayer } from './geo/layers.ts';
import type { SitemapSource } from './http/crawlers.ts';
import type { App } from './http/types.ts';
import type { Bilingual, Catalogue, Translator } from './i18n/index.ts';
import type { DatasetImport } from './imports/types.ts';
import type { JobHandler } from './jobs/types.ts';
import type { SearchSource } from './search/types.ts';
import type { Html } from './views/html.ts';

/** What every module receives: the process's configuration, database, logger and country pack. */
export interface ModuleContext {
  config: Config;
  db: Database;
  log: FastifyBaseLogger;
  /** The country pack the configuration chose (`SHILEN_COUNTRY`): every fact of the country. */
  country: CountryPack;
}

const quiet = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  trace() {},
  fatal() {},
  child: () => quiet,
  level: 'silent',
  silent() {},
};

/** A log that writes nothing, for a context made by tests and benchmarks. */
export const silentLog = quiet as unknown as ModuleContext['log'];

/** The context of a module's work, with the country pack `config.country` names. */
export function moduleContext(parts: Omit<ModuleContext, 'country'>): ModuleContext {
  return { ...parts, country: countryPackFor(parts.config.country) };
}

/** A field of a dataset, as downloads, Frictionless descriptors and the catalogue describe it. */
export interface DatasetField {
  /** Column name in every download, snake_case; also the column of the dataset's `source`. */
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';
  title: Bilingual;
  /** What the field holds, for the catalogue's fields table and the Table Schema. */
  description?: Bilingual;
  required?: boolean;
  /** The only values the field takes (a code list): a Table Schema `enum` constraint. */
  values?: readonly string[];
}

/** One choice of a download filter, with its label. */
export interface FilterOption {
  value: string;
  label: Bilingual;
}

/**
 * A query parameter a dataset's downloads (and its list page) accept, e.g. `?kind=ministry`.
 * Values are checked before anything runs: an unknown parameter or value is a 422 naming it.
 */
export interface DatasetFilter {
  /** The query parameter, e.g. `kind`. */
  name: string;
  title: Bilingual;
  /** The allowed values: a fixed list, or read from the database (e.g. the aimags). */
  values?: readonly string[] | ((db: Queryable) => Promise<readonly FilterOption[]>);
  /** Without `values`: the pattern a value must match (default: 1–100 letters, digits, `-`, `_`). */
  pattern?: RegExp;
  /**
   * The condition on the source's rows, which are `d` (`(v) => sql\`d.kind = ${v}\``).
   * Default: the column of the same name equals the value.
   */
  where?: (value: string) => SqlQuery;
  /** Marks the filter that narrows rows to one aimag (the catalogue's aimag facet links to it). */
  aimag?: boolean;
}

/** A file in the field's own standard (OCDS, IATI, Fiscal Data Package…) beside the generic formats. */
export interface StandardDistribution {
  title: Bilingual;
  /** Site path of the file or endpoint, e.g. `/procurement/ocds/releases.json`. */
  path: string;
  /** Short format name, e.g. `OCDS`. */
  format: string;
  mediaType: string;
  /** URI of the standard, e.g. `https://standard.open-contracting.org/1.1/`. */
  conformsTo: string;
}

/**
 * A register published as open data. The catalogue, the harvest endpoints (DCAT-AP, data.json,
 * CKAN), the bulk downloads, their Frictionless descriptors and the change history are all built
 * from these; `src/platform/datasets/README.md` shows a complete declaration.
 */
export interface DatasetDeclaration {
  /** Stable id used in URLs and `shilen export <id>`, kebab-case, e.g. `organizations`. */
  id: string;
  title: Bilingual;
  description: Bilingual;
  /** Slug of the organisation that publishes it (in the organisations registry). */
  publisher: string;
  /** EU data themes, at least one. */
  themes: readonly DataTheme[];
  keywords?: { mn: readonly string[]; en: readonly string[] };
  /** Default `CC-BY-4.0`. */
  licence?: LicenceId;
  /** Default `irregular`. */
  frequency?: UpdateFrequency;
  /** The period the rows are about, as ISO dates; open-ended without `end`. */
  temporal?: { start: string; end?: string };
  /** Administrative unit codes the rows cover; default the whole country. */
  spatial?: readonly string[];
  fields: readonly DatasetField[];
  /** Fields whose values identify a row; downloads stream in this order. Default: the first field. */
  key?: readonly string[];
  /**
   * Every public row, never personal data: a `select` whose columns include every field (and any
   * other column a filter needs). Downloads read it in keyset batches in key order, so the key
   * should be indexed.
   */
  source: SqlQuery;
  filters?: readonly DatasetFilter[];
  /**
   * When the data last changed: a query giving one row with a timestamptz column `modified`.
   * Default: the time of the dataset's newest record version.
   */
  lastModified?: SqlQuery;
  /** The page of one record, from its key, for the change feed. */
  recordPath?: (key: string) => string;
  /** A bar chart of row counts by this field on the dataset's page; `label` names a value. */
  chart?: { field: string; label?: (value: string, t: Translator) => string };
  standards?: readonly StandardDistribution[];
  /**
   * Makes the dataset importable (src/platform/imports/README.md): the table its rows go into, the
   * action that allows it, how fields map to columns and what else they must meet. Its key is the
   * natural key the import merges on. `shilen import <id>` and `/datasets/<id>/import` follow.
   */
  import?: DatasetImport;
}

/** What an import did: counts of rows, and every problem found, with where it is in the file. */
export interface ImportReport {
  added: number;
  changed: number;
  unchanged: number;
  /** `where` names the place in the file (e.g. `line 12, column email`); the import failed if any. */
  problems: { where: string; message: string }[];
  /** What an import that succeeded leaves for a person to check (text it could not place, names it could not match). */
  notes?: { where: string; message: string }[];
}

/** A target of `shilen import <name> <file>`: reads a file and brings a register up to date. */
export interface ImporterDeclaration {
  /** Unique across modules, kebab-case, e.g. `organizations`. */
  name: string;
  description: { mn: string; en: string };
  /**
   * The V8 heap an importer of files of any size runs in, in MiB: `shilen import` starts itself
   * again with these limits (unless the operator set a heap limit), because V8 otherwise grows its
   * heap lazily far past what the import holds at once. `oldSpace` caps the long-lived objects,
   * `semiSpace` sizes the young generation so that short-lived ones die there.
   */
  heap?: { oldSpace: number; semiSpace: number };
  /** Options of its own on the command line (`--source <value>`), given to `run` as `settings`. */
  options?: readonly ImporterOption[];
  /**
   * Imports `file` (an absolute path). With `dryRun` it checks and counts but writes nothing.
   * `onProgress` reports rows done, and the total when it is known. `settings` holds the values of
   * its declared options that were given, by name.
   */
  run(
    ctx: ModuleContext,
    file: string,
    options: {
      dryRun: boolean;
      onProgress?: (done: number, total?: number) => void;
      settings?: Readonly<Record<string, string>>;
    },
  ): Promise<ImportReport>;
}

/** An option of one importer: `--<name> <value>`, kebab-case, required or not. */
export interface ImporterOption {
  name: string;
  /** What it means, for `shilen import --help` (English, as the command line speaks). */
  description: string;
  required?: boolean;
}

/** A kind of record an organisation published, with how many and where to see them. */
export interface PublishedSummary {
  title: string;
  count: number;
  href: string;
}

/**
 * What a module knows about one legal entity (src/platform/legal-entities), for the entity's page
 * and its API: the procurement contracts it won, the licences it holds, the payments it received.
 */
export interface EntitySection {
  /** Stable id of the section, e.g. `procurement-awards`; also its anchor on the page. */
  id: string;
  title: string;
  /** How many records the section stands for (shown even when the section shows only the first). */
  count: number;
  /** The section's body: a table or list of the records, with links to their pages. */
  html: Html;
  /** Where all of them are listed, when the section shows only some. */
  href?: string;
  /** The same records as data, for `/api/v1/legal-entities/:id` (public fields only). */
  data: readonly Record<string, unknown>[];
}

export type EntitySections = EntitySection | readonly EntitySection[] | null;

/**
 * The platform's register of legal entities as a module sees one entity: its id, and `family`, the
 * ids of every entity a person merged into it — a module's rows may refer to any of them.
 */
export interface EntityRef {
  id: number;
  family: readonly number[];
}

/** A public record a citizen asks about, as its module finds it by key. */
export interface QuestionSubjectRecord {
  title: Bilingual;
  /** The organisation that answers for the record (a procurement process's buyer, a commitment's lead). */
  organizationId: number;
  /** The record's public page, a site path. */
  href: string;
}

/**
 * A kind of public record citizens may ask a question about (the public-question flow,
 * `src/modules/questions`): the module that holds the records finds one by its key.
 */
export interface QuestionSubject {
  /** `<module>.<kind>`, e.g. `procurement.process`; the kind's key is the module's (an OCID, an id). */
  kind: string;
  /** What such a record is called: "Procurement process". */
  label: Bilingual;
  /** The record, or null when there is none that anyone may see (a draft, an unknown key). */
  resolve(ctx: ModuleContext, key: string): Promise<QuestionSubjectRecord | null>;
}

/**
 * The requests citizens make of a module's organisations, counted by the league table of who
 * answers on time (`/requests/league`, src/platform/deadlines/league.ts).
 */
export interface RequestSource {
  /** `<module>.<kind>`, e.g. `feedback.case`. */
  kind: string;
  label: Bilingual;
  /**
   * One row per request, and never anything personal: `organization_id`, `received_at`, `due_at`
   * (the deadline as it stands, extensions and pauses included) and `answered_at` (null while
   * unanswered).
   */
  rows: SqlQuery;
}

/**
 * The groups of the header's navigation, by what citizens look for: public bodies, open data
 * and the shared registers; public money; resources; citizens' voice and services; justice and
 * integrity; the plan. Their labels and order are in `views/navigation.ts`.
 */
export type NavigationGroup = 'registers' | 'money' | 'resources' | 'voice' | 'justice' | 'plan';

export interface NavigationItem {
  href: string;
  /** Message key of the label. */
  label: string;
  /** The group it is listed under; the platform's own links (home, API) have none. */
  group?: NavigationGroup;
  /** Order inside its group. */
  order: number;
}

/**
 * A module's manifest: everything it plugs into the platform. The app registers modules from one
 * explicit list (`src/modules/index.ts`) and loops over these fields; nothing is discovered.
 */
export interface ShilenModule {
  /** kebab-case, also the owner name of its migrations. */
  name: string;
  /** Modules whose tables this one references; they are migrated first. */
  dependsOn?: readonly string[];
  /** Folder of `NNN_name.sql` migrations. */
  migrationsDir?: string;
  messages?: Catalogue;
  /** The actions this module's routes and commands check, and who may perform them. */
  permissions?: Permissions;
  navigation?: readonly NavigationItem[];
  /** API routes, registered under `/api/v1`; each with a TypeBox schema (OpenAPI). */
  api?: (app: App, ctx: ModuleContext) => Promise<void> | void;
  /** HTML pages and downloads, at the site root. */
  pages?: (app: App, ctx: ModuleContext) => Promise<void> | void;
  datasets?: readonly DatasetDeclaration[];
  /**
   * Map layers of the module's public rows with a place, served as GeoJSON at
   * `/api/v1/geo/<id>.geojson` (src/platform/geo/README.md). Each publishes only fields of one of
   * the module's datasets; a module with `personalData` may declare none.
   */
  locations?: readonly LocationLayer[];
  /**
   * The module holds personal data (contacts, identities, citizens' own words): none of its rows
   * may become a map layer, whatever its datasets publish (the platform refuses to start).
   */
  personalData?: boolean;
  /** Targets of `shilen import`. */
  importers?: readonly ImporterDeclaration[];
  /** A card for the home page: what the module holds, with live figures. */
  homeCard?: (ctx: ModuleContext & { modules: readonly ShilenModule[] }, t: Translator) => Promise<Html>;
  /** What this module holds that an organisation published, for the organisation's page. */
  publishedBy?: (
    ctx: ModuleContext,
    organization: { id: number; slug: string },
    t: Translator,
  ) => Promise<PublishedSummary[]>;
  /** What this module holds about a legal entity, for its page: a section, one per register it keeps, or null. */
  entitySection?: (ctx: ModuleContext, entity: EntityRef, t: Translator) => Promise<EntitySections>;
  /**
   * A person merged legal entities or undid a merge: called for every module in the merge's own
   * transaction (by the pages of the module that publishes the register), given every entity
   * whose root changed — what the module derives by root entity is brought up to date with it
   * (procurement's red flags). A module's rows keep their ids; only what is computed over roots.
   */
  onEntitiesMerged?: (ctx: ModuleContext, tx: Queryable, ids: readonly number[]) => Promise<void>;
  /** Kinds of this module's public records that citizens may ask a question about. */
  questionSubjects?: readonly QuestionSubject[];
  /** The requests citizens make of organisations through this module, for the league table. */
  requests?: readonly RequestSource[];
  /** Reference data that must be present in every installation (not demo); idempotent, run at start. */
  seed?: (ctx: ModuleContext) => Promise<void>;
  /**
   * The module's records in the site search (src/platform/search/README.md): how to list them all
   * for a rebuild. Commands keep the index current with `indexDocuments` in their transaction.
   */
  searchDocuments?: SearchSource;
  /**
   * The module's public pages for `/sitemap.xml` (src/platform/http/crawlers.ts), given every
   * module (the catalogue lists all their datasets). Only what anyone may see.
   */
  sitemap?: (modules: readonly ShilenModule[]) => readonly SitemapSource[];
  /**
   * Loads deterministic demo data into an empty database; returns what it made, for the log. Given
   * every module, for demo data about other modules' records reached through their manifests.
   */
  demo?: (ctx: ModuleContext, modules: readonly ShilenModule[]) => Promise<Record<string, number>>;
  /**
   * Background job handlers by kind, each kind `<module name>.<job>` (e.g. `feedback.escalate`);
   * queued with `enqueueJob`, run at least once by the job worker, so they must be idempotent.
   */
  jobs?: Readonly<Record<string, JobHandler>>;
  /**
   * Adds subcommands to `shilen` (module tools). `open` gives the migrated context (closed when the
   * command ends), `say` writes a line of output; throw `UsageError` (src/cli) for a bad argument.
   */
  cli?: (
    program: Command,
    session: { open: () => Promise<ModuleContext>; say: (line: string) => void },
  ) => void;
}

/** Modules in an order where each comes after those it depends on; a cycle or unknown name fails. */
export function orderModules(modules: readonly ShilenModule[]): ShilenModule[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const ordered: ShilenModule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (module: ShilenModule, path: string[]) => {
    const seen = state.get(module.name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new Error(`module dependency cycle: ${[...path, module.name].join(' -> ')}`);
    state.set(module.name, 'visiting');
    for (const dep of module.dependsOn ?? []) {
      const target = byName.get(dep);
      if (!target) throw new Error(`module ${module.name} depends on unknown module ${dep}`);
      visit(target, [...path, module.name]);
    }
    state.set(module.name, 'done');
    ordered.push(module);
  };
  for (const module of modules) visit(module, []);
  return ordered;
}
