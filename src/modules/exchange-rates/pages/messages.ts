import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the module's pages, both languages side by side. */
export const pageMessages = defineMessages({
  'exchange-rates.lead': {
    mn: 'Төв банкны тогтоосон албан ханш: нэг нэгж гадаад валют хэдэн {currency}-тэй тэнцэх. Төсөв, зээл, гэрээний дүнг үндэсний мөнгөн тэмдэгтэд шилжүүлэхэд эдгээр ханшийг хэрэглэнэ.',
    en: 'The official rates set by the central bank: how much {currency} one unit of a foreign currency is worth. Budgets, loans and contracts are converted to the national currency at these rates.',
  },
  'exchange-rates.latest.title': { mn: 'Сүүлийн ханш', en: 'Latest rates' },
  'exchange-rates.latest.caption': {
    mn: 'Валют бүрийн сүүлийн албан ханш ({currency}), өмнөх ханшаас өөрчлөгдсөн дүнгийн хамт',
    en: 'The latest official rate of each currency ({currency}), with its change from the rate before',
  },
  'exchange-rates.all.title': { mn: 'Бүх ханш', en: 'All rates' },
  'exchange-rates.count': {
    mn: '{count, plural, one {# ханш} other {# ханш}}',
    en: '{count, plural, one {# rate} other {# rates}}',
  },
  'exchange-rates.caption': { mn: 'Албан ханш, өдрөөр', en: 'Official rates by day' },
  'exchange-rates.empty': { mn: 'Ханш олдсонгүй', en: 'No rates found' },
  'exchange-rates.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэж дахин оролдоно уу.',
    en: 'Clear the filters and try again.',
  },
  'exchange-rates.filter.currency': { mn: 'Валют', en: 'Currency' },
  'exchange-rates.filter.from': { mn: 'Эхлэх өдөр', en: 'From' },
  'exchange-rates.filter.to': { mn: 'Дуусах өдөр', en: 'To' },
  'exchange-rates.chart.title': {
    mn: '1 {currency}-ийн дундаж ханш ({national}), сүүлийн {count, plural, one {# сар} other {# сар}}',
    en: 'Average rate of 1 {currency} in {national}, the latest {count, plural, one {# month} other {# months}}',
  },
  'exchange-rates.chart.month': { mn: 'Сар', en: 'Month' },
  'exchange-rates.chart.series': { mn: '1 {currency}', en: '1 {currency}' },
  'exchange-rates.currency.caption': { mn: '{currency}-ийн сүүлийн ханш', en: 'Latest rates of {currency}' },
  'exchange-rates.currency.all': { mn: '{currency}-ийн бүх ханш', en: 'Every rate of {currency}' },
});
