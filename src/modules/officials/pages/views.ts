import type { Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Term } from '../queries.ts';

/** "since 1 March 2016" or "1 March 2016 – 30 June 2020". */
export function termPeriod(t: Translator, term: Pick<Term, 'startsOn' | 'endsOn'>): string {
  return term.endsOn
    ? t('officials.term.between', { from: t.date(term.startsOn), to: t.date(term.endsOn) })
    : t('officials.term.since', { from: t.date(term.startsOn) });
}

/** Tags for a post's duties: declares assets, politically exposed. */
export function termTags(t: Translator, term: Pick<Term, 'declaresAssets' | 'politicallyExposed'>): Html {
  return html`${term.declaresAssets ? html`<strong class="tag">${t('officials.tag.declares')}</strong>` : ''}${term.politicallyExposed ? html` <strong class="tag">${t('officials.tag.exposed')}</strong>` : ''}`;
}
