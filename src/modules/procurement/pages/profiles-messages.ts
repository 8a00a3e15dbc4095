import { defineMessages } from '../../../platform/i18n/index.ts';

/** Buyer and supplier profiles and the disclosure view. */
export const profilesMessages = defineMessages({
  'procurement.profile.contracts': { mn: 'Гэрээний тоо', en: 'Contracts' },
  'procurement.profile.total': { mn: 'Нийт дүн', en: 'Total value' },
  'procurement.profile.overTime': { mn: 'Сар бүрийн гэрээний дүн', en: 'Contract value by month' },
  'procurement.profile.methods': {
    mn: 'Худалдан авах арга (гэрээний тоо)',
    en: 'Methods (number of contracts)',
  },
  'procurement.profile.flags': {
    mn: 'Эрсдэлийн дохио (үйл явцын тоо)',
    en: 'Red flags (number of processes)',
  },
  'procurement.profile.topSuppliers': { mn: 'Гол гүйцэтгэгчид', en: 'Top suppliers' },
  'procurement.profile.topBuyers': { mn: 'Захиалагчид', en: 'Buyers' },
  'procurement.profile.empty': { mn: 'Гэрээ бүртгэгдээгүй байна.', en: 'No contracts yet.' },
  'procurement.profile.registry': { mn: 'Байгууллагын мэдээлэл', en: 'In the registry' },
  'procurement.profile.allProcesses': { mn: 'Бүх худалдан авалт', en: 'All its processes' },
  'procurement.profile.identifier': { mn: 'Улсын бүртгэлийн дугаар', en: 'Register number' },
  'procurement.profile.entity': { mn: 'Хуулийн этгээдийн бүртгэлд', en: 'In the register of legal entities' },
  'procurement.profile.unidentified': {
    mn: 'Зөвхөн нэрээр нь мэдэгдсэн (бүртгэлийн дугааргүй)',
    en: 'Known by its name only (no register number)',
  },
  'procurement.profile.registered': { mn: 'Улсын бүртгэлд бүртгэгдсэн', en: 'Registered' },
  'procurement.entity.title': {
    mn: 'Төрийн худалдан авалтад ялсан гэрээ',
    en: 'Public procurement contracts won',
  },
  'procurement.entity.latest': {
    mn: 'Сүүлийн {shown, plural, one {# гэрээ} other {# гэрээ}} (нийт {count})',
    en: 'The latest {shown, plural, one {contract} other {# contracts}} (of {count})',
  },
  'procurement.entity.total': { mn: 'Нийт дүн ({currency})', en: 'Total ({currency})' },
  'procurement.entity.all': {
    mn: 'Худалдан авалтын бүх үзүүлэлт (гүйцэтгэгчийн хуудас)',
    en: 'All its procurement figures (supplier profile)',
  },
  'procurement.disclosure.title': { mn: 'Гэрээ ил тод болгох үүрэг', en: 'Disclosure duty' },
  'procurement.disclosure.lead': {
    mn: '{threshold} ба түүнээс дээш дүнтэй гэрээг байгуулснаас хойш {days, plural, one {# хоногт} other {# хоногт}} нийтлэх ёстой. Захиалагч бүрийн биелэлт: хугацаандаа, хоцорсон, огт нийтлээгүй (төлбөр эсвэл төсвийн мөрөөр мэдэгдэж буй боловч гэрээ нь нийтлэгдээгүй).',
    en: 'Contracts of {threshold} or more must be published within {days, plural, one {# day} other {# days}} of signing. Each buyer: published on time, late, or missing (known from payments or budget lines but never published).',
  },
  'procurement.disclosure.summary': {
    mn: 'Ил тод болгох үүрэгтэй {required, plural, one {# гэрээ} other {# гэрээ}}: {onTime} хугацаандаа, {late} хоцорсон, {missing} нийтлэгдээгүй.',
    en: '{required, plural, one {# contract} other {# contracts}} under the disclosure duty: {onTime} on time, {late} late, {missing} missing.',
  },
  'procurement.disclosure.required': { mn: 'Үүрэгтэй', en: 'Required' },
  'procurement.disclosure.onTime': { mn: 'Хугацаандаа', en: 'On time' },
  'procurement.disclosure.late': { mn: 'Хоцорсон', en: 'Late' },
  'procurement.disclosure.missing': { mn: 'Нийтлээгүй', en: 'Missing' },
  'procurement.disclosure.empty': {
    mn: 'Ил тод болгох үүрэгтэй гэрээ алга.',
    en: 'No contracts under the disclosure duty.',
  },
});
