import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { pageMessages } from './pages/messages.ts';

/** What the module's pages, API problems, navigation and home card share, both languages side by side. */
const officialMessages = defineMessages({
  'officials.title': { mn: 'Албан тушаалтнууд', en: 'Public officials' },
  'nav.officials': { mn: 'Албан тушаалтнууд', en: 'Public officials' },
  'officials.card': {
    mn: 'Төрийн байгууллагын албан тушаалтнууд, хашиж байсан албан тушаалтай нь: хэн хэзээнээс хаана ажиллаж буй.',
    en: 'Officials of public bodies and the posts they held: who served where, and since when.',
  },
  'officials.cardEmpty': {
    mn: 'Төрийн байгууллагын албан тушаалтнууд, тэдний албан тушаал, хугацаа энд бүртгэгдэнэ.',
    en: 'Will hold the officials of public bodies with their posts and terms.',
  },
  'officials.cardFigure': {
    mn: '{count, plural, one {албан тушаалтан одоо ажиллаж байна} other {албан тушаалтан одоо ажиллаж байна}}',
    en: '{count, plural, one {official in post today} other {officials in post today}}',
  },
  'officials.field.name': { mn: 'Нэр', en: 'Name' },
  'officials.field.slug': { mn: 'Таних нэр', en: 'Identifier' },
  'officials.field.nameMn': { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
  'officials.field.nameEn': { mn: 'Нэр (англи)', en: 'Name (English)' },
  'officials.field.post': { mn: 'Албан тушаал', en: 'Post' },
  'officials.field.postMn': { mn: 'Албан тушаал (монгол)', en: 'Post (Mongolian)' },
  'officials.field.postEn': { mn: 'Албан тушаал (англи)', en: 'Post (English)' },
  'officials.field.role': { mn: 'Үүрэг (заавал биш)', en: 'Role (optional)' },
  'officials.field.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'officials.field.term': { mn: 'Хугацаа', en: 'Term' },
  'officials.field.startsOn': { mn: 'Эхэлсэн өдөр', en: 'First day in the post' },
  'officials.field.endsOn': { mn: 'Дууссан өдөр', en: 'Last day in the post' },
  'officials.field.source': { mn: 'Эх сурвалж', en: 'Source' },
  'officials.field.declaresAssets': {
    mn: 'Энэ албан тушаалтан хөрөнгө орлогоо мэдүүлнэ',
    en: 'The holder of this post declares assets and income',
  },
  'officials.field.politicallyExposed': {
    mn: 'Улс төрд нөлөө бүхий албан тушаал',
    en: 'A politically exposed post',
  },
  'officials.error.organization': { mn: 'Байгууллагаа сонгоно уу', en: 'Choose an organisation' },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(officialMessages, pageMessages);
