import { defineMessages } from '../../platform/i18n/index.ts';

/** The mails the commands send: confirm the address, an account exists already, reset the password. */
export const mailMessages = defineMessages({
  'accounts.mail.confirm.subject': {
    mn: 'Шилэн: и-мэйл хаягаа баталгаажуулна уу',
    en: 'Shilen: confirm your email address',
  },
  'accounts.mail.confirm.body': {
    mn: 'Шилэн порталд бүртгүүлсэнд баярлалаа. Бүртгэлээ идэвхжүүлэхийн тулд 48 цагийн дотор дараах холбоосоор орно уу:\n\n{link}\n\nХэрэв та бүртгүүлээгүй бол энэ захидлыг үл тооно уу.',
    en: 'Thank you for creating a Shilen account. To activate it, follow this link within 48 hours:\n\n{link}\n\nIf you did not sign up, ignore this message.',
  },
  'accounts.mail.exists.subject': {
    mn: 'Шилэн: таны хаягаар бүртгүүлэх оролдлого хийгдлээ',
    en: 'Shilen: someone tried to sign up with your address',
  },
  'accounts.mail.exists.body': {
    mn: 'Таны и-мэйл хаягаар Шилэн порталд дахин бүртгүүлэх оролдлого хийгдлээ. Та аль хэдийн бүртгэлтэй. Нууц үгээ мартсан бол энд сэргээнэ үү:\n\n{link}',
    en: 'Someone tried to create a Shilen account with your email address, which already has one. If you have forgotten your password, reset it here:\n\n{link}',
  },
  'accounts.mail.reset.subject': {
    mn: 'Шилэн: нууц үг сэргээх',
    en: 'Shilen: reset your password',
  },
  'accounts.mail.reset.body': {
    mn: 'Нууц үгээ солихын тулд 2 цагийн дотор дараах холбоосоор орно уу:\n\n{link}\n\nХэрэв та хүсэлт гаргаагүй бол энэ захидлыг үл тооно уу; таны нууц үг өөрчлөгдөхгүй.',
    en: 'To choose a new password, follow this link within 2 hours:\n\n{link}\n\nIf you did not ask for this, ignore this message; your password stays as it is.',
  },
});
