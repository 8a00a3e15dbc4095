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
});
