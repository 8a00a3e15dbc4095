import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the module's pages, both languages side by side. */
export const pageMessages = defineMessages({
  'legal-entities.lead': {
    mn: 'Компани, төрийн өмчит үйлдвэр, ТББ, гадаадын компани зэрэг хуулийн этгээдүүд, тус бүрийн тухай платформд байгаа бүх мэдээлэл.',
    en: 'Companies, state-owned enterprises, NGOs, foreign companies and other legal persons, each with everything the platform knows about it.',
  },
  'legal-entities.count': {
    mn: '{count, plural, one {# хуулийн этгээд} other {# хуулийн этгээд}}',
    en: '{count, plural, one {# legal entity} other {# legal entities}}',
  },
  'legal-entities.caption': { mn: 'Хуулийн этгээдүүд', en: 'Legal entities' },
  'legal-entities.empty': { mn: 'Хуулийн этгээд олдсонгүй', en: 'No legal entities found' },
  'legal-entities.emptyHint': {
    mn: 'Нэрээ кирилл эсвэл латинаар бичиж, шүүлтүүрээ цэвэрлээд дахин оролдоно уу.',
    en: 'Write the name in Cyrillic or Latin letters, clear the filters and try again.',
  },
  'legal-entities.filter.q': { mn: 'Нэр эсвэл бүртгэлийн дугаар', en: 'Name or register number' },
  'legal-entities.filter.kind': { mn: 'Төрөл', en: 'Kind' },
  'legal-entities.filter.status': { mn: 'Төлөв', en: 'Status' },
  'legal-entities.filter.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'legal-entities.filter.scheme': { mn: 'Бүртгэлийн схем', en: 'Identifier scheme' },
  'legal-entities.page.registeredNames': { mn: 'Бүртгэлтэй нэр', en: 'Names as registered' },
  'legal-entities.page.commonNames': { mn: 'Түгээмэл нэр', en: 'Names as commonly written' },
  'legal-entities.page.allOf': { mn: 'Бүгдийг харах ({count})', en: 'See all {count}: {title}' },
  'legal-entities.page.records': { mn: 'Платформ дахь бүртгэлүүд', en: 'Records on the platform' },
  'legal-entities.page.noRecords': {
    mn: 'Энэ хуулийн этгээдийн тухай бүртгэл одоогоор алга.',
    en: 'No module holds records about this entity yet.',
  },
  'legal-entities.page.otherNames': { mn: 'Бусад нэр', en: 'Other names it is known by' },
  'legal-entities.page.noOtherNames': { mn: 'Өөр нэр бүртгэгдээгүй.', en: 'No other names recorded.' },
  'legal-entities.page.sources': { mn: 'Мэдээллийн эх сурвалж', en: 'Where each fact came from' },
  'legal-entities.page.sourcesCaption': { mn: 'Баримт бүрийн эх сурвалж', en: 'The source of each fact' },
  'legal-entities.page.noSources': { mn: 'Эх сурвалж бүртгэгдээгүй.', en: 'No sources recorded.' },
  'legal-entities.page.fact': { mn: 'Баримт', en: 'Fact' },
  'legal-entities.page.source': { mn: 'Эх сурвалж', en: 'Source' },
  'legal-entities.page.reference': { mn: 'Баримт бичиг', en: 'Document' },
  'legal-entities.page.recorded': { mn: 'Бүртгэсэн', en: 'Recorded' },
  'legal-entities.page.byStaff': { mn: 'Ажилтан оруулсан', en: 'Entered by staff' },
  'legal-entities.create.link': { mn: 'Хуулийн этгээд бүртгэх', en: 'Record a legal entity' },
  'legal-entities.create.title': { mn: 'Хуулийн этгээд бүртгэх', en: 'Record a legal entity' },
  'legal-entities.edit.link': { mn: 'Засварлах', en: 'Correct this entity' },
  'legal-entities.edit.title': { mn: 'Хуулийн этгээдийг засварлах', en: 'Correct a legal entity' },
  'legal-entities.form.identifier': { mn: 'Бүртгэлийн дугаар', en: 'Identifier' },
  'legal-entities.form.names': { mn: 'Нэр', en: 'Names' },
  'legal-entities.form.facts': { mn: 'Мэдээлэл', en: 'Facts' },
  'legal-entities.form.schemeHint': {
    mn: 'Улсын бүртгэл: {national}. Гадаадын бүртгэл: org-id.guide-ийн код (GB-COH, XI-IATI).',
    en: 'The state register: {national}. A foreign register: its org-id.guide code (GB-COH, XI-IATI).',
  },
  'legal-entities.form.identifierHint': {
    mn: 'Улсын бүртгэлийн дугаар: {format}.',
    en: 'A state register number: {format}.',
  },
  'legal-entities.form.commonHint': {
    mn: 'Олон нийтэд түгээмэл хэрэглэгддэг нэр, товчлол (заавал биш).',
    en: 'The name as people commonly write it, a brand or short form (optional).',
  },
  'legal-entities.form.noUnit': { mn: 'Тодорхойгүй', en: 'Not known' },
  'legal-entities.form.noOrganization': { mn: 'Аль нь ч биш', en: 'None' },
  'legal-entities.form.submit': { mn: 'Хадгалах', en: 'Save' },
});
