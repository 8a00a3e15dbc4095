import { defineMessages } from '../../../platform/i18n/index.ts';

/** Accepting an invitation (`/invitations/:token`). */
export const acceptMessages = defineMessages({
  'administration.accept.title': {
    mn: 'Урилга',
    en: 'Invitation',
  },
  'administration.accept.lead': {
    mn: '{inviter} таныг {organization} байгууллагад ажиллахыг урьсан байна.',
    en: '{inviter} invited you to work for {organization}.',
  },
  'administration.accept.invitedBy': {
    mn: 'Урьсан',
    en: 'Invited by',
  },
  'administration.accept.organization': {
    mn: 'Байгууллага',
    en: 'Organisation',
  },
  'administration.accept.validUntil': {
    mn: 'Хүчинтэй хугацаа',
    en: 'Valid until',
  },
  'administration.accept.secondFactor': {
    mn: 'Албан тушаалын эрх хоёр шаттай баталгаажуулалт шаарддаг: хүлээн авсны дараа баталгаажуулах аппликейшнээ тохируулна.',
    en: 'Official roles need a second factor: after accepting, you set up your authenticator app.',
  },
  'administration.accept.submit': {
    mn: 'Урилгыг хүлээн авах',
    en: 'Accept the invitation',
  },
  'administration.accept.newAccount': {
    mn: 'Бүртгэл үүсгэх',
    en: 'Create your account',
  },
  'administration.accept.newAccountLead': {
    mn: '{email} хаягаар бүртгэл үүсгэнэ. Урилга энэ хаяг руу ирсэн тул хаяг баталгаажсанд тооцогдоно.',
    en: 'Your account will use {email}. The invitation was sent there, so the address counts as confirmed.',
  },
  'administration.accept.submitNew': {
    mn: 'Бүртгэл үүсгээд урилгыг хүлээн авах',
    en: 'Create account and accept',
  },
  'administration.accept.signIn': {
    mn: 'Нэвтэрч хүлээн авах',
    en: 'Sign in to accept',
  },
  'administration.accept.refused.unknown.title': {
    mn: 'Урилгын холбоос буруу байна',
    en: 'This invitation link is not valid',
  },
  'administration.accept.refused.unknown.body': {
    mn: 'Энэ холбоосоор урилга олдсонгүй. И-мэйлд ирсэн холбоосыг бүтнээр нь хуулсан эсэхээ шалгана уу.',
    en: 'No invitation has this link. Check that you copied the whole link from the email.',
  },
  'administration.accept.refused.used.title': {
    mn: 'Урилгыг аль хэдийн ашигласан',
    en: 'This invitation has been used',
  },
  'administration.accept.refused.used.body': {
    mn: 'Урилгын холбоос нэг удаа ажилладаг. Эрх тань хэвээр байгаа бол нэвтэрч орно уу; үгүй бол байгууллагын админаасаа шинэ урилга хүснэ үү.',
    en: 'An invitation link works once. If you hold the role, sign in; otherwise ask the organisation’s administrator for a new invitation.',
  },
  'administration.accept.refused.withdrawn.title': {
    mn: 'Урилгыг цуцалсан',
    en: 'This invitation was withdrawn',
  },
  'administration.accept.refused.withdrawn.body': {
    mn: 'Байгууллагын админ энэ урилгыг цуцалсан байна. Шаардлагатай бол админаасаа шинэ урилга хүснэ үү.',
    en: 'The organisation’s administrator withdrew this invitation. Ask them for a new one if you still need it.',
  },
  'administration.accept.refused.expired.title': {
    mn: 'Урилгын хугацаа дууссан',
    en: 'This invitation has expired',
  },
  'administration.accept.refused.expired.body': {
    mn: 'Урилга 7 хоног хүчинтэй байдаг. Байгууллагын админаасаа шинэ урилга хүснэ үү.',
    en: 'Invitations are valid for 7 days. Ask the organisation’s administrator for a new one.',
  },
  'administration.accept.refused.lapsed.title': {
    mn: 'Урилга хүчингүй болсон',
    en: 'This invitation no longer stands',
  },
  'administration.accept.refused.lapsed.body': {
    mn: 'Таныг урьсан хүн энэ эрхийг олгох эрхгүй болсон тул урилга хүчингүй. Байгууллагын одоогийн админаасаа шинэ урилга хүснэ үү.',
    en: 'The person who invited you can no longer grant this role. Ask the organisation’s current administrator for a new invitation.',
  },
  'administration.accept.refused.other-account.title': {
    mn: 'Урилга өөр хаягт ирсэн',
    en: 'This invitation is for another address',
  },
  'administration.accept.refused.other-account.body': {
    mn: 'Энэ урилга {email} хаягт зориулагдсан, гэвч та өөр бүртгэлээр нэвтэрсэн байна. Системээс гараад холбоосоор дахин орно уу.',
    en: 'This invitation is for {email}, but you are signed in with another account. Sign out and open the link again.',
  },
  'administration.accept.refused.sign-in.title': {
    mn: 'Нэвтэрч урилгыг хүлээн авна уу',
    en: 'Sign in to accept the invitation',
  },
  'administration.accept.refused.sign-in.body': {
    mn: '{email} хаягаар бүртгэл аль хэдийн байна. Тэр бүртгэлээрээ нэвтэрсний дараа урилгыг хүлээн авна.',
    en: 'There is already an account with {email}. Sign in with it, then accept the invitation.',
  },
});
