import { defineMessages } from '../../../platform/i18n/index.ts';

/** What every accounts form shares: field labels and hints, the commands’ field problems, the error prefix, the navigation. */
export const formMessages = defineMessages({
  'accounts.errorPrefix': {
    mn: 'Алдаа',
    en: 'Error',
  },
  'accounts.field.email': {
    mn: 'И-мэйл хаяг',
    en: 'Email address',
  },
  'accounts.field.password': {
    mn: 'Нууц үг',
    en: 'Password',
  },
  'accounts.field.newPassword': {
    mn: 'Шинэ нууц үг',
    en: 'New password',
  },
  'accounts.field.displayName': {
    mn: 'Таны нэр',
    en: 'Your name',
  },
  'accounts.field.code': {
    mn: 'Баталгаажуулах код',
    en: 'Verification code',
  },
  'accounts.hint.password': {
    mn: 'Дор хаяж 10 тэмдэгт. Урт, өөрийн санах өгүүлбэр сайн нууц үг болно.',
    en: 'At least 10 characters. A long sentence you can remember makes a good password.',
  },
  'accounts.hint.code': {
    mn: 'Баталгаажуулах аппликейшнд харагдаж буй 6 оронтой код.',
    en: 'The 6-digit code shown in your authenticator app.',
  },
  'accounts.error.emailMissing': {
    mn: 'И-мэйл хаягаа оруулна уу',
    en: 'Enter your email address',
  },
  'accounts.error.emailInvalid': {
    mn: 'И-мэйл хаягийг name@example.mn хэлбэрээр оруулна уу',
    en: 'Enter an email address in the form name@example.mn',
  },
  'accounts.error.passwordMissing': {
    mn: 'Нууц үгээ оруулна уу',
    en: 'Enter your password',
  },
  'accounts.error.passwordShort': {
    mn: 'Нууц үг дор хаяж 10 тэмдэгт байх ёстой',
    en: 'The password must be at least 10 characters long',
  },
  'accounts.error.passwordLong': {
    mn: 'Нууц үг 200 тэмдэгтээс ихгүй байх ёстой',
    en: 'The password must be at most 200 characters long',
  },
  'accounts.error.passwordLikeEmail': {
    mn: 'Нууц үгэнд и-мэйл хаягаа бүү ашигла',
    en: 'Do not use your email address in the password',
  },
  'accounts.error.nameMissing': {
    mn: 'Нэрээ оруулна уу',
    en: 'Enter your name',
  },
  'accounts.error.nameLong': {
    mn: 'Нэр 200 тэмдэгтээс ихгүй байх ёстой',
    en: 'The name must be at most 200 characters long',
  },
  'accounts.error.codeFormat': {
    mn: 'Кодыг 6 оронтой тоогоор оруулна уу',
    en: 'Enter the code as 6 digits',
  },
});
