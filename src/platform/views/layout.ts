import { type PageContext, withQuery } from './context.ts';
import { type Html, html } from './html.ts';
import { siteNavigation } from './navigation.ts';

export interface Crumb {
  href?: string;
  label: string;
}

export interface PageOptions {
  title: string;
  /** A sentence for search engines and link previews. */
  description?: string;
  breadcrumbs?: readonly Crumb[];
  main: Html;
  /** Other formats of this page (CSV, JSON), shown as `<link rel=alternate>`. */
  alternates?: readonly { href: string; type: string }[];
  /** Reload the page after this many seconds (progress of background work, without JavaScript). */
  refreshSeconds?: number;
}

function languageSwitch(ctx: PageContext): Html {
  const other = ctx.locale === 'mn' ? 'en' : 'mn';
  const label = other === 'en' ? 'English' : 'Монгол';
  return html`<a class="lang-switch" href="${withQuery(ctx.url, { lang: other, page: null })}" lang="${other}" hreflang="${other}">${label}</a>`;
}

export function breadcrumbs(ctx: PageContext, crumbs: readonly Crumb[]): Html {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="${ctx.t('layout.breadcrumbs')}"><ol>
    <li><a href="/">${ctx.t('layout.home')}</a></li>
    ${crumbs.map((c) => (c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`))}
  </ol></nav>`;
}

/** The whole document: skip link, header, navigation, breadcrumbs, main, footer. */
export function layout(ctx: PageContext, page: PageOptions): Html {
  const { t } = ctx;
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} — ${t('site.name')}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.refreshSeconds ? html`<meta http-equiv="refresh" content="${page.refreshSeconds}">` : ''}
<link rel="stylesheet" href="${ctx.assets.css}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(page.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}">`)}
</head>
<body>
<a class="skip-link" href="#main">${t('layout.skip')}</a>
<header class="site-header">
  <div class="width header-row">
    <a class="brand" href="/">
      <svg class="brand-mark" aria-hidden="true" viewBox="0 0 32 32" width="32" height="32"><rect x="3" y="3" width="26" height="26" rx="5" fill="none" stroke="currentColor" stroke-width="3"/><path d="M9 22 L16 9 L23 22" fill="none" stroke="currentColor" stroke-width="3"/></svg>
      <span class="brand-name">${t('site.name')}</span>
      <span class="brand-tagline">${t('site.tagline')}</span>
    </a>
    <div class="header-tools">
      <form class="search-box" role="search" action="/search" method="get">
        <label for="site-search" class="visually-hidden">${t('search.label')}</label>
        <input id="site-search" name="q" type="search" autocomplete="off">
        <button type="submit">${t('search.submit')}</button>
      </form>
      ${ctx.signedIn ? html`<a class="header-account" href="/account">${t('nav.account')}</a>` : html`<a class="header-account" href="/sign-in">${t('nav.signIn')}</a>`}
      ${languageSwitch(ctx)}
    </div>
  </div>
</header>
${siteNavigation(ctx)}
<div class="width">
${breadcrumbs(ctx, page.breadcrumbs ?? [])}
<main id="main" tabindex="-1">
${page.main}
</main>
</div>
<footer class="site-footer">
  <div class="width footer-row">
    <p>${t('footer.about')}</p>
    <ul>
      <li><a href="/api">${t('footer.api')}</a></li>
      <li><a href="/api/v1/openapi.json">OpenAPI</a></li>
      <li><a href="/audit">${t('footer.audit')}</a></li>
      <li>${t('footer.licence')}</li>
    </ul>
  </div>
</footer>
</body>
</html>`;
}
