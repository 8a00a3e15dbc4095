import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the module's pages, both languages side by side. */
export const pageMessages = defineMessages({
  'projects.lead': {
    mn: 'Төрийн байгууллагуудын нийтэлсэн бүртгэл. Шүүж, эрэмбэлж, файлаар татаж авна.',
    en: 'Records published by public bodies. Filter and sort them, or download them as files.',
  },
  'projects.count': {
    mn: '{count, plural, one {# бүртгэл} other {# бүртгэл}}',
    en: '{count, plural, one {# record} other {# records}}',
  },
  'projects.caption': { mn: 'Төсөл, гадаад зээл', en: 'Projects and foreign loans' },
  'projects.empty': { mn: 'Бүртгэл олдсонгүй', en: 'No records found' },
  'projects.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэж дахин оролдоно уу.',
    en: 'Clear the filters and try again.',
  },
  'projects.filter.q': { mn: 'Нэр', en: 'Name' },
  'projects.filter.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'projects.create.link': { mn: 'Бүртгэл нэмэх', en: 'Add a record' },
  'projects.create.title': { mn: 'Бүртгэл нэмэх', en: 'Add a record' },
  'projects.create.chooseOrganization': { mn: 'Байгууллага сонгох', en: 'Choose an organisation' },
  'projects.create.slugHint': {
    mn: 'Хаягт хэрэглэгдэх нэр: латин жижиг үсэг, цифр, зураас, жишээ нь new-record.',
    en: 'The name in its address: lower-case letters, digits and hyphens, e.g. new-record.',
  },
  'projects.create.submit': { mn: 'Хадгалах', en: 'Save' },
});
