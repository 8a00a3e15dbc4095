import { defineMessages, mergeCatalogues } from '../../../platform/i18n/index.ts';
import { mergeMessages } from '../../../platform/legal-entities/index.ts';

/** The texts of the match queue and the merge log, both languages side by side, with the commands' refusals. */
export const matchMessages = mergeCatalogues(
  mergeMessages,
  defineMessages({
    'legalEntities.matches.title': { mn: 'Нэр тулгах дараалал', en: 'Names to match' },
    'legalEntities.matches.lead': {
      mn: 'Эх сурвалжид зөвхөн нэрээрээ ирсэн этгээдүүд, бүртгэлтэй хуулийн этгээдүүдээс төстэй нь. Аль нь болохыг баталгаажуулбал нэр тэр этгээдэд нэгтгэгдэнэ; нэгтгэлийг дараа нь буцааж болно. Юу ч өөрөө нэгтгэгдэхгүй.',
      en: 'Parties that came with a name only, and the registered entities they resemble. Confirming one merges the name into that entity; a merge can be undone later. Nothing is merged without you.',
    },
    'legalEntities.matches.count': {
      mn: '{count, plural, one {# нэр шийдвэр хүлээж байна} other {# нэр шийдвэр хүлээж байна}}; хамгийн эртний {shown} нь харагдаж байна.',
      en: '{count, plural, one {# name waits} other {# names wait}} for a decision; the {shown} oldest are shown.',
    },
    'legalEntities.matches.empty': { mn: 'Шийдвэр хүлээж буй нэр алга', en: 'No names wait for a decision' },
    'legalEntities.matches.emptyHint': {
      mn: 'Тулгагч нь импортын дараа шинэ нэрсийг энд нэмнэ.',
      en: 'The matcher adds new names here after imports.',
    },
    'legalEntities.matches.writtenAs': { mn: 'Бичигдсэн хэлбэр', en: 'Written as' },
    'legalEntities.matches.cameFrom': { mn: 'Эх сурвалж', en: 'Came from' },
    'legalEntities.matches.question': {
      mn: '«{name}» аль хуулийн этгээд вэ?',
      en: 'Which entity is “{name}”?',
    },
    'legalEntities.matches.questionHint': {
      mn: 'Нэгийг сонгоод баталгаажуулна уу. Сонголгүй баталгаажуулбал хамгийн өндөр оноотойг авна; сонголгүй татгалзвал бүгдээс татгалзана.',
      en: 'Choose one and confirm. Confirming without a choice takes the best match; rejecting without a choice rejects them all.',
    },
    'legalEntities.matches.candidateHint': {
      mn: 'Тохирц {score}%. Бүртгэлтэй нэрс: {names}',
      en: 'Match {score}%. Registered names: {names}',
    },
    'legalEntities.matches.confirm': { mn: 'Баталгаажуулж нэгтгэх', en: 'Confirm and merge' },
    'legalEntities.matches.reject': { mn: 'Татгалзах', en: 'Reject' },
    'legalEntities.matches.done.confirmed': {
      mn: 'Нэрийг хуулийн этгээдэд нэгтгэлээ. Нэгтгэлийн бүртгэлээс буцааж болно.',
      en: 'The name was merged into the entity. The merge can be undone from the log of merges.',
    },
    'legalEntities.matches.done.rejected': {
      mn: 'Саналаас татгалзлаа: дахин санал болгохгүй.',
      en: 'The match was rejected: it will not be proposed again.',
    },
    'legalEntities.merges.title': { mn: 'Нэгтгэлийн бүртгэл', en: 'Log of merges' },
    'legalEntities.merges.lead': {
      mn: 'Хуулийн этгээдүүдийг хэн, хэзээ, яагаад нэгтгэсэн. Этгээдийн хамгийн сүүлийн нэгтгэлийг буцааж болно: бүх дугаар өмнөх байрандаа очно.',
      en: 'Which entities were merged, by whom, when and why. The latest merge of an entity can be undone: every id goes back where it was.',
    },
    'legalEntities.merges.empty': { mn: 'Нэгтгэл хийгдээгүй байна', en: 'No merges yet' },
    'legalEntities.merges.caption': {
      mn: 'Нэгтгэлүүд, хамгийн сүүлийнх эхэндээ ({shown})',
      en: 'Merges, latest first ({shown})',
    },
    'legalEntities.merges.number': { mn: '№', en: 'No.' },
    'legalEntities.merges.from': { mn: 'Нэгтгэгдсэн этгээд', en: 'Entity merged' },
    'legalEntities.merges.into': { mn: 'Аль этгээдэд', en: 'Into' },
    'legalEntities.merges.why': { mn: 'Шалтгаан', en: 'Why' },
    'legalEntities.merges.state': { mn: 'Буцаах', en: 'Undo' },
    'legalEntities.merges.moved': {
      mn: '{count, plural, one {түүнд нэгтгэгдсэн # этгээдийн хамт} other {түүнд нэгтгэгдсэн # этгээдийн хамт}}',
      en: '{count, plural, one {with # entity merged into it} other {with # entities merged into it}}',
    },
    'legalEntities.merges.mergedBy': { mn: '{at}, {by}', en: '{at}, by {by}' },
    'legalEntities.merges.undoneBy': { mn: '{at}-д {by} буцаасан', en: 'Undone {at} by {by}' },
    'legalEntities.merges.undoReason': {
      mn: '№{id} нэгтгэлийг буцаах шалтгаан',
      en: 'Why undo merge no. {id}',
    },
    'legalEntities.merges.undo': { mn: '№{id} нэгтгэлийг буцаах', en: 'Undo merge no. {id}' },
    'legalEntities.merges.done': {
      mn: 'Нэгтгэлийг буцаалаа: этгээдүүд өмнөх байрандаа орж, нэр дахин дараалалд орлоо.',
      en: 'The merge was undone: the entities are back where they were, and a confirmed name is back in the queue.',
    },
  }),
);
