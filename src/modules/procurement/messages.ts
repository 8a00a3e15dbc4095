import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { listMessages } from './pages/list-messages.ts';
import { ocdsMessages } from './pages/ocds-messages.ts';
import { processMessages } from './pages/process-messages.ts';
import { profilesMessages } from './pages/profiles-messages.ts';
import { sharedMessages } from './pages/shared-messages.ts';
import { uploadMessages } from './pages/upload-messages.ts';

/** Every message of the procurement module: each feature's catalogue, both languages side by side. */
export const messages = mergeCatalogues(
  listMessages,
  sharedMessages,
  processMessages,
  profilesMessages,
  uploadMessages,
  ocdsMessages,
);
