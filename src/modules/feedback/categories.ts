import type { Bilingual } from '../../platform/i18n/index.ts';

/**
 * The centre's categories (Open311 service codes) and who answers them: a national body, and for
 * matters the aimag or capital governor's office settles locally (`local`), that office when the
 * case names an aimag. Reference data seeded at start; the routing table can be changed on
 * `/feedback/admin/routing` afterwards and a restart does not undo it.
 */
export interface CategorySeed {
  code: string;
  name: Bilingual;
  description: Bilingual;
  /** Slug of the organisation that answers when no aimag rule applies. */
  organization: string;
  /** Answered by the aimag (or capital) governor's office of the case's aimag. */
  local: boolean;
}

const c = (
  code: string,
  mn: string,
  en: string,
  dmn: string,
  den: string,
  organization: string,
  local = false,
): CategorySeed => ({ code, name: { mn, en }, description: { mn: dmn, en: den }, organization, local });

export const categorySeeds: readonly CategorySeed[] = [
  c(
    'roads',
    'Зам, тээвэр',
    'Roads and transport',
    'Зам, гүүр, нийтийн тээвэр.',
    'Roads, bridges and public transport.',
    'ministry-of-roads-and-transportation',
    true,
  ),
  c(
    'land',
    'Газрын харилцаа',
    'Land',
    'Газар эзэмших, ашиглах, кадастр.',
    'Land possession, use and cadastre.',
    'administration-of-land-affairs-geodesy-and-cartography',
    true,
  ),
  c(
    'utilities',
    'Дулаан, ус, цахилгаан',
    'Heating, water and power',
    'Дулаан, цэвэр ус, цахилгаан хангамж.',
    'Heating, water supply and electricity.',
    'ministry-of-energy',
    true,
  ),
  c(
    'health',
    'Эрүүл мэнд',
    'Health',
    'Эмнэлэг, эрүүл мэндийн үйлчилгээ.',
    'Hospitals and health services.',
    'ministry-of-health',
  ),
  c(
    'education',
    'Боловсрол',
    'Education',
    'Сургууль, цэцэрлэг, тэтгэлэг.',
    'Schools, kindergartens and grants.',
    'ministry-of-education-and-science',
  ),
  c(
    'social-welfare',
    'Нийгмийн халамж',
    'Social welfare',
    'Тэтгэвэр, тэтгэмж, халамжийн үйлчилгээ.',
    'Pensions, allowances and welfare services.',
    'ministry-of-population-development-and-social-protection',
  ),
  c(
    'environment',
    'Байгаль орчин',
    'Environment',
    'Агаар, ус, хөрсний бохирдол, ой, ан амьтан.',
    'Air, water and soil pollution, forests and wildlife.',
    'ministry-of-environment-and-green-development',
  ),
  c(
    'public-order',
    'Нийтийн хэв журам',
    'Public order',
    'Цагдаа, аюулгүй байдал.',
    'Police and safety.',
    'general-police-department',
  ),
  c(
    'taxes',
    'Татвар',
    'Taxes',
    'Татвар төлөлт, буцаан олголт.',
    'Paying taxes and refunds.',
    'general-department-of-taxation',
  ),
  c(
    'registration',
    'Улсын бүртгэл',
    'State registration',
    'Иргэний бүртгэл, иргэний үнэмлэх, эд хөрөнгийн бүртгэл.',
    'Civil registration, identity cards, property registration.',
    'general-authority-for-state-registration',
  ),
  c(
    'corruption',
    'Авлига, ашиг сонирхлын зөрчил',
    'Corruption and conflicts of interest',
    'Албан тушаалтны авлига, хээл хахууль.',
    'Officials’ corruption and bribery.',
    'independent-authority-against-corruption',
  ),
  c(
    'public-services',
    'Төрийн үйлчилгээ',
    'Public services',
    'Төрийн байгууллагын үйлчилгээ, албан хаагчийн ёс зүй.',
    'Service of public offices and the conduct of officials.',
    'government-11-11-centre',
    true,
  ),
  c(
    'other',
    'Бусад',
    'Other',
    'Дээрх ангилалд багтахгүй асуудал.',
    'Anything not covered above.',
    'government-11-11-centre',
  ),
];
