import type { TimelineEvent } from '../../model.js';
import { html } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import type { Page } from '../page.js';
import { badge, counted } from '../parts.js';
import { timelineSvg } from '../timeline-svg.js';

/** The story on one screen: rounds of talks as cards, then every event grouped by day. */
export function homePage(ix: Index, siteTitle: string, order: 'oldest' | 'newest', description = ''): Page {
  const from = paths.home;
  const { tl } = ix;
  const disputed = new Set(tl.discrepancies.map((d) => d.event).filter(Boolean));
  const days = new Map<string, TimelineEvent[]>();
  for (const e of tl.events) {
    if (!days.has(e.date)) days.set(e.date, []);
    days.get(e.date)!.push(e);
  }
  const dayKeys = [...days.keys()].sort();
  if (order === 'newest') dayKeys.reverse();
  const dates = tl.articles.map((a) => a.published).filter(Boolean).sort();
  const outlets = new Set(tl.articles.map((a) => a.source)).size;
  const keyMoments = tl.events.length > 8
    ? [...tl.events].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0) || (a.date < b.date ? -1 : 1)).slice(0, 6).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    : [];
  const body = html`
<h1>${siteTitle}</h1>
${description ? html`<p class="lead">${description}</p>` : ''}
<p class="lead">${counted(tl.events.length, 'event')} from ${counted(tl.articles.length, 'article')} by ${counted(outlets, 'outlet')}${dates.length ? html`, ${dates[0]} to ${dates[dates.length - 1]}` : ''}; ${counted(tl.rounds.length, 'round')} of talks, ${counted(tl.discrepancies.length, 'discrepancy', 'discrepancies')} between sources.</p>
${timelineSvg(ix, from)}
${keyMoments.length ? html`<h2>Key moments</h2><ol class="key-moments">${keyMoments.map((e) => html`<li><time datetime="${e.date}">${e.date}</time> <a href="${rel(from, paths.event(e.id))}">${e.title}</a> ${badge(e.outlets, disputed.has(e.id), e.expected)}</li>`)}</ol>` : ''}
${tl.rounds.length ? html`<h2>Rounds of talks</h2>
<ul class="cards">${tl.rounds.map((r) => html`<li class="card">
<h3><a href="${rel(from, paths.round(r.number))}">Round ${r.number}</a> <span class="badge">${r.status}</span></h3>
<p class="meta">${r.date ?? 'date not announced'}${r.placeName ? html` · ${r.placeName}` : ''} · ${r.sources.length} ${r.sources.length === 1 ? 'source' : 'sources'}</p>
${r.outcome ? html`<p>${r.outcome}</p>` : ''}
</li>`)}</ul>` : ''}
<h2>Timeline</h2>
${dayKeys.map((day) => html`<section class="day" aria-labelledby="d-${day}">
<h3 id="d-${day}"><time datetime="${day}">${day}</time></h3>
<ul class="events">${days.get(day)!.map((e) => html`<li><a href="${rel(from, paths.event(e.id))}">${e.title}</a> ${badge(e.outlets, disputed.has(e.id), e.expected)}${e.round ? html` <span class="badge">round ${e.round}</span>` : ''}</li>`)}</ul>
</section>`)}`;
  return { path: from, title: 'Timeline', description: description || `${counted(tl.events.length, 'event')} from ${counted(tl.articles.length, 'article')}`, body, ogType: 'website' };
}
