import { defineMessages } from '../../platform/i18n/index.ts';

/** The mails the commands send: an invitation, a second factor reset. */
export const mailMessages = defineMessages({
  'administration.mail.invitation.subject': {
    mn: 'Шилэн систем: {organization} байгууллагад ажиллах урилга',
    en: 'Invitation to work for {organization} on Shilen',
  },
  'administration.mail.invitation.body': {
    mn: '{inviter} таныг Шилэн системд {organization} байгууллагын "{role}" эрхээр ажиллахыг урьж байна{scope}.\n\nУрилгыг хүлээн авах:\n{link}\n\nХолбоос {expires} хүртэл хүчинтэй, нэг удаа ашиглагдана. Энэ албан эрх хоёр шаттай баталгаажуулалт шаарддаг тул утсандаа баталгаажуулах аппликейшн бэлдээрэй. Хэрэв та энэ урилгыг хүлээгээгүй бол энэ захидлыг үл тоомсорлоно уу.',
    en: '{inviter} invites you to act for {organization} on Shilen as {role}{scope}.\n\nAccept the invitation:\n{link}\n\nThe link works once, until {expires}. This official role needs a second factor, so have an authenticator app on your phone ready. If you did not expect this invitation, ignore this message.',
  },
  'administration.mail.invitation.withSub': {
    mn: ' (харьяа байгууллагуудад мөн хамаарна)',
    en: ' (including its sub-organisations)',
  },
  'administration.mail.secondFactorReset.subject': {
    mn: 'Шилэн: таны хоёр шатлалт баталгаажуулалтыг арилгалаа',
    en: 'Shilen: your two-step verification was removed',
  },
  'administration.mail.secondFactorReset.body': {
    mn: 'Администратор таны бүртгэлийн хоёр шатлалт баталгаажуулалтыг арилгаж, бүх төхөөрөмжөөс гаргалаа. Дараагийн нэвтрэлтээр шинээр тохируулна. Хэрэв та үүнийг хүсээгүй бол нууц үгээ даруй сольж, {site} сайтын администраторт мэдэгдэнэ үү.',
    en: 'An administrator removed the two-step verification of your account and signed it out everywhere. You will set up a new one at your next sign-in. If you did not ask for this, change your password now and tell the administrators of {site}.',
  },
});
