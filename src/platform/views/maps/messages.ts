import { defineMessages } from '../../i18n/index.ts';

/** The words the maps say themselves: the schematic's honesty, the description, the legend. */
export const mapMessages = defineMessages({
  'components.map.schematic': {
    mn: 'Бүдүүвч: дөрвөлжин бүр нэг аймаг, төвийнх нь байршлаар; хил, хэмжээг харуулахгүй.',
    en: 'A schematic: each square is one aimag, placed by its centre; it does not show borders or size.',
  },
  'components.map.schematicOutline': {
    mn: 'Бүдүүвч: дөрвөлжин бүр нэг аймаг, төвийнх нь байршлаар, улсын хилийн тасархай шугам дотор; аймгийн хил, хэмжээг харуулахгүй.',
    en: 'A schematic: each square is one aimag, placed by its centre, inside the country’s dashed outline; it does not show their borders or size.',
  },
  'components.map.boundaries': {
    mn: 'Хил: {sources}.',
    en: 'Boundaries: {sources}.',
  },
  'components.map.describe': {
    mn: '{count, plural, one {# нэгж} other {# нэгж}}. Хамгийн их: {highest} ({highestValue}); хамгийн бага: {lowest} ({lowestValue}).',
    en: '{count, plural, one {# unit} other {# units}}. Highest: {highest} ({highestValue}); lowest: {lowest} ({lowestValue}).',
  },
  'components.map.noFigures': { mn: 'Тоон мэдээлэл алга.', en: 'No figures.' },
  'components.map.classRange': { mn: '{from} – {to}', en: '{from} to {to}' },
  'components.map.classFrom': { mn: '{from} ба түүнээс дээш', en: '{from} and above' },
  'components.map.none': { mn: 'Тоо алга', en: 'No figure' },
  'components.map.describePoints': {
    mn: '{count, plural, one {# газар} other {# газар}}, {marks, plural, one {# тэмдэгт} other {# тэмдэгт}}; хамгийн томд {largest} газар, {near} орчим.',
    en: '{count, plural, one {# place} other {# places}} in {marks, plural, one {# mark} other {# marks}}; the largest holds {largest}, near {near}.',
  },
  'components.map.noPoints': { mn: 'Газрын байршил алга.', en: 'No places.' },
  'components.map.pointsKey': {
    mn: 'Дугуй: нэг газар; тоотой дугуй: ойролцоо байгаа тэр олон газар',
    en: 'A circle: one place; a circle with a number: that many places close together',
  },
  'components.map.andMore': {
    mn: '{names} болон өөр {count}',
    en: '{names} and {count} more',
  },
  'components.map.places': { mn: 'Газрууд', en: 'Places' },
  'components.map.count': { mn: 'Тоо', en: 'Count' },
  'components.map.position': { mn: 'Төв (өргөрөг, уртраг)', en: 'Centre (latitude, longitude)' },
  'components.map.describePolygons': {
    mn: '{count, plural, one {# талбай} other {# талбай}}: {classes}.',
    en: '{count, plural, one {# area} other {# areas}}: {classes}.',
  },
  'components.map.noAreas': { mn: 'Талбай алга.', en: 'No areas.' },
  'components.map.area': { mn: 'Талбай', en: 'Area' },
  'components.map.class': { mn: 'Төрөл', en: 'Class' },
  'components.map.km2': { mn: 'Хэмжээ, км²', en: 'Size, km²' },
});
