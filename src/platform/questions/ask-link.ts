import type { Translator } from '../i18n/index.ts';
import { type Html, html } from '../views/html.ts';
import '../deadlines/messages.ts';

/**
 * The "Ask a question" link a record's page shows, for a kind its module declares in
 * `questionSubjects` (`src/platform/module.ts`): it opens the public-question form
 * (`src/modules/questions`) about the record with that key. A plain link: no JavaScript.
 */
export function askQuestionLink(t: Translator, kind: string, key: string): Html {
  const href = `/questions/ask?subject=${encodeURIComponent(kind)}&key=${encodeURIComponent(key)}`;
  return html`<p class="ask-question"><a class="button button-secondary" href="${href}">${t('requests.askQuestion')}</a></p>`;
}
