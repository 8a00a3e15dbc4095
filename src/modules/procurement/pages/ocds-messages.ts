import { defineMessages } from '../../../platform/i18n/index.ts';

/** The OCDS downloads page. */
export const ocdsMessages = defineMessages({
  'procurement.ocds.title': { mn: 'OCDS өгөгдөл', en: 'OCDS data' },
  'procurement.ocds.lead': {
    mn: 'Бүх худалдан авалт Нээлттэй гэрээний өгөгдлийн стандарт (OCDS 1.1)-аар: өөрчлөлт бүр нэг хувилбар, үйл явц бүр нэгтгэсэн бүртгэлтэй.',
    en: 'All procurement in the Open Contracting Data Standard (OCDS 1.1): every change a release, every process a compiled record.',
  },
  'procurement.ocds.api': { mn: 'API', en: 'API' },
  'procurement.ocds.releasePackages': { mn: 'Хувилбарын багцууд', en: 'Release packages' },
  'procurement.ocds.recordPackages': { mn: 'Бүртгэлийн багцууд', en: 'Record packages' },
  'procurement.ocds.bulk': { mn: 'Жил бүрийн файлууд', en: 'Files by year' },
  'procurement.ocds.year': { mn: 'Жил', en: 'Year' },
  'procurement.ocds.releases': { mn: 'Хувилбар', en: 'Releases' },
  'procurement.ocds.file': { mn: '{year} оны хувилбарууд (JSON)', en: 'Releases of {year} (JSON)' },
});
