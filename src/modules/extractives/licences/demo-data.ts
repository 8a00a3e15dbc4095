/**
 * What the licence register's demo is made of: real company names of Mongolia's resource sector,
 * and words to make up the names of smaller holders and of areas. Numbers, dates, shares and
 * polygons are made up (deterministically); none is a real licence's.
 */

/** Holders named in the demo, with the aimag and kind of their flagship licences. */
export const KNOWN_HOLDERS = {
  ot: { name: 'Oyu Tolgoi LLC', kind: 'company' },
  ett: { name: 'Erdenes Tavan Tolgoi JSC', kind: 'state-owned-enterprise' },
  er: { name: 'Energy Resources LLC', kind: 'company' },
  mak: { name: 'Mongolyn Alt (MAK) Corporation', kind: 'company' },
  pm: { name: 'Petro Matad LLC', kind: 'company' },
  daqing: { name: 'PetroChina Daqing Tamsag LLC', kind: 'foreign-company' },
  erdenet: { name: 'Erdenet Mining Corporation', kind: 'state-owned-enterprise' },
  boroo: { name: 'Boroo Gold LLC', kind: 'company' },
  sgs: { name: 'South Gobi Sands LLC', kind: 'company' },
  em: { name: 'Erdenes Mongol LLC', kind: 'state-owned-enterprise' },
} as const;

/** Flagship licences: [holder, kind, number, name mn, name en, lat, lon, half side in degrees, commodities]. */
export const FLAGSHIPS: readonly [
  keyof typeof KNOWN_HOLDERS,
  string,
  string,
  string,
  string,
  number,
  number,
  number,
  string[],
][] = [
  [
    'ot',
    'mining',
    'MV-006709',
    'Оюу толгой',
    'Oyu Tolgoi',
    43.01,
    106.86,
    0.06,
    ['copper', 'gold', 'silver'],
  ],
  ['ot', 'mining', 'MV-006710', 'Хюго Даммет', 'Hugo Dummett', 43.1, 106.87, 0.04, ['copper', 'gold']],
  ['ett', 'mining', 'MV-011952', 'Таван толгой', 'Tavan Tolgoi', 43.6, 105.5, 0.07, ['coking coal']],
  ['er', 'mining', 'MV-011953', 'Ухаа худаг', 'Ukhaa Khudag', 43.66, 105.39, 0.04, ['coking coal']],
  ['mak', 'mining', 'MV-000431', 'Наран', 'Naran', 45.75, 108.3, 0.05, ['coal']],
  [
    'erdenet',
    'mining',
    'MV-000001',
    'Эрдэнэтийн овоо',
    'Erdenetiin Ovoo',
    49.04,
    104.07,
    0.06,
    ['copper', 'molybdenum'],
  ],
  ['boroo', 'mining', 'MV-000160', 'Бороо', 'Boroo', 48.74, 106.17, 0.04, ['gold']],
  ['sgs', 'mining', 'MV-012045', 'Овоот толгой', 'Ovoot Tolgoi', 43.0, 101.18, 0.05, ['coal']],
  ['pm', 'petroleum-psc-block', 'IV', 'IV талбай', 'Block IV', 45.4, 107.3, 0.8, ['crude oil']],
  ['pm', 'petroleum-psc-block', 'V', 'V талбай', 'Block V', 44.2, 104.4, 0.8, ['crude oil']],
  ['pm', 'petroleum-psc-block', 'XX', 'XX талбай', 'Block XX', 46.9, 115.6, 0.5, ['crude oil']],
  [
    'daqing',
    'petroleum-psc-block',
    'XIX',
    'XIX талбай, Тамсаг',
    'Block XIX, Tamsag',
    47.45,
    116.6,
    0.3,
    ['crude oil'],
  ],
  ['daqing', 'petroleum-psc-block', 'XXI', 'XXI талбай', 'Block XXI', 47.0, 117.1, 0.25, ['crude oil']],
  ['daqing', 'petroleum-psc-block', 'XXII', 'XXII талбай', 'Block XXII', 44.4, 110.9, 0.5, ['crude oil']],
];

/** Parts of the made-up names of smaller holders and of areas (Mongolian words in Latin and Cyrillic). */
export const NAME_PARTS: readonly [string, string][] = [
  ['Altan', 'Алтан'],
  ['Mönkh', 'Мөнх'],
  ['Khangai', 'Хангай'],
  ['Tsagaan', 'Цагаан'],
  ['Khar', 'Хар'],
  ['Ulaan', 'Улаан'],
  ['Shar', 'Шар'],
  ['Bor', 'Бор'],
  ['Khüren', 'Хүрэн'],
  ['Nogoon', 'Ногоон'],
  ['Erdene', 'Эрдэнэ'],
  ['Tömör', 'Төмөр'],
];
export const PLACE_WORDS: readonly [string, string][] = [
  ['Tolgoi', 'толгой'],
  ['Khudag', 'худаг'],
  ['Uul', 'уул'],
  ['Ovoo', 'овоо'],
  ['Gol', 'гол'],
  ['Nuur', 'нуур'],
  ['Khöndii', 'хөндий'],
  ['Els', 'элс'],
];
export const COMPANY_WORDS = ['Resources', 'Mining', 'Exploration', 'Gold', 'Minerals', 'Trade'];

/** Commodities of exploration and mining licences, with how often they come up. */
export const COMMODITIES: readonly [string[], number][] = [
  [['gold'], 30],
  [['copper', 'gold'], 12],
  [['coal'], 20],
  [['fluorspar'], 8],
  [['iron ore'], 8],
  [['zinc', 'lead'], 5],
  [['uranium'], 3],
  [['tungsten'], 3],
  [['construction materials'], 11],
];
