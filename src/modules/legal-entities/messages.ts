import { defineMessages, mergeCatalogues } from '../../platform/i18n/index.ts';
import { entityKindMessages } from '../../platform/legal-entities/index.ts';
import { matchMessages } from './pages/matches.messages.ts';
import { pageMessages } from './pages/messages.ts';

/** What the module's pages, commands, search, navigation and home card share, both languages side by side. */
const entityMessages = defineMessages({
  'legal-entities.title': { mn: 'Хуулийн этгээдүүд', en: 'Legal entities' },
  'nav.legal-entities': { mn: 'Хуулийн этгээдүүд', en: 'Legal entities' },
  'legal-entities.card': {
    mn: 'Гэрээ байгуулсан, тусгай зөвшөөрөл эзэмшдэг, төсвөөс төлбөр авсан компани, байгууллага: нэг хуудсанд бүгд.',
    en: 'The companies and other legal persons that win contracts, hold licences and receive payments: everything about each on one page.',
  },
  'legal-entities.cardEmpty': {
    mn: 'Компани, төрийн өмчит үйлдвэр, ТББ зэрэг хуулийн этгээдүүд энд бүртгэгдэнэ.',
    en: 'Will hold companies, state-owned enterprises, NGOs and other legal persons.',
  },
  'legal-entities.cardFigure': {
    mn: '{count, plural, one {хуулийн этгээд} other {хуулийн этгээд}}',
    en: '{count, plural, one {legal entity} other {legal entities}}',
  },
  'legal-entities.search.label': { mn: 'Хуулийн этгээдүүд', en: 'Legal entities' },
  'legal-entities.search.kind': { mn: 'Хуулийн этгээд', en: 'Legal entity' },
  'legal-entities.status.active': { mn: 'Үйл ажиллагаа явуулж буй', en: 'Active' },
  'legal-entities.status.suspended': { mn: 'Түр зогссон', en: 'Suspended' },
  'legal-entities.status.in-liquidation': { mn: 'Татан буугдаж буй', en: 'In liquidation' },
  'legal-entities.status.dissolved': { mn: 'Татан буугдсан', en: 'Dissolved' },
  'legal-entities.status.unknown': { mn: 'Тодорхойгүй', en: 'Unknown' },
  'legal-entities.unidentified': {
    mn: 'тодорхойгүй — зөвхөн нэрээр ирсэн',
    en: 'unidentified — came with a name only',
  },
  'legal-entities.field.scheme': { mn: 'Бүртгэлийн схем', en: 'Identifier scheme' },
  'legal-entities.field.identifier': { mn: 'Бүртгэлийн дугаар', en: 'Identifier' },
  'legal-entities.field.nameMn': { mn: 'Бүртгэлтэй нэр (монгол)', en: 'Registered name (Mongolian)' },
  'legal-entities.field.nameEn': { mn: 'Бүртгэлтэй нэр (англи)', en: 'Registered name (English)' },
  'legal-entities.field.commonNameMn': { mn: 'Түгээмэл нэр (монгол)', en: 'Common name (Mongolian)' },
  'legal-entities.field.commonNameEn': { mn: 'Түгээмэл нэр (англи)', en: 'Common name (English)' },
  'legal-entities.field.kind': { mn: 'Төрөл', en: 'Kind' },
  'legal-entities.field.status': { mn: 'Төлөв', en: 'Status' },
  'legal-entities.field.adminUnit': { mn: 'Хаяг (аймаг, сум)', en: 'Address (aimag, soum)' },
  'legal-entities.field.registeredOn': { mn: 'Бүртгэсэн огноо', en: 'Registered on' },
  'legal-entities.field.organization': { mn: 'Төрийн байгууллага', en: 'Public body' },
  'legal-entities.field.name': { mn: 'Нэр', en: 'Name' },
  // The identifier's rule speaks both languages itself (src/platform/legal-entities/identifiers.ts).
  'legal-entities.error.identifierRule': { mn: '{problem}', en: '{problem}' },
  'legal-entities.error.identifierTaken': {
    mn: 'Энэ дугаар бүртгэлд {id} дугаартай хуулийн этгээдэд байна',
    en: 'This identifier is already the register’s entity {id}',
  },
  'legal-entities.error.name': {
    mn: 'Бүртгэлтэй нэрийг монгол эсвэл англиар бичнэ үү',
    en: 'Enter the registered name in Mongolian or English',
  },
  'legal-entities.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'legal-entities.error.kind': { mn: 'Төрлөө сонгоно уу', en: 'Choose a kind' },
  'legal-entities.error.status': { mn: 'Төлвөө сонгоно уу', en: 'Choose a status' },
  'legal-entities.error.date': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү',
    en: 'Enter a date as YYYY-MM-DD',
  },
  'legal-entities.error.adminUnit': {
    mn: 'Ийм засаг захиргааны нэгж алга',
    en: 'There is no administrative unit with this code',
  },
  'legal-entities.error.organization': {
    mn: 'Ийм төрийн байгууллага алга',
    en: 'There is no such public body',
  },
  'legal-entities.error.organizationTaken': {
    mn: 'Энэ байгууллага {id} дугаартай хуулийн этгээдтэй холбогдсон байна',
    en: 'This public body is already linked to the register’s entity {id}',
  },
  'legal-entities.error.organizationNotYours': {
    mn: 'Зөвхөн өөрийн удирддаг байгууллагыг холбох эсвэл салгах боломжтой',
    en: 'You can link or unlink only a public body you administer',
  },
});

/** The module's catalogue: its features' catalogues joined. */
export const messages = mergeCatalogues(entityMessages, entityKindMessages, pageMessages, matchMessages);
