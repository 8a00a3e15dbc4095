import { defineMessages } from '../../platform/i18n/index.ts';

/** The words of the places register's pages, navigation and home card, both languages side by side. */
export const messages = defineMessages({
  'places.title': { mn: 'Газар нутаг', en: 'Places' },
  'nav.places': { mn: 'Газар нутаг', en: 'Places' },
  'places.card': {
    mn: 'Нийслэл, дүүрэг, аймаг, сумд: бүх бүртгэл газар нутгийг эдгээрээр заана. Албан ёсны хил оруулсны дараа газрын зураг жинхэнэ хэлбэрээр зурагдана.',
    en: 'The capital, districts, aimags and soums every register places its records in; once official boundaries are imported, maps draw their real shapes.',
  },
  'places.cardFigure': {
    mn: '{count, plural, one {нэгжийн хил} other {нэгжийн хил}}',
    en: '{count, plural, one {unit with a boundary} other {units with boundaries}}',
  },
  'places.lead': {
    mn: 'Засаг захиргааны нэгжүүд, тэдгээрийн албан ёсны хил оруулсан эсэх, хилийн эх сурвалж, лиценз. Хилийг зөвхөн оператор албан ёсны файлаас оруулна; гараар зурахгүй.',
    en: 'The administrative units, whether their official boundaries have been imported, and the boundaries’ source and licence. Boundaries come only from official files an operator imports; none is drawn by hand.',
  },
  'places.noBoundaries': {
    mn: 'Албан ёсны хил хараахан оруулаагүй тул газрын зураг бүдүүвч байна.',
    en: 'No official boundaries have been imported yet, so the map is a schematic.',
  },
  'places.map.title': {
    mn: 'Аймаг, нийслэлийн талбай (км²)',
    en: 'Area of the aimags and the capital (km²)',
  },
  'places.map.unitTitle': { mn: '{name}: талбай (км²)', en: '{name}: area (km²)' },
  'places.map.value': { mn: 'Талбай, км²', en: 'Area, km²' },
  'places.caption': {
    mn: 'Засаг захиргааны нэгжүүд ба тэдгээрийн хил',
    en: 'Administrative units and their boundaries',
  },
  'places.childrenCaption': { mn: '{name}-ийн харьяа нэгжүүд', en: 'Units within {name}' },
  'places.noChildren': { mn: 'Харьяа нэгж бүртгэгдээгүй.', en: 'No units within it are registered.' },
  'places.col.code': { mn: 'Код', en: 'Code' },
  'places.col.name': { mn: 'Нэр', en: 'Name' },
  'places.col.kind': { mn: 'Төрөл', en: 'Kind' },
  'places.col.parent': { mn: 'Харьяалал', en: 'Within' },
  'places.col.iso': { mn: 'ISO 3166-2', en: 'ISO 3166-2' },
  'places.col.centre': { mn: 'Төв', en: 'Centre' },
  'places.col.coordinates': { mn: 'Төвийн солбицол', en: 'Centre’s coordinates' },
  'places.col.boundary': { mn: 'Хил', en: 'Boundary' },
  'places.col.source': { mn: 'Хилийн эх сурвалж', en: 'Source of the boundary' },
  'places.col.licence': { mn: 'Лиценз', en: 'Licence' },
  'places.col.importedAt': { mn: 'Оруулсан огноо', en: 'Imported on' },
  'places.col.area': { mn: 'Талбай, км²', en: 'Area, km²' },
  'places.boundary.imported': { mn: 'Оруулсан', en: 'Imported' },
  'places.boundary.none': { mn: 'Оруулаагүй', en: 'Not imported' },
  'places.boundary.missing': {
    mn: 'Энэ нэгжийн албан ёсны хилийг хараахан оруулаагүй байна.',
    en: 'This unit’s official boundary has not been imported yet.',
  },
  'places.kind.capital': { mn: 'Нийслэл', en: 'Capital' },
  'places.kind.aimag': { mn: 'Аймаг', en: 'Aimag' },
  'places.kind.district': { mn: 'Дүүрэг', en: 'District' },
  'places.kind.soum': { mn: 'Сум', en: 'Soum' },
});
