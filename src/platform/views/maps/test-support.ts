import { registerMessages, translator } from '../../i18n/index.ts';
import { platformMessages } from '../../i18n/messages.ts';
import { componentMessages } from '../components/messages.ts';
import { mapMessages } from './messages.ts';
import type { Ring } from './shapes.ts';

/** For the maps' tests: the words they say registered, and an English translator. */
registerMessages(platformMessages);
registerMessages(componentMessages);
registerMessages(mapMessages);
export const t = translator('en');

/** A fixture outline: a rectangle from 98° to 108° east, 45° to 49° north, not a real country. */
export const fixtureOutline: Ring[] = [
  [
    [98, 45],
    [108, 45],
    [108, 49],
    [98, 49],
    [98, 45],
  ],
];
