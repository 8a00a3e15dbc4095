import { defineMessages } from '../../../platform/i18n/index.ts';

/** The page of one contracting process: summary, timeline, items, documents, releases. */
export const processMessages = defineMessages({
  'procurement.summary': { mn: 'Товч мэдээлэл', en: 'Summary' },
  'procurement.timeline': { mn: 'Явцын түүх', en: 'Timeline' },
  'procurement.timelineEmpty': { mn: 'Огноотой үйл явдал алга.', en: 'No dated events yet.' },
  'procurement.items': { mn: 'Худалдан авах зүйл', en: 'Items' },
  'procurement.bids': { mn: 'Ирүүлсэн үнийн санал', en: 'Bids' },
  'procurement.contract': { mn: 'Гэрээ', en: 'Contract' },
  'procurement.documents': { mn: 'Баримт бичиг', en: 'Documents' },
  'procurement.releaseHistory': { mn: 'Нийтэлсэн хувилбарууд (OCDS)', en: 'Published releases (OCDS)' },
  'procurement.releases': {
    mn: '{count, plural, one {# хувилбар} other {# хувилбар}}',
    en: '{count, plural, one {# release} other {# releases}}',
  },
  'procurement.event.tenderOpens': { mn: 'Санал хүлээн авч эхэлсэн', en: 'Submissions opened' },
  'procurement.event.tenderCloses': { mn: 'Санал хүлээн авах эцсийн хугацаа', en: 'Submission deadline' },
  'procurement.event.tenderAmended': { mn: 'Тендерийн баримт өөрчлөгдсөн', en: 'Tender amended' },
  'procurement.event.bid': { mn: 'Үнийн санал ирсэн', en: 'Bid received' },
  'procurement.event.award': { mn: 'Шалгаруулсан', en: 'Awarded' },
  'procurement.event.signed': { mn: 'Гэрээ байгуулсан', en: 'Contract signed' },
  'procurement.event.contractAmended': { mn: 'Гэрээнд өөрчлөлт орсон', en: 'Contract amended' },
  'procurement.event.milestone': { mn: 'Гүйцэтгэлийн үе шат', en: 'Milestone' },
  'procurement.event.payment': { mn: 'Төлбөр шилжүүлсэн', en: 'Payment made' },
  'procurement.buyer': { mn: 'Захиалагч байгууллага', en: 'Buyer' },
  'procurement.supplier': { mn: 'Гүйцэтгэгч', en: 'Supplier' },
});
