import type { WrittenOrganization } from './parsed.ts';

/**
 * Matching the organisations a plan names to the registry, by every name and alias a body has
 * (the country pack keeps the plan's own spellings, typos and truncations included, as aliases).
 * Pure: the registry comes in as a list. What matches nothing is kept as written, for review.
 */

export interface RegistryEntry {
  id: number;
  slug: string;
  names: readonly string[];
}

export interface MatchedOrganization {
  /** As written in the plan (after joining pieces the PDF split). */
  text: string;
  line: number;
  /** The registry's body, or null when no name or alias matches. */
  organizationId: number | null;
  slug: string | null;
}

/** The comparable form of a name: lower case, one kind of dash and apostrophe, no outer punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–•.,;:]+|[\s.,;:]+$/g, '');
}

export function registryIndex(entries: readonly RegistryEntry[]): Map<string, RegistryEntry> {
  const index = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = nameKey(name);
      // The first body that claims a spelling keeps it: the registry is checked for clashes by its own test.
      if (key && !index.has(key)) index.set(key, entry);
    }
  }
  return index;
}

/**
 * Splits pieces into names: a piece that is a known name as a whole stays whole; otherwise its
 * layout parts are joined greedily into the longest known names ("Anti-corruption" + "Authority"
 * is one body, "Ministry of Justice" another), and parts that join into nothing known stay one
 * unmatched name. A piece that matches nothing but completes the piece before it into a known
 * name ("National Auditing" + "Committee") joins it.
 */
export function matchOrganizations(
  written: readonly WrittenOrganization[],
  index: ReadonlyMap<string, RegistryEntry>,
): MatchedOrganization[] {
  const out: MatchedOrganization[] = [];
  const found = (text: string, line: number): MatchedOrganization => {
    const entry = index.get(nameKey(text));
    return { text, line, organizationId: entry?.id ?? null, slug: entry?.slug ?? null };
  };
  for (const piece of written) {
    const last = out.at(-1);
    const whole = found(piece.text, piece.line);
    if (whole.slug === null && last && last.line === piece.line) {
      const joined = found(`${last.text} ${piece.text}`, piece.line);
      if (joined.slug !== null) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    if (whole.slug !== null || piece.parts.length < 2) {
      out.push(whole);
      continue;
    }
    const parts = piece.parts;
    let unmatched: string[] = [];
    const flush = () => {
      if (unmatched.length > 0) out.push(found(unmatched.join(' '), piece.line));
      unmatched = [];
    };
    for (let i = 0; i < parts.length; ) {
      let taken = 0;
      for (let j = parts.length; j > i; j--) {
        if (index.has(nameKey(parts.slice(i, j).join(' ')))) {
          taken = j - i;
          break;
        }
      }
      if (taken === 0) {
        unmatched.push(parts[i]!);
        i += 1;
        continue;
      }
      flush();
      out.push(found(parts.slice(i, i + taken).join(' '), piece.line));
      i += taken;
    }
    flush();
  }
  // The same body named twice for one item (after joining) counts once.
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = m.slug ?? `?${nameKey(m.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
