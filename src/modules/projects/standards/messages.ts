import { defineMessages } from '../../../platform/i18n/index.ts';

/** The project page's links to its OC4IDS package and its loans' IATI activities. */
export const standardsMessages = defineMessages({
  'projects.standards.heading': { mn: 'Нээлттэй өгөгдлийн стандартаар', en: 'In open data standards' },
  'projects.standards.oc4ids': {
    mn: 'Төслийн багц, OC4IDS 0.9 (JSON)',
    en: 'Project package, OC4IDS 0.9 (JSON)',
  },
  'projects.standards.iati': {
    mn: '{title}: IATI 2.03 үйл ажиллагаа (XML)',
    en: '{title}: IATI 2.03 activity (XML)',
  },
});
