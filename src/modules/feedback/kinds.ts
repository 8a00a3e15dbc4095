/** The code lists of a case, one word each everywhere: code, pages, API, downloads. */
export const caseKinds = [
  'complaint',
  'petition',
  'enquiry',
  'suggestion',
  'praise',
  'information-request',
] as const;
export type CaseKind = (typeof caseKinds)[number];

/** How a case came in. `phone` and `walk-in` are entered by the centre's operators. */
export const channels = ['web', 'phone', 'walk-in', 'kiosk', 'api', 'open311'] as const;
export type Channel = (typeof channels)[number];
export const operatorChannels = ['phone', 'walk-in'] as const satisfies readonly Channel[];

export const statuses = ['received', 'in-progress', 'awaiting-information', 'answered', 'closed'] as const;
export type CaseStatus = (typeof statuses)[number];
/** Statuses in which the organisation still owes an answer (the deadline clock runs). */
export const openStatuses: readonly CaseStatus[] = ['received', 'in-progress', 'awaiting-information'];

export const isKind = (v: unknown): v is CaseKind => caseKinds.includes(v as CaseKind);
export const isChannel = (v: unknown): v is Channel => channels.includes(v as Channel);
export const isStatus = (v: unknown): v is CaseStatus => statuses.includes(v as CaseStatus);
