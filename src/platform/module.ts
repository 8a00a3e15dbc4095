import type { Command } from 'commander';
import type { FastifyBaseLogger } from 'fastify';
import type { Permissions } from './auth/permissions.ts';
import type { Config } from './config.ts';
import type { Database, Row } from './db/database.ts';
import type { App } from './http/types.ts';
import type { Catalogue, Translator } from './i18n/index.ts';
import type { JobHandler } from './jobs/types.ts';
import type { Html } from './views/html.ts';

/** What every module receives: the process's configuration, database and logger. */
export interface ModuleContext {
  config: Config;
  db: Database;
  log: FastifyBaseLogger;
}

/** A field of a dataset, as downloads, Frictionless descriptors and the catalogue describe it. */
export interface DatasetField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';
  title: { mn: string; en: string };
  required?: boolean;
}

/** A register published as open data; the catalogue and bulk downloads are built from these. */
export interface DatasetDeclaration {
  /** Stable id used in URLs and `shilen export <id>`, e.g. `organizations`. */
  id: string;
  title: { mn: string; en: string };
  description: { mn: string; en: string };
  fields: readonly DatasetField[];
  /** Every public row, in a stable order, streamed. Never personal data. */
  rows(db: Database): AsyncIterable<Row>;
}

/** What an import did: counts of rows, and every problem found, with where it is in the file. */
export interface ImportReport {
  added: number;
  changed: number;
  unchanged: number;
  /** `where` names the place in the file (e.g. `line 12, column email`); the import failed if any. */
  problems: { where: string; message: string }[];
}

/** A target of `shilen import <name> <file>`: reads a file and brings a register up to date. */
export interface ImporterDeclaration {
  /** Unique across modules, kebab-case, e.g. `organizations`. */
  name: string;
  description: { mn: string; en: string };
  /**
   * Imports `file` (an absolute path). With `dryRun` it checks and counts but writes nothing.
   * `onProgress` reports rows done, and the total when it is known.
   */
  run(
    ctx: ModuleContext,
    file: string,
    options: { dryRun: boolean; onProgress?: (done: number, total?: number) => void },
  ): Promise<ImportReport>;
}

/** One search result: a public record with its page. */
export interface SearchHit {
  href: string;
  title: string;
  /** What kind of record, in the reader's language (e.g. "Organisation"). */
  kind: string;
  snippet?: string;
}

/** A kind of record an organisation published, with how many and where to see them. */
export interface PublishedSummary {
  title: string;
  count: number;
  href: string;
}

/** A link in the main navigation. */
export interface NavigationItem {
  href: string;
  /** Message key of the label. */
  label: string;
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
  /** Targets of `shilen import`. */
  importers?: readonly ImporterDeclaration[];
  /** A card for the home page: what the module holds, with live figures. */
  homeCard?: (ctx: ModuleContext, t: Translator) => Promise<Html>;
  /** What this module holds that an organisation published, for the organisation's page. */
  publishedBy?: (
    ctx: ModuleContext,
    organization: { id: number; slug: string },
    t: Translator,
  ) => Promise<PublishedSummary[]>;
  /** Reference data that must be present in every installation (not demo); idempotent, run at start. */
  seed?: (ctx: ModuleContext) => Promise<void>;
  /** Finds public records for the site search box (replaced by search documents later). */
  search?: (ctx: ModuleContext, query: string, t: Translator) => Promise<SearchHit[]>;
  /** Loads deterministic demo data into an empty database; returns what it made, for the log. */
  demo?: (ctx: ModuleContext) => Promise<Record<string, number>>;
  /**
   * Background job handlers by kind, each kind `<module name>.<job>` (e.g. `feedback.escalate`);
   * queued with `enqueueJob`, run at least once by the job worker, so they must be idempotent.
   */
  jobs?: Readonly<Record<string, JobHandler>>;
  /**
   * Adds subcommands to `shilen` (module tools). `open` gives the migrated context (closed when the
   * command ends), `say` writes a line of output; throw `UsageError` (src/cli) for a bad argument.
   */
  cli?: (program: Command, session: { open: () => Promise<ModuleContext>; say: (line: string) => void }) => void;
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
