import type { Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { countryName } from './codes.ts';
import { entityName, type Interest, type Network, type Ownership, type Party, personName } from './store.ts';

/**
 * An ownership network drawn on the server, for pages without JavaScript: an SVG with the entity
 * at the bottom and its owners in rows above it up to natural persons and States (each box linked
 * to its page, each arrow labelled with the interest and share), and the same as nested lists for
 * readers and screen readers. Politically exposed persons are marked and linked to the officials
 * register.
 */
const BOX_W = 200;
const BOX_H = 46;
const GAP_X = 24;
const GAP_Y = 70;
// Presentation attributes, not CSS: the site's Content Security Policy allows no inline style.
const FILL = { entity: '#ffffff', person: '#eef6ee', state: '#fff4e0' } as const;

export const partyKey = (p: Party) => (p.kind === 'state' ? `state-${p.code}` : `${p.kind}-${p.id}`);

/** "66%", "25–50%", or the interest's name when it has no share. */
export function shareText(i: Interest, t: Translator): string {
  const pct = (n: number) => `${t.number(n)}%`;
  if (i.shareExact !== null) return pct(i.shareExact);
  if (i.shareMin !== null && i.shareMax !== null) return `${pct(i.shareMin)}–${pct(i.shareMax)}`;
  if (i.shareMin !== null) return `≥ ${pct(i.shareMin)}`;
  if (i.shareMax !== null) return `≤ ${pct(i.shareMax)}`;
  return '';
}

export function interestsText(o: Pick<Ownership, 'interests'>, t: Translator): string {
  return o.interests
    .map((i) => [t(`extractives.owners.interest.${i.type}`), shareText(i, t)].filter(Boolean).join(' '))
    .join('; ');
}

export interface PartyView {
  label: string;
  href: string | null;
  pep: boolean;
  kind: 'entity' | 'person' | 'state';
}

export function partyView(network: Network, p: Party, t: Translator): PartyView {
  const locale = t.locale;
  if (p.kind === 'entity') {
    const e = network.entities.get(p.id);
    return {
      label: e ? entityName(e, locale) : `#${p.id}`,
      href: `/extractives/owners/${p.id}`,
      pep: false,
      kind: 'entity',
    };
  }
  if (p.kind === 'person') {
    const person = network.persons.get(p.id)!;
    return {
      label: personName(person, locale),
      href: person.official ? `/officials/${person.official}` : null,
      pep: person.pepStatus === 'isPep',
      kind: 'person',
    };
  }
  return {
    label: t('extractives.owners.state', { country: countryName(p.code, locale) ?? p.code }),
    href: null,
    pep: false,
    kind: 'state',
  };
}

/** Rows of the drawing: row 0 the subject, row n the owners n steps up (each party once, at its nearest row). */
function layers(network: Network): string[][] {
  const rows: string[][] = [[`entity-${network.subjectId}`]];
  const seen = new Set(rows[0]);
  let frontier = [network.subjectId];
  while (frontier.length > 0) {
    const next: number[] = [];
    const row: string[] = [];
    for (const o of network.ownerships.filter((x) => frontier.includes(x.subjectId))) {
      const key = partyKey(o.party);
      if (seen.has(key)) continue;
      seen.add(key);
      row.push(key);
      if (o.party.kind === 'entity') next.push(o.party.id);
    }
    if (row.length > 0) rows.push(row);
    frontier = next;
  }
  return rows;
}

const clip = (s: string, n = 26) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The SVG of the network (the subject at the bottom, owners above). */
export function ownershipSvg(network: Network, t: Translator): Html {
  const rows = layers(network);
  const widest = Math.max(...rows.map((r) => r.length));
  const width = widest * (BOX_W + GAP_X) + GAP_X;
  const height = rows.length * (BOX_H + GAP_Y);
  const at = new Map<string, { x: number; y: number }>();
  rows.forEach((row, level) => {
    const offset = (width - row.length * (BOX_W + GAP_X) + GAP_X) / 2;
    for (const [i, key] of row.entries())
      at.set(key, { x: offset + i * (BOX_W + GAP_X), y: height - (level + 1) * (BOX_H + GAP_Y) + GAP_Y / 2 });
  });
  const subjectName = entityName(network.entities.get(network.subjectId)!, t.locale);
  const edges = network.ownerships.map((o) => {
    const from = at.get(partyKey(o.party));
    const to = at.get(`entity-${o.subjectId}`);
    if (!from || !to) return '';
    const x1 = from.x + BOX_W / 2;
    const y1 = from.y + BOX_H;
    const x2 = to.x + BOX_W / 2;
    const y2 = to.y;
    const label =
      o.interests
        .map((i) => shareText(i, t))
        .filter(Boolean)
        .join(', ') || t(`extractives.owners.interest.${o.interests[0]?.type ?? 'unknownInterest'}`);
    return html`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2 - 4}" stroke="#1d3557" stroke-width="1.5" marker-end="url(#owners-arrow)"/>
<text x="${(x1 + x2) / 2 + 6}" y="${(y1 + y2) / 2}" font-family="sans-serif" font-size="12" font-weight="600" fill="#111">${clip(label, 30)}</text>`;
  });
  const nodes = [...at.entries()].map(([key, { x, y }]) => {
    const [kind, id] = key.split(/-(.+)/) as [string, string];
    const party: Party =
      kind === 'state' ? { kind: 'state', code: id } : { kind: kind as 'entity' | 'person', id: Number(id) };
    const v =
      key === `entity-${network.subjectId}`
        ? { label: subjectName, href: null, pep: false, kind: 'entity' as const }
        : partyView(network, party, t);
    const box = html`<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="${FILL[v.kind]}" stroke="${v.pep ? '#a4161a' : '#1d3557'}" stroke-width="${v.pep ? 3 : 1.5}"/>
<text x="${x + 8}" y="${y + 19}" font-family="sans-serif" font-size="13" font-weight="600" fill="#111">${clip(v.label)}</text>
<text x="${x + 8}" y="${y + 37}" font-family="sans-serif" font-size="12" fill="#333">${v.pep ? t('extractives.owners.pep') : t(`extractives.owners.kind.${v.kind}`)}</text>`;
    return v.href ? html`<a href="${v.href}">${box}</a>` : box;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="owners-graph-title" class="owners-graph">
<title id="owners-graph-title">${t('extractives.owners.graphTitle', { name: subjectName })}</title>
<defs><marker id="owners-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#1d3557"/></marker></defs>
${edges}
${nodes}
</svg>`;
}

/** The same network as nested lists: each owner with its interests, and the owners of an owning entity under it. */
export function ownershipTree(network: Network, t: Translator): Html {
  const walk = (subjectId: number, path: Set<number>): Html => {
    const owners = network.ownerships.filter((o) => o.subjectId === subjectId);
    if (owners.length === 0) return html``;
    return html`<ul>${owners.map((o) => {
      const v = partyView(network, o.party, t);
      const name = v.href ? html`<a href="${v.href}">${v.label}</a>` : html`${v.label}`;
      const pep = v.pep ? html` <strong class="tag">${t('extractives.owners.pep')}</strong>` : html``;
      const above =
        o.party.kind === 'entity' && !path.has(o.party.id)
          ? walk(o.party.id, new Set([...path, o.party.id]))
          : html``;
      return html`<li>${name}${pep} — ${interestsText(o, t)}${above}</li>`;
    })}</ul>`;
  };
  return walk(network.subjectId, new Set([network.subjectId]));
}
