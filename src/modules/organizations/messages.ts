import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { editMessages } from './edit-messages.ts';

/** The directory's texts: its list, a body's page, kinds, filters and downloads. */
const organizationMessages = defineMessages({
  'nav.organizations': { mn: 'Байгууллагууд', en: 'Public bodies' },
  'organizations.lead': {
    mn: 'Яам, агентлаг, аймаг, нийслэлийн засаг даргын тамгын газар болон бусад төрийн байгууллагын лавлах.',
    en: "Directory of ministries, agencies, aimag and capital governors' offices and other public bodies.",
  },
  'organizations.caption': { mn: 'Төрийн байгууллагуудын жагсаалт', en: 'List of public bodies' },
  'organizations.count': {
    mn: 'Нийт {count, plural, one {# байгууллага} other {# байгууллага}}',
    en: '{count, plural, one {# public body} other {# public bodies}}',
  },
  'organizations.empty': {
    mn: 'Шүүлтүүрт тохирох байгууллага олдсонгүй.',
    en: 'No public body matches these filters.',
  },
  'organizations.emptyHint': {
    mn: 'Шүүлтүүрээ өөрчилж эсвэл арилгаж үзнэ үү.',
    en: 'Try changing or clearing the filters.',
  },
  'organizations.filter.q': { mn: 'Нэр, товчлол', en: 'Name or abbreviation' },
  'organizations.filter.kind': { mn: 'Төрөл', en: 'Kind' },
  'organizations.filter.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'organizations.filter.parent': { mn: 'Дээд байгууллага', en: 'Parent body' },
  'organizations.col.name': { mn: 'Нэр', en: 'Name' },
  'organizations.col.abbreviation': { mn: 'Товчлол', en: 'Abbreviation' },
  'organizations.col.kind': { mn: 'Төрөл', en: 'Kind' },
  'organizations.col.aimag': { mn: 'Байршил', en: 'Location' },
  'organizations.col.parent': { mn: 'Дээд байгууллага', en: 'Parent body' },
  'organizations.col.legalEntity': { mn: 'Хуулийн этгээд', en: 'Legal entity' },
  'organizations.national': { mn: 'Улсын хэмжээнд', en: 'National' },
  'organizations.website': { mn: 'Цахим хуудас', en: 'Website' },
  'organizations.email': { mn: 'И-мэйл', en: 'Email' },
  'organizations.phone': { mn: 'Утас', en: 'Phone' },
  'organizations.address': { mn: 'Хаяг', en: 'Address' },
  'organizations.children': { mn: 'Харьяа байгууллагууд', en: 'Subordinate bodies' },
  'organizations.published': { mn: 'Нийтэлсэн мэдээлэл', en: 'Published records' },
  'organizations.publishedEmpty': {
    mn: 'Энэ байгууллага одоогоор бүртгэл нийтлээгүй байна.',
    en: 'This body has not published any records yet.',
  },
  'organizations.card': {
    mn: 'Яам, агентлаг, орон нутгийн засаг захиргааны лавлах: бүтэц, байршил, холбоо барих мэдээлэл.',
    en: 'The directory of ministries, agencies and local governments: structure, place and contacts.',
  },
  'organizations.cardFigure': {
    mn: '{count, plural, one {төрийн байгууллага} other {төрийн байгууллага}}',
    en: '{count, plural, one {public body} other {public bodies}}',
  },
  'organizations.search.kind': { mn: 'Байгууллага', en: 'Public body' },
  'organizations.search.label': { mn: 'Төрийн байгууллагууд', en: 'Public bodies' },
  'organizations.kind.government': { mn: 'Засгийн газар', en: 'Government' },
  'organizations.kind.parliament': { mn: 'Улсын Их Хурал', en: 'Parliament' },
  'organizations.kind.ministry': { mn: 'Яам', en: 'Ministry' },
  'organizations.kind.agency': { mn: 'Агентлаг', en: 'Agency' },
  'organizations.kind.authority': { mn: 'Бие даасан байгууллага', en: 'Independent authority' },
  'organizations.kind.council': { mn: 'Зөвлөл', en: 'Council' },
  'organizations.kind.committee': { mn: 'Хороо', en: 'Committee' },
  'organizations.kind.local-government': { mn: 'Орон нутгийн захиргаа', en: 'Local government' },
  'organizations.kind.court': { mn: 'Шүүх', en: 'Court' },
  'organizations.kind.state-owned-enterprise': { mn: 'Төрийн өмчит компани', en: 'State-owned enterprise' },
  'organizations.kind.other': { mn: 'Бусад', en: 'Other' },
  'organizations.edit.link': { mn: 'Байгууллагын мэдээлэл засах', en: 'Edit this body’s details' },
  'organizations.edit.saved': { mn: 'Өөрчлөлт хадгалагдлаа.', en: 'Your changes are saved.' },
});

/** The module's catalogue: the directory's texts and the edit form's, both languages side by side. */
export const messages = mergeCatalogues(organizationMessages, editMessages);
