import type { TimelineEvent } from '../../model.js';
import { html } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import type { Page } from '../page.js';
import { badge, claimItem, entityLinks, reportedBy } from '../parts.js';

/** One event: what happened, who reported it with the exact sentences, who and where, claims, discrepancies. */
export function eventPage(ix: Index, e: TimelineEvent): Page {
  const from = paths.event(e.id);
  const own = e.claims.map((id) => ix.claim.get(id)!).filter(Boolean);
  const claims = own.filter((c) => c.kind !== 'figure');
  const figures = own.filter((c) => c.kind === 'figure');
  const disputes = ix.disputes.get(e.id) ?? [];
  // A heading over nothing says nothing: who, where and which bodies show only when found.
  const linked = (title: string, ids: string[]) => (ids.length ? html`<h2>${title}</h2><p>${entityLinks(ix, from, ids)}</p>` : '');
  const body = html`
<p class="meta"><time datetime="${e.date}">${e.date}</time> ${badge(e.outlets, disputes.length > 0, e.expected)}${e.round ? html` · <a href="${rel(from, paths.round(e.round))}">Round ${e.round} of talks</a>` : ''}</p>
<h1>${e.title}</h1>
<p>${e.summary}</p>
<h2>Reported by</h2>
${reportedBy(ix, from, e.provenance)}
${linked('People', e.people)}
${linked('Places', e.places)}
${linked('Organizations', e.organizations)}
${claims.length ? html`<h2>Quotes and claims</h2><ul>${claims.map((c) => claimItem(ix, from, c))}</ul>` : ''}
${figures.length ? html`<h2>Figures</h2><ul>${figures.map((c) => claimItem(ix, from, c))}</ul>` : ''}
${disputes.length ? html`<h2>Discrepancies</h2><ul>${disputes.map((d) => (ix.enabled.has('discrepancies') ? html`<li><a href="${rel(from, paths.discrepancies)}#${d.id}">${d.topic}</a></li>` : html`<li>${d.topic}: ${d.values.map((v) => v.value).join(' / ')}</li>`))}</ul>` : ''}`;
  return {
    path: from, title: e.title, description: e.summary.slice(0, 200), body, ogType: 'article',
    jsonld: { '@context': 'https://schema.org', '@type': 'Event', name: e.title, startDate: e.date, description: e.summary,
      location: e.places.map((id) => ({ '@type': 'Place', name: ix.entity.get(id)?.name })) },
  };
}
