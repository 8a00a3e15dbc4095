import { requestMessages } from './deadlines/messages.ts';
import { formMessages } from './forms/messages.ts';
import { geoMessages } from './geo/messages.ts';
import type { Catalogue } from './i18n/index.ts';
import { platformMessages } from './i18n/messages.ts';
import { officialsRegisterMessages } from './officials.messages.ts';
import { componentMessages } from './views/components/messages.ts';
import { mapMessages } from './views/maps/messages.ts';

/**
 * The platform's own message catalogues: its pages, its components, its maps, its form frame, its
 * registers' problems and the request clock.
 */
export const platformCatalogues: readonly Catalogue[] = [
  platformMessages,
  componentMessages,
  mapMessages,
  geoMessages,
  formMessages,
  officialsRegisterMessages,
  requestMessages,
];
