import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { importMessages } from './imports/messages.ts';
import { datasetMessages } from './pages/dataset-messages.ts';
import { listMessages } from './pages/list-messages.ts';

/** The catalogue's own texts: its navigation item, title, lead, home card and the DCAT catalogue's title. */
const catalogMessages = defineMessages({
  'nav.datasets': { mn: 'Нээлттэй өгөгдөл', en: 'Open data' },
  'catalog.title': { mn: 'Нээлттэй өгөгдлийн каталог', en: 'Open data catalogue' },
  'catalog.dcat.title': { mn: 'Шилэн порталын нээлттэй өгөгдлийн каталог', en: 'Shilen open data catalogue' },
  'catalog.lead': {
    mn: 'Порталын нийтэлсэн бүх бүртгэл нээлттэй өгөгдөл хэлбэрээр: CSV, JSON, NDJSON, Excel файлаар бүтнээр нь эсвэл шүүж татах, API-аар авах, өөрчлөлтийг нь дагах боломжтой.',
    en: 'Every register the portal publishes, as open data: download it whole or filtered as CSV, JSON, NDJSON or Excel, use it through the API, and follow its changes.',
  },
  'catalog.cardFigure': {
    mn: '{count, plural, one {өгөгдлийн багц} other {өгөгдлийн багц}}',
    en: '{count, plural, one {dataset} other {datasets}}',
  },
  'catalog.card': {
    mn: 'Бүх бүртгэлийг CSV, JSON, Excel хэлбэрээр татах, API болон өөрчлөлтийн түүх.',
    en: 'Every register as CSV, JSON and Excel downloads, with an API and its change history.',
  },
});

/** The module's catalogue: its own texts and each feature's, both languages side by side. */
export const messages = mergeCatalogues(catalogMessages, listMessages, datasetMessages, importMessages);
