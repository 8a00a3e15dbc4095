import { defineMessages } from '../../../platform/i18n/index.ts';

/** Resetting an account’s second factor (`/admin/second-factor`). */
export const secondFactorMessages = defineMessages({
  'administration.secondFactor.title': {
    mn: 'Хоёр шатлалт баталгаажуулалтыг шинэчлэх',
    en: 'Reset two-step verification',
  },
  'administration.secondFactor.lead': {
    mn: 'Төхөөрөмжөө гээсэн хүний хоёр шатлалт баталгаажуулалтыг арилгана. Эхлээд хүсэлт гаргасан хүн мөн эсэхийг шалгана уу: нууц үгийг мэдэх хүн дараагийн нэвтрэлтээр шинээр тохируулна. Бүртгэл бүх төхөөрөмжөөс гарч, эзэнд нь и-мэйлээр мэдэгдэнэ; шалтгаан нь хяналтын бүртгэлд орно.',
    en: 'Removes the two-step verification of someone who lost their device. Check first that the person asking is the owner: whoever knows the password sets a new one up at the next sign-in. The account is signed out everywhere and its owner told by email; the reason goes into the audit trail.',
  },
  'administration.secondFactor.submit': {
    mn: 'Шинэчлэх',
    en: 'Reset',
  },
  'administration.secondFactor.done': {
    mn: 'Хоёр шатлалт баталгаажуулалтыг арилгалаа. Эзэн нь дараагийн нэвтрэлтээр шинээр тохируулна.',
    en: 'Two-step verification is removed. Its owner sets up a new one at the next sign-in.',
  },
  'administration.hint.reason': {
    mn: 'Хэн хүссэн, түүнийг хэрхэн шалгасан',
    en: 'Who asked, and how you checked it was them',
  },
});
