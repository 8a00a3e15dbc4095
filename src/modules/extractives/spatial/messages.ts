import { defineMessages } from '../../../platform/i18n/index.ts';

/** The words of the licence map, its GeoJSON and the overlaps pages, both languages side by side. */
export const spatialMessages = defineMessages({
  'extractives.map.title': { mn: 'Лицензийн талбайн зураг', en: 'Map of licence areas' },
  'extractives.map.lead': {
    mn: 'Ашигт малтмал, газрын тос, газар, усны лицензийн талбай бүртгэлд байгаагаар. Шүүлтүүрээр сонгож, талбай бүр дээр дарж лицензийн хуудас руу орно. Хүснэгт нь газрын зургийн доор байна.',
    en: 'Mineral, petroleum, land and water licence areas as the register holds them. Choose with the filters; each area links to its licence’s page, and the table below the map lists them all.',
  },
  'extractives.map.kind': { mn: 'Лицензийн төрөл', en: 'Kind of licence' },
  'extractives.map.resource': { mn: 'Нөөц', en: 'Resource' },
  'extractives.map.status': { mn: 'Төлөв', en: 'Status' },
  'extractives.map.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'extractives.map.commodity': { mn: 'Түүхий эд', en: 'Commodity' },
  'extractives.map.window': { mn: 'Газрын зургийн цонх', en: 'Map window' },
  'extractives.map.windowHint': {
    mn: 'Баруун урт, өмнөд өргөрөг, зүүн урт, хойд өргөрөг (WGS 84), таслалаар: жишээ нь 105,47,108,48',
    en: 'West longitude, south latitude, east longitude, north latitude (WGS 84), with commas: e.g. 105,47,108,48',
  },
  'extractives.map.windowInvalid': {
    mn: 'Газрын зургийн цонх дөрвөн тоо байх ёстой (баруун ≤ зүүн, өмнөд ≤ хойд); цонхгүйгээр харуулав.',
    en: 'The map window must be four numbers (west ≤ east, south ≤ north); the map is shown without it.',
  },
  'extractives.map.any': { mn: 'Бүгд', en: 'Any' },
  'extractives.map.note': { mn: 'Эх сурвалж: лицензийн бүртгэл.', en: 'Source: the licence register.' },
  'extractives.map.more': {
    mn: '{count, plural, one {Эхний # талбайг} other {Эхний # талбайг}} зурав; бусдыг харахын тулд шүүлтүүр эсвэл цонхоо нарийсгана уу.',
    en: '{count, plural, one {The first # area is} other {The first # areas are}} drawn; narrow the filters or the map window to see the rest.',
  },
  'extractives.map.none': {
    mn: 'Эдгээр шүүлтүүрт тохирох лицензийн талбай алга.',
    en: 'No licence area meets these filters.',
  },
  'extractives.map.geojson': { mn: 'Эдгээр талбай GeoJSON-оор', en: 'These areas as GeoJSON' },
  'extractives.resource.mineral': { mn: 'Ашигт малтмал', en: 'Minerals' },
  'extractives.resource.petroleum': { mn: 'Газрын тос', en: 'Petroleum' },
  'extractives.resource.land': { mn: 'Газар', en: 'Land' },
  'extractives.resource.water': { mn: 'Ус', en: 'Water' },
  'extractives.spatialStatus.applied': { mn: 'Өргөдөл гаргасан', en: 'Applied for' },
  'extractives.spatialStatus.granted': { mn: 'Олгосон', en: 'Granted' },
  'extractives.spatialStatus.transferred': { mn: 'Шилжүүлсэн', en: 'Transferred' },
  'extractives.spatialStatus.suspended': { mn: 'Түдгэлзүүлсэн', en: 'Suspended' },
  'extractives.spatialStatus.revoked': { mn: 'Хүчингүй болгосон', en: 'Revoked' },
  'extractives.spatialStatus.expired': { mn: 'Хугацаа дууссан', en: 'Expired' },
  'extractives.spatialStatus.relinquished': { mn: 'Буцаасан', en: 'Relinquished' },
  'extractives.overlaps.title': { mn: 'Давхцсан лицензийн талбай', en: 'Overlapping licence areas' },
  'extractives.overlaps.lead': {
    mn: 'Хүчин төгөлдөр лиценз (өргөдөл, олгосон, шилжүүлсэн, түдгэлзүүлсэн) хоорондоо, эсвэл тусгай хамгаалалттай газар, усны эхтэй давхцсан талбай. Бүртгэлээс одоо тооцов.',
    en: 'Current licences (applied for, granted, transferred or suspended) whose areas overlap each other, or a protected area or water source. Computed now from the register.',
  },
  'extractives.overlaps.licenceTitle': {
    mn: '{number} лицензийн давхцал',
    en: 'Overlaps of licence {number}',
  },
  'extractives.overlaps.licence': { mn: 'Лиценз', en: 'Licence' },
  'extractives.overlaps.other': { mn: 'Давхцсан', en: 'Overlaps' },
  'extractives.overlaps.layer': { mn: 'Давхарга', en: 'Layer' },
  'extractives.overlaps.name': { mn: 'Нэр', en: 'Name' },
  'extractives.overlaps.hectares': { mn: 'Давхцал, га', en: 'Overlap, ha' },
  'extractives.overlaps.share': { mn: 'Талбайн хувь', en: 'Share of the area, %' },
  'extractives.overlaps.withLicences': { mn: 'Бусад хүчин төгөлдөр лиценз', en: 'Other current licences' },
  'extractives.overlaps.withRestricted': {
    mn: 'Тусгай хамгаалалттай газар, усны эх',
    en: 'Protected areas and water sources',
  },
  'extractives.overlaps.none': { mn: 'Давхцал алга.', en: 'No overlaps.' },
  'extractives.overlaps.noArea': {
    mn: 'Энэ лицензийн талбай бүртгэгдээгүй тул давхцлыг тооцох боломжгүй.',
    en: 'This licence has no area recorded, so its overlaps cannot be computed.',
  },
  'extractives.overlaps.count': {
    mn: '{count, plural, one {# давхцал} other {# давхцал}}',
    en: '{count, plural, one {# overlap} other {# overlaps}}',
  },
  'extractives.overlaps.truncated': {
    mn: '{count, plural, one {# давхцлын} other {# давхцлын}} хамгийн том {shown}-г жагсаав.',
    en: '{count, plural, one {The largest {shown} of # overlap are} other {The largest {shown} of # overlaps are}} listed.',
  },
  'extractives.overlaps.noLayers': {
    mn: 'Тусгай хамгаалалттай газар, усны эхийн давхарга хараахан оруулаагүй: зөвхөн лиценз хоорондын давхцлыг харуулав.',
    en: 'No protected-area or water-source layer has been imported yet: only overlaps between licences are shown.',
  },
  'extractives.overlaps.all': { mn: 'Бүх давхцал', en: 'All overlaps' },
  'extractives.restricted.title': {
    mn: 'Давхцаж болохгүй газрын давхарга оруулах',
    en: 'Import a restricted layer',
  },
  'extractives.restricted.lead': {
    mn: 'Тусгай хамгаалалттай газар эсвэл усны эхийн давхаргыг эзэмшигчийнх нь экспортоос оруулна: GeoJSON эсвэл shapefile-ийн ZIP (.shp, .dbf, .prj). Сонгосон давхаргыг бүхэлд нь солино; алдаатай бол юу ч хадгалахгүй.',
    en: 'A protected-area or water-source layer from its keeper’s export: GeoJSON, or a ZIP of shapefiles (.shp, .dbf, .prj). It replaces the chosen layer whole; with any problem nothing is stored.',
  },
  'extractives.restricted.layer': { mn: 'Давхарга', en: 'Layer' },
  'extractives.restricted.chooseLayer': { mn: 'Давхаргаа сонгоно уу.', en: 'Choose the layer.' },
  'extractives.restricted.source': { mn: 'Эх сурвалж', en: 'Source' },
  'extractives.restricted.sourceHint': {
    mn: 'Хэн, хаана нийтэлсэн: 1–500 тэмдэгт.',
    en: 'Who published the layer, and where: 1 to 500 characters.',
  },
  'extractives.restricted.nameProperty': { mn: 'Нэрийн талбар', en: 'Property naming each area' },
  'extractives.restricted.file': { mn: 'Файл', en: 'File' },
  'extractives.restricted.fileHint': {
    mn: 'GeoJSON эсвэл ZIP, 100 МБ хүртэл.',
    en: 'GeoJSON or ZIP, up to 100 MB.',
  },
  'extractives.restricted.choose': { mn: 'Файлаа сонгоно уу.', en: 'Choose a file.' },
  'extractives.restricted.submit': { mn: 'Оруулах', en: 'Import' },
  'extractives.restricted.done': {
    mn: '{count, plural, one {# талбай оруулав.} other {# талбай оруулав.}}',
    en: '{count, plural, one {# area imported.} other {# areas imported.}}',
  },
  'extractives.restricted.nothing': { mn: 'Юу ч хадгалсангүй.', en: 'Nothing was stored.' },
  'extractives.restricted.problems': {
    mn: '{count, plural, one {# асуудал} other {# асуудал}}',
    en: '{count, plural, one {# problem} other {# problems}}',
  },
  'extractives.restricted.where': { mn: 'Хаана', en: 'Where' },
  'extractives.restricted.problem': { mn: 'Асуудал', en: 'Problem' },
});
