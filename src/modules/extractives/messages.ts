import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { contractMessages } from './contracts/messages.ts';
import { environmentMessages } from './environment/messages.ts';
import { licenceMessages } from './licences/messages.ts';
import { ownersMessages } from './owners/messages.ts';
import { spatialMessages } from './spatial/messages.ts';

/** The module's catalogue: its features' catalogues (licences, contracts, owners, the environmental list) joined. */
export const messages = mergeCatalogues(
  licenceMessages,
  spatialMessages,
  contractMessages,
  ownersMessages,
  environmentMessages,
);
