import type { ShilenModule } from '../module.ts';
import type { JobHandler, JobHandlers } from './types.ts';

/**
 * Every module's job handlers, with `platform`'s own (e.g. `mail.send`), in one table by kind.
 * A module's kinds must start with its name and a dot; a kind claimed twice is an error.
 */
export function collectJobHandlers(
  modules: readonly ShilenModule[],
  platform: JobHandlers = {},
): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {};
  const owners = new Map<string, string>();
  const add = (owner: string, kind: string, handler: JobHandler) => {
    const other = owners.get(kind);
    if (other) throw new Error(`job kind ${kind} is declared by both ${other} and ${owner}`);
    owners.set(kind, owner);
    handlers[kind] = handler;
  };
  for (const [kind, handler] of Object.entries(platform)) add('the platform', kind, handler);
  for (const module of modules) {
    for (const [kind, handler] of Object.entries(module.jobs ?? {})) {
      if (!kind.startsWith(`${module.name}.`) || kind.length === module.name.length + 1)
        throw new Error(`job kind ${kind} of module ${module.name} must start with "${module.name}."`);
      add(`module ${module.name}`, kind, handler);
    }
  }
  return handlers;
}
