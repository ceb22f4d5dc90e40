import { html } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import { mapSvg, type Atlas } from '../map-svg.js';
import type { Page } from '../page.js';
import { counted } from '../parts.js';

/** Every place of the story on one map, with a list for readers who cannot see it. */
export function mapPage(ix: Index, atlas: Atlas): Page {
  const from = 'map.html';
  const places = ix.tl.entities.filter((e) => e.kind === 'place');
  const located = places.filter((p) => p.lat !== undefined);
  const body = html`<h1>Map</h1>
${mapSvg(atlas, { from, width: 800, height: 560, places: located, countries: places.filter((p) => p.placeKind === 'country'), margin: 2, title: `Map of ${counted(located.length, 'place')} in the story` })}
<h2>Places</h2>
<ul>${[...places].sort((a, b) => (a.name < b.name ? -1 : 1)).map((p) => html`<li><a href="${rel(from, paths.entity(p))}">${p.name}</a> <span class="muted">${p.placeKind ?? ''}</span></li>`)}</ul>`;
  return { path: from, title: 'Map', description: `${counted(places.length, 'place')} in the story`, body };
}
