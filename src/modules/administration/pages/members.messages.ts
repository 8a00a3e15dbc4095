import { defineMessages } from '../../../platform/i18n/index.ts';

/** An organisation’s members: the list, giving a role, revoking one, invitations sent and withdrawn. */
export const memberMessages = defineMessages({
  'administration.members.title': {
    mn: 'Гишүүд',
    en: 'Members',
  },
  'administration.members.lead': {
    mn: 'Энэ байгууллагын өмнөөс ажиллах эрхтэй албан хаагчид. Шинэ хүнийг и-мэйлээр урина; урилга 7 хоног хүчинтэй.',
    en: 'The officials who act for this organisation. New people are invited by email; an invitation is valid for 7 days.',
  },
  'administration.members.caption': {
    mn: '{organization} байгууллагын гишүүд, эрхүүд',
    en: 'Members of {organization} and their roles',
  },
  'administration.members.empty': {
    mn: 'Энэ байгууллагад одоогоор гишүүн алга',
    en: 'This organisation has no members yet',
  },
  'administration.members.children': {
    mn: 'Харьяа байгууллагууд',
    en: 'Sub-organisations',
  },
  'administration.members.done.invited': {
    mn: 'Урилгыг илгээлээ.',
    en: 'The invitation is sent.',
  },
  'administration.members.done.granted': {
    mn: 'Эрхийг олголоо.',
    en: 'The role is granted.',
  },
  'administration.members.done.revoked': {
    mn: 'Эрхийг цуцаллаа.',
    en: 'The role is revoked.',
  },
  'administration.members.done.withdrawn': {
    mn: 'Урилгыг цуцаллаа; холбоос нь ажиллахгүй болсон.',
    en: 'The invitation is withdrawn; its link no longer works.',
  },
  'administration.invitations.title': {
    mn: 'Хүлээгдэж буй урилгууд',
    en: 'Pending invitations',
  },
  'administration.invitations.caption': {
    mn: 'Хүлээгдэж буй урилгууд',
    en: 'Pending invitations',
  },
  'administration.invitations.none': {
    mn: 'Хүлээгдэж буй урилга алга.',
    en: 'No invitations are pending.',
  },
  'administration.invitations.withdraw': {
    mn: 'Урилгыг цуцлах',
    en: 'Withdraw',
  },
  'administration.invite.title': {
    mn: 'Албан хаагч урих',
    en: 'Invite an official',
  },
  'administration.invite.lead': {
    mn: 'Урилгын холбоос и-мэйлээр очно. Бүртгэлгүй бол тухайн хүн бүртгэл үүсгэж, хоёр шаттай баталгаажуулалт тохируулна.',
    en: 'They get a link by email. Without an account yet, they make one and set up a second factor.',
  },
  'administration.invite.submit': {
    mn: 'Урилга илгээх',
    en: 'Send invitation',
  },
  'administration.grant.title': {
    mn: 'Гишүүнд өөр эрх олгох',
    en: 'Give a member another role',
  },
  'administration.grant.lead': {
    mn: 'Энэ байгууллагын одоогийн гишүүнд нэмэлт эрх олгоно.',
    en: 'Grants an additional role to someone who is already a member.',
  },
  'administration.grant.submit': {
    mn: 'Эрх олгох',
    en: 'Grant role',
  },
  'administration.revokeRole.title': {
    mn: 'Эрх цуцлах',
    en: 'Revoke a role',
  },
  'administration.revokeRole.warning': {
    mn: 'Эрх нэн даруй хүчингүй болно. Дахин олгохын тулд шинээр олгоно.',
    en: 'The role stops at once. To give it back, grant it again.',
  },
  'administration.revokeRole.submit': {
    mn: 'Эрхийг цуцлах',
    en: 'Revoke role',
  },
});
