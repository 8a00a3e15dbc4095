import type { Random } from './demo-random.ts';

/**
 * The fiscal demo's payees: a pool of a few hundred companies with Mongolian names and seven-digit
 * register numbers (distinct from the procurement demo's, which start with 2), and what each kind
 * of spending buys. Individuals are never named, so they need no pool.
 */

const stems = [
  'Алтан',
  'Мөнх',
  'Хангай',
  'Говь',
  'Тэнгэр',
  'Сүлд',
  'Оргил',
  'Гэрэлт',
  'Өлзий',
  'Жаргалант',
  'Түмэн',
  'Цагаан',
  'Энх',
  'Бат',
  'Тод',
  'Баян',
  'Од',
  'Нарлаг',
  'Хүслэн',
  'Ирээдүй',
  'Мандал',
  'Хэрлэн',
  'Туул',
  'Сэлэнгэ',
  'Орхон',
  'Хөвсгөл',
  'Эрин',
  'Шинэ',
  'Ундрах',
  'Дөл',
];
const trades = [
  'Хүнс',
  'Трейд',
  'Логистик',
  'Билд',
  'Медикал',
  'Констракшн',
  'Хэвлэл',
  'Инженеринг',
  'Тоног төхөөрөмж',
  'Фарм',
  'Зам гүүр',
  'Технологи',
  'Сервис',
  'Түлш',
  'Групп',
];

export interface DemoCompany {
  identifier: string;
  name: string;
}

/** `count` companies, each a name and a register number of its own (deterministic from `random`). */
export function demoCompanies(random: Random, count = 320): DemoCompany[] {
  const names = new Set<string>();
  const numbers = new Set<string>();
  const out: DemoCompany[] = [];
  while (out.length < count) {
    const form = random.chance(0.12) ? 'ХК' : 'ХХК';
    const name = `${random.pick(stems)} ${random.pick(trades)} ${form}`;
    const identifier = String(random.int(5_000_000, 6_999_999));
    if (names.has(name) || numbers.has(identifier)) continue;
    names.add(name);
    numbers.add(identifier);
    out.push({ identifier, name });
  }
  return out;
}

/** What a payment on a line of each economic code buys, in Mongolian (the bodies' own words). */
export const purposes: Readonly<Record<string, readonly string[]>> = {
  '22': [
    'Бичиг хэргийн материал',
    'Шатахуун, тээврийн зардал',
    'Цахилгаан, дулааны төлбөр',
    'Харуул хамгаалалтын үйлчилгээ',
    'Цэвэрлэгээний үйлчилгээ',
    'Программ хангамжийн засвар үйлчилгээ',
    'Эм, эмнэлгийн хэрэгсэл',
    'Хүнсний бүтээгдэхүүн',
    'Сургалт, семинарын зардал',
    'Интернет, холбооны төлбөр',
    'Аудитын үйлчилгээ',
    'Барилгын урсгал засвар',
  ],
  '311': [
    'Сургуулийн барилгын их засвар',
    'Авто замын засвар, шинэчлэл',
    'Эмнэлгийн тоног төхөөрөмж',
    'Компьютер, сервер',
    'Цэцэрлэгийн барилга',
    'Дулаан хангамжийн шугам сүлжээ',
    'Албаны автомашин',
    'Гүүрийн засвар',
  ],
  '312': ['Эмийн нөөц', 'Нүүрс, түлшний нөөц', 'Өвс тэжээлийн нөөц', 'Сэлбэг хэрэгслийн нөөц'],
  '252': ['Малчдын дэмжлэгийн татаас', 'Хөдөө аж ахуйн үйлдвэрлэлийн татаас', 'Нүүрсний үнийн татаас'],
  '282': ['Гишүүнчлэлийн хураамж', 'Төрийн бус байгууллагын төслийн санхүүжилт', 'Шагнал, урамшуулал'],
};

/** What a payment to an individual is for (no name ever goes with it). */
export const individualPurposes: readonly string[] = [
  'Гэрээт ажлын хөлс',
  'Томилолтын зардал',
  'Зөвлөх үйлчилгээний хөлс',
  'Орон сууцны түрээсийн төлбөр',
];
