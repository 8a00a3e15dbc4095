import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { pageMessages } from './pages/messages.ts';
import { standardsMessages } from './standards/messages.ts';

/** What the module's pages, API problems and home card share, both languages side by side. */
const recordMessages = defineMessages({
  'projects.title': { mn: 'Төсөл, гадаад зээл', en: 'Projects and foreign loans' },
  'projects.card': {
    mn: '{count, plural, one {Төрийн байгууллагуудын нийтэлсэн # бүртгэл.} other {Төрийн байгууллагуудын нийтэлсэн # бүртгэл.}}',
    en: '{count, plural, one {# record published by public bodies.} other {# records published by public bodies.}}',
  },
  'projects.field.name': { mn: 'Нэр', en: 'Name' },
  'projects.field.titleMn': { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
  'projects.field.titleEn': { mn: 'Нэр (англи)', en: 'Name (English)' },
  'projects.field.slug': { mn: 'Таних нэр', en: 'Identifier' },
  'projects.field.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'projects.field.created': { mn: 'Бүртгэсэн', en: 'Created' },
  'projects.field.updated': { mn: 'Шинэчилсэн', en: 'Updated' },
  'projects.error.organization': { mn: 'Байгууллагаа сонгоно уу', en: 'Choose an organisation' },
  'projects.error.slug': {
    mn: 'Латин жижиг үсэг, цифрийг зураасаар холбож бичнэ үү',
    en: 'Use lower-case letters and digits joined by hyphens',
  },
  'projects.error.slugTaken': {
    mn: '“{slug}” нэр бүртгэгдсэн байна, өөр нэр сонгоно уу',
    en: '“{slug}” is taken; choose another identifier',
  },
  'projects.field.descriptionMn': { mn: 'Тайлбар (монгол)', en: 'Description (Mongolian)' },
  'projects.field.descriptionEn': { mn: 'Тайлбар (англи)', en: 'Description (English)' },
  'projects.field.sector': { mn: 'Салбар', en: 'Sector' },
  'projects.field.stage': { mn: 'Үе шат', en: 'Stage' },
  'projects.create.chooseSector': { mn: 'Салбар сонгох', en: 'Choose a sector' },
  'projects.stage.identification': { mn: 'Тодорхойлох', en: 'Identification' },
  'projects.stage.preparation': { mn: 'Бэлтгэл', en: 'Preparation' },
  'projects.stage.implementation': { mn: 'Хэрэгжилт', en: 'Implementation' },
  'projects.stage.completion': { mn: 'Дууссан', en: 'Completion' },
  'projects.error.nameMissing': { mn: 'Нэрээ бичнэ үү', en: 'Enter the name' },
  'projects.error.descriptionMissing': { mn: 'Тайлбараа бичнэ үү', en: 'Enter the description' },
  'projects.error.sector': { mn: 'Салбарыг сонгоно уу', en: 'Choose the sector' },
  'projects.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(recordMessages, pageMessages, standardsMessages);
