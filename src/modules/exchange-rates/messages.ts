import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { pageMessages } from './pages/messages.ts';

/** What the module's pages, navigation and home card share, both languages side by side. */
const rateMessages = defineMessages({
  'exchange-rates.title': { mn: 'Валютын ханш', en: 'Exchange rates' },
  'nav.exchange-rates': { mn: 'Валютын ханш', en: 'Exchange rates' },
  'exchange-rates.card': {
    mn: 'Төв банкны өдөр бүр тогтоодог албан ханш; мөнгөн дүнг төгрөгт шилжүүлэхэд бүх бүртгэл эдгээрийг хэрэглэнэ.',
    en: 'The central bank’s official daily rates, which every register uses to convert amounts to the national currency.',
  },
  'exchange-rates.cardEmpty': {
    mn: 'Төв банкны албан ханшийг файлаас оруулсны дараа энд өдөр бүрээр харагдана.',
    en: 'Will hold the central bank’s official daily rates once they are imported from its files.',
  },
  'exchange-rates.cardFigure': {
    mn: '{count, plural, one {валют} other {валют}}',
    en: '{count, plural, one {currency} other {currencies}}',
  },
  'exchange-rates.field.currency': { mn: 'Валют', en: 'Currency' },
  'exchange-rates.field.date': { mn: 'Огноо', en: 'Date' },
  'exchange-rates.field.rate': { mn: 'Ханш', en: 'Rate' },
  'exchange-rates.field.units': { mn: 'Нэгж', en: 'Units' },
  'exchange-rates.field.change': { mn: 'Өөрчлөлт', en: 'Change' },
  'exchange-rates.field.source': { mn: 'Эх сурвалж', en: 'Source' },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(rateMessages, pageMessages);
