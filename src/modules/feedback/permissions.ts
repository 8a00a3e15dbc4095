import type { Permissions } from '../../platform/auth/permissions.ts';

/** The module's actions. Staff actions are scoped to the case's organisation by `can`. */
export const feedbackPermissions: Permissions = {
  'feedback.submit': {
    description: 'File a complaint, petition, enquiry, suggestion, praise or information request on the web',
    allow: 'anyone',
  },
  'feedback.submit-api': {
    description: 'File cases through the API and Open311 on citizens’ behalf (an organisation’s system)',
    allow: [
      'organization-publisher',
      'organization-responder',
      'organization-administrator',
      'platform-administrator',
    ],
  },
  'feedback.operate': {
    description: 'Enter cases for callers and visitors at the 11-11 centre (operator console)',
    allow: ['organization-responder', 'organization-administrator', 'platform-administrator'],
  },
  'feedback.respond': {
    description: 'Work on an organisation’s cases: assign, note, ask, extend, answer, close, transfer',
    allow: ['organization-responder', 'organization-administrator', 'platform-administrator'],
  },
  'feedback.moderate': {
    description: 'Review the redacted text of cases whose submitters agreed to publication, and publish it',
    allow: ['moderator', 'platform-administrator'],
  },
  'feedback.manage-routing': {
    description: 'Change which organisation answers each category in each aimag',
    allow: ['platform-administrator'],
  },
  'feedback.follow': {
    description: 'See one’s own cases on the account’s page',
    allow: 'signed-in',
  },
};
