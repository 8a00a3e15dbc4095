import { defineMessages } from '../../../platform/i18n/index.ts';

/** Resetting a forgotten password. */
export const resetMessages = defineMessages({
  'accounts.reset.title': {
    mn: 'Нууц үг сэргээх',
    en: 'Reset your password',
  },
  'accounts.reset.lead': {
    mn: 'Бүртгэлтэй и-мэйл хаягаа оруулбал нууц үг солих холбоос илгээнэ.',
    en: 'Enter the email address of your account and we will send you a link to choose a new password.',
  },
  'accounts.reset.submit': {
    mn: 'Холбоос илгээх',
    en: 'Send the link',
  },
  'accounts.reset.sent': {
    mn: 'Хэрэв {email} хаягаар бүртгэл байгаа бол нууц үг солих холбоос илгээгдлээ. Холбоос 2 цагийн турш хүчинтэй.',
    en: 'If {email} has an account, we have sent it a link to choose a new password. The link works for 2 hours.',
  },
  'accounts.reset.new.title': {
    mn: 'Шинэ нууц үг',
    en: 'Choose a new password',
  },
  'accounts.reset.new.submit': {
    mn: 'Нууц үг солих',
    en: 'Change password',
  },
  'accounts.reset.invalid': {
    mn: 'Холбоос хүчингүй, ашиглагдсан эсвэл хугацаа нь дууссан байна. Шинэ холбоос авна уу.',
    en: 'This link is not valid, was already used, or has expired. Ask for a new one.',
  },
});
