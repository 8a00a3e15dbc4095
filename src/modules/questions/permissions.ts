import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions this module's routes and commands check, and who may perform them. */
export const permissions: Permissions = {
  'questions.ask': {
    description: 'Ask a public question about a public record (signed in)',
    allow: 'signed-in',
  },
  'questions.moderate': {
    description: 'Publish a question (with its redaction edited) or reject it with a reason for the asker',
    allow: ['moderator', 'platform-administrator'],
  },
  'questions.answer': {
    description: 'Answer, or extend once, the published questions put to the caller’s organisation',
    allow: ['organization-responder', 'organization-administrator', 'platform-administrator'],
  },
};
