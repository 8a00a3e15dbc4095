import { defineMessages } from '../../../platform/i18n/index.ts';

/** The review of an imported plan and its correction forms. */
export const reviewMessages = defineMessages({
  'plans.review.correctTitle': { mn: 'Нэрийг засах', en: 'Correct the title' },
  'plans.review.addOrganization': { mn: 'Байгууллага нэмэх', en: 'Add an organisation' },
  'plans.review.removeOrganization': { mn: 'Хасах', en: 'Remove' },
  'plans.review.choose': { mn: '— сонгох —', en: '— choose —' },
  'plans.review.link': { mn: 'Хянах, засах, нийтлэх', en: 'Review, correct and publish' },
  'plans.review.title': { mn: 'Төлөвлөгөөг хянах', en: 'Review the plan' },
  'plans.review.counts': {
    mn: '{priorities, plural, one {# тэргүүлэх чиглэл} other {# тэргүүлэх чиглэл}}, {commitments, plural, one {# амлалт} other {# амлалт}}, {milestones, plural, one {# арга хэмжээ} other {# арга хэмжээ}}; бүртгэлд олдоогүй {unmatched, plural, one {# байгууллага} other {# байгууллага}}; байршуулж чадаагүй {unplaced, plural, one {# хэсэг} other {# хэсэг}}.',
    en: '{priorities, plural, one {# priority area} other {# priority areas}}, {commitments, plural, one {# commitment} other {# commitments}}, {milestones, plural, one {# milestone} other {# milestones}}; {unmatched, plural, one {# organisation} other {# organisations}} not in the registry; {unplaced, plural, one {# piece} other {# pieces}} of text not placed.',
  },
  'plans.review.source': {
    mn: 'Эх баримт: {name} (SHA-256 {sha}…)',
    en: 'Source document: {name} (SHA-256 {sha}…)',
  },
  'plans.review.publish': { mn: 'Нийтлэх', en: 'Publish' },
  'plans.review.blocked': { mn: 'Нийтлэхийн өмнө засах зүйл:', en: 'To correct before publishing:' },
  'plans.review.ready': {
    mn: 'Нийтлэхэд бэлэн. Нийтэлсний дараа ч засах боломжтой.',
    en: 'Ready to publish. Corrections stay possible after publishing.',
  },
  'plans.review.publishButton': { mn: 'Төлөвлөгөөг нийтлэх', en: 'Publish the plan' },
  'plans.review.notPublished': { mn: 'Төлөвлөгөөг нийтэлсэнгүй', en: 'The plan was not published' },
  'plans.review.unnumbered': {
    mn: 'Дугааргүй амлалт байна: дугаарыг нь оруулна уу.',
    en: 'A commitment has no number: enter its number.',
  },
  'plans.review.unplaced': { mn: 'Байршуулж чадаагүй текст', en: 'Text the import could not place' },
  'plans.review.unmatched': {
    mn: 'Бүртгэлд олдоогүй байгууллагууд',
    en: 'Organisations not found in the registry',
  },
  'plans.review.allMatched': {
    mn: 'Бүх байгууллага бүртгэлтэй тохирлоо.',
    en: 'Every organisation matched the registry.',
  },
  'plans.review.warnings': { mn: 'Шалгах зүйлс', en: 'Things to check' },
  'plans.review.nothing': { mn: 'Алга.', en: 'None.' },
  'plans.review.items': { mn: 'Амлалт, арга хэмжээ', en: 'Commitments and milestones' },
  'plans.review.line': { mn: '{line}-р мөр', en: 'line {line}' },
  'plans.review.correct': { mn: 'Засах', en: 'Correct' },
  'plans.review.correctCommitment': { mn: 'Амлалтыг засах', en: 'Correct a commitment' },
  'plans.review.correctMilestone': { mn: 'Арга хэмжээг засах', en: 'Correct a milestone' },
  'plans.review.save': { mn: 'Хадгалах', en: 'Save' },
  'plans.review.saved': { mn: 'Засварыг хадгаллаа.', en: 'The correction is saved.' },
  'plans.review.written': { mn: 'Баримтад бичсэнээр', en: 'As written' },
  'plans.review.organization': { mn: 'Бүртгэл дэх байгууллага', en: 'Organisation in the registry' },
  'plans.review.noMatch': { mn: '— тохирох байгууллагагүй —', en: '— no match —' },
  'plans.review.role': { mn: 'Үүрэг', en: 'Role' },
  'plans.review.saveOrganization': { mn: 'Байгууллагыг хадгалах', en: 'Save the organisation' },
  'plans.review.organizations': { mn: 'Байгууллагууд', en: 'Organisations' },
  'plans.review.noOrganizations': {
    mn: 'Баримт бичигт энд байгууллага заагаагүй.',
    en: 'The document names no organisation here.',
  },
  'plans.review.back': { mn: 'Хяналт руу буцах', en: 'Back to the review' },
});
