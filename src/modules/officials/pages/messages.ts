import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the module's pages, both languages side by side. */
export const pageMessages = defineMessages({
  'officials.account.title': { mn: 'Хэрэглэгчийн бүртгэл', en: 'User account' },
  'officials.account.lead': {
    mn: 'Албан тушаалтныг өөрийн хэрэглэгчийн бүртгэлтэй холбоно (хожим мэдүүлгээ өөрөө гаргахад). Энэ холбоос хэзээ ч нийтлэгдэхгүй.',
    en: 'Links the official to their own user account (for filing their own declaration later). The link is never published.',
  },
  'officials.account.linked': { mn: 'Хэрэглэгчийн бүртгэлтэй холбогдсон.', en: 'Linked to a user account.' },
  'officials.account.notLinked': {
    mn: 'Хэрэглэгчийн бүртгэлтэй холбогдоогүй.',
    en: 'Not linked to a user account.',
  },
  'officials.account.saved': { mn: 'Хадгалагдлаа.', en: 'Saved.' },
  'officials.account.field': { mn: 'Бүртгэлийн и-мэйл хаяг', en: 'The account’s e-mail address' },
  'officials.account.hint': {
    mn: 'Хоосон үлдээвэл холбоосыг салгана.',
    en: 'Leave empty to remove the link.',
  },
  'officials.account.submit': { mn: 'Бүртгэлийг холбох', en: 'Link the account' },
  'officials.error.noAccount': {
    mn: 'Ийм и-мэйл хаягтай хэрэглэгчийн бүртгэл алга',
    en: 'No user account has this e-mail address',
  },
  'officials.lead': {
    mn: 'Төрийн байгууллагад албан тушаал хашиж буй болон хашиж байсан хүмүүс, хугацаатай нь. Зөвхөн нийтэд нээлттэй мэдээлэл.',
    en: 'People who hold or held posts in public bodies, with their terms. Public facts only.',
  },
  'officials.count': {
    mn: '{count, plural, one {# албан тушаалын хугацаа} other {# албан тушаалын хугацаа}}',
    en: '{count, plural, one {# term in a post} other {# terms in posts}}',
  },
  'officials.caption': { mn: 'Албан тушаалтнууд ба тэдний албан тушаал', en: 'Officials and their posts' },
  'officials.empty': { mn: 'Албан тушаалтан олдсонгүй', en: 'No officials found' },
  'officials.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэж дахин оролдоно уу.',
    en: 'Clear the filters and try again.',
  },
  'officials.filter.q': { mn: 'Нэр эсвэл албан тушаал', en: 'Name or post' },
  'officials.filter.organization': { mn: 'Байгууллага', en: 'Organisation' },
  'officials.filter.current': { mn: 'Одоо хашиж буй', en: 'In post today' },
  'officials.filter.declares': { mn: 'Хөрөнгө орлогоо мэдүүлдэг', en: 'Declares assets' },
  'officials.posts.caption': { mn: 'Хашиж байсан албан тушаал', en: 'Posts held' },
  'officials.term.since': { mn: '{from}-аас хойш', en: 'since {from}' },
  'officials.term.between': { mn: '{from} – {to}', en: '{from} – {to}' },
  'officials.tag.declares': { mn: 'Хөрөнгө мэдүүлнэ', en: 'Declares assets' },
  'officials.tag.exposed': { mn: 'Улс төрд нөлөө бүхий', en: 'Politically exposed' },
  'officials.create.link': { mn: 'Албан тушаалтан бүртгэх', en: 'Record an official' },
  'officials.create.title': { mn: 'Албан тушаалтан бүртгэх', en: 'Record an official in a post' },
  'officials.create.person': { mn: 'Хүн', en: 'The person' },
  'officials.create.post': { mn: 'Албан тушаал', en: 'The post' },
  'officials.create.term': { mn: 'Хугацаа', en: 'The term' },
  'officials.create.chooseOrganization': { mn: 'Байгууллага сонгох', en: 'Choose an organisation' },
  'officials.create.slugHint': {
    mn: 'Хаягт хэрэглэгдэх нэр: латин жижиг үсэг, цифр, зураас, жишээ нь bat-dorj. Бүртгэлтэй хүний нэрийг бичвэл түүнд албан тушаал нэмнэ.',
    en: 'The name in the address: lower-case letters, digits and hyphens, e.g. bat-dorj. An existing one adds this post to that person.',
  },
  'officials.create.endsOnHint': {
    mn: 'Одоо хашиж байгаа бол хоосон үлдээнэ.',
    en: 'Leave empty while in post.',
  },
  'officials.create.sourceHint': {
    mn: 'Томилсон шийдвэр, бүртгэл эсвэл вэб хуудас.',
    en: 'The appointment decree, a register or a web page.',
  },
  'officials.create.submit': { mn: 'Хадгалах', en: 'Save' },
});
