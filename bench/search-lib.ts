/**
 * Synthetic search documents for bench/search.ts: the records the registers will hold (tenders,
 * contracts, mining licences, budget lines, projects, petitions), named the way they are named, in
 * Mongolian and English, from combinable parts. The same count always gives the same rows.
 */
import { countryPackFor } from '../src/country/index.ts';
import { matchKey, transliterate } from '../src/platform/search/transliterate.ts';

/** A piece of text with its match key, so a document's key is its parts' keys joined (checked in `verifyKeys`). */
interface Part {
  mn: string;
  en: string;
  keyMn: string;
  keyEn: string;
}

/** Match keys of every text piece made so far: a piece is keyed once, and the vocabulary is their words. */
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = matchKey(text);
    keys.set(text, key);
  }
  return key;
}
/** Numbers and codes (2009/17, 12345) vary per document: their key is their digits, without the cache. */
const digitsKey = (text: string) =>
  text
    .split(/[^0-9]+/)
    .filter(Boolean)
    .join(' ');

const part = (mn: string, en: string): Part => ({ mn, en, keyMn: keyOf(mn), keyEn: keyOf(en) });
const parts = (list: readonly (readonly [string, string])[]) => list.map(([mn, en]) => part(mn, en));

/** The benchmark's records are Mongolia's. */
const countryPack = countryPackFor('mn');
const aimags = countryPack.adminUnits.filter((u) => u.kind === 'aimag' || u.kind === 'capital');
const places = aimags.map((u) => ({ code: u.code, ...part(u.nameMn, u.nameEn) }));

const words = (list: string) => list.trim().split(/\s+/);
const prefixes = words('Алтан Хан Мөнх Их Шинэ Хөх Цагаан Хар Улаан Есөн Тэнгэр Өндөр');
const stems = words('Говь Тал Уул Од Гэрэл Зам Хүчин Бүтээл Хөгжил Ирээдүй Суварга');
const suffixes = words('Групп Трейд Констракшн Майнинг Инвест Сервис Энержи Тех');
const famous = parts([
  ['Оюу Толгой', 'Oyu Tolgoi'],
  ['Эрдэнэс Таван толгой', 'Erdenes Tavan Tolgoi'],
  ['Эрдэнэт үйлдвэр', 'Erdenet Mining Corporation'],
  ['Монголросцветмет', 'Mongolrostsvetmet'],
  ['Багануурын уурхай', 'Baganuur Mine'],
  ['Шивээ-Овоо', 'Shivee-Ovoo'],
  ['Бороо Гоулд', 'Boroo Gold'],
  ['Энержи Ресурс', 'Energy Resources'],
]);
const companies: Part[] = [
  ...famous,
  ...prefixes.flatMap((p) =>
    stems.flatMap((s) => suffixes.map((x) => part(`${p} ${s} ${x}`, transliterate(`${p} ${s} ${x}`)))),
  ),
];

const works = parts([
  ['авто замын засвар', 'road repair'],
  ['ерөнхий боловсролын сургуулийн барилга', 'school building'],
  ['эмнэлгийн тоног төхөөрөмж', 'hospital equipment'],
  ['цэцэрлэгийн барилга', 'kindergarten building'],
  ['гүний худгийн засвар', 'deep well repair'],
  ['төмөр бетон гүүрийн барилга', 'reinforced concrete bridge'],
  ['цахилгаан дамжуулах шугам', 'power transmission line'],
  ['дулааны шугам сүлжээ', 'heating network'],
  ['ундны ус хангамж', 'drinking water supply'],
  ['хог хаягдлын төвлөрсөн цэг', 'central waste site'],
  ['спорт заалны барилга', 'sports hall building'],
  ['соёлын төвийн их засвар', 'culture centre renovation'],
  ['малын эмнэлгийн үйлчилгээ', 'veterinary services'],
  ['сургуулийн сурагчдын өдрийн хоол', 'school lunch programme'],
]);
const minerals = parts([
  ['зэс', 'copper'],
  ['алт', 'gold'],
  ['нүүрс', 'coal'],
  ['төмрийн хүдэр', 'iron ore'],
  ['жонш', 'fluorspar'],
  ['уран', 'uranium'],
  ['молибден', 'molybdenum'],
  ['цайр', 'zinc'],
]);
const funds = parts([
  ['улсын төсөв', 'the state budget'],
  ['орон нутгийн хөгжлийн сан', 'the local development fund'],
  ['Азийн хөгжлийн банкны зээл', 'an Asian Development Bank loan'],
  ['Дэлхийн банкны төсөл', 'a World Bank project'],
  ['Японы засгийн газрын буцалтгүй тусламж', 'a grant of the Government of Japan'],
]);
const topics = parts([
  ['гудамжны гэрэлтүүлэг', 'street lighting'],
  ['агаарын бохирдол', 'air pollution'],
  ['газар олголт', 'land allocation'],
  ['цэцэрлэгийн хүртээмж', 'kindergarten places'],
  ['нийтийн тээвэр', 'public transport'],
]);

/** Pieces of local place names (bags, valleys, springs): three make a name, so the vocabulary is tens of thousands of words, as real records give. */
const syllables = words(`
  Баян Цагаан Хар Улаан Хөх Шар Их Бага Нуур Уул Гол Булаг Тал Өндөр Дэлгэр Хайрхан Мөрөн Тээл Бор
  Алтан Мөнгөн Тосон Өлзий Жаргалант Хангай Эрдэнэ Дэл Хүрэн Ногоон Зүүн Баруун Дунд Хоолой Ус Овоо
  Шанд Тохой Сайр Бургас Хясаа`);

const bags = new Map<number, Part>();
function bagName(picks: number[]): Part {
  const id = picks.reduce((a, b) => a * syllables.length + b, 0);
  let bag = bags.get(id);
  if (!bag) {
    const local = picks
      .map((i) => syllables[i])
      .join('')
      .toLowerCase();
    const name = local[0]!.toUpperCase() + local.slice(1);
    bag = part(`${name} багт`, `in ${transliterate(name)} bag`);
    bags.set(id, bag);
  }
  return bag;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

export const COLUMNS = [
  'module',
  'kind',
  'key',
  'title_mn',
  'title_en',
  'body_mn',
  'body_en',
  'url',
  'organization_id',
  'admin_unit_code',
  'year',
  'restricted_action',
  'title_key',
  'body_key',
] as const;

type Built = { mn: string; en: string; keyMn: string; keyEn: string };
/** Joins parts and plain strings (numbers, codes) into text and key alike. */
function compose(pieces: readonly (Part | string | readonly [string, string])[]): Built {
  const out = { mn: [] as string[], en: [] as string[], keyMn: [] as string[], keyEn: [] as string[] };
  for (const p of pieces) {
    const [mn, en, keyMn, keyEn] =
      typeof p === 'string'
        ? [p, p, digitsKey(p), digitsKey(p)]
        : Array.isArray(p)
          ? [p[0], p[1], keyOf(p[0]), keyOf(p[1])]
          : [(p as Part).mn, (p as Part).en, (p as Part).keyMn, (p as Part).keyEn];
    out.mn.push(mn);
    out.en.push(en);
    if (keyMn) out.keyMn.push(keyMn);
    if (keyEn) out.keyEn.push(keyEn);
  }
  return {
    mn: out.mn.join(' '),
    en: out.en.join(' '),
    keyMn: out.keyMn.join(' '),
    keyEn: out.keyEn.join(' '),
  };
}

/** One document as a COPY row, in COLUMNS order. */
export function documentRow(n: number, organizationIds: readonly number[]): unknown[] {
  const r = random(n * 7919 + 17);
  const place = r.pick(places);
  const company = r.pick(companies);
  const work = r.pick(works);
  const year = 2008 + Math.floor(r.next() * 17);
  const number = `${year}/${(n % 997) + 1}`;
  const aimag = [`${place.mn} аймгийн`, `${place.en} aimag`] as const;
  const fund = r.pick(funds);
  const bag = bagName([r.next(), r.next(), r.next()].map((x) => Math.floor(x * syllables.length)));
  let module: string;
  let kind: string;
  let title: Built;
  let body: Built;
  switch (n % 6) {
    case 0:
      [module, kind] = ['procurement', 'tender'];
      title = compose([aimag, work, ['худалдан авах тендер', 'procurement tender'], number]);
      body = compose([['Санхүүжилт:', 'Funded by'], fund, ['Захиалагч:', 'Buyer:'], aimag, bag]);
      break;
    case 1:
      [module, kind] = ['procurement', 'contract'];
      title = compose([
        company,
        ['ХХК-тай байгуулсан', 'LLC contract for'],
        work,
        ['гэрээ №', 'No.'],
        number,
      ]);
      body = compose([
        aimag,
        bag,
        work,
        ['Гүйцэтгэгч', 'Supplier'],
        company,
        ['Санхүүжилт:', 'Funded by'],
        fund,
      ]);
      break;
    case 2: {
      [module, kind] = ['extractives', 'licence'];
      const mineral = r.pick(minerals);
      title = compose([
        company,
        ['ХХК-ийн', 'LLC'],
        mineral,
        ['ашиглалтын тусгай зөвшөөрөл', 'mining licence'],
        { mn: `MV-${n}`, en: `MV-${n}`, keyMn: `mb ${n}`, keyEn: `mb ${n}` },
      ]);
      body = compose([
        aimag,
        bag,
        mineral,
        ['ордын талбай', 'deposit area'],
        `${1 + (n % 900)}`,
        ['га', 'ha'],
      ]);
      break;
    }
    case 3:
      [module, kind] = ['fiscal', 'budget-line'];
      title = compose([
        aimag,
        ['Засаг даргын Тамгын газрын', "Governor's Office"],
        `${year}`,
        ['оны төсвийн гүйцэтгэл', 'budget execution'],
      ]);
      body = compose([work, ['зардал', 'spending'], fund, bag]);
      break;
    case 4:
      [module, kind] = ['projects', 'project'];
      title = compose([work, ['төсөл', 'project'], aimag]);
      body = compose([['Хэрэгжүүлэгч', 'Implemented by'], company, ['Санхүүжилт:', 'Funded by'], fund, bag]);
      break;
    default:
      [module, kind] = ['feedback', 'petition'];
      title = compose([
        aimag,
        ['иргэдийн', "citizens' petition on"],
        r.pick(topics),
        ['талаарх өргөдөл', ''],
      ]);
      body = compose([
        bag,
        ['Хариуцагч', 'Responsible body'],
        aimag,
        ['Засаг даргын Тамгын газар', "Governor's Office"],
      ]);
  }
  const restricted = kind === 'petition' && n % 5 === 0 ? 'organizations.update' : null;
  return [
    module,
    kind,
    String(n),
    title.mn,
    title.en || title.mn,
    body.mn,
    body.en,
    `/${module}/${kind}/${n}`,
    r.pick(organizationIds),
    place.code,
    year,
    restricted,
    `${title.keyMn} ${title.keyEn}`.trim(),
    `${body.keyMn} ${body.keyEn}`.trim(),
  ];
}

export function* documentRows(count: number, organizationIds: readonly number[]): Generator<unknown[]> {
  for (let n = 1; n <= count; n++) yield documentRow(n, organizationIds);
}

/** Every word (3 letters or more) of every text piece the documents were made of: what indexing adds to `search_words`. */
export function vocabularyWords(): string[] {
  const words = new Set<string>();
  for (const key of keys.values()) for (const w of key.split(' ')) if (/^[a-z]{3,}$/.test(w)) words.add(w);
  return [...words].sort();
}

/** Throws unless the composed keys are exactly what indexing computes from the whole text. */
export function verifyKeys(sample: number, organizationIds: readonly number[]): void {
  for (let n = 1; n <= sample; n++) {
    const row = documentRow(n, organizationIds) as string[];
    const [titleMn, titleEn, bodyMn, bodyEn, titleKey, bodyKey] = [3, 4, 5, 6, 12, 13].map((i) => row[i]!);
    if (matchKey(`${titleMn} ${titleEn}`) !== titleKey || matchKey(`${bodyMn} ${bodyEn}`) !== bodyKey)
      throw new Error(`document ${n}: composed keys differ from matchKey`);
  }
}
