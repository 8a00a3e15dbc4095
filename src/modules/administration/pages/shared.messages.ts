import { defineMessages } from '../../../platform/i18n/index.ts';

/** What the administration pages share: the frame, roles and their reach, column and field labels. */
export const sharedMessages = defineMessages({
  'administration.title': {
    mn: 'Удирдлага',
    en: 'Administration',
  },
  'administration.errorPrefix': {
    mn: 'Алдаа',
    en: 'Error',
  },
  'administration.tabs': {
    mn: 'Байгууллагын удирдлага',
    en: 'Organisation administration',
  },
  'administration.cancel': {
    mn: 'Болих',
    en: 'Cancel',
  },
  'administration.revoke': {
    mn: 'Цуцлах',
    en: 'Revoke',
  },
  'administration.by': {
    mn: '{name} олгосон',
    en: 'by {name}',
  },
  'administration.someone': {
    mn: 'Байгууллагын админ',
    en: 'An organisation administrator',
  },
  'administration.scope.only': {
    mn: 'Зөвхөн энэ байгууллага',
    en: 'This organisation only',
  },
  'administration.scope.withSub': {
    mn: 'Энэ байгууллага болон харьяа байгууллагууд',
    en: 'This organisation and its sub-organisations',
  },
  'administration.role.citizen': {
    mn: 'Иргэн',
    en: 'Citizen',
  },
  'administration.role.organization-publisher': {
    mn: 'Мэдээлэл нийтлэгч',
    en: 'Publisher',
  },
  'administration.role.organization-responder': {
    mn: 'Хариу өгөгч',
    en: 'Responder',
  },
  'administration.role.organization-administrator': {
    mn: 'Байгууллагын админ',
    en: 'Organisation administrator',
  },
  'administration.role.ogp-committee-member': {
    mn: 'НЗТ-ийн үндэсний хорооны гишүүн',
    en: 'OGP national committee member',
  },
  'administration.role.independent-evaluator': {
    mn: 'Хараат бус үнэлгээчин',
    en: 'Independent evaluator',
  },
  'administration.role.anti-corruption-officer': {
    mn: 'Авлигатай тэмцэх байгууллагын ажилтан',
    en: 'Anti-corruption officer',
  },
  'administration.role.law-enforcement-officer': {
    mn: 'Хууль сахиулах байгууллагын ажилтан',
    en: 'Law-enforcement officer',
  },
  'administration.role.moderator': {
    mn: 'Модератор',
    en: 'Moderator',
  },
  'administration.role.platform-administrator': {
    mn: 'Системийн админ',
    en: 'Platform administrator',
  },
  'administration.col.name': {
    mn: 'Нэр',
    en: 'Name',
  },
  'administration.col.email': {
    mn: 'И-мэйл хаяг',
    en: 'Email address',
  },
  'administration.col.role': {
    mn: 'Эрх',
    en: 'Role',
  },
  'administration.col.scope': {
    mn: 'Хамрах хүрээ',
    en: 'Reach',
  },
  'administration.col.granted': {
    mn: 'Олгосон',
    en: 'Granted',
  },
  'administration.col.action': {
    mn: 'Үйлдэл',
    en: 'Action',
  },
  'administration.col.invitedBy': {
    mn: 'Урьсан',
    en: 'Invited by',
  },
  'administration.col.expires': {
    mn: 'Хүчинтэй хугацаа',
    en: 'Valid until',
  },
  'administration.col.prefix': {
    mn: 'Эхний тэмдэгтүүд',
    en: 'Starts with',
  },
  'administration.col.scopes': {
    mn: 'Зөвшөөрөгдсөн үйлдлүүд',
    en: 'Allowed actions',
  },
  'administration.col.lastUsed': {
    mn: 'Сүүлд ашигласан',
    en: 'Last used',
  },
  'administration.col.status': {
    mn: 'Төлөв',
    en: 'Status',
  },
  'administration.field.email': {
    mn: 'И-мэйл хаяг',
    en: 'Email address',
  },
  'administration.field.role': {
    mn: 'Эрх',
    en: 'Role',
  },
  'administration.field.choose': {
    mn: 'Сонгоно уу',
    en: 'Choose',
  },
  'administration.field.member': {
    mn: 'Гишүүн',
    en: 'Member',
  },
  'administration.field.includeSub': {
    mn: 'Харьяа байгууллагуудад мөн хамаарна',
    en: 'Include its sub-organisations',
  },
  'administration.field.includeSubHint': {
    mn: 'Сонговол энэ эрх тухайн байгууллагын доод шатны бүх байгууллагад хүчинтэй болно.',
    en: 'If ticked, the role also holds for every organisation beneath this one.',
  },
  'administration.field.displayName': {
    mn: 'Таны нэр',
    en: 'Your name',
  },
  'administration.field.password': {
    mn: 'Нууц үг',
    en: 'Password',
  },
  'administration.field.passwordHint': {
    mn: 'Дор хаяж 10 тэмдэгт. Урт, өөрийн санах өгүүлбэр сайн нууц үг болно.',
    en: 'At least 10 characters. A long sentence you will remember makes a good password.',
  },
  'administration.field.tokenName': {
    mn: 'Түлхүүрийн нэр',
    en: 'Token name',
  },
  'administration.field.tokenNameHint': {
    mn: 'Ямар систем ашиглахыг танихуйц нэр, жишээ нь "Төсвийн мэдээлэл татах".',
    en: 'A name that says which system uses it, for example "Budget data upload".',
  },
  'administration.field.scopes': {
    mn: 'Зөвшөөрөх үйлдлүүд',
    en: 'Allowed actions',
  },
  'administration.field.scopesHint': {
    mn: 'Систем зөвхөн эдгээр үйлдлийг, зөвхөн энэ байгууллагын өмнөөс хийнэ.',
    en: 'The system may do only these, and only for this organisation.',
  },
  'administration.field.expiresOn': {
    mn: 'Дуусах огноо',
    en: 'Valid until',
  },
  'administration.field.expiresOnHint': {
    mn: 'Хамгийн ихдээ нэг жил, {latest} хүртэл. Тухайн өдрийн төгсгөлд хүчингүй болно.',
    en: 'At most one year, until {latest}. It stops working at the end of that day.',
  },
  'administration.field.reason': {
    mn: 'Шалтгаан',
    en: 'Reason',
  },
});
