import type { LicenceType } from '../../../country/extractives-pack.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { recordFirstLoad } from '../../../platform/datasets/version-batches.ts';
import { recordCurrentVersions } from '../../../platform/datasets/versions.ts';
import { sql } from '../../../platform/db/sql.ts';
import { claimKey, entityKey, resolveEntities } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { outlineOf } from '../../../platform/places/outline.ts';
import { addYears } from './commands/checks.ts';
import { licencesDataset } from './dataset.ts';
import {
  COMMODITIES,
  COMPANY_WORDS,
  FLAGSHIPS,
  KNOWN_HOLDERS,
  NAME_PARTS,
  PLACE_WORDS,
} from './demo-data.ts';
import { type CheckedArea, checkArea } from './geometry.ts';
import { indexLicences } from './search.ts';

/** A deterministic random sequence (mulberry32), so every demo database is the same. */
function randomOf(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (lo: number, hi: number) => lo + next() * (hi - lo),
    int: (lo: number, hi: number) => Math.floor(lo + next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly [T, number][]) => {
      let r = next() * items.reduce((n, [, w]) => n + w, 0);
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items.at(-1)![0];
    },
  };
}
type Random = ReturnType<typeof randomOf>;

/** A quadrilateral of about `hectares` around a point: a square with its corners moved a little. */
function quad(r: Random, lat: number, lon: number, hectares: number): number[][][] {
  const km = Math.sqrt(hectares / 100) / 2;
  const [dy, dx] = [km / 111.32, km / (111.32 * Math.cos((lat * Math.PI) / 180))];
  const j = () => r.between(-0.12, 0.12);
  const ring = [
    [lon - dx * (1 + j()), lat - dy * (1 + j())],
    [lon + dx * (1 + j()), lat - dy * (1 + j())],
    [lon + dx * (1 + j()), lat + dy * (1 + j())],
    [lon - dx * (1 + j()), lat + dy * (1 + j())],
  ].map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5]);
  return [[...ring, ring[0]!]];
}

interface Planned {
  type: LicenceType;
  number: string;
  nameMn: string;
  nameEn: string;
  status: string;
  appliedOn: string;
  grantedOn: string | null;
  expiresOn: string | null;
  commodities: string[];
  area: CheckedArea | null;
  unit: string;
  holders: [string, number][];
  last: { status: string; on: string } | null;
}

const day = (r: Random, from: number, to: number) =>
  new Date(Date.UTC(r.int(from, to), r.int(0, 11), r.int(1, 28))).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) =>
  new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

const STATUSES: Record<string, [string, number][]> = {
  'mineral-exploration': [
    ['granted', 70],
    ['applied', 10],
    ['expired', 8],
    ['revoked', 5],
    ['suspended', 4],
    ['relinquished', 3],
  ],
  mining: [
    ['granted', 80],
    ['transferred', 5],
    ['suspended', 5],
    ['revoked', 5],
    ['expired', 5],
  ],
};

/**
 * The licence register's demo: 300 exploration and 200 mining licences (about a seventh of the
 * cadastre's 2016 counts, `licenceCounts` of the pack) spread over the aimags with mining ones
 * weighted, the flagship mines and oil blocks of real companies, a few land and water rights;
 * quadrilaterals of 500 to 50,000 ha checked as any area is, holders resolved in the register of
 * legal entities, status histories with decisions, fees. Written in bulk (one statement a table),
 * versioned and indexed for search in one transaction. Left alone when licences exist.
 */
export async function loadLicencesDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const [existing] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from extractive_licences`,
  );
  if ((existing?.n ?? 0) > 0) return { licences: 0 };
  const r = randomOf(19);
  const kinds = new Map(ctx.country.extractives.licenceTypes.map((k) => [k.code, k]));
  const outline = outlineOf(ctx.country);
  const aimags = await ctx.db.query<{ code: string; lat: number; lon: number }>(
    sql`select code, lat, lon from admin_units where kind = 'aimag' and lat is not null order by code`,
  );
  const mining = new Set(['46', '44', '41', '43', '64', '82', '22', '23', '48']);
  const weightedAimags = aimags.map((a) => [a, mining.has(a.code) ? 3 : 1] as [typeof a, number]);
  const smallHolders = Array.from({ length: 60 }, (_, i) => {
    const [a, b] = [
      NAME_PARTS[i % NAME_PARTS.length]!,
      PLACE_WORDS[Math.floor(i / NAME_PARTS.length) % PLACE_WORDS.length]!,
    ];
    return `${a[0]} ${b[0]} ${COMPANY_WORDS[i % COMPANY_WORDS.length]} LLC`;
  });
  // Around an aimag's centre, offset by up to `spread` degrees; drawn nearer the centre and smaller
  // on each attempt that falls outside the country (an aimag on the border).
  const areaAt = (centre: { lat: number; lon: number }, spread: number, hectares: number, number: string) => {
    const [dLat, dLon] = [r.between(-spread, spread), r.between(-1.5 * spread, 1.5 * spread)];
    for (let attempt = 0; attempt < 12; attempt++) {
      const [shrink, near] = [1 - attempt * 0.07, 1 - attempt / 11];
      const checked = checkArea(
        {
          type: 'Polygon',
          coordinates: quad(r, centre.lat + dLat * near, centre.lon + dLon * near, hectares * shrink),
        },
        outline,
        { licence: number },
      );
      if (checked.ok) return checked.area;
    }
    return null;
  };
  const planned: Planned[] = [];
  const lifeOf = (type: LicenceType, status: string, fromYear: number, toYear: number) => {
    const appliedOn = day(r, fromYear, toYear);
    const grantedOn = status === 'applied' ? null : plusDays(appliedOn, r.int(20, 150));
    const term = type.initialTermYears;
    const expiresOn =
      grantedOn && term
        ? addYears(
            grantedOn,
            term +
              (status === 'granted' && type.extensions
                ? type.extensions.years * r.int(0, type.extensions.count)
                : 0),
          )
        : null;
    const last =
      grantedOn && !['applied', 'granted'].includes(status)
        ? { status, on: plusDays(grantedOn, r.int(200, 900)) }
        : null;
    return { appliedOn, grantedOn, expiresOn, last };
  };
  for (const [code, count, prefix, min, max] of [
    ['mineral-exploration', 300, 'XV', 500, 50_000],
    ['mining', 200, 'MV', 500, 10_000],
  ] as const) {
    const type = kinds.get(code);
    if (!type) continue;
    for (let i = 0; i < count; i++) {
      const aimag = r.weighted(weightedAimags);
      const number = `${prefix}-${String(10_000 + i * 37 + r.int(0, 30)).padStart(6, '0')}`;
      const place = [r.pick(NAME_PARTS), r.pick(PLACE_WORDS)] as const;
      const status = r.weighted(STATUSES[code]!);
      const life = lifeOf(type, status, code === 'mining' ? 1997 : 2012, code === 'mining' ? 2020 : 2024);
      const area = areaAt(aimag, 1.2, Math.exp(r.between(Math.log(min), Math.log(max))), number);
      const first = r.pick(smallHolders);
      const holders: [string, number][] =
        r.next() < 0.8
          ? [[first, 100]]
          : [
              [first, 51],
              [smallHolders.find((h) => h !== first && r.next() < 0.1) ?? smallHolders[0]!, 49],
            ];
      if (holders.length === 2 && holders[0]![0] === holders[1]![0])
        holders.splice(1, 1, [smallHolders[1]!, 49]);
      planned.push({
        type,
        number,
        nameMn: `${place[0][1]} ${place[1][1]}`,
        nameEn: `${place[0][0]} ${place[1][0]}`,
        status,
        ...life,
        commodities: r.weighted(COMMODITIES),
        area,
        unit: aimag.code,
        holders,
      });
    }
  }
  for (const [holder, code, number, nameMn, nameEn, lat, lon, half, commodities] of FLAGSHIPS) {
    const type = kinds.get(code);
    if (!type) continue;
    const geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [lon - half, lat - half],
          [lon + half, lat - half],
          [lon + half, lat + half],
          [lon - half, lat + half],
          [lon - half, lat - half],
        ],
      ],
    };
    const checked = checkArea(geometry, outline, { licence: number });
    const nearest = aimags.reduce((a, b) =>
      Math.hypot(b.lat - lat, b.lon - lon) < Math.hypot(a.lat - lat, a.lon - lon) ? b : a,
    );
    planned.push({
      type,
      number,
      nameMn,
      nameEn,
      status: 'granted',
      ...lifeOf(type, 'granted', code === 'mining' ? 2003 : 2020, code === 'mining' ? 2012 : 2021),
      commodities,
      area: checked.ok ? checked.area : null,
      unit: nearest.code,
      holders: [[KNOWN_HOLDERS[holder].name, 100]],
    });
  }
  for (const [code, count, min, max] of [
    ['land-possession', 5, 2, 60],
    ['land-use', 5, 1, 20],
    ['land-ownership', 3, 0.05, 0.07],
    ['water-use', 5, 1, 5],
  ] as const) {
    const type = kinds.get(code);
    if (!type) continue;
    for (let i = 0; i < count; i++) {
      const aimag = r.pick(aimags);
      const number = `${code.split('-')[0]!.slice(0, 1).toUpperCase()}${code.split('-')[1]!.slice(0, 1).toUpperCase()}-${aimag.code}-${String(1000 + i * 37)}`;
      planned.push({
        type,
        number,
        nameMn: `${r.pick(NAME_PARTS)[1]} ${r.pick(PLACE_WORDS)[1]}`,
        nameEn: `${r.pick(NAME_PARTS)[0]} ${r.pick(PLACE_WORDS)[0]}`,
        status: 'granted',
        ...lifeOf(type, 'granted', 2015, 2023),
        commodities: code === 'water-use' ? ['groundwater'] : [],
        area: areaAt(aimag, 0.05, r.between(min, max), number),
        unit: aimag.code,
        holders: [[r.pick(smallHolders), 100]],
      });
    }
  }
  return writeDemo(ctx, planned);
}

/** Everything planned written in bulk, in one transaction. */
async function writeDemo(ctx: ModuleContext, planned: Planned[]): Promise<Record<string, number>> {
  const actor = systemActor('demo');
  const names = [...new Set(planned.flatMap((p) => p.holders.map(([n]) => n)))];
  const kindOf = new Map(Object.values(KNOWN_HOLDERS).map((h) => [h.name as string, h.kind]));
  return ctx.db.transaction(async (tx) => {
    const ids = await resolveEntities(
      tx,
      names.map((name) => ({ scheme: null, identifier: null, name, kind: kindOf.get(name) ?? 'company' })),
      { source: 'demo', reference: 'extractives licences' },
      ctx.country.legalEntities,
    );
    const entityOf = new Map(
      names.map((name) => [
        name,
        ids.get(entityKey(claimKey({ scheme: null, identifier: null, name }, ctx.country.legalEntities))),
      ]),
    );
    const issuers = new Map(
      (await tx.query<{ id: number; slug: string }>(sql`select id, slug from organizations`)).map((o) => [
        o.slug,
        Number(o.id),
      ]),
    );
    const rows = planned
      .filter((p) => issuers.has(p.type.issuerSlug) && (p.area || !p.type.polygonRequired))
      .map((p) => ({
        organization_id: issuers.get(p.type.issuerSlug),
        licence_type: p.type.code,
        resource: p.type.resource,
        number: p.number,
        slug: `${p.type.code}-${p.number}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        name_mn: p.nameMn,
        name_en: p.nameEn,
        status: p.status,
        applied_on: p.appliedOn,
        granted_on: p.grantedOn,
        expires_on: p.expiresOn,
        commodities: p.commodities,
        geometry: p.area?.geometry ?? null,
        min_lon: p.area?.box.minLon ?? null,
        min_lat: p.area?.box.minLat ?? null,
        max_lon: p.area?.box.maxLon ?? null,
        max_lat: p.area?.box.maxLat ?? null,
        area_ha: p.area?.hectares ?? null,
        admin_unit_code: p.unit,
      }));
    const written = await tx.query<{ id: number; number: string; licence_type: string }>(sql`
      insert into extractive_licences (organization_id, licence_type, resource, number, slug, name_mn, name_en, status,
        applied_on, granted_on, expires_on, commodities, geometry, min_lon, min_lat, max_lon, max_lat, area_ha, admin_unit_code)
      select organization_id, licence_type, resource, number, slug, name_mn, name_en, status, applied_on, granted_on,
        expires_on, array(select jsonb_array_elements_text(commodities)), geometry, min_lon, min_lat, max_lon, max_lat,
        area_ha, admin_unit_code
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(organization_id bigint, licence_type text, resource text,
        number text, slug text, name_mn text, name_en text, status text, applied_on date, granted_on date, expires_on date,
        commodities jsonb, geometry jsonb, min_lon float8, min_lat float8, max_lon float8, max_lat float8, area_ha float8,
        admin_unit_code text)
      on conflict do nothing
      returning id, number, licence_type`);
    const idOf = new Map(written.map((w) => [`${w.licence_type}:${w.number}`, Number(w.id)]));
    const holders: object[] = [];
    const events: object[] = [];
    const fees: object[] = [];
    let decision = 100;
    for (const p of planned) {
      const id = idOf.get(`${p.type.code}:${p.number}`);
      if (id === undefined) continue;
      for (const [name, share] of p.holders)
        holders.push({ licence_id: id, legal_entity_id: entityOf.get(name), share });
      const body = p.type.issuerSlug;
      events.push({
        licence_id: id,
        status: 'applied',
        occurred_on: p.appliedOn,
        decision_number: null,
        decision_body: null,
      });
      if (p.grantedOn)
        events.push({
          licence_id: id,
          status: 'granted',
          occurred_on: p.grantedOn,
          decision_number: `A/${decision++}`,
          decision_body: body,
        });
      if (p.last)
        events.push({
          licence_id: id,
          status: p.last.status,
          occurred_on: p.last.on,
          decision_number: `A/${decision++}`,
          decision_body: body,
        });
      if (p.grantedOn && p.area && p.type.resource === 'mineral') {
        const rate = p.type.code === 'mining' ? 15_000 : 2_000;
        const from = Math.max(Number(p.grantedOn.slice(0, 4)), 2022);
        const to = Math.min(2025, Number((p.last?.on ?? p.expiresOn ?? '2025').slice(0, 4)));
        for (let year = from; year <= to; year++) {
          const due = Math.round(p.area.hectares * rate);
          fees.push({
            licence_id: id,
            fee_year: year,
            due,
            paid: (id + year) % 9 === 0 ? Math.round(due / 2) : due,
          });
        }
      }
    }
    await tx.query(sql`insert into extractive_licence_holders (licence_id, legal_entity_id, share)
      select licence_id, legal_entity_id, share from jsonb_to_recordset(${JSON.stringify(holders)}::jsonb)
        as x(licence_id bigint, legal_entity_id bigint, share numeric)`);
    await tx.query(sql`insert into extractive_licence_events (licence_id, status, occurred_on, decision_number, decision_body)
      select licence_id, status, occurred_on, decision_number, (select name_mn from organizations where slug = decision_body)
      from jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
        as x(licence_id bigint, status text, occurred_on date, decision_number text, decision_body text)`);
    await tx.query(sql`insert into extractive_licence_fees (licence_id, fee_year, due, paid)
      select licence_id, fee_year, due, paid from jsonb_to_recordset(${JSON.stringify(fees)}::jsonb)
        as x(licence_id bigint, fee_year int, due numeric, paid numeric)`);
    // The history of a first load in bulk (the platform's batch); versions one by one otherwise.
    const [history] = await tx.query<{ fresh: boolean }>(sql`
      select not exists (select 1 from record_versions where dataset = ${licencesDataset.id})
        and not exists (select 1 from record_version_batches where dataset = ${licencesDataset.id}) as fresh`);
    if (history?.fresh) await recordFirstLoad(tx, licencesDataset, 'extractive_licences', actor.label, null);
    else await recordCurrentVersions(tx, licencesDataset, actor.label);
    await indexLicences(tx, [...idOf.values()]);
    await recordAudit(tx, { actor, action: 'extractives.licences.demo', details: { licences: idOf.size } });
    return { licences: idOf.size, holders: names.length };
  });
}
