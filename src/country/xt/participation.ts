import type { ParticipationPack, ParticipationSource } from '../participation-pack.ts';

/** Testland's participation rules: fictional, and different from Mongolia's in every figure. */
const fictionalAct: ParticipationSource = {
  mn: 'Тестландын олон нийтийн оролцооны хууль (зохиомол)',
  en: 'Testland Public Say Act (fictional)',
  url: 'https://laws.testland.example/public-say',
  confirmed: true,
};

const policy: ParticipationSource = {
  mn: 'Платформын бодлого (зохиомол)',
  en: 'Platform policy (fictional)',
  confirmed: false,
  note: 'Fictional: no law of Testland sets this.',
};

export const participation: ParticipationPack = {
  actKinds: [
    {
      code: 'act-of-the-moot',
      name: { mn: 'Их зөвлөлийн хууль', en: 'Act of the Moot' },
      minimumCommentDays: 21,
      commentSource: fictionalAct,
      hearingRequired: true,
      hearingSource: fictionalAct,
    },
    {
      code: 'treasury-rule',
      name: { mn: 'Сангийн газрын дүрэм', en: 'Treasury rule' },
      minimumCommentDays: 10,
      commentSource: fictionalAct,
      hearingRequired: false,
      hearingSource: fictionalAct,
    },
    {
      code: 'province-bylaw',
      name: { mn: 'Мужийн журам', en: 'Province by-law' },
      minimumCommentDays: null,
      commentSource: {
        ...fictionalAct,
        confirmed: false,
        note: 'Not confirmed (fictional): left unset so that a period the administrator sets is tested.',
      },
      hearingRequired: false,
      hearingSource: fictionalAct,
    },
  ],
  commentDays: { count: 'working', source: fictionalAct },
  reviewRequest: { days: 15, count: 'working', maxExtensionDays: 5, source: fictionalAct },
  events: {
    minimumNoticeDays: 7,
    noticeSource: fictionalAct,
    reminderMinutesBefore: [2 * 24 * 60, 120],
    reminderSource: policy,
  },
  digest: { dailyHour: 18, weeklyWeekday: 0, source: policy },
  moderation: {
    rules: [
      { mn: 'Тестландад эелдэг бичнэ.', en: 'Be civil in Testland.' },
      { mn: 'Бусдын хаягийг бичихгүй.', en: 'Write no one else’s address.' },
      { mn: 'Сэдвээсээ бүү хазай.', en: 'Stay on the draft.' },
      { mn: 'Зар сурталчилгаагүй.', en: 'No adverts.' },
      {
        mn: 'Нуусан сэтгэгдэл нуусан гэдгээ, шалтгаанаа харуулна.',
        en: 'A hidden comment shows that it was hidden, and why.',
      },
    ],
    source: policy,
  },
  report: { minimumPublicDays: 3, source: fictionalAct },
};
