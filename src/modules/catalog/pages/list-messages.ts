import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the list of datasets (`/datasets`): filters, sort, count, empty state. */
export const listMessages = defineMessages({
  'catalog.count': {
    mn: '{count, plural, one {# өгөгдлийн багц} other {# өгөгдлийн багц}}',
    en: '{count, plural, one {# dataset} other {# datasets}}',
  },
  'catalog.empty': {
    mn: 'Шүүлтүүрт тохирох өгөгдлийн багц олдсонгүй.',
    en: 'No dataset matches these filters.',
  },
  'catalog.emptyHint': {
    mn: 'Шүүлтүүрээ өөрчилж эсвэл арилгаж үзнэ үү.',
    en: 'Try changing or clearing the filters.',
  },
  'catalog.filter.q': { mn: 'Нэр, түлхүүр үг', en: 'Name or keyword' },
  'catalog.filter.organization': { mn: 'Нийтэлсэн байгууллага', en: 'Publisher' },
  'catalog.filter.theme': { mn: 'Сэдэв', en: 'Theme' },
  'catalog.filter.format': { mn: 'Формат', en: 'Format' },
  'catalog.filter.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'catalog.sort': { mn: 'Эрэмбэлэх', en: 'Sort' },
  'catalog.sort.title': { mn: 'Нэрээр', en: 'By name' },
  'catalog.sort.modified': { mn: 'Сүүлд шинэчилснээр', en: 'Recently updated first' },
  'catalog.modified': { mn: 'Сүүлд шинэчилсэн', en: 'Last updated' },
});
