import type { CountryPack } from '../../country/index.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { refreshFlagsOfBuyers } from './flags-refresh.ts';
import { buildReleases, type ProcessSpec, type SupplierSpec } from './ocds/build.ts';
import { indexProcesses } from './search.ts';
import { storeReleases } from './store.ts';

/**
 * Demo data that reads like a year (2025) of Mongolian public procurement: ministries and aimag
 * governors' offices buying school repairs, roads, medicines, coal and services from
 * limited-liability companies, mostly by open tender. Deterministic (a seeded generator) and
 * idempotent (releases are keyed by id). A few processes are built to show each red flag.
 */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firms = [
  'Номин',
  'Мон',
  'Хан',
  'Алтан',
  'Тэнгэр',
  'Эрдэнэ',
  'Сүлд',
  'Бадрах',
  'Оргил',
  'Гэрэлт',
  'Хөх',
  'Төгс',
  'Өлзий',
  'Жаргалант',
  'Шинэ',
  'Их',
  'Түмэн',
  'Цагаан',
  'Дархан',
  'Энх',
];
const trades = [
  'Трейд',
  'Билд',
  'Констракшн',
  'Инженеринг',
  'Фарм',
  'Технологи',
  'Түлш',
  'Зам',
  'Сервис',
  'Групп',
];
const works = [
  'сургуулийн барилгын их засвар',
  'цэцэрлэгийн өргөтгөл',
  'авто замын засвар',
  'эрүүл мэндийн төвийн барилга',
  'гүүрийн засвар',
  'дулаан хангамжийн шугам сүлжээ',
];
const goods = [
  'эм, эмнэлгийн хэрэгсэл',
  'компьютер, дагалдах хэрэгсэл',
  'нүүрс, түлш',
  'сургуулийн тавилга',
  'түргэн тусламжийн автомашин',
  'хүүхдийн хоол хүнс',
];
const services = [
  'хог тээвэрлэлт',
  'харуул хамгаалалт',
  'цэвэрлэгээний үйлчилгээ',
  'программ хангамжийн засвар үйлчилгээ',
  'аудитын үйлчилгээ',
];

const iso = (day: number, hour = 10) =>
  new Date(Date.UTC(2025, 0, 1 + day, hour, 0, 0)).toISOString().replace('.000Z', 'Z');

export function demoSuppliers(): SupplierSpec[] {
  const out: SupplierSpec[] = [];
  const rnd = random(7);
  for (const f of firms)
    for (const tr of trades.slice(0, 6)) {
      const year = 2005 + Math.floor(rnd() * 19);
      out.push({
        register: String(2_000_000 + out.length * 7919),
        name: `${f} ${tr} ХХК`,
        registered: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`,
      });
    }
  return out;
}

export function demoSpecs(country: CountryPack, count = 800): ProcessSpec[] {
  const rnd = random(2025);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const buyers = country.organizations.filter(
    (o) => o.kind === 'ministry' || (o.kind === 'local-government' && o.slug.startsWith('governor-')),
  );
  const suppliers = demoSuppliers();
  const prefix = process.env.SHILEN_OCID_PREFIX || country.procurement.ocidPrefix;
  const specs: ProcessSpec[] = [];
  for (let i = 0; i < count; i++) {
    const buyer = pick(buyers);
    const category = rnd() < 0.35 ? 'works' : rnd() < 0.6 ? 'goods' : 'services';
    const subject = pick(category === 'works' ? works : category === 'goods' ? goods : services);
    const r = rnd();
    const method = r < 0.58 ? 'open' : r < 0.83 ? 'limited' : r < 0.95 ? 'direct' : 'selective';
    const value = Math.round(Math.exp(Math.log(5e6) + rnd() * (Math.log(4e9) - Math.log(5e6))) / 1000) * 1000;
    const start = Math.floor(rnd() * 300);
    const days = method === 'open' ? 21 + Math.floor(rnd() * 20) : 7 + Math.floor(rnd() * 10);
    const bidders = method === 'direct' ? 1 : 1 + Math.floor(rnd() * 5);
    const chosen = new Set<number>();
    while (chosen.size < bidders) chosen.add(Math.floor(rnd() * suppliers.length));
    const bids = [...chosen].map((s) => ({
      supplier: suppliers[s]!,
      amount: Math.round((value * (0.82 + rnd() * 0.2)) / 1000) * 1000,
      date: iso(start + days - 1 - Math.floor(rnd() * 3), 9),
      status: 'valid' as const,
    }));
    const lowest = bids.reduce((m, b, k) => (b.amount < bids[m]!.amount ? k : m), 0);
    const awarded = rnd() < 0.9;
    const signed = start + days + 14 + Math.floor(rnd() * 10);
    const paid = rnd() < 0.6 && signed < 330;
    const contractValue = bids[lowest]!.amount;
    specs.push({
      ocid: `${prefix}-2025-${String(i + 1).padStart(5, '0')}`,
      buyer: { slug: buyer.slug, name: buyer.nameMn },
      title: `${buyer.nameMn.replace(/ (аймгийн|Засаг даргын).*$/, '')} — ${subject}`,
      method,
      category,
      tenderStart: iso(start),
      tenderEnd: iso(start + days),
      tenderValue: value,
      bids,
      ...(awarded
        ? {
            winner: lowest,
            awardDate: iso(start + days + 7),
            dateSigned: iso(signed),
            contractValue,
            contractEnd: iso(signed + 120),
            ...(rnd() < 0.08
              ? {
                  amendments: [
                    {
                      date: iso(signed + 60),
                      value: Math.round(contractValue * 1.3),
                      rationale: 'Нэмэлт ажил',
                    },
                  ],
                }
              : {}),
            ...(paid
              ? {
                  payments: [
                    { date: iso(signed + 30), amount: Math.round(contractValue * 0.3) },
                    { date: iso(Math.min(364, signed + 100)), amount: Math.round(contractValue * 0.7) },
                  ],
                }
              : {}),
          }
        : {}),
    });
  }
  // Three contracts just under the disclosure threshold to one supplier within two months.
  const split = suppliers[3]!;
  for (let k = 0; k < 3; k++) {
    const day = 200 + k * 20;
    specs.push({
      ocid: `${prefix}-2025-9000${k + 1}`,
      buyer: { slug: 'governor-darkhan-uul', name: 'Дархан-Уул аймгийн Засаг даргын Тамгын газар' },
      title: `Дархан-Уул — сургуулийн барилгын их засвар, ${k + 1}-р хэсэг`,
      method: 'limited',
      category: 'works',
      tenderStart: iso(day),
      tenderEnd: iso(day + 8),
      tenderValue: 79_000_000,
      bids: [{ supplier: split, amount: 78_500_000 - k * 1_000_000, date: iso(day + 5) }],
      winner: 0,
      awardDate: iso(day + 10),
      dateSigned: iso(day + 12),
    });
  }
  return specs;
}

export async function loadProcurementDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const specs = demoSpecs(ctx.country);
  const releases = specs.flatMap((s) => buildReleases(s, ctx.country));
  const actor = systemActor('demo');
  let added = 0;
  await ctx.db.transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < releases.length; i += 1000) {
      // Releases of a process are stored in date order across batches: a process's releases are consecutive.
      const stored = await storeReleases(
        tx,
        releases.slice(i, i + 1000).map((release, k) => ({ release, where: `demo[${i + k}]` })),
        { publishedBy: actor.label, now: new Date(Date.UTC(2025, 11, 31)), country: ctx.country },
      );
      added += stored.added;
      ids.push(...stored.processIds);
    }
    await indexProcesses(tx, [...new Set(ids)]);
    await refreshFlagsOfBuyers(tx, ctx.country, 'all');
    // The demo is loaded at once, but a real year was published day by day: most contracts within
    // a few days of signing, about one in eight weeks late (deterministic, from the OCID).
    await tx.query(sql`
      with delay as (
        select p.id, case when abs(hashtext(p.ocid)) % 8 = 0 then 15 + abs(hashtext(p.ocid)) % 40
                          else abs(hashtext(p.ocid)) % 5 end as days
        from procurement_processes p where p.date_signed is not null and p.ocid like ${`${ctx.country.procurement.ocidPrefix}-2025-%`})
      update procurement_contracts c set published = c.date_signed + make_interval(days => d.days)
      from delay d where c.process_id = d.id`);
    await tx.query(sql`
      update procurement_processes p set contract_published = c.published
      from procurement_contracts c where c.process_id = p.id and p.ocid like ${`${ctx.country.procurement.ocidPrefix}-2025-%`}`);
    // Spending the glass account knows of with no contract published: the disclosure view's "missing".
    const [buyer] = await tx.query<{ id: number }>(
      sql`select id from organizations where slug = 'governor-khovd'`,
    );
    if (buyer) {
      await tx.query(sql`
        insert into procurement_known_spending (buyer_id, source, reference, amount, currency, date)
        values (${buyer.id}, 'payment', 'GA-2025-118', 145000000, ${ctx.country.currency}, '2025-09-12'),
               (${buyer.id}, 'budget-line', 'BL-2025-07-311', 96000000, ${ctx.country.currency}, '2025-07-01')
        on conflict do nothing`);
    }
  });
  return { releases: added, processes: specs.length };
}
