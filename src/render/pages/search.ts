import { html } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import type { Page } from '../page.js';

/**
 * Search: pagefind's widget when JavaScript and a web server are there; without them
 * the page is still useful, an A–Z of everything the site has a page for.
 */
export function searchPage(ix: Index): Page {
  const from = 'search.html';
  const entries = [
    ...ix.tl.entities.map((e) => ({ name: e.name, also: e.aliases.join(', '), href: rel(from, paths.entity(e)), kind: e.kind })),
    ...ix.tl.events.map((e) => ({ name: e.title, also: e.date, href: rel(from, paths.event(e.id)), kind: 'event' })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const body = html`<h1>Search</h1>
<div id="search" class="search-widget"></div>
<noscript><p>Search needs JavaScript; everything is listed below.</p></noscript>
<h2>Everything, A to Z</h2>
<ul class="az">${entries.map((x) => html`<li><a href="${x.href}">${x.name}</a> <span class="muted">${x.kind}${x.also ? html` · ${x.also}` : ''}</span></li>`)}</ul>`;
  return { path: from, title: 'Search', description: 'Search people, places, events and articles', body, scripts: ['pagefind/pagefind-ui.js', 'assets/search.js'], styles: ['pagefind/pagefind-ui.css'], wasm: true };
}
