import { defineMessages } from '../../../platform/i18n/index.ts';

/** Signing in through the national single sign-on (OpenID Connect). */
export const oidcMessages = defineMessages({
  'accounts.oidc.failed.title': {
    mn: '{name}-аар нэвтэрч чадсангүй',
    en: 'Signing in with {name} did not work',
  },
  'accounts.oidc.tryAgain': {
    mn: '{name}-аар дахин оролдох',
    en: 'Try {name} again',
  },
  'accounts.oidc.otherWay': {
    mn: 'И-мэйл хаяг, нууц үгээр нэвтрэх',
    en: 'Sign in with your email address and password',
  },
  'accounts.oidc.error.denied': {
    mn: 'Нэвтрэлтийг цуцалсан эсвэл {name} зөвшөөрөөгүй байна. Дахин оролдох эсвэл и-мэйл хаяг, нууц үгээрээ нэвтэрч болно.',
    en: 'Signing in was cancelled, or {name} did not allow it. You can try again, or sign in with your email address and password.',
  },
  'accounts.oidc.error.expired': {
    mn: 'Нэвтрэлт хэт удсан эсвэл өөр хөтөч дээр эхэлсэн тул хүчингүй боллоо. Шинээр эхлүүлнэ үү.',
    en: 'The sign-in took too long or was started in another browser, so it has lapsed. Start again.',
  },
  'accounts.oidc.error.state': {
    mn: '{name}-аас ирсэн хариу энд эхлүүлсэн нэвтрэлтэд хамаарахгүй тул хүлээн авсангүй. Шинээр эхлүүлнэ үү.',
    en: 'The answer from {name} does not belong to a sign-in started here, so we did not accept it. Start again.',
  },
  'accounts.oidc.error.provider': {
    mn: '{name}-аас ирсэн хариуг хүлээн авах боломжгүй байна. Шинээр эхлүүлнэ үү; дахин давтагдвал и-мэйл хаяг, нууц үгээрээ нэвтэрнэ үү.',
    en: '{name} sent an answer we cannot accept. Start again; if it happens again, sign in with your email address and password.',
  },
  'accounts.oidc.error.unavailable': {
    mn: '{name} одоогоор холбогдохгүй байна. Хэдэн минутын дараа дахин оролдох эсвэл и-мэйл хаяг, нууц үгээрээ нэвтэрнэ үү.',
    en: '{name} cannot be reached at the moment. Try again in a few minutes, or sign in with your email address and password.',
  },
  'accounts.oidc.error.email-unverified': {
    mn: '{name}-аас ирсэн и-мэйл хаягаар бүртгэл аль хэдийн байна, гэвч {name} энэ хаяг таных гэдгийг баталгаажуулаагүй тул бүртгэлүүдийг нэгтгэсэнгүй. Нууц үгээрээ нэвтрэх эсвэл {name} дээр хаягаа баталгаажуулаад дахин оролдоно уу.',
    en: 'An account with the email address {name} gave us already exists, but {name} has not confirmed that the address is yours, so we did not join them. Sign in with your password, or confirm the address at {name} and try again.',
  },
  'accounts.oidc.error.no-email': {
    mn: '{name} таны и-мэйл хаягийг дамжуулаагүй байна. Бүртгэлд и-мэйл хаяг шаардлагатай; {name}-д хаягаа хуваалцахыг зөвшөөрөөд дахин оролдоно уу.',
    en: '{name} did not share your email address, and an account needs one. Allow {name} to share it and try again.',
  },
  'accounts.oidc.error.disabled': {
    mn: 'Энэ бүртгэл идэвхгүй болсон байна. Сайтын админтай холбогдоно уу.',
    en: 'This account is disabled. Contact the administrators of this site.',
  },
  'accounts.oidc.error.rate-limited': {
    mn: 'Хэт олон оролдлого хийлээ. Хэдэн минутын дараа дахин оролдоно уу.',
    en: 'Too many attempts. Try again in a few minutes.',
  },
});
