import { defineMessages } from '../i18n/index.ts';

/** The words of the public map page (`/map`) and its island. */
export const geoMessages = defineMessages({
  'nav.map': { mn: 'Газрын зураг', en: 'Map' },
  'geo.map.title': { mn: 'Газрын зураг', en: 'Map' },
  'geo.map.lead': {
    mn: 'Байршилтай нийтийн бүртгэлүүд газрын зураг дээр. Ойролцоо газрууд нэг дугуйд нийлж, тоо нь бичигдэнэ; бүх тоо доорх хүснэгтэд бий.',
    en: 'The public registers that have a place, on the map. Places close together are one circle with their count on it; every figure is in the table below.',
  },
  'geo.map.layer': { mn: 'Давхарга', en: 'Layer' },
  'geo.map.unit': { mn: 'Аймаг, нийслэл', en: 'Aimag or the capital' },
  'geo.map.allUnits': { mn: 'Бүх улс', en: 'The whole country' },
  'geo.map.layers': { mn: 'Давхаргууд', en: 'The layers' },
  'geo.map.download': { mn: '{title}: GeoJSON', en: '{title} as GeoJSON' },
  'geo.map.none': {
    mn: 'Байршилтай нийтийн бүртгэл одоогоор алга.',
    en: 'No public register with places is installed yet.',
  },
  'geo.map.precision': {
    mn: '{point} нь өөрийн цэгээр, {soum} нь сум, дүүргийн төвөөр, {aimag} нь аймаг, нийслэлийн төвөөр байрлана; төвийг яг байршил гэж бүү ойлгоорой.',
    en: '{point} at their own point, {soum} at the centre of their soum or district, {aimag} at the centre of their aimag or the capital: a centre is not the place itself.',
  },
  'geo.map.truncated': {
    mn: 'Эхний {count} газрыг харуулав; бүгдийг нь GeoJSON-оор татаж авна уу.',
    en: 'The first {count} places are shown; download the GeoJSON for all of them.',
  },
  'geo.map.island': {
    mn: 'Газрын зураг: чирж шилжүүлэх, томруулах боломжтой. Доорх хүснэгтэд ижил тоонууд бий.',
    en: 'Map: drag to move, zoom with the buttons or the keyboard. The table below has the same figures.',
  },
});
