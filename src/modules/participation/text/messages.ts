import { defineMessages } from '../../../platform/i18n/index.ts';

/** The words of a comparison of two versions of a draft (`diff.ts`), both languages side by side. */
export const textMessages = defineMessages({
  'participation.diff.count.changed': { mn: '{count} заалт өөрчлөгдсөн', en: '{count} changed' },
  'participation.diff.count.added': { mn: '{count} заалт нэмэгдсэн', en: '{count} added' },
  'participation.diff.count.removed': { mn: '{count} заалт хасагдсан', en: '{count} removed' },
  'participation.diff.count.moved': {
    mn: '{count} заалтын дугаар, байршил өөрчлөгдсөн',
    en: '{count} renumbered or moved',
  },
  'participation.diff.same': { mn: 'Хувилбарууд ялгаагүй.', en: 'The two versions are the same.' },
  'participation.diff.title': { mn: 'Нэр', en: 'Title' },
  'participation.diff.preamble': { mn: 'Удиртгал', en: 'Preamble' },
  'participation.diff.status.changed': { mn: 'Өөрчлөгдсөн', en: 'Changed' },
  'participation.diff.status.added': { mn: 'Нэмэгдсэн', en: 'Added' },
  'participation.diff.status.removed': { mn: 'Хасагдсан', en: 'Removed' },
  'participation.diff.status.moved': {
    mn: 'Дугаар, байршил өөрчлөгдсөн: {from} → {to}',
    en: 'Renumbered or moved: {from} → {to}',
  },
  'participation.diff.inserted': { mn: 'нэмсэн:', en: 'added:' },
  'participation.diff.deleted': { mn: 'хассан:', en: 'removed:' },
  'participation.diff.end': { mn: '(төгсгөл)', en: '(end)' },
});
