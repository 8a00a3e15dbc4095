import { defineMessages } from '../../../platform/i18n/index.ts';

/** The administration landing page (`/admin`). */
export const landingMessages = defineMessages({
  'administration.landing.yourRoles': {
    mn: 'Таны эрхүүд',
    en: 'Your roles',
  },
  'administration.landing.organizations': {
    mn: 'Таны удирддаг байгууллагууд',
    en: 'Organisations you administer',
  },
  'administration.landing.anyOrganization': {
    mn: 'Аль ч байгууллага',
    en: 'Any organisation',
  },
  'administration.landing.organization': {
    mn: 'Байгууллага',
    en: 'Organisation',
  },
  'administration.landing.open': {
    mn: 'Гишүүдийг харах',
    en: 'Show its members',
  },
  'administration.landing.national': {
    mn: 'Үндэсний түвшин',
    en: 'National',
  },
  'administration.landing.nothing': {
    mn: 'Танд удирдах зүйл алга',
    en: 'You have nothing to administer',
  },
  'administration.landing.nothingHint': {
    mn: 'Байгууллагын админ таныг урьсан бол и-мэйлээр ирсэн холбоосоор орно уу.',
    en: 'If an organisation’s administrator invited you, open the link in their email.',
  },
  'administration.landing.joined': {
    mn: 'Та одоо {organization} байгууллагад эрхтэй боллоо.',
    en: 'You now hold a role at {organization}.',
  },
  'administration.landing.secondFactor': {
    mn: 'Албан тушаалын эрх зөвхөн хоёр шаттай баталгаажуулалтаар нэвтэрсэн үед хүчинтэй.',
    en: 'Official roles count only once you have proved your second factor.',
  },
  'administration.landing.secondFactorLink': {
    mn: 'Баталгаажуулах',
    en: 'Prove it now',
  },
});
