import { defineMessages, mergeCatalogues } from '../../../platform/i18n/index.ts';
import { pageMessages } from './pages/messages.ts';
import { searchMessages } from './search.ts';

/** What a licence's checks say: each names the licence (`{licence}`: its number) and what is wrong. */
const errorMessages = defineMessages({
  'extractives.licences.error.type': {
    mn: '“{type}” гэсэн тусгай зөвшөөрлийн төрөл байхгүй: жагсаалтаас сонгоно уу',
    en: 'There is no kind of licence “{type}”: choose one from the list',
  },
  'extractives.licences.error.issuer': {
    mn: 'Энэ төрлийг олгох байгууллага ({issuer}) бүртгэлд алга',
    en: 'The body that issues this kind ({issuer}) is not in the registry',
  },
  'extractives.licences.error.number': {
    mn: 'Тусгай зөвшөөрөл {licence}: дугаарыг үсэг, цифрээр эхлүүлж 60 хүртэл тэмдэгтээр бичнэ үү (жишээ нь MV-016869)',
    en: 'Licence {licence}: write the number in up to 60 letters, digits, spaces, dots, slashes or hyphens, starting with a letter or digit (e.g. MV-016869)',
  },
  'extractives.licences.error.numberTaken': {
    mn: 'Тусгай зөвшөөрөл {licence}: энэ төрөлд ийм дугаартай тусгай зөвшөөрөл аль хэдийн бүртгэгдсэн',
    en: 'Licence {licence}: a licence of this kind with this number is already in the register',
  },
  'extractives.licences.error.nameMissing': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбайн нэрийг бичнэ үү',
    en: 'Licence {licence}: enter the name of the area',
  },
  'extractives.licences.error.tooLong': {
    mn: 'Тусгай зөвшөөрөл {licence}: {max} тэмдэгтээс ихгүй бичнэ үү',
    en: 'Licence {licence}: write at most {max} characters',
  },
  'extractives.licences.error.status': {
    mn: 'Тусгай зөвшөөрөл {licence}: төлөвийг жагсаалтаас сонгоно уу',
    en: 'Licence {licence}: choose a status from the list',
  },
  'extractives.licences.error.date': {
    mn: 'Тусгай зөвшөөрөл {licence}: огноог ОООО-СС-ӨӨ хэлбэрээр, байдаг өдрөөр бичнэ үү',
    en: 'Licence {licence}: write the date as YYYY-MM-DD, a day that exists',
  },
  'extractives.licences.error.grantedBeforeApplied': {
    mn: 'Тусгай зөвшөөрөл {licence}: олгосон огноо ({granted}) хүсэлт гаргасан огнооноос ({applied}) өмнө байж болохгүй',
    en: 'Licence {licence}: it cannot be granted ({granted}) before it was applied for ({applied})',
  },
  'extractives.licences.error.grantedMissing': {
    mn: 'Тусгай зөвшөөрөл {licence}: олгосон огноог бичнэ үү (зөвхөн хүсэлтийн шатанд байгаа бол хоосон үлдээнэ)',
    en: 'Licence {licence}: enter the date it was granted (leave it empty only while it is applied for)',
  },
  'extractives.licences.error.expiresBeforeGranted': {
    mn: 'Тусгай зөвшөөрөл {licence}: дуусах огноо олгосон огнооноос хойш байна',
    en: 'Licence {licence}: the expiry must come after the grant',
  },
  'extractives.licences.error.expiresNoTerm': {
    mn: 'Тусгай зөвшөөрөл {licence}: энэ төрөл хугацаагүй тул дуусах огноог хоосон үлдээнэ үү',
    en: 'Licence {licence}: this kind has no term; leave the expiry empty',
  },
  'extractives.licences.error.expiresTooLate': {
    mn: 'Тусгай зөвшөөрөл {licence}: хууль олгосноос хойш сунгалтын хамт {years} жил зөвшөөрдөг тул дуусах огноо {latest}-ээс хойш байж болохгүй',
    en: 'Licence {licence}: the law allows {years} years from the grant with every extension, so it cannot expire after {latest}',
  },
  'extractives.licences.error.commodities': {
    mn: 'Тусгай зөвшөөрөл {licence}: ашигт малтмалыг таслалаар тусгаарлан, нэг бүрийг 60 хүртэл тэмдэгтээр, 30 хүртэлхийг бичнэ үү',
    en: 'Licence {licence}: list up to 30 commodities separated by commas, each up to 60 characters',
  },
  'extractives.licences.error.holdersMissing': {
    mn: 'Тусгай зөвшөөрөл {licence}: эзэмшигч ба түүний хувийг мөр бүрд бичнэ үү',
    en: 'Licence {licence}: enter each holder and its share, one a line',
  },
  'extractives.licences.error.holderLine': {
    mn: 'Тусгай зөвшөөрөл {licence}, эзэмшигчийн {line}-р мөр “{text}”: регистрийн дугаар (эсвэл #id), дараа нь хувийг бичнэ үү',
    en: 'Licence {licence}, holder line {line} “{text}”: write the register number (or #id), then the share in per cent',
  },
  'extractives.licences.error.holderUnknown': {
    mn: 'Тусгай зөвшөөрөл {licence}, эзэмшигчийн {line}-р мөр: “{ref}” хуулийн этгээдийн бүртгэлд алга',
    en: 'Licence {licence}, holder line {line}: “{ref}” is not in the register of legal entities',
  },
  'extractives.licences.error.shareRange': {
    mn: 'Тусгай зөвшөөрөл {licence}: {holder}-ийн хувь 0-ээс их, 100-аас ихгүй байна',
    en: 'Licence {licence}: the share of {holder} must be more than 0 and at most 100',
  },
  'extractives.licences.error.holderTwice': {
    mn: 'Тусгай зөвшөөрөл {licence}: {holder} хоёр удаа бичигдсэн',
    en: 'Licence {licence}: {holder} is listed twice',
  },
  'extractives.licences.error.sharesTotal': {
    mn: 'Тусгай зөвшөөрөл {licence}: эзэмшигчдийн хувийн нийлбэр 100 байх ёстой, одоо {total}: {holders}',
    en: 'Licence {licence}: the holders’ shares must add up to 100, not {total}: {holders}',
  },
  'extractives.licences.error.areaMissing': {
    mn: 'Тусгай зөвшөөрөл {licence}: энэ төрөлд талбайн олон өнцөгт (GeoJSON) заавал байна',
    en: 'Licence {licence}: this kind needs its area as a polygon (GeoJSON)',
  },
  'extractives.licences.error.areaJson': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбай нь GeoJSON биш байна',
    en: 'Licence {licence}: the area is not GeoJSON',
  },
  'extractives.licences.error.areaType': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбай нь Polygon эсвэл MultiPolygon (эсвэл тэдгээрийн Feature) байна',
    en: 'Licence {licence}: the area must be a Polygon or MultiPolygon, or a Feature of one',
  },
  'extractives.licences.error.areaShape': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбайн олон өнцөгт цагиргүй байна',
    en: 'Licence {licence}: a polygon of the area has no rings',
  },
  'extractives.licences.error.areaPositions': {
    mn: 'Тусгай зөвшөөрөл {licence}: {polygon}-р олон өнцөгтийн {ring}-р цагирагт [уртраг, өргөрөг] тоо биш цэг байна',
    en: 'Licence {licence}: ring {ring} of polygon {polygon} has a position that is not [longitude, latitude] in numbers',
  },
  'extractives.licences.error.areaRange': {
    mn: 'Тусгай зөвшөөрөл {licence}: {polygon}-р олон өнцөгтийн {ring}-р цагираг хүрээнээс гарсан; GeoJSON нь [уртраг, өргөрөг] дарааллаар бичигдэнэ',
    en: 'Licence {licence}: ring {ring} of polygon {polygon} is out of range; GeoJSON writes [longitude, latitude]',
  },
  'extractives.licences.error.areaTooFew': {
    mn: 'Тусгай зөвшөөрөл {licence}: {polygon}-р олон өнцөгтийн {ring}-р цагираг {count} цэгтэй; хамгийн багадаа 4 (эхний цэг төгсгөлд давтагдана)',
    en: 'Licence {licence}: ring {ring} of polygon {polygon} has {count} positions; a ring needs at least 4 (the first repeated last)',
  },
  'extractives.licences.error.areaNotClosed': {
    mn: 'Тусгай зөвшөөрөл {licence}: {polygon}-р олон өнцөгтийн {ring}-р цагираг битүү биш: сүүлийн цэг эхнийхтэйгээ ижил байна',
    en: 'Licence {licence}: ring {ring} of polygon {polygon} does not close: its last position must repeat its first',
  },
  'extractives.licences.error.areaCrosses': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбайн хил өөрийгөө огтолж байна ([{lon}, {lat}] орчимд)',
    en: 'Licence {licence}: the area’s boundary crosses itself (near [{lon}, {lat}])',
  },
  'extractives.licences.error.areaOutside': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбайн [{lon}, {lat}] цэг улсын хилийн гадна байна',
    en: 'Licence {licence}: the area’s position [{lon}, {lat}] lies outside the country',
  },
  'extractives.licences.error.areaEmpty': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбайн хэмжээ тэг байна',
    en: 'Licence {licence}: the area has no size',
  },
  'extractives.licences.error.areaSmall': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбай {hectares} га; энэ төрөлд хамгийн багадаа {min} га',
    en: 'Licence {licence}: the area is {hectares} ha; this kind needs at least {min} ha',
  },
  'extractives.licences.error.areaLarge': {
    mn: 'Тусгай зөвшөөрөл {licence}: талбай {hectares} га; энэ төрөлд {max} гаас ихгүй',
    en: 'Licence {licence}: the area is {hectares} ha; this kind allows at most {max} ha',
  },
  'extractives.licences.error.adminUnit': {
    mn: 'Тусгай зөвшөөрөл {licence}: “{code}” кодтой засаг захиргааны нэгж алга',
    en: 'Licence {licence}: there is no admin unit with code “{code}”',
  },
  'extractives.licences.error.decisionMissing': {
    mn: 'Тусгай зөвшөөрөл {licence}: төлөв өөрчлөхөд шийдвэрийн дугаар, гаргасан байгууллага, огноог бичнэ',
    en: 'Licence {licence}: a change of status needs the decision’s number, body and date',
  },
  'extractives.licences.error.feeLine': {
    mn: 'Тусгай зөвшөөрөл {licence}, төлбөрийн {line}-р мөр: он, ногдуулсан, төлсөн дүнг бичнэ үү (жишээ нь 2024 1500000 1500000)',
    en: 'Licence {licence}, fee line {line}: write the year, the amount due and the amount paid (e.g. 2024 1500000 1500000)',
  },
  'extractives.licences.error.feeTwice': {
    mn: 'Тусгай зөвшөөрөл {licence}: {year} оны төлбөр хоёр удаа бичигдсэн',
    en: 'Licence {licence}: the fees of {year} are written twice',
  },
});

/** The words of a licence: statuses and resources. */
const termMessages = defineMessages({
  'extractives.licences.status.applied': { mn: 'Хүсэлт гаргасан', en: 'Applied for' },
  'extractives.licences.status.granted': { mn: 'Олгосон', en: 'Granted' },
  'extractives.licences.status.transferred': { mn: 'Шилжүүлсэн', en: 'Transferred' },
  'extractives.licences.status.suspended': { mn: 'Түдгэлзүүлсэн', en: 'Suspended' },
  'extractives.licences.status.revoked': { mn: 'Хүчингүй болгосон', en: 'Revoked' },
  'extractives.licences.status.expired': { mn: 'Хугацаа дууссан', en: 'Expired' },
  'extractives.licences.status.relinquished': { mn: 'Буцаан өгсөн', en: 'Relinquished' },
  'extractives.licences.resource.mineral': { mn: 'Ашигт малтмал', en: 'Minerals' },
  'extractives.licences.resource.petroleum': { mn: 'Газрын тос', en: 'Petroleum' },
  'extractives.licences.resource.land': { mn: 'Газар', en: 'Land' },
  'extractives.licences.resource.water': { mn: 'Ус', en: 'Water' },
});

/** The import of licences from a cadastre's export (import.ts, pages/import.ts). */
const importMessages = defineMessages({
  'extractives.licences.import.kind': {
    mn: '“{kind}” гэсэн тусгай зөвшөөрлийн төрөл байхгүй: {kinds}-ийн аль нэгийг сонгоно уу',
    en: 'There is no kind of licence “{kind}”: choose one of {kinds}',
  },
  'extractives.licences.import.source': {
    mn: 'Эх сурвалжийг 500 хүртэл тэмдэгтээр бичнэ үү',
    en: 'Write the source in at most 500 characters',
  },
  'extractives.licences.import.read': { mn: '{where}: {message}', en: '{where}: {message}' },
  'extractives.licences.import.feature': {
    mn: '{where}, талбар {property}: {reason}',
    en: '{where}, property {property}: {reason}',
  },
  'extractives.licences.import.twice': {
    mn: '{where}: {licence} дугаар файлд хоёр удаа байна ({first}-д анх)',
    en: '{where}: the number {licence} is in the file twice (first at {first})',
  },
  'extractives.licences.import.title': {
    mn: 'Кадастрын экспортоос тусгай зөвшөөрөл оруулах',
    en: 'Import licences from a cadastre export',
  },
  'extractives.licences.import.lead': {
    mn: 'Файлын объект бүр нэг тусгай зөвшөөрөл, түүний талбай болно. Бүгдийг маягтаар нэмэхтэй адил шалгана: нэг ч алдаа байвал юу ч хадгалахгүй. Бүртгэлд байгаа дугаарыг шинэчилнэ.',
    en: 'Each feature of the file becomes a licence with its area. All are checked as when added by the form: one problem and nothing is stored. A number already in the register is updated.',
  },
  'extractives.licences.import.link': {
    mn: 'Кадастрын экспортоос оруулах',
    en: 'Import from a cadastre export',
  },
  'extractives.licences.import.kindLabel': { mn: 'Тусгай зөвшөөрлийн төрөл', en: 'Kind of licence' },
  'extractives.licences.import.chooseKind': {
    mn: 'Тусгай зөвшөөрлийн төрлөө сонгоно уу.',
    en: 'Choose the kind of licence.',
  },
  'extractives.licences.import.sourceLabel': { mn: 'Эх сурвалж (заавал биш)', en: 'Source (optional)' },
  'extractives.licences.import.fileHint': {
    mn: 'GeoJSON FeatureCollection эсвэл .shp, .dbf, .prj агуулсан ZIP. Талбаруудын нэрийг модулийн README-д тайлбарласан.',
    en: 'A GeoJSON FeatureCollection, or a ZIP holding .shp, .dbf and .prj. The property names are described in the module’s README.',
  },
  'extractives.licences.import.done': {
    mn: '{added, plural, one {# тусгай зөвшөөрөл нэмж} other {# тусгай зөвшөөрөл нэмж}}, {changed, plural, one {#-ийг} other {#-ийг}} шинэчиллээ.',
    en: '{added, plural, one {# licence added} other {# licences added}}, {changed, plural, one {# updated} other {# updated}}.',
  },
  'extractives.licences.import.problems': {
    mn: '{count, plural, one {# асуудал} other {# асуудал}}',
    en: '{count, plural, one {# problem} other {# problems}}',
  },
});

/** Every message of the licence register. */
export const licenceMessages = mergeCatalogues(
  errorMessages,
  importMessages,
  termMessages,
  searchMessages,
  pageMessages,
);
