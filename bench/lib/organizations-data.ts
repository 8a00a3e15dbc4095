import type { Database } from '../../src/platform/db/database.ts';
import { sql } from '../../src/platform/db/sql.ts';
import { loadRecords } from './records.ts';

/**
 * Synthetic public bodies for scale runs: the offices a Mongolian aimag or capital district really
 * has (education, health, tax, police, courts, khoroo governors, numbered schools...), named the way
 * they are named, in Mongolian and English, under the seeded governor's office of their unit.
 */
interface Unit {
  code: string;
  kind: string;
  name_mn: string;
  name_en: string;
  centre_mn: string | null;
  governor_id: number | null;
}

type Kind =
  | 'agency'
  | 'authority'
  | 'council'
  | 'committee'
  | 'local-government'
  | 'court'
  | 'state-owned-enterprise'
  | 'other';

/** Offices every unit has: Mongolian name, English name, kind, abbreviation. */
const offices: readonly [string, string, Kind, string | null][] = [
  ['Боловсролын газар', 'Education Department', 'agency', 'БГ'],
  ['Эрүүл мэндийн газар', 'Health Department', 'agency', 'ЭМГ'],
  ['Соёл, урлагийн газар', 'Culture and Arts Department', 'agency', null],
  ['Хүнс, хөдөө аж ахуйн газар', 'Food and Agriculture Department', 'agency', 'ХХААГ'],
  ['Байгаль орчин, аялал жуулчлалын газар', 'Environment and Tourism Department', 'agency', 'БОАЖГ'],
  [
    'Хөдөлмөр, халамжийн үйлчилгээний газар',
    'Labour and Social Welfare Services Department',
    'agency',
    'ХХҮГ',
  ],
  ['Нийгмийн даатгалын хэлтэс', 'Social Insurance Division', 'agency', 'НДХ'],
  ['Татварын хэлтэс', 'Tax Division', 'agency', 'ТХ'],
  ['Статистикийн хэлтэс', 'Statistics Division', 'agency', null],
  ['Газар зохион байгуулалтын алба', 'Land Administration Office', 'agency', null],
  ['Онцгой байдлын газар', 'Emergency Management Department', 'agency', 'ОБГ'],
  ['Цагдаагийн газар', 'Police Department', 'agency', null],
  ['Мэргэжлийн хяналтын газар', 'Specialized Inspection Department', 'authority', 'МХГ'],
  ['Улсын бүртгэлийн хэлтэс', 'State Registration Division', 'agency', null],
  ['Архивын тасаг', 'Archives Unit', 'agency', null],
  ['Иргэдийн Төлөөлөгчдийн Хурал', "Citizens' Representatives Khural", 'council', 'ИТХ'],
  ['Прокурорын газар', "Prosecutor's Office", 'other', null],
  ['Эрүүгийн хэргийн анхан шатны шүүх', 'Criminal Court of First Instance', 'court', null],
  ['Иргэний хэргийн анхан шатны шүүх', 'Civil Court of First Instance', 'court', null],
  ['Нэгдсэн эмнэлэг', 'General Hospital', 'other', null],
  ['Ус, сувгийн удирдах газар', 'Water Supply and Sewerage Authority', 'state-owned-enterprise', 'УСУГ'],
  ['Тохижилтын газар', 'Public Amenities Service', 'state-owned-enterprise', null],
  ['Худалдан авах ажиллагааны алба', 'Procurement Office', 'agency', null],
  ['Аудитын газар', 'Audit Office', 'authority', null],
  [
    'Хөрөнгө оруулалт, хөгжлийн бодлогын хэлтэс',
    'Investment and Development Policy Division',
    'committee',
    null,
  ],
];

/**
 * Numbered bodies, of which a unit has many: Mongolian pattern, English pattern, kind. The first
 * is the lowest tier of local government: a khoroo (хороо) in the capital's districts, a bag (баг)
 * elsewhere.
 */
const numbered: readonly [(n: number, u: Unit) => string, (n: number, u: Unit) => string, Kind][] = [
  [
    (n, u) => `${n}-р ${u.kind === 'district' ? 'хорооны' : 'багийн'} Засаг даргын Тамгын газар`,
    (n, u) => `${u.kind === 'district' ? 'Khoroo' : 'Bag'} ${n} Governor's Office`,
    'local-government',
  ],
  [(n) => `${n}-р ерөнхий боловсролын сургууль`, (n) => `General Education School No. ${n}`, 'other'],
  [(n) => `${n}-р цэцэрлэг`, (n) => `Kindergarten No. ${n}`, 'other'],
  [(n) => `${n}-р өрхийн эрүүл мэндийн төв`, (n) => `Family Health Centre No. ${n}`, 'other'],
];

function unitMn(u: Unit): string {
  if (u.kind === 'capital') return 'Нийслэлийн';
  return `${u.name_mn} ${u.kind === 'district' ? 'дүүргийн' : u.kind === 'soum' ? 'сумын' : 'аймгийн'}`;
}

function unitEn(u: Unit): string {
  if (u.kind === 'capital') return 'Capital City';
  return `${u.name_en} ${u.kind === 'district' ? 'District' : u.kind === 'soum' ? 'Soum' : 'Aimag'}`;
}

function address(u: Unit): string {
  if (u.kind === 'capital') return 'Улаанбаатар хот';
  if (u.kind === 'district') return `${u.name_mn} дүүрэг, Улаанбаатар хот`;
  return `${u.centre_mn ?? u.name_mn}, ${u.name_mn} ${u.kind === 'soum' ? 'сум' : 'аймаг'}`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The i-th synthetic body; deterministic, so two runs load the same data. */
function* organizationRows(units: readonly Unit[], n: number): Generator<unknown[]> {
  const fixed = units.length * offices.length;
  for (let i = 0; i < n; i++) {
    const u = units[i % units.length]!;
    let nameMn: string;
    let nameEn: string;
    let kind: Kind;
    let abbreviation: string | null = null;
    if (i < fixed) {
      const [mn, en, k, abbr] = offices[Math.floor(i / units.length)]!;
      nameMn = `${unitMn(u)} ${mn}`;
      nameEn = `${unitEn(u)} ${en}`;
      kind = k;
      abbreviation = abbr;
    } else {
      const j = Math.floor((i - fixed) / units.length);
      const [mn, en, k] = numbered[j % numbered.length]!;
      const number = Math.floor(j / numbered.length) + 1;
      nameMn = `${unitMn(u)} ${mn(number, u)}`;
      nameEn = `${unitEn(u)} ${en(number, u)}`;
      kind = k;
    }
    const host = `${slugify(u.name_en)}.gov.mn`;
    yield [
      `${slugify(nameEn)}-b${i}`,
      nameMn,
      nameEn,
      abbreviation,
      kind,
      u.governor_id,
      u.code,
      `https://${host}`,
      `info@${host}`,
      `+976 70${10 + (i % 90)}-${String((i * 7919) % 10000).padStart(4, '0')}`,
      address(u),
    ];
  }
}

/** Adds `n` synthetic organisations to the demo registry (0 = the demo data as it is). */
export async function loadOrganizations(db: Database, n: number): Promise<string> {
  const [{ demo }] = (await db.query<{ demo: number }>(
    sql`select count(*)::int as demo from organizations`,
  )) as [{ demo: number }];
  if (n === 0) return `the demo data: ${demo} organisations`;
  const units = await db.query<Unit>(sql`
    select u.code, u.kind, u.name_mn, u.name_en, u.centre_mn,
      (select o.id from organizations o where o.admin_unit_code = u.code and o.kind = 'local-government'
        order by o.id limit 1) as governor_id
    from admin_units u order by u.code`);
  const columns = [
    'slug',
    'name_mn',
    'name_en',
    'abbreviation',
    'kind',
    'parent_id',
    'admin_unit_code',
    'website',
    'email',
    'phone',
    'address',
  ];
  const { count, seconds } = await loadRecords(db, 'organizations', columns, organizationRows(units, n));
  return `the demo data (${demo} organisations) + ${count} synthetic organisations loaded through copyInto in ${seconds.toFixed(1)} s`;
}
