/** Outgoing mail through an outbox and the job worker; see README.md. */
export { layoutMailText } from './layout.ts';
export { InvalidMailError, MAIL_SEND, type NewMail, queueMail } from './outbox.ts';
export { distinctRecipients, type Recipient } from './recipients.ts';
export { isPermanentRejection, sendQueuedMail } from './send.ts';
