import type { Entity } from '../../model.js';
import { html } from '../escape.js';
import { paths, rel, sentenceHref, type Index } from '../links.js';
import type { Page } from '../page.js';
import { claimItem, counted } from '../parts.js';
import { mapSvg } from '../map-svg.js';

const KIND_TITLE = { person: 'People', place: 'Places', organization: 'Organizations' } as const;
const SCHEMA = { person: 'Person', place: 'Place', organization: 'Organization' } as const;

/** A person, place or organization: spellings, roles, quotes, events, mentions per article. */
export function entityPage(ix: Index, e: Entity): Page {
  const from = paths.entity(e);
  const quotes = ix.spoken.get(e.id) ?? [];
  const events = ix.eventsOf.get(e.id) ?? [];
  const byArticle = new Map<string, number[]>();
  for (const m of e.mentions) {
    if (!byArticle.has(m.article)) byArticle.set(m.article, []);
    byArticle.get(m.article)!.push(m.sentence);
  }
  const body = html`
<p class="meta"><a href="${rel(from, `${paths.entity(e).split('/')[0]}/index.html`)}">${KIND_TITLE[e.kind]}</a>${e.placeKind ? html` · ${e.placeKind}` : ''}</p>
<h1>${e.name}</h1>
${e.aliases.length ? html`<p>Also written: ${e.aliases.join(', ')}</p>` : ''}
${e.roles.length ? html`<h2>Roles</h2><ul>${e.roles.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${e.lat !== undefined ? html`${ix.atlas ? mapSvg(ix.atlas, { from, width: 360, height: 240, places: [e], countries: [], margin: 6, title: `Map of ${e.name}` }) : ''}<p class="muted">Coordinates: ${e.lat.toFixed(3)}, ${e.lon!.toFixed(3)}</p>` : ''}
${quotes.length ? html`<h2>Quotes and claims</h2><ul>${quotes.map((c) => claimItem(ix, from, c))}</ul>` : ''}
${events.length ? html`<h2>Events</h2><ul>${events.map((ev) => html`<li><time datetime="${ev.date}">${ev.date}</time> <a href="${rel(from, paths.event(ev.id))}">${ev.title}</a></li>`)}</ul>` : ''}
<h2>Mentions</h2>
<ul>${[...byArticle.entries()].map(([article, sentences]) => html`<li><a href="${rel(from, paths.article(article))}">${ix.articleTitle.get(article)}</a> (${ix.articleSource.get(article)}): ${sentences.map((s, i) => html`${i ? ', ' : ''}<a href="${sentenceHref(from, article, s)}">sentence ${s + 1}</a>`)}</li>`)}</ul>`;
  return {
    path: from, title: e.name, description: `${e.name}${e.roles[0] ? `, ${e.roles[0]}` : ''}: ${counted(e.mentions.length, 'mention')}`, body, ogType: e.kind === 'person' ? 'profile' : 'website',
    jsonld: { '@context': 'https://schema.org', '@type': SCHEMA[e.kind], name: e.name, alternateName: e.aliases,
      ...(e.kind === 'person' && e.roles[0] ? { jobTitle: e.roles[0] } : {}),
      ...(e.lat !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: e.lat, longitude: e.lon } } : {}) },
  };
}

/** The list of every entity of one kind, most mentioned first. */
export function entityIndexPage(ix: Index, kind: Entity['kind']): Page {
  const folder = paths.entity({ kind, id: 'x' }).split('/')[0];
  const from = `${folder}/index.html`;
  const list = ix.tl.entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
  const body = html`<h1>${KIND_TITLE[kind]}</h1>
<ul>${list.map((e) => html`<li><a href="${rel(from, paths.entity(e))}">${e.name}</a> <span class="muted">${e.roles[0] ?? e.placeKind ?? ''} · ${counted(e.mentions.length, 'mention')}</span></li>`)}</ul>`;
  return { path: from, title: KIND_TITLE[kind], description: `${list.length} ${KIND_TITLE[kind].toLowerCase()} in the story`, body };
}
