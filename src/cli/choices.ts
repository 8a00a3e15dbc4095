import type { Bilingual } from '../platform/i18n/index.ts';
import { type Session, UsageError } from './session.ts';

/** What a command works on by name (the datasets to export, the import targets), and its words. */
export interface Choices<T> {
  byName: ReadonlyMap<string, T>;
  title(item: T): Bilingual;
  /** `dataset`, `import target`: in "unknown dataset "x"". */
  kind: string;
  /** `datasets`, `targets`: in "the datasets are: …". */
  plural: string;
  /** What the list of known names says when there is none. */
  none: string;
  /** What `--list` says when there is none. */
  empty: string;
  /** The usage error when no name is given. */
  missing: string;
}

/** `--list`: each name with its title in English and Mongolian, the names aligned. */
export function printChoices<T>(session: Session, choices: Choices<T>): void {
  if (choices.byName.size === 0) {
    session.say(choices.empty);
    return;
  }
  const width = Math.max(...[...choices.byName.keys()].map((name) => name.length));
  for (const [name, item] of choices.byName) {
    const { en, mn } = choices.title(item);
    session.say(`${name.padEnd(width)}  ${en} — ${mn}`);
  }
}

/** The item called `name` (with its name), or a usage error that says what there is. */
export function choose<T>(choices: Choices<T>, name: string | undefined): { name: string; item: T } {
  if (name === undefined) throw new UsageError(choices.missing);
  const item = choices.byName.get(name);
  if (item === undefined) {
    const known = [...choices.byName.keys()].join(', ') || choices.none;
    throw new UsageError(`unknown ${choices.kind} "${name}"; the ${choices.plural} are: ${known}`);
  }
  return { name, item };
}
