import { defineMessages } from '../../../platform/i18n/index.ts';

/** A commitment’s page: its reports and evidence, comments, following and the mail followers get. */
export const commitmentMessages = defineMessages({
  'plans.evidence.kind.file': { mn: 'Баримт бичиг', en: 'Document' },
  'plans.evidence.kind.record': { mn: 'Бүртгэл', en: 'Record' },
  'plans.evidence.kind.link': { mn: 'Холбоос', en: 'Link' },
  'plans.evidence.title': { mn: 'Нотолгоо', en: 'Evidence' },
  'plans.evidence.none': { mn: 'Нотолгоо байхгүй', en: 'No evidence' },
  'plans.evidence.count': {
    mn: '{count, plural, one {# нотолгоо} other {# нотолгоо}}',
    en: '{count, plural, one {# evidence item} other {# evidence items}}',
  },
  'plans.evidence.gone': { mn: 'одоо нийтэд нээлттэй биш', en: 'no longer public' },
  'plans.milestones.title': { mn: 'Арга хэмжээ, үе шатууд', en: 'Milestones and actions' },
  'plans.milestones.none': {
    mn: 'Баримт бичигт энэ амлалтын арга хэмжээ заагаагүй.',
    en: 'The document lists no milestones for this commitment.',
  },
  'plans.reports.title': { mn: 'Биелэлтийн тайлангууд', en: 'Progress reports' },
  'plans.reports.empty': { mn: 'Одоогоор тайлан ирээгүй.', en: 'No progress report yet.' },
  'plans.reports.emptyHint': {
    mn: 'Хариуцах байгууллага тайлан, нотолгоогоо энд нийтэлнэ.',
    en: 'The responsible organisations publish their reports and evidence here.',
  },
  'plans.source': {
    mn: 'Баримт бичгийн {line}-р мөрөөс. Дуусах хугацаа: {due}.',
    en: 'From line {line} of the document. Due: {due}.',
  },
  'plans.reported': { mn: 'Тайланг хүлээн авлаа.', en: 'The report is published.' },
  'plans.follow.start': {
    mn: 'Шинэчлэлтийг и-мэйлээр авах',
    en: 'Follow: tell me by email when it is updated',
  },
  'plans.follow.stop': { mn: 'И-мэйл авахаа болих', en: 'Stop following' },
  'plans.follow.signIn': {
    mn: 'Нэвтэрч орвол шинэчлэлтийг и-мэйлээр авах боломжтой.',
    en: 'Sign in to follow this commitment by email.',
  },
  'plans.follow.done.on': {
    mn: 'Энэ амлалт шинэчлэгдэх бүрт и-мэйл илгээнэ.',
    en: 'You will get an email whenever this commitment is updated.',
  },
  'plans.follow.done.off': {
    mn: 'Энэ амлалтын и-мэйл илгээхээ болилоо.',
    en: 'You no longer follow this commitment.',
  },
  'plans.mail.report.subject': {
    mn: 'Амлалт {number}: шинэ тайлан',
    en: 'Commitment {number}: a new progress report',
  },
  'plans.mail.report.body': {
    mn: 'Таны дагаж буй амлалтад шинэ биелэлтийн тайлан нийтлэгдлээ: {commitment}',
    en: 'A new progress report was published on a commitment you follow: {commitment}',
  },
  'plans.mail.evaluation.subject': {
    mn: 'Амлалт {number}: хараат бус үнэлгээ',
    en: 'Commitment {number}: an independent rating',
  },
  'plans.mail.evaluation.body': {
    mn: 'Таны дагаж буй амлалтын хараат бус үнэлгээ нийтлэгдлээ: {commitment}',
    en: 'An independent rating was published on a commitment you follow: {commitment}',
  },
  'plans.mail.unfollow': {
    mn: 'Дагахаа болих бол амлалтын хуудсан дээрх товчийг дарна уу.',
    en: 'To stop, use the button on the commitment’s page.',
  },
  'plans.comments.title': { mn: 'Иргэдийн сэтгэгдэл', en: 'Comments from citizens' },
  'plans.comments.none': { mn: 'Одоогоор нийтэлсэн сэтгэгдэл алга.', en: 'No published comment yet.' },
  'plans.comments.citizen': { mn: 'Иргэн', en: 'A citizen' },
  'plans.comments.label': { mn: 'Таны сэтгэгдэл', en: 'Your comment' },
  'plans.comments.hint': {
    mn: 'Зохицуулагч шалгасны дараа нэргүйгээр нийтлэгдэнэ.',
    en: 'Published without your name once a moderator has checked it.',
  },
  'plans.comments.submit': { mn: 'Сэтгэгдэл илгээх', en: 'Send the comment' },
  'plans.comments.signIn': {
    mn: 'Нэвтэрч орвол сэтгэгдэл үлдээх боломжтой.',
    en: 'Sign in to comment on this commitment.',
  },
  'plans.comments.received': {
    mn: 'Сэтгэгдлийг хүлээн авлаа: зохицуулагч шалгасны дараа нийтлэгдэнэ.',
    en: 'Your comment is received: it appears once a moderator has checked it.',
  },
  'plans.comments.error.empty': { mn: 'Сэтгэгдлээ бичнэ үү.', en: 'Write your comment.' },
  'plans.moderation.title': { mn: 'Сэтгэгдэл хянах', en: 'Comments to moderate' },
  'plans.moderation.empty': { mn: 'Хянах сэтгэгдэл алга.', en: 'No comment is waiting.' },
  'plans.moderation.publish': { mn: 'Нийтлэх', en: 'Publish' },
  'plans.moderation.reject': { mn: 'Татгалзах', en: 'Reject' },
});
