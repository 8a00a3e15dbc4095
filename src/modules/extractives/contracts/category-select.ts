import type { Translator } from '../../../platform/i18n/index.ts';
import { select } from '../../../platform/views/components.ts';
import type { Html } from '../../../platform/views/html.ts';
import { CATEGORIES, CLUSTER_NAMES, CLUSTERS } from './categories.ts';

/** The taxonomy as a select, its categories grouped by cluster: the annotation form's and the comparison's. */
export function categorySelect(ctx: { t: Translator }, selected: string, error?: string): Html {
  const { t } = ctx;
  return select(ctx, {
    id: 'category',
    label: t('extractives.contracts.form.category'),
    options: [],
    groups: CLUSTERS.map((cluster) => ({
      label: t.pick(CLUSTER_NAMES[cluster]),
      options: CATEGORIES.filter((k) => k.cluster === cluster).map((k) => ({
        value: k.code,
        label: t.pick(k.name),
      })),
    })),
    selected,
    placeholder: t('extractives.contracts.form.choose'),
    ...(error ? { error } : {}),
  });
}
