import type { Round } from '../../model.js';
import { html } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import type { Page } from '../page.js';
import { claimItem, entityLinks, reportedBy } from '../parts.js';

/** One round of talks: date, venue announced and actual, duration, delegations side by side, outcome. */
export function roundPage(ix: Index, r: Round, all: Round[]): Page {
  const from = paths.round(r.number);
  const delegates = new Set(Object.values(r.delegations).flat());
  const quotes = r.events.flatMap((id) => ix.event.get(id)?.claims ?? []).map((id) => ix.claim.get(id)!)
    .filter((c) => c.kind !== 'figure' && c.speaker && delegates.has(c.speaker));
  const i = all.indexOf(r);
  const prev = all[i - 1];
  const next = all[i + 1];
  const place = r.place ? ix.entity.get(r.place) : undefined;
  const body = html`
<p class="meta">Round ${r.number} of talks · <span class="badge">${r.status}</span></p>
<h1>Round ${r.number}${r.date ? html`: <time datetime="${r.date}">${r.date}</time>` : ' (planned)'}</h1>
<table><tbody>
<tr><th scope="row">Date</th><td>${r.date ?? 'not announced'}</td></tr>
<tr><th scope="row">Venue</th><td>${r.placeName ?? 'not stated'}${place ? html` (<a href="${rel(from, paths.entity(place))}">${place.name}</a>)` : ''}</td></tr>
${r.announcedPlaceName ? html`<tr><th scope="row">Announced venue</th><td>${r.announcedPlaceName}</td></tr>` : ''}
<tr><th scope="row">Duration</th><td>${r.duration ?? 'not stated'}</td></tr>
${r.start ? html`<tr><th scope="row">Start</th><td>${r.start}</td></tr>` : ''}
${r.host ? html`<tr><th scope="row">Host</th><td>${entityLinks(ix, from, [r.host])}</td></tr>` : ''}
${r.topics.length ? html`<tr><th scope="row">Topics</th><td>${r.topics.join(', ')}</td></tr>` : ''}
<tr><th scope="row">Outcome</th><td>${r.outcome || 'not reported'}</td></tr>
</tbody></table>
<h2>Delegations</h2>
<div class="side-by-side">${Object.entries(r.delegations).map(([side, ids]) => html`<section><h3>${side}</h3><ul>${ids.map((id) => {
    const p = ix.entity.get(id);
    return p ? html`<li><a href="${rel(from, paths.entity(p))}">${p.name}</a>${p.roles[0] ? html` <span class="muted">— ${p.roles[0]}</span>` : ''}</li>` : '';
  })}</ul></section>`)}</div>
${Object.keys(r.delegations).length ? '' : html`<p class="muted">No delegation members named.</p>`}
${quotes.length ? html`<h2>Quotes by delegates</h2><ul>${quotes.map((c) => claimItem(ix, from, c))}</ul>` : ''}
${r.events.length ? html`<h2>Events</h2><ul>${r.events.map((id) => { const e = ix.event.get(id)!; return html`<li><a href="${rel(from, paths.event(id))}">${e.title}</a></li>`; })}</ul>` : ''}
<h2>Sources</h2>
${reportedBy(ix, from, r.provenance.slice(0, 12))}
<nav aria-label="Rounds" class="pager">${prev ? html`<a href="${rel(from, paths.round(prev.number))}">← Round ${prev.number}</a> ` : ''}${next ? html`<a href="${rel(from, paths.round(next.number))}">Round ${next.number} →</a>` : ''}</nav>`;
  return {
    path: from, title: `Round ${r.number} of talks`, description: r.outcome.slice(0, 200) || `Round ${r.number} of talks`, body, ogType: 'article',
    jsonld: { '@context': 'https://schema.org', '@type': 'Event', name: `Round ${r.number} of talks`, startDate: r.date ?? undefined,
      eventStatus: r.status === 'planned' ? 'https://schema.org/EventScheduled' : undefined, location: r.placeName ? { '@type': 'Place', name: r.placeName } : undefined },
  };
}
