import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { contractMessages } from './contracts/messages.ts';

/** The module's catalogue: its features' catalogues (licences, contracts, owners, the environmental list) joined. */
export const messages = mergeCatalogues(contractMessages);
