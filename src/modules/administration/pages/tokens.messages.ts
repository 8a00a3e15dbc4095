import { defineMessages } from '../../../platform/i18n/index.ts';

/** API tokens of an organisation: the list, issuing, the token shown once, revoking. */
export const tokenMessages = defineMessages({
  'administration.tokens.title': {
    mn: 'API түлхүүрүүд',
    en: 'API tokens',
  },
  'administration.tokens.lead': {
    mn: 'Байгууллагын мэдээллийн системүүд API-аар өгөгдөл илгээхэд ашиглах түлхүүрүүд. Түлхүүр бүр зөвхөн сонгосон үйлдлийг, зөвхөн энэ байгууллагын өмнөөс хийнэ.',
    en: 'Tokens the organisation’s systems use to send data through the API. Each token may do only the actions chosen, and only for this organisation.',
  },
  'administration.tokens.caption': {
    mn: '{organization} байгууллагын API түлхүүрүүд',
    en: 'API tokens of {organization}',
  },
  'administration.tokens.empty': {
    mn: 'Одоогоор түлхүүр алга',
    en: 'No tokens yet',
  },
  'administration.tokens.active': {
    mn: 'Хүчинтэй',
    en: 'Active',
  },
  'administration.tokens.expired': {
    mn: 'Хугацаа дууссан',
    en: 'Expired',
  },
  'administration.tokens.revokedOn': {
    mn: 'Цуцалсан: {date}',
    en: 'Revoked on {date}',
  },
  'administration.tokens.neverUsed': {
    mn: 'Ашиглаагүй',
    en: 'Never',
  },
  'administration.tokens.issueTitle': {
    mn: 'Шинэ түлхүүр олгох',
    en: 'Issue a new token',
  },
  'administration.tokens.issueLead': {
    mn: 'Түлхүүрийг олгосны дараа зөвхөн нэг удаа харуулна.',
    en: 'The token is shown once, right after it is issued.',
  },
  'administration.tokens.issue': {
    mn: 'Түлхүүр олгох',
    en: 'Issue token',
  },
  'administration.tokens.issuedTitle': {
    mn: 'Шинэ API түлхүүр',
    en: 'Your new API token',
  },
  'administration.tokens.onceWarning': {
    mn: 'Түлхүүрийг одоо хуулж, нууцлалтай хадгална уу. Энэ хуудсыг орхисны дараа түлхүүрийг дахин харах боломжгүй; бид зөвхөн хэшийг нь хадгалдаг.',
    en: 'Copy the token now and keep it secret. You will not be able to see it again after leaving this page: only its hash is kept.',
  },
  'administration.tokens.secret': {
    mn: 'Түлхүүр',
    en: 'Token',
  },
  'administration.tokens.howToUse': {
    mn: 'Хүсэлт бүрийн толгойд ингэж илгээнэ:',
    en: 'Send it with every request as:',
  },
  'administration.tokens.back': {
    mn: 'API түлхүүрүүд рүү буцах',
    en: 'Back to API tokens',
  },
  'administration.tokens.goneTitle': {
    mn: 'Түлхүүрийг нэг л удаа харуулдаг',
    en: 'A token is shown only once',
  },
  'administration.tokens.goneBody': {
    mn: 'Энэ түлхүүрийг аль хэдийн харуулсан тул дахин харуулах боломжгүй. Хуулж амжаагүй бол түүнийг цуцлаад шинээр олгоно уу.',
    en: 'This token has already been shown and cannot be shown again. If you did not copy it, revoke it and issue a new one.',
  },
  'administration.tokens.done.revoked': {
    mn: 'Түлхүүрийг цуцаллаа. Түүгээр ирэх хүсэлтийг одооноос татгалзана.',
    en: 'The token is revoked. Requests with it are refused from now on.',
  },
  'administration.revokeToken.title': {
    mn: 'API түлхүүр цуцлах',
    en: 'Revoke an API token',
  },
  'administration.revokeToken.warning': {
    mn: 'Цуцалмагц энэ түлхүүрийг ашигладаг систем ажиллахаа болино. Үүнийг буцаах боломжгүй.',
    en: 'Systems using this token stop working at once. This cannot be undone.',
  },
  'administration.revokeToken.submit': {
    mn: 'Түлхүүрийг цуцлах',
    en: 'Revoke token',
  },
});
