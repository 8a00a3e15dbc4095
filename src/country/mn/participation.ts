import type { ParticipationPack, ParticipationSource } from '../participation-pack.ts';

/**
 * General Administrative Law (Захиргааны ерөнхий хууль), 19 June 2015, in force 1 July 2016,
 * art. 62.1: a draft administrative normative act is posted on the agency's website and notice
 * board for not less than 30 days to collect comments ("…30-аас доошгүй хоногийн хугацаанд
 * байрлуулж санал авна"), as quoted by the Judicial General Council
 * (https://judcouncil.mn/site/news_full/13614). Art. 3.1.1 puts the drafting of legislation
 * outside the law, so the 30 days do not reach draft laws.
 */
const gal62: ParticipationSource = {
  mn: 'Захиргааны ерөнхий хууль (2015), 62 дугаар зүйлийн 62.1 дэх хэсэг',
  en: 'General Administrative Law (2015), article 62.1',
  url: 'https://legalinfo.mn/en/edtl/16230949095811',
  confirmed: true,
  note: 'Text of 62.1 read as quoted on judcouncil.mn/site/news_full/13614: not less than 30 days on the website and notice board.',
};

/** Law on Legislation (Хууль тогтоомжийн тухай), revised 29 May 2015: ch. 6, arts. 38–39. */
const legislationLaw: ParticipationSource = {
  mn: 'Хууль тогтоомжийн тухай хууль (2015, шинэчилсэн найруулга), 38–39 дүгээр зүйл',
  en: 'Law on Legislation (revised edition of 2015), articles 38–39',
  url: 'https://legalinfo.mn/mn/detail/11119',
  confirmed: false,
  note: 'Not confirmed: public review of drafts is in chapter 6, articles 38–39, per a secondary table of contents (uryuitoga.com/?p=7535); the articles were not read, so no minimum period is encoded and the administrator sets it.',
};

/** Law on Public Hearing (Нийтийн сонсголын тухай), 8 July 2015, art. 4.2. */
const hearingLaw: ParticipationSource = {
  mn: 'Нийтийн сонсголын тухай хууль (2015), 4 дүгээр зүйлийн 4.2.1',
  en: 'Law on Public Hearing (2015), article 4.2.1',
  url: 'https://old.legalinfo.mn/law/details/15930',
  confirmed: true,
  note: 'Art. 4.2.1 (unofficial English text on legalinfo.mn): a hearing is held before the drafting of legislation and of administrative normative acts.',
};

/** A kind that is an administrative normative act only when it binds the public. */
const normativeOnlySometimes = (kind: string): ParticipationSource => ({
  ...gal62,
  confirmed: false,
  note: `Not confirmed: ${kind} that binds the public generally is an administrative normative act, and GAL 62.1's 30 days then apply (the organiser chooses the kind "administrative normative act"); whether every such decision does was not confirmed, so no minimum is encoded here and the administrator sets it.`,
});

const hearingOnlySometimes = (kind: string): ParticipationSource => ({
  ...hearingLaw,
  confirmed: false,
  note: `Not confirmed: art. 4.2 requires a hearing before ${kind} only when it is an administrative normative act or a matter of public interest the law names; the kind alone does not decide it, so the platform does not require one and the organiser may hold one.`,
});

/**
 * Platform policy with no law behind it; `note` says what it is modelled on, if anything. An
 * administrator may change these figures in the pack.
 */
const policy = (note: string): ParticipationSource => ({
  mn: 'Платформын бодлого (хууль тогтоомжид заагаагүй)',
  en: 'Platform policy: no law sets this',
  confirmed: false,
  note,
});

/** Mongolia's rules of public participation in draft acts, hearings and decisions. */
export const participation: ParticipationPack = {
  actKinds: [
    {
      code: 'law',
      name: { mn: 'Улсын Их Хурлын хууль (хуулийн төсөл)', en: 'Law of the State Great Khural (draft law)' },
      minimumCommentDays: null,
      commentSource: legislationLaw,
      hearingRequired: true,
      hearingSource: hearingLaw,
    },
    {
      code: 'administrative-normative-act',
      name: { mn: 'Захиргааны хэм хэмжээний акт', en: 'Administrative normative act' },
      minimumCommentDays: 30,
      commentSource: gal62,
      hearingRequired: true,
      hearingSource: hearingLaw,
    },
    {
      code: 'government-resolution',
      name: { mn: 'Засгийн газрын тогтоол', en: 'Government resolution' },
      minimumCommentDays: null,
      commentSource: normativeOnlySometimes('a government resolution'),
      hearingRequired: false,
      hearingSource: hearingOnlySometimes('a government resolution'),
    },
    {
      code: 'ministerial-order',
      name: { mn: 'Сайдын тушаал', en: 'Ministerial order' },
      minimumCommentDays: null,
      commentSource: normativeOnlySometimes('a minister’s order'),
      hearingRequired: false,
      hearingSource: hearingOnlySometimes('a minister’s order'),
    },
    {
      code: 'local-assembly-decision',
      name: {
        mn: 'Иргэдийн Төлөөлөгчдийн Хурлын шийдвэр (аймаг, нийслэл, сум, дүүрэг)',
        en: 'Decision of a Citizens’ Representatives Khural (aimag, capital, soum, district)',
      },
      minimumCommentDays: null,
      commentSource: normativeOnlySometimes('a local Khural’s decision'),
      hearingRequired: false,
      hearingSource: hearingOnlySometimes('a local Khural’s decision'),
    },
    {
      code: 'governor-decree',
      name: {
        mn: 'Аймаг, нийслэлийн Засаг даргын захирамж',
        en: 'Decree of an aimag or capital city governor',
      },
      minimumCommentDays: null,
      commentSource: normativeOnlySometimes('a governor’s decree'),
      hearingRequired: false,
      hearingSource: hearingOnlySometimes('a governor’s decree'),
    },
  ],
  commentDays: {
    count: 'calendar',
    source: {
      ...gal62,
      confirmed: false,
      note: 'Not confirmed: GAL 62.1 counts in "хоног" (whole days), which Mongolian laws use for calendar days as against "ажлын өдөр" (working days); no definition of it in the law was read, so calendar days are assumed, the day of publication not counted.',
    },
  },
  reviewRequest: {
    days: 30,
    count: 'calendar',
    maxExtensionDays: 30,
    source: {
      mn: 'Платформын бодлого: Иргэдээс төрийн байгууллага, албан тушаалтанд гаргасан өргөдөл, гомдлыг шийдвэрлэх тухай хуулийн 16 дугаар зүйлийг жишиг болгов',
      en: 'Platform policy, modelled on the Law on Settling Petitions and Complaints Submitted by Citizens to State Bodies and Officials, article 16',
      url: 'https://legalinfo.mn/mn/detail/294',
      confirmed: false,
      note: 'No law found sets a period for answering a request to review a decision on its participation; the petitions law’s 30 calendar days, extendable once by up to 30 by the head of the organisation (as the pack’s feedback and questions use), is borrowed.',
    },
  },
  events: {
    minimumNoticeDays: null,
    noticeSource: {
      ...hearingLaw,
      confirmed: false,
      note: 'Not confirmed: the Law on Public Hearing’s notice period before a hearing was not read; the organiser sets the notice until it is.',
    },
    reminderMinutesBefore: [24 * 60, 60],
    reminderSource: policy('Reminders a day and an hour before the start.'),
  },
  digest: {
    dailyHour: 9,
    weeklyWeekday: 1,
    source: policy('The daily digest at 09:00 Ulaanbaatar time, the weekly one on Monday at the same hour.'),
  },
  moderation: {
    rules: [
      {
        mn: 'Хэнийг ч доромжлохгүй, заналхийлэхгүй, үзэн ядалт өдөөхгүй.',
        en: 'Do not insult, threaten or stir up hatred against anyone.',
      },
      {
        mn: 'Бусдын хувийн мэдээллийг (хаяг, утас, регистрийн дугаар, эрүүл мэндийн мэдээлэл г.м.) нийтлэхгүй.',
        en: 'Do not publish other people’s personal data (address, phone, register number, health and the like).',
      },
      {
        mn: 'Хэлэлцэж буй төсөл, арга хэмжээний сэдвээр бичнэ.',
        en: 'Keep to the draft or the event under discussion.',
      },
      { mn: 'Сурталчилгаа, спам нийтлэхгүй.', en: 'No advertising or spam.' },
      {
        mn: 'Нуусан сэтгэгдэл байрандаа үлдэж, нуусан гэдэг, аль дүрмээр, ямар шалтгаанаар нуусныг харуулна; зохиогч нь мэдэгдэл авч, дахин хянуулахыг хүсэж болно.',
        en: 'Nothing is removed silently: a hidden comment stays in its place showing that it was hidden, under which rule and why; its author is told and may ask for a review.',
      },
    ],
    source: policy('The rules are the platform’s; no law sets the rules of comments on drafts.'),
  },
  report: {
    minimumPublicDays: 0,
    source: policy(
      'No law found sets how long a report on the comments must be public before the decision; the platform requires only that it is published before the decision is recorded as consulted.',
    ),
  },
};
