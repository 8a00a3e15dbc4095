import type { Permissions } from '../../platform/auth/permissions.ts';

/** The actions of the plans module and who may perform them. */
export const plansPermissions: Permissions = {
  'plans.manage': {
    description: 'Import action plans, correct them in review and publish them',
    allow: ['ogp-committee-member', 'platform-administrator'],
  },
  'plans.report': {
    description: 'Report progress on a commitment the organisation is responsible for',
    allow: ['organization-publisher', 'organization-administrator'],
  },
  'plans.evaluate': {
    description: 'Rate commitments on the independent review scales and publish the ratings',
    allow: ['independent-evaluator'],
  },
  'plans.committee': {
    description: 'Keep the national committee’s members, meetings, minutes and decisions',
    allow: ['ogp-committee-member', 'platform-administrator'],
  },
  'plans.indicators': {
    description: 'Define the organisation’s performance indicators and report their values',
    allow: ['organization-publisher', 'organization-administrator'],
  },
  'plans.comment': {
    description: 'Comment on a commitment (published after moderation)',
    allow: 'signed-in',
  },
  'plans.moderate': {
    description: 'Publish or reject citizens’ comments on commitments',
    allow: ['moderator'],
  },
  'plans.follow': {
    description: 'Follow a commitment and be told by mail when it is updated',
    allow: 'signed-in',
  },
};
