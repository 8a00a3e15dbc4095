import { mergeCatalogues } from '../../platform/i18n/index.ts';
import { commitmentMessages } from './pages/commitment.messages.ts';
import { committeeMessages } from './pages/committee.messages.ts';
import { evaluateMessages } from './pages/evaluate.messages.ts';
import { importMessages } from './pages/import.messages.ts';
import { indicatorMessages } from './pages/indicators.messages.ts';
import { labelMessages } from './pages/labels.messages.ts';
import { overviewMessages } from './pages/overview.messages.ts';
import { reportMessages } from './pages/report.messages.ts';
import { reviewMessages } from './pages/review.messages.ts';

/** Every message of the plans module: the catalogues of its features, both languages side by side. */
export const messages = mergeCatalogues(
  labelMessages,
  overviewMessages,
  commitmentMessages,
  reportMessages,
  evaluateMessages,
  reviewMessages,
  importMessages,
  committeeMessages,
  indicatorMessages,
);
