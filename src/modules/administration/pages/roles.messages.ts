import { defineMessages } from '../../../platform/i18n/index.ts';

/** National roles (`/admin/roles`). */
export const roleMessages = defineMessages({
  'administration.roles.title': {
    mn: 'Үндэсний эрхүүд',
    en: 'National roles',
  },
  'administration.roles.lead': {
    mn: 'Үндэсний хороо, хараат бус үнэлгээчин, хяналтын байгууллагууд, модератор, системийн админы эрхүүд.',
    en: 'Roles of the national committee, independent evaluators, oversight bodies, moderators and platform administrators.',
  },
  'administration.roles.empty': {
    mn: 'Үндэсний эрх олгоогүй байна',
    en: 'No national roles are granted',
  },
  'administration.roles.grantTitle': {
    mn: 'Үндэсний эрх олгох',
    en: 'Grant a national role',
  },
  'administration.roles.grantLead': {
    mn: 'Хаягаа баталгаажуулсан бүртгэлд олгоно. Тухайн хүн дараагийн нэвтрэлтэд хоёр шаттай баталгаажуулалт тохируулна.',
    en: 'To an account with a confirmed address. They set up a second factor when they next sign in.',
  },
  'administration.roles.grant': {
    mn: 'Эрх олгох',
    en: 'Grant role',
  },
  'administration.roles.done.granted': {
    mn: 'Эрхийг олголоо.',
    en: 'The role is granted.',
  },
  'administration.roles.done.revoked': {
    mn: 'Эрхийг цуцаллаа.',
    en: 'The role is revoked.',
  },
});
