import { mergeCatalogues } from '../../platform/i18n/index.ts';
import type { ShilenModule } from '../../platform/module.ts';
import { decisionMessages } from './decisions/messages.ts';
import { textMessages } from './text/messages.ts';

/**
 * Participation (commitments 3.3.2.1, 3.3.3.5, 3.3.3.6): drafts open to comment clause by clause,
 * answers to every comment, hearings and open meetings, and the register of decisions. So far the
 * module holds the text of a draft act — its structure, its imports from plain text, Word and Akoma
 * Ntoso, the ids that carry comments from version to version, the diff between versions and the
 * Akoma Ntoso it publishes — and the words those speak; its tables, pages and API come with the
 * consultations themselves (README.md).
 */
export const participationModule: ShilenModule = {
  name: 'participation',
  messages: mergeCatalogues(textMessages, decisionMessages),
};
