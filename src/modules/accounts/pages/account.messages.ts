import { defineMessages } from '../../../platform/i18n/index.ts';

/** The account page: details, roles, sessions, setting up the second factor. */
export const accountMessages = defineMessages({
  'accounts.totp.title': {
    mn: 'Хоёр шатлалт баталгаажуулалт тохируулах',
    en: 'Set up two-step verification',
  },
  'accounts.totp.lead': {
    mn: 'Албан тушаалтны эрх бүхий бүртгэлд хоёр шатлалт баталгаажуулалт заавал шаардлагатай.',
    en: 'Accounts with an official role must use two-step verification.',
  },
  'accounts.totp.step1': {
    mn: 'Баталгаажуулах аппликейшн (жишээ нь FreeOTP, Aegis, Google Authenticator) нээж, доорх QR кодыг уншуулна уу, эсвэл түлхүүрийг гараар оруулна уу.',
    en: 'Open an authenticator app (for example FreeOTP, Aegis or Google Authenticator) and scan the QR code below, or type the key in by hand.',
  },
  'accounts.totp.secret': {
    mn: 'Түлхүүр',
    en: 'Key',
  },
  'accounts.totp.step2': {
    mn: 'Аппликейшнд гарсан 6 оронтой кодыг оруулна уу.',
    en: 'Enter the 6-digit code the app shows.',
  },
  'accounts.totp.submit': {
    mn: 'Идэвхжүүлэх',
    en: 'Turn on',
  },
  'accounts.totp.enabled': {
    mn: 'Хоёр шатлалт баталгаажуулалт идэвхтэй.',
    en: 'Two-step verification is on.',
  },
  'accounts.totp.qr': {
    mn: 'Баталгаажуулах аппликейшнд уншуулах QR код',
    en: 'QR code to scan with an authenticator app',
  },
  'accounts.account.title': {
    mn: 'Миний бүртгэл',
    en: 'My account',
  },
  'accounts.account.details': {
    mn: 'Бүртгэлийн мэдээлэл',
    en: 'Account details',
  },
  'accounts.account.roles': {
    mn: 'Эрх',
    en: 'Roles',
  },
  'accounts.account.sessions': {
    mn: 'Идэвхтэй нэвтрэлтүүд',
    en: 'Where you are signed in',
  },
  'accounts.account.sessionsLead': {
    mn: 'Танд танихгүй нэвтрэлт байвал түүнийг дуусгаж, нууц үгээ солино уу.',
    en: 'If you do not recognise a session, end it and change your password.',
  },
  'accounts.account.started': {
    mn: 'Эхэлсэн',
    en: 'Started',
  },
  'accounts.account.lastSeen': {
    mn: 'Сүүлд',
    en: 'Last active',
  },
  'accounts.account.device': {
    mn: 'Төхөөрөмж',
    en: 'Device',
  },
  'accounts.account.this': {
    mn: 'Энэ төхөөрөмж',
    en: 'This device',
  },
  'accounts.account.end': {
    mn: 'Дуусгах',
    en: 'End',
  },
  'accounts.account.everywhere': {
    mn: 'Бусад бүх төхөөрөмжөөс гарах',
    en: 'Sign out on all other devices',
  },
  'accounts.account.ended': {
    mn: '{count, plural, one {# нэвтрэлтийг} other {# нэвтрэлтийг}} дуусгалаа.',
    en: '{count, plural, one {# session} other {# sessions}} ended.',
  },
  'accounts.account.twoFactor': {
    mn: 'Хоёр шатлалт баталгаажуулалт',
    en: 'Two-step verification',
  },
  'accounts.account.twoFactorOff': {
    mn: 'Идэвхгүй',
    en: 'Off',
  },
  'accounts.account.twoFactorSetUp': {
    mn: 'Тохируулах',
    en: 'Set up',
  },
  'accounts.role.citizen': {
    mn: 'Иргэн',
    en: 'Citizen',
  },
  'accounts.role.organization-publisher': {
    mn: 'Мэдээлэл нийтлэгч',
    en: 'Publisher',
  },
  'accounts.role.organization-responder': {
    mn: 'Хариу өгөгч',
    en: 'Responder',
  },
  'accounts.role.organization-administrator': {
    mn: 'Байгууллагын админ',
    en: 'Organisation administrator',
  },
  'accounts.role.ogp-committee-member': {
    mn: 'НЗТ-ийн үндэсний хорооны гишүүн',
    en: 'OGP national committee member',
  },
  'accounts.role.independent-evaluator': {
    mn: 'Хараат бус үнэлгээчин',
    en: 'Independent evaluator',
  },
  'accounts.role.anti-corruption-officer': {
    mn: 'Авлигатай тэмцэх байгууллагын ажилтан',
    en: 'Anti-corruption officer',
  },
  'accounts.role.law-enforcement-officer': {
    mn: 'Хууль сахиулах байгууллагын ажилтан',
    en: 'Law-enforcement officer',
  },
  'accounts.role.moderator': {
    mn: 'Модератор',
    en: 'Moderator',
  },
  'accounts.role.platform-administrator': {
    mn: 'Системийн админ',
    en: 'Platform administrator',
  },
});
