import { defineMessages } from '../../../platform/i18n/index.ts';

/** Signing in and out: password, the second factor, what the sign-in page says after other steps. */
export const signInMessages = defineMessages({
  'nav.signIn': {
    mn: 'Нэвтрэх',
    en: 'Sign in',
  },
  'accounts.rateLimitedShort': {
    mn: 'Хэт олон оролдлого хийлээ. Хэдэн минутын дараа дахин оролдоно уу.',
    en: 'Too many attempts. Try again in a few minutes.',
  },
  'accounts.notice.signed-out': {
    mn: 'Та системээс гарлаа.',
    en: 'You have signed out.',
  },
  'accounts.notice.reset-done': {
    mn: 'Нууц үг солигдлоо. Аюулгүй байдлын үүднээс бүх төхөөрөмжөөс гаргалаа; шинэ нууц үгээрээ нэвтэрнэ үү.',
    en: 'Your password is changed. For your safety you have been signed out everywhere; sign in with the new password.',
  },
  'accounts.notice.confirmed': {
    mn: 'Таны и-мэйл хаяг баталгаажлаа. Одоо нэвтэрч болно.',
    en: 'Your email address is confirmed. You can sign in now.',
  },
  'nav.account': {
    mn: 'Миний бүртгэл',
    en: 'My account',
  },
  'accounts.signIn.title': {
    mn: 'Нэвтрэх',
    en: 'Sign in',
  },
  'accounts.signIn.lead': {
    mn: 'Бүртгэлтэй и-мэйл хаяг, нууц үгээ оруулна уу.',
    en: 'Enter the email address and password of your account.',
  },
  'accounts.signIn.submit': {
    mn: 'Нэвтрэх',
    en: 'Sign in',
  },
  'accounts.signIn.noAccount': {
    mn: 'Бүртгэлгүй юу?',
    en: 'No account yet?',
  },
  'accounts.signIn.createAccount': {
    mn: 'Шинээр бүртгүүлэх',
    en: 'Create an account',
  },
  'accounts.signIn.forgot': {
    mn: 'Нууц үгээ мартсан уу?',
    en: 'Forgotten your password?',
  },
  'accounts.signIn.refused': {
    mn: 'И-мэйл эсвэл нууц үг буруу байна. Дахин оролдох эсвэл нууц үгээ сэргээнэ үү.',
    en: 'The email address or password is not right. Try again, or reset your password.',
  },
  'accounts.signIn.unconfirmed': {
    mn: 'И-мэйл хаягаа баталгаажуулаагүй байна. Бүртгүүлэх үед илгээсэн холбоосоор орно уу, эсвэл нууц үг сэргээх холбоос авна уу.',
    en: 'Your email address is not confirmed yet. Follow the link we sent when you signed up, or ask for a password reset link.',
  },
  'accounts.signIn.oidc': {
    mn: '{name}-аар нэвтрэх',
    en: 'Sign in with {name}',
  },
  'accounts.signIn.or': {
    mn: 'эсвэл',
    en: 'or',
  },
  'accounts.rateLimited': {
    mn: 'Хэт олон оролдлого хийлээ. {seconds, plural, one {# секундын} other {# секундын}} дараа дахин оролдоно уу.',
    en: 'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  },
  'accounts.secondFactor.title': {
    mn: 'Хоёр дахь баталгаажуулалт',
    en: 'Second step of signing in',
  },
  'accounts.secondFactor.lead': {
    mn: 'Албан тушаалтны эрхээр ажиллахын тулд баталгаажуулах аппликейшнаас код оруулна уу.',
    en: 'To act in an official role, enter the code from your authenticator app.',
  },
  'accounts.secondFactor.submit': {
    mn: 'Баталгаажуулах',
    en: 'Verify',
  },
  'accounts.secondFactor.wrong': {
    mn: 'Код буруу эсвэл хугацаа нь дууссан байна. Аппликейшнаас шинэ код оруулна уу.',
    en: 'The code is wrong or has expired. Enter a new code from your app.',
  },
  'accounts.signOut': {
    mn: 'Гарах',
    en: 'Sign out',
  },
});
