import type { Permissions } from '../../../platform/auth/permissions.ts';

/** Who may write loans and grants, their terms, disbursements, repayments and boards: the borrower's body. */
export const loanPermissions: Permissions = {
  'projects.loans.write': {
    description:
      'Record a loan or grant signed by the caller’s organisation, its terms, fees, base rates, board, disbursements and repayments',
    allow: ['organization-administrator', 'organization-publisher', 'platform-administrator'],
  },
};
