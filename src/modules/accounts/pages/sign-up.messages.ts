import { defineMessages } from '../../../platform/i18n/index.ts';

/** Creating an account and confirming its address. */
export const signUpMessages = defineMessages({
  'accounts.signUp.title': {
    mn: 'Бүртгүүлэх',
    en: 'Create an account',
  },
  'accounts.signUp.lead': {
    mn: 'Бүртгэлээр та өргөдөл, гомдлоо илгээж, хариуг нь хянаж, хэлэлцүүлэгт оролцоно.',
    en: 'With an account you can send petitions and complaints, follow their answers and take part in consultations.',
  },
  'accounts.signUp.submit': {
    mn: 'Бүртгүүлэх',
    en: 'Create account',
  },
  'accounts.signUp.done.title': {
    mn: 'И-мэйлээ шалгана уу',
    en: 'Check your email',
  },
  'accounts.signUp.done.body': {
    mn: 'Бид {email} хаяг руу холбоос илгээлээ. Бүртгэлээ идэвхжүүлэхийн тулд 48 цагийн дотор холбоосоор орно уу.',
    en: 'We have sent a link to {email}. Follow it within 48 hours to activate your account.',
  },
  'accounts.confirm.invalid': {
    mn: 'Холбоос хүчингүй эсвэл хугацаа нь дууссан байна. Нууц үг сэргээх холбоос авч хаягаа баталгаажуулж болно.',
    en: 'This link is not valid or has expired. You can confirm your address by asking for a password reset link.',
  },
});
