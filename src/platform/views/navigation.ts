import type { NavigationGroup, NavigationItem } from '../module.ts';
import type { PageContext } from './context.ts';
import { type Html, html } from './html.ts';

/**
 * The sections of the site, grouped by what citizens look for, in the order the header shows
 * them. A module names its group in its manifest's `navigation`; a group no installed module
 * fills is not shown.
 */
export const navigationGroups: readonly { id: NavigationGroup; label: string }[] = [
  { id: 'registers', label: 'nav.group.registers' },
  { id: 'money', label: 'nav.group.money' },
  { id: 'resources', label: 'nav.group.resources' },
  { id: 'voice', label: 'nav.group.voice' },
  { id: 'justice', label: 'nav.group.justice' },
  { id: 'plan', label: 'nav.group.plan' },
];

/** Whether `item` is the section of the page at `path`. */
function isCurrent(item: NavigationItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`);
}

/** The installed sections of each group, in order; empty groups left out. */
export function groupedNavigation(
  items: readonly NavigationItem[],
): { id: NavigationGroup; label: string; items: NavigationItem[] }[] {
  return navigationGroups
    .map((g) => ({
      ...g,
      items: items.filter((i) => i.group === g.id).sort((a, b) => a.order - b.order),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * The header's navigation: one disclosure per group (`<details>`, so it opens without
 * JavaScript and by keyboard), its sections inside; the group of the current page is marked. On
 * a narrow screen the groups stack and open in the flow of the page.
 */
export function siteNavigation(ctx: PageContext): Html {
  const path = new URL(ctx.url, 'http://local').pathname;
  const link = (item: NavigationItem) =>
    html`<li><a href="${item.href}"${isCurrent(item, path) ? html` aria-current="page"` : ''}>${ctx.t(item.label)}</a></li>`;
  const groups = groupedNavigation(ctx.navigation);
  const home = ctx.navigation.find((i) => i.href === '/');
  return html`<nav class="site-nav" aria-label="${ctx.t('layout.nav')}"><div class="width"><ul class="nav-groups">
    ${home ? link(home) : ''}
    ${groups.map((g) => {
      const current = g.items.some((i) => isCurrent(i, path));
      return html`<li class="nav-group"><details${current ? html` class="current"` : ''}><summary>${ctx.t(g.label)}</summary>
      <ul class="nav-sections">${g.items.map(link)}</ul></details></li>`;
    })}
  </ul></div></nav>`;
}
