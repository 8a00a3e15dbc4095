import { mergeCatalogues } from '../../platform/i18n/index.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { decisionMessages } from './decisions/messages.ts';
import { textMessages } from './text/messages.ts';

/**
 * Participation (commitments 3.3.2.1, 3.3.3.5, 3.3.3.6): drafts open to comment clause by clause,
 * answers to every comment, hearings and open meetings, and the register of decisions. So far the
 * module holds pure parts: the text of a draft act (its structure, imports from plain text, Word
 * and Akoma Ntoso, the ids that carry comments from version to version, the diff between versions,
 * the Akoma Ntoso it publishes), the iCalendar of its events and the flags of a decision taken
 * without due participation, with the words they speak; its tables, pages and API come with the
 * consultations themselves (README.md).
 */
export const participationModule: ShilenModule = {
  name: 'participation',
  messages: mergeCatalogues(textMessages, decisionMessages),
};
