import type { Timeline } from '../model.js';
import { escapeHtml, html, jsonForScript, raw, type SafeHtml } from './escape.js';
import { buildIndex, rel } from './links.js';
import type { Page } from './page.js';
import { articlePage } from './pages/article.js';
import { entityIndexPage, entityPage } from './pages/entity.js';
import { eventPage } from './pages/event.js';
import { homePage } from './pages/home.js';
import { roundPage } from './pages/round.js';
import { discrepanciesPage, sourceIndexPage, sourcePage } from './pages/sources.js';
import type { Template } from './template.js';
import type { Atlas } from './map-svg.js';
import { mapPage } from './pages/map.js';
import { searchPage } from './pages/search.js';

/** Page kinds a site may leave out; home, articles, events, rounds and entity pages are always built. */
export const OPTIONAL_PAGES = ['sources', 'discrepancies', 'map', 'search', 'feeds'] as const;
export type OptionalPage = (typeof OPTIONAL_PAGES)[number];

export interface RenderOptions {
  pages?: OptionalPage[];
  siteTitle: string;
  description?: string;
  lang: string;
  order: 'oldest' | 'newest';
  layout: Template;
  atlas: Atlas;
  /** For the small per-place maps; the story map uses `atlas`. */
  placeAtlas?: Atlas;
}

/** Content-Security-Policy: no inline script at all; WebAssembly only where search runs. */
function csp(page: Page): string {
  return `default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'${page.wasm ? " 'wasm-unsafe-eval'" : ''}; connect-src 'self'; base-uri 'none'; form-action 'self'`;
}

/**
 * Every page of the site as path → HTML in UTF-8 bytes (half the memory of a JavaScript
 * string holding curly quotes, and what gets written anyway). Pure: reads only the model
 * and the compiled layout.
 */
export function renderSite(tl: Timeline, options: RenderOptions): Map<string, Uint8Array> {
  const enabled = new Set<OptionalPage>(options.pages ?? OPTIONAL_PAGES);
  const ix = buildIndex(tl, options.placeAtlas ?? options.atlas, enabled);
  // Pages are made one at a time and only their finished HTML is kept: a page's body is
  // garbage as soon as the layout has wrapped it, which halves the peak memory of a big site.
  const pages: (() => Page)[] = [
    () => homePage(ix, options.siteTitle, options.order, options.description),
    ...tl.articles.map((a) => () => articlePage(ix, a)),
    ...tl.events.map((e) => () => eventPage(ix, e)),
    ...tl.rounds.map((r) => () => roundPage(ix, r, tl.rounds)),
    ...tl.entities.map((e) => () => entityPage(ix, e)),
    ...(['person', 'place', 'organization'] as const).map((kind) => () => entityIndexPage(ix, kind)),
    ...(enabled.has('sources') ? [...[...new Set(tl.articles.map((a) => a.source))].sort().map((s) => () => sourcePage(ix, s)), () => sourceIndexPage(ix)] : []),
    ...(enabled.has('discrepancies') ? [() => discrepanciesPage(ix)] : []),
    ...(enabled.has('map') ? [() => mapPage(ix, options.atlas)] : []),
    ...(enabled.has('search') ? [() => searchPage(ix)] : []),
    notFoundPage,
  ];
  const files = new Map<string, Uint8Array>();
  for (const make of pages) {
    const page = make();
    const root = rel(page.path, '') || './';
    files.set(page.path, Buffer.from(options.layout({
      lang: options.lang, title: clipTitle(page.title), site: options.siteTitle, description: page.description,
      ogType: page.ogType ?? 'website', root, articleCount: String(tl.articles.length), body: page.body,
      jsonld: page.jsonld ? raw(`<script type="application/ld+json">${jsonForScript(page.jsonld)}</script>`) : raw(''),
      csp: csp(page),
      nav: navLinks(root, enabled),
      feedLinks: enabled.has('feeds') ? html`<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="Events (Atom)">
<link rel="alternate" type="application/feed+json" href="${root}feed.json" title="Events (JSON Feed)">` : html``,
      footerFeeds: enabled.has('feeds') ? html` · <a href="${root}feed.xml">Atom feed</a> · <a href="${root}feed.json">JSON Feed</a>` : html``,
      head: html`${(page.styles ?? []).map((href) => html`<link rel="stylesheet" href="${root}${href}">`)}${(page.scripts ?? []).map((src) => html`<script src="${root}${src}" defer></script>`)}`,
    })));
  }
  return files;
}

/** The site navigation: only links to page kinds that were built. */
function navLinks(root: string, enabled: Set<OptionalPage>): SafeHtml {
  const items: [string, string][] = [['index.html', 'Timeline'], ['people/index.html', 'People'], ['places/index.html', 'Places'], ['organizations/index.html', 'Organizations']];
  if (enabled.has('sources')) items.push(['sources/index.html', 'Sources']);
  if (enabled.has('discrepancies')) items.push(['discrepancies.html', 'Discrepancies']);
  if (enabled.has('map')) items.push(['map.html', 'Map']);
  if (enabled.has('search')) items.push(['search.html', 'Search']);
  return html`${items.map(([href, label]) => html`<a href="${root}${href}">${label}</a>
`)}`;
}

function notFoundPage(): Page {
  return { path: '404.html', title: 'Page not found', description: 'This page does not exist.', body: html`<h1>Page not found</h1><p>The page you asked for is not part of this site. Start from the <a href="index.html">timeline</a>.</p>` };
}

/**
 * A page's title cut to fit the document title: 52 characters as written in the HTML, where a
 * quotation mark takes six ("&quot;") — validators count what the source holds.
 */
function clipTitle(title: string): string {
  if (escapeHtml(title).length <= 52) return title;
  let end = 0;
  let written = 0;
  // By code point, so that no character is cut in half.
  for (const char of title) {
    written += escapeHtml(char).length;
    if (written > 50) break;
    end += char.length;
  }
  return `${title.slice(0, end).trimEnd()}…`;
}
