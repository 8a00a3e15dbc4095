import { defineMessages } from '../../../platform/i18n/index.ts';

/**
 * The decision register's words: each flag's name and its explanation with the figures, the rule's
 * threshold and its source (`explain.ts` fills them), and what a decision's flags add up to.
 * Periods are written in the pack's days: `count` is `working` or `calendar`.
 */
export const decisionMessages = defineMessages({
  'participation.decisions.flag.no-consultation': {
    mn: 'Олон нийтээр хэлэлцүүлээгүй',
    en: 'No public consultation',
  },
  'participation.decisions.flag.period-too-short': {
    mn: 'Санал авах хугацаа богино',
    en: 'Comment period too short',
  },
  'participation.decisions.flag.no-report': {
    mn: 'Саналын тайлан нийтлээгүй',
    en: 'No report on the comments',
  },
  'participation.decisions.flag.unanswered-comments': {
    mn: 'Хариугүй санал',
    en: 'Comments left unanswered',
  },
  'participation.decisions.flag.no-hearing': {
    mn: 'Нийтийн сонсгол хийгээгүй',
    en: 'No public hearing',
  },
  'participation.decisions.flag.minimum-unconfirmed': {
    mn: 'Доод хугацаа батлагдаагүй',
    en: 'Minimum period not confirmed',
  },
  'participation.decisions.explain.no-consultation': {
    mn: 'Шийдвэр ({decided}) гаргахаас өмнө төслийг олон нийтээр хэлэлцүүлээгүй; {setBy, select, law {хуулиар ийм актын төслийг дор хаяж {count, select, working {{minimum, plural, one {# ажлын өдөр} other {# ажлын өдөр}}} other {{minimum, plural, one {# хоног} other {# хоног}}}} санал авахаар нээлттэй байлгах ёстой} other {хуулиар доод хугацаа батлагдаагүй тул платформын администратор энэ төрлийн актад дор хаяж {count, select, working {{minimum, plural, one {# ажлын өдөр} other {# ажлын өдөр}}} other {{minimum, plural, one {# хоног} other {# хоног}}}} санал авахаар тогтоосон}} ({source}).',
    en: 'No draft was put to public comment before the decision ({decided}); {setBy, select, law {the law requires a draft of this kind to be open for comment at least {count, select, working {{minimum, plural, one {# working day} other {# working days}}} other {{minimum, plural, one {# day} other {# days}}}}} other {no minimum in law being confirmed, the platform’s administrator set at least {count, select, working {{minimum, plural, one {# working day} other {# working days}}} other {{minimum, plural, one {# day} other {# days}}}} of comment for this kind}} ({source}).',
  },
  'participation.decisions.explain.period-too-short': {
    mn: 'Төслийг {count, select, working {{days, plural, one {# ажлын өдөр} other {# ажлын өдөр}}} other {{days, plural, one {# хоног} other {# хоног}}}}{cut, select, yes { (шийдвэр гарахаас өмнө)} other {}} санал авахаар нээлттэй байлгасан; {setBy, select, law {хуулиар дор хаяж {minimum} байх ёстой} other {хуулиар доод хугацаа батлагдаагүй тул платформын администратор энэ төрлийн актад дор хаяж {minimum} гэж тогтоосон}} ({source}).',
    en: 'The draft was open for comment {count, select, working {{days, plural, one {# working day} other {# working days}}} other {{days, plural, one {# day} other {# days}}}}{cut, select, yes { before the decision} other {}}; {setBy, select, law {the law requires at least {minimum}} other {no minimum in law being confirmed, the platform’s administrator set at least {minimum} for this kind}} ({source}).',
  },
  'participation.decisions.explain.no-report.none': {
    mn: 'Саналууд, тэдгээрт өгсөн хариуны тайланг нийтлээгүй; тайлан {before, select, yes {шийдвэр гаргасан өдрөөс өмнө} other {шийдвэр гаргахаас дор хаяж {minimum, plural, one {# бүтэн хоногийн} other {# бүтэн хоногийн}} өмнө}} нийтлэгдсэн байх ёстой ({source}).',
    en: 'The “you said, we did” report on the comments was not published; it must be public {before, select, yes {before the day of the decision} other {at least {minimum, plural, one {# whole day} other {# whole days}} before the decision}} ({source}).',
  },
  'participation.decisions.explain.no-report.notBefore': {
    mn: 'Саналуудын тайланг {published}-нд, шийдвэр гаргасан өдөр ({decided}) буюу түүнээс хойш нийтэлсэн; тайлан {before, select, yes {шийдвэр гаргасан өдрөөс өмнө} other {шийдвэр гаргахаас дор хаяж {minimum, plural, one {# бүтэн хоногийн} other {# бүтэн хоногийн}} өмнө}} нийтлэгдсэн байх ёстой ({source}).',
    en: 'The “you said, we did” report on the comments was published on {published}, not before the day of the decision ({decided}); it must be public {before, select, yes {before the day of the decision} other {at least {minimum, plural, one {# whole day} other {# whole days}} before the decision}} ({source}).',
  },
  'participation.decisions.explain.no-report.short': {
    mn: 'Саналуудын тайланг {published}-нд нийтэлсэн нь шийдвэр ({decided}) гаргахаас ердөө {publicDays, plural, one {# бүтэн хоногийн} other {# бүтэн хоногийн}} өмнө; дор хаяж {minimum, plural, one {# бүтэн хоногийн} other {# бүтэн хоногийн}} өмнө нийтлэгдсэн байх ёстой ({source}).',
    en: 'The “you said, we did” report on the comments was published on {published}, only {publicDays, plural, one {# whole day} other {# whole days}} before the decision ({decided}); it must be public at least {minimum, plural, one {# whole day} other {# whole days}} before it ({source}).',
  },
  'participation.decisions.explain.unanswered-comments': {
    mn: 'Нийтэлсэн тайланд {comments, plural, one {# саналаас} other {# саналаас}} {unanswered, plural, one {# нь} other {# нь}} хариугүй байна; санал бүрд хариу өгөх ёстой ({source}).',
    en: '{unanswered} of the {comments, plural, one {# comment} other {# comments}} {unanswered, plural, one {has} other {have}} no answer in the published report; every comment must be answered ({source}).',
  },
  'participation.decisions.explain.no-hearing': {
    mn: 'Шийдвэр ({decided}) гаргахаас өмнө нийтийн сонсгол хийгээгүй{hasLater, select, yes { (сонсгол {later}-нд, шийдвэр гаргасан өдөр буюу түүнээс хойш болсон)} other {}}; ийм актыг батлахаас өмнө нийтийн сонсгол хийх ёстой ({source}).',
    en: 'No public hearing was held before the decision ({decided}){hasLater, select, yes { (the hearing of {later} came on the day of the decision or after it)} other {}}; an act of this kind requires one before it is adopted ({source}).',
  },
  'participation.decisions.explain.minimum-unconfirmed': {
    mn: '{consulted, select, no {Төслийг олон нийтээр хэлэлцүүлээгүй.} other {Төслийг {count, select, working {{days, plural, one {# ажлын өдөр} other {# ажлын өдөр}}} other {{days, plural, one {# хоног} other {# хоног}}}} санал авахаар нээлттэй байлгасан.}} Ийм актын санал авах доод хугацаа батлагдаагүй бөгөөд администратор тогтоогоогүй тул платформ {consulted, select, no {хэлэлцүүлэг шаардлагатай байсан эсэхийг} other {хугацааг}} дүгнэхгүй ({source}).',
    en: '{consulted, select, no {No draft was put to public comment.} other {The draft was open for comment {count, select, working {{days, plural, one {# working day} other {# working days}}} other {{days, plural, one {# day} other {# days}}}}.}} No minimum period is confirmed for an act of this kind and the administrator set none, so the platform does not judge {consulted, select, no {whether a consultation was needed} other {the period}} ({source}).',
  },
  'participation.decisions.verdict.flagged': {
    mn: 'Шаардлагатай олон нийтийн оролцоогүйгээр шийдвэрлэсэн',
    en: 'Decided without the participation the rules require',
  },
  'participation.decisions.verdict.minimum-unconfirmed': {
    mn: 'Доод хугацаа батлагдаагүй тул оролцоог дүгнээгүй',
    en: 'Participation not judged: no minimum period is confirmed',
  },
  'participation.decisions.verdict.consulted-as-required': {
    mn: 'Шаардлагын дагуу олон нийтээр хэлэлцүүлсэн',
    en: 'Consulted as required',
  },
});
