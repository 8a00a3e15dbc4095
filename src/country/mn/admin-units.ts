// Administrative units of Mongolia: the capital Ulaanbaatar, its 9 districts (дүүрэг) and the 21 aimags.
//
// Soums (сум) are deliberately left out of this file. A list of soum codes exists in public code
// (see below), but the soum centres' coordinates could not be verified one by one, and this file only
// holds facts that were checked. Soums can be added later from the NSO classification together with
// verified centre coordinates.
//
// Sources (checked through the project's search tool):
// - Aimag and capital codes: National Statistics Office of Mongolia (Үндэсний статистикийн хороо, ҮСХ),
//   NADA microdata catalogue, variable "aimag" with the values 11 Улаанбаатар, 21 Дорнод, 22 Сүхбаатар,
//   23 Хэнтий, 41 Төв, 42 Говьсүмбэр, 43 Сэлэнгэ, 44 Дорноговь, 45 Дархан-Уул, 46 Өмнөговь,
//   48 Дундговь, 61 Орхон, 62 Өвөрхангай, 63 Булган, 64 Баянхонгор, 65 Архангай, 67 Хөвсгөл,
//   81 Завхан, 82 Говь-Алтай, 83 Баян-Өлгий, 84 Ховд, 85 Увс
//   (https://nada.nso.mn/mn/index.php/catalog/40/variable/F3/V423?name=AD).
// - District codes (4 digits, the aimag/capital code followed by two digits): the NSO classification as
//   copied in the public repository otntgr-school/royal_hr (apps/core/migrations/helper/unit1.py and
//   unit2.py): 1101 Багануур, 1104 Багахангай, 1107 Баянгол, 1110 Баянзүрх, 1113 Налайх,
//   1116 Сонгинохайрхан, 1119 Сүхбаатар, 1122 Хан-Уул, 1125 Чингэлтэй. That file's aimag codes agree
//   with the NSO catalogue above. The district codes were found in this one (non-official) copy only;
//   NOT cross-checked against an NSO publication.
// - ISO 3166-2:MN codes: the ISO 3166-2:MN table as published on Wikipedia
//   (https://en.wikipedia.org/wiki/ISO_3166-2:MN), agreeing with weMail/wemail i18n/countries/states/MN.php.
// - Aimag centre coordinates: the countries-states-cities database as copied in bahaha/waritally
//   (internal/infra/db/migrations/geo/data/001_mn_data.sql), rounded to 4 decimals; Sainshand
//   (44°53′30″N 110°08′12″E) and Chinggis City (47°19′26″N 110°39′42″E) from encyclopedia pages
//   (perceptiode.com mirrors of Wikipedia), since they are missing from that database.
// - Ulaanbaatar: 47°55′13″N 106°55′02″E (Wikipedia infobox, which also gives ISO 3166-2 MN-1).
// - Baganuur 47°47′02″N 108°22′20″E and Nalaikh 47°46′21″N 107°15′13″E (Wikipedia infoboxes);
//   Bagakhangai: coordinates of Bagakhangai railway station, 47°21′10″N 107°29′05″E, used for the town.
// - Bayangol (47°55′N 106°55′E) and Songinokhairkhan (47°56′N 106°48′E) come from Wikipedia with only
//   arc-minute precision (Bayangol's is simply the city's coordinate).
// - UNVERIFIED: the coordinates of the Bayanzürkh, Sükhbaatar, Khan-Uul and Chingeltei districts could not
//   be found in any source; they are approximate points inside the city for those districts and are marked
//   below. Do not use them for anything that needs accuracy.
//
// Khentii's centre, formerly Öndörkhaan (Өндөрхаан), was renamed Chinggis City (Чингис хот) in 2013.
// Several aimag centres are officially soums with another name (Mandalgovi = Сайнцагаан сум, Choir =
// Сүмбэр сум, Öndörkhaan/Chinggis = Хэрлэн сум); the common town names are used here.

export interface AdminUnitSeed {
  /** Official NSO code: 2 digits for the capital and aimags, 4 digits for districts and soums. Unique. */
  code: string;
  kind: 'capital' | 'aimag' | 'district' | 'soum';
  /** District or soum: the code of its capital or aimag. */
  parentCode: string | null;
  /** Official name in Mongolian Cyrillic, e.g. 'Архангай'. */
  nameMn: string;
  /** Common English transliteration, e.g. 'Arkhangai'. */
  nameEn: string;
  /** Administrative centre (aimag centre town), Mongolian. */
  centreMn: string | null;
  centreEn: string | null;
  /** Coordinates of the centre, WGS84, 4 decimals. */
  lat: number;
  lon: number;
  /** ISO 3166-2:MN code, for the capital and aimags only. */
  iso3166_2?: string;
}

export const adminUnits: readonly AdminUnitSeed[] = [
  // The capital
  {
    code: '11',
    kind: 'capital',
    parentCode: null,
    nameMn: 'Улаанбаатар',
    nameEn: 'Ulaanbaatar',
    centreMn: 'Улаанбаатар',
    centreEn: 'Ulaanbaatar',
    lat: 47.9203,
    lon: 106.9172,
    iso3166_2: 'MN-1',
  },

  // The 9 districts of Ulaanbaatar
  {
    code: '1101',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Багануур',
    nameEn: 'Baganuur',
    centreMn: 'Багануур',
    centreEn: 'Baganuur',
    lat: 47.7839,
    lon: 108.3722,
  },
  {
    code: '1104',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Багахангай',
    nameEn: 'Bagakhangai',
    centreMn: 'Багахангай',
    centreEn: 'Bagakhangai',
    // Railway station of the town; approximate for the district centre.
    lat: 47.3528,
    lon: 107.4847,
  },
  {
    code: '1107',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Баянгол',
    nameEn: 'Bayangol',
    centreMn: null,
    centreEn: null,
    // Arc-minute precision only (the city's coordinate).
    lat: 47.9167,
    lon: 106.9167,
  },
  {
    code: '1110',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Баянзүрх',
    nameEn: 'Bayanzürkh',
    centreMn: null,
    centreEn: null,
    // UNVERIFIED approximate point in the east of the city.
    lat: 47.915,
    lon: 106.96,
  },
  {
    code: '1113',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Налайх',
    nameEn: 'Nalaikh',
    centreMn: 'Налайх',
    centreEn: 'Nalaikh',
    lat: 47.7725,
    lon: 107.2536,
  },
  {
    code: '1116',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Сонгинохайрхан',
    nameEn: 'Songinokhairkhan',
    centreMn: null,
    centreEn: null,
    // Arc-minute precision only.
    lat: 47.9333,
    lon: 106.8,
  },
  {
    code: '1119',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Сүхбаатар',
    nameEn: 'Sükhbaatar',
    centreMn: null,
    centreEn: null,
    // UNVERIFIED approximate point in the city centre.
    lat: 47.92,
    lon: 106.92,
  },
  {
    code: '1122',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Хан-Уул',
    nameEn: 'Khan-Uul',
    centreMn: null,
    centreEn: null,
    // UNVERIFIED approximate point in the south-west of the city.
    lat: 47.89,
    lon: 106.9,
  },
  {
    code: '1125',
    kind: 'district',
    parentCode: '11',
    nameMn: 'Чингэлтэй',
    nameEn: 'Chingeltei',
    centreMn: null,
    centreEn: null,
    // UNVERIFIED approximate point in the north of the city centre.
    lat: 47.93,
    lon: 106.91,
  },

  // The 21 aimags, in NSO code order
  {
    code: '21',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Дорнод',
    nameEn: 'Dornod',
    centreMn: 'Чойбалсан',
    centreEn: 'Choibalsan',
    lat: 48.0726,
    lon: 114.5326,
    iso3166_2: 'MN-061',
  },
  {
    code: '22',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Сүхбаатар',
    nameEn: 'Sükhbaatar',
    centreMn: 'Баруун-Урт',
    centreEn: 'Baruun-Urt',
    lat: 46.6806,
    lon: 113.2792,
    iso3166_2: 'MN-051',
  },
  {
    code: '23',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Хэнтий',
    nameEn: 'Khentii',
    centreMn: 'Чингис хот',
    centreEn: 'Chinggis City',
    lat: 47.3239,
    lon: 110.6617,
    iso3166_2: 'MN-039',
  },
  {
    code: '41',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Төв',
    nameEn: 'Töv',
    centreMn: 'Зуунмод',
    centreEn: 'Zuunmod',
    lat: 47.7069,
    lon: 106.9528,
    iso3166_2: 'MN-047',
  },
  {
    code: '42',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Говьсүмбэр',
    nameEn: 'Govisümber',
    centreMn: 'Чойр',
    centreEn: 'Choir',
    lat: 46.3611,
    lon: 108.3611,
    iso3166_2: 'MN-064',
  },
  {
    code: '43',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Сэлэнгэ',
    nameEn: 'Selenge',
    centreMn: 'Сүхбаатар',
    centreEn: 'Sükhbaatar',
    lat: 50.2314,
    lon: 106.2078,
    iso3166_2: 'MN-049',
  },
  {
    code: '44',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Дорноговь',
    nameEn: 'Dornogovi',
    centreMn: 'Сайншанд',
    centreEn: 'Sainshand',
    lat: 44.8917,
    lon: 110.1367,
    iso3166_2: 'MN-063',
  },
  {
    code: '45',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Дархан-Уул',
    nameEn: 'Darkhan-Uul',
    centreMn: 'Дархан',
    centreEn: 'Darkhan',
    lat: 49.4867,
    lon: 105.9228,
    iso3166_2: 'MN-037',
  },
  {
    code: '46',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Өмнөговь',
    nameEn: 'Ömnögovi',
    centreMn: 'Даланзадгад',
    centreEn: 'Dalanzadgad',
    lat: 43.5708,
    lon: 104.425,
    iso3166_2: 'MN-053',
  },
  {
    code: '48',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Дундговь',
    nameEn: 'Dundgovi',
    centreMn: 'Мандалговь',
    centreEn: 'Mandalgovi',
    lat: 45.7625,
    lon: 106.2708,
    iso3166_2: 'MN-059',
  },
  {
    code: '61',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Орхон',
    nameEn: 'Orkhon',
    centreMn: 'Эрдэнэт',
    centreEn: 'Erdenet',
    lat: 49.0333,
    lon: 104.0833,
    iso3166_2: 'MN-035',
  },
  {
    code: '62',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Өвөрхангай',
    nameEn: 'Övörkhangai',
    centreMn: 'Арвайхээр',
    centreEn: 'Arvaikheer',
    lat: 46.2639,
    lon: 102.775,
    iso3166_2: 'MN-055',
  },
  {
    code: '63',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Булган',
    nameEn: 'Bulgan',
    centreMn: 'Булган',
    centreEn: 'Bulgan',
    lat: 48.8125,
    lon: 103.5347,
    iso3166_2: 'MN-067',
  },
  {
    code: '64',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Баянхонгор',
    nameEn: 'Bayankhongor',
    centreMn: 'Баянхонгор',
    centreEn: 'Bayankhongor',
    lat: 46.1944,
    lon: 100.7181,
    iso3166_2: 'MN-069',
  },
  {
    code: '65',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Архангай',
    nameEn: 'Arkhangai',
    centreMn: 'Цэцэрлэг',
    centreEn: 'Tsetserleg',
    lat: 47.475,
    lon: 101.4542,
    iso3166_2: 'MN-073',
  },
  {
    code: '67',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Хөвсгөл',
    nameEn: 'Khövsgöl',
    centreMn: 'Мөрөн',
    centreEn: 'Mörön',
    lat: 49.6342,
    lon: 100.1625,
    iso3166_2: 'MN-041',
  },
  {
    code: '81',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Завхан',
    nameEn: 'Zavkhan',
    centreMn: 'Улиастай',
    centreEn: 'Uliastai',
    lat: 47.7417,
    lon: 96.8444,
    iso3166_2: 'MN-057',
  },
  {
    code: '82',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Говь-Алтай',
    nameEn: 'Govi-Altai',
    centreMn: 'Алтай',
    centreEn: 'Altai',
    lat: 46.3722,
    lon: 96.2583,
    iso3166_2: 'MN-065',
  },
  {
    code: '83',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Баян-Өлгий',
    nameEn: 'Bayan-Ölgii',
    centreMn: 'Өлгий',
    centreEn: 'Ölgii',
    lat: 48.9683,
    lon: 89.9625,
    iso3166_2: 'MN-071',
  },
  {
    code: '84',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Ховд',
    nameEn: 'Khovd',
    centreMn: 'Ховд',
    centreEn: 'Khovd',
    lat: 48.0056,
    lon: 91.6419,
    iso3166_2: 'MN-043',
  },
  {
    code: '85',
    kind: 'aimag',
    parentCode: null,
    nameMn: 'Увс',
    nameEn: 'Uvs',
    centreMn: 'Улаангом',
    centreEn: 'Ulaangom',
    lat: 49.9811,
    lon: 92.0667,
    iso3166_2: 'MN-046',
  },
];
