import { once } from 'node:events';
import fs from 'node:fs';
import { countryPackFor } from '../../src/country/index.ts';
import { modules } from '../../src/modules/index.ts';

/**
 * A year's worth of synthetic contracting processes at national scale, one OCDS release each at the
 * contract stage (tender, bids, award and contract in one release, as many publishers send them),
 * written as line-delimited releases for `importOcdsFile`. Buyers are the registry's ministries and
 * governors' offices; suppliers 20,000 companies; values, methods and dates spread like the demo's.
 * Deterministic: release `i` is always the same.
 */
function mix(i: number, salt: number): number {
  let h = (i + 1) * 0x9e3779b1 + salt * 0x85ebca6b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const subjects = [
  'сургуулийн барилгын их засвар',
  'авто замын засвар',
  'эм, эмнэлгийн хэрэгсэл',
  'компьютер, дагалдах хэрэгсэл',
  'нүүрс, түлш',
  'хог тээвэрлэлт',
  'харуул хамгаалалт',
  'цэцэрлэгийн өргөтгөл',
];
/** The benchmark measures a Mongolian installation: its registry's bodies, schemes and OCID prefix. */
const countryPack = countryPackFor('mn');

const methods = ['open', 'open', 'open', 'open', 'open', 'limited', 'limited', 'direct', 'selective'];
const categories = ['works', 'goods', 'services'];

export function buyersForBench() {
  // Only organisations of the registry's seed: every installation has them.
  return countryPack.organizations
    .filter((o) => o.kind === 'ministry' || o.kind === 'local-government' || o.kind === 'agency')
    .map((o) => ({ slug: o.slug, name: o.nameMn }));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const day = (d: number) =>
  new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().replace('.000Z', 'Z');

export function benchRelease(i: number, buyers: readonly { slug: string; name: string }[]): string {
  const pack = countryPack.procurement;
  const ocid = `${pack.ocidPrefix}-b-${pad(i, 7)}`;
  const buyer = buyers[Math.floor(mix(i, 1) * buyers.length)]!;
  const method = methods[Math.floor(mix(i, 2) * methods.length)]!;
  const value = Math.round(Math.exp(15.4 + mix(i, 3) * 6.7) / 1000) * 1000;
  const start = Math.floor(mix(i, 4) * 700);
  const days = method === 'open' ? 10 + Math.floor(mix(i, 5) * 30) : 5 + Math.floor(mix(i, 5) * 10);
  const bidders = method === 'direct' ? 1 : 1 + Math.floor(mix(i, 6) * 4);
  const buyerId = `${pack.buyerScheme}-${buyer.slug}`;
  const parties = [
    {
      id: buyerId,
      name: buyer.name,
      identifier: { scheme: pack.buyerScheme, id: buyer.slug },
      roles: ['buyer', 'procuringEntity'],
    },
  ];
  const bids = [];
  let winner = '';
  let winnerName = '';
  let lowest = Number.POSITIVE_INFINITY;
  for (let b = 0; b < bidders; b++) {
    // Distinct companies: the first is drawn, the others follow it.
    const s = (Math.floor(mix(i, 10) * 20_000) + b * 4_001) % 20_000;
    const reg = String(2_000_000 + s * 37);
    const name = `Компани ${pad(s, 5)} ХХК`;
    const id = `${pack.supplierScheme}-${reg}`;
    const amount = Math.round((value * (0.8 + mix(i, 20 + b) * 0.25)) / 1000) * 1000;
    parties.push({
      id,
      name,
      identifier: { scheme: pack.supplierScheme, id: reg },
      roles: ['tenderer'],
      ...(s % 50 === 0 ? { details: { registrationDate: day(start - 60).slice(0, 10) } } : {}),
    } as never);
    bids.push({
      id: `${ocid}-bid-${b + 1}`,
      date: day(start + days - 1),
      status: 'valid',
      tenderers: [{ id, name }],
      value: { amount, currency: 'MNT' },
    });
    if (amount < lowest) {
      lowest = amount;
      winner = id;
      winnerName = name;
    }
  }
  const winnerParty = parties.find((p) => p.id === winner)!;
  winnerParty.roles = ['tenderer', 'supplier'];
  const signed = day(start + days + 14);
  return JSON.stringify({
    ocid,
    id: `${ocid}-contract`,
    date: signed,
    tag: ['tender', 'award', 'contract'],
    initiationType: 'tender',
    language: 'mn',
    parties,
    buyer: { id: buyerId, name: buyer.name },
    tender: {
      id: `${ocid}-tender`,
      title: `${buyer.name} — ${subjects[i % subjects.length]}`,
      status: 'complete',
      procurementMethod: method,
      mainProcurementCategory: categories[i % 3],
      value: { amount: value, currency: 'MNT' },
      tenderPeriod: { startDate: day(start), endDate: day(start + days) },
      numberOfTenderers: bidders,
    },
    bids: { details: bids },
    awards: [
      {
        id: `${ocid}-award-1`,
        status: 'active',
        date: day(start + days + 7),
        value: { amount: lowest, currency: 'MNT' },
        suppliers: [{ id: winner, name: winnerName }],
      },
    ],
    contracts: [
      {
        id: `${ocid}-contract-1`,
        awardID: `${ocid}-award-1`,
        status: 'active',
        value: { amount: lowest, currency: 'MNT' },
        dateSigned: signed,
        period: { startDate: signed, endDate: day(start + days + 200) },
      },
    ],
  });
}

/** Writes `n` releases, one per line, to `file`, streaming (the file is never held in memory). */
export async function writeBenchReleases(file: string, n: number): Promise<number> {
  const buyers = buyersForBench();
  const out = fs.createWriteStream(file);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += `${benchRelease(i, buyers)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

export const procurementModules = modules;

/**
 * For the list and flags benchmarks: `n` contracting processes with one contract each, written
 * straight into the module's tables by SQL (the import benchmark measures the publishing path;
 * this is only the data the list reads), spread over the registry's buyers, 20,000 suppliers (legal
 * entities of the register), four
 * methods, two years and the red flags as the importer would have set them. Deterministic.
 */
export async function loadSyntheticProcesses(
  db: import('../../src/platform/db/database.ts').Database,
  n: number,
): Promise<string> {
  const { sql } = await import('../../src/platform/db/sql.ts');
  const started = performance.now();
  await db.query(sql`
    insert into legal_entities (scheme, identifier, name_mn, registered_on)
    select 'MN-SRN', (3000000 + g)::text, 'Компани ' || lpad(g::text, 5, '0') || ' ХХК', date '2005-01-01' + (g % 6500)
    from generate_series(1, 20000) g on conflict do nothing`);
  const chunk = 100_000;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    await db.transaction(async (tx) => {
      await tx.query(sql`
        with buyers as (
          select row_number() over (order by o.id) - 1 as k, o.id, o.name_mn,
            case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag
          from organizations o left join admin_units u on u.code = o.admin_unit_code
          where o.kind in ('ministry', 'local-government', 'agency')
        ), nb as (select count(*) as n from buyers),
        g as (
          select g, abs(hashint4(g)) as h1, abs(hashint4(g + 7919)) as h2, abs(hashint4(g + 104729)) as h3
          from generate_series(${from + 1}::int, ${to}::int) g
        ),
        rows as (
          select g.g, b.id as buyer_id, b.name_mn as buyer_name, b.aimag,
            (array['open','open','open','open','open','limited','limited','direct','selective'])[1 + g.h1 % 9] as method,
            (array['works','goods','services'])[1 + g.g % 3] as category,
            round(exp(15.4 + (g.h2 % 10000) / 10000.0 * 6.7) / 1000) * 1000 as value,
            timestamptz '2024-01-01' + make_interval(days => g.h3 % 700) as signed,
            1 + g.h3 % 20000 as supplier, (g.h1 % 4) + 1 as bids,
            (array['R018','R003','value-raised','split','new-supplier','dominant-supplier'])[1 + g.h2 % 6] as flag,
            g.h3 % 9 = 0 as flagged
          from g join nb on true join buyers b on b.k = g.h1 % nb.n
        )
        insert into procurement_processes (ocid, buyer_id, buyer_name, aimag, title, method, category, stage, status,
          currency, tender_value, contract_value, supplier_id, supplier_name, tender_start, tender_end, award_date,
          date_signed, contract_published, first_release, date, last_release, release_count, bid_count, flags,
          flag_details, compiled)
        select 'ocds-mn0001-s-' || lpad(r.g::text, 7, '0'), r.buyer_id, r.buyer_name, r.aimag,
          r.buyer_name || ' — ' || (array['сургуулийн барилгын их засвар','авто замын засвар','эм, эмнэлгийн хэрэгсэл','нүүрс, түлш','хог тээвэрлэлт'])[1 + r.g % 5],
          r.method, r.category, 'contract', 'active', 'MNT', r.value * 1.1, r.value, s.id, s.name_mn,
          r.signed - interval '40 days', r.signed - interval '20 days', r.signed - interval '7 days', r.signed,
          r.signed + interval '2 days', r.signed - interval '40 days', r.signed, r.signed, 1,
          case when r.method = 'direct' then 1 else r.bids end,
          case when r.flagged then array[r.flag] else '{}' end,
          case when r.flagged then jsonb_build_object(r.flag, '{}'::jsonb) else '{}' end,
          jsonb_build_object('ocid', 'ocds-mn0001-s-' || lpad(r.g::text, 7, '0'), 'id', 'compiled', 'date', r.signed,
            'tag', jsonb_build_array('compiled'), 'initiationType', 'tender',
            'buyer', jsonb_build_object('id', 'MN-SHILEN-ORG-' || r.buyer_id, 'name', r.buyer_name),
            'tender', jsonb_build_object('id', 't', 'procurementMethod', r.method, 'mainProcurementCategory', r.category,
              'value', jsonb_build_object('amount', r.value * 1.1, 'currency', 'MNT')),
            'contracts', jsonb_build_array(jsonb_build_object('id', 'c1', 'awardID', 'a1', 'dateSigned', r.signed,
              'value', jsonb_build_object('amount', r.value, 'currency', 'MNT'))))
        from rows r join legal_entities s on s.scheme = 'MN-SRN' and s.identifier = (3000000 + r.supplier)::text`);
      await tx.query(sql`
        insert into procurement_contracts (process_id, contract_id, buyer_id, supplier_id, value, original_value,
          currency, status, date_signed, award_date, published)
        select id, 'c1', buyer_id, supplier_id, contract_value, contract_value, 'MNT', 'active', date_signed, award_date,
          contract_published
        from procurement_processes where ocid between ${`ocds-mn0001-s-${String(from + 1).padStart(7, '0')}`}
          and ${`ocds-mn0001-s-${String(to).padStart(7, '0')}`}`);
    });
  }
  return `${n.toLocaleString('en-US')} synthetic processes with one contract each, inserted by SQL in ${Math.round((performance.now() - started) / 1000)} s`;
}
