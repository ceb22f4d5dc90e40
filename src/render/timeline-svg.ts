import { html, type SafeHtml } from './escape.js';
import { paths, rel, type Index } from './links.js';

const WIDTH = 800;
const ROW = 28;

/**
 * The timeline as a picture made at build time: one row per day, a mark per event
 * sized by its source count, rounds of talks filled; every mark links to its event.
 */
export function timelineSvg(ix: Index, from: string): SafeHtml {
  const days = [...new Set(ix.tl.events.map((e) => e.date))].sort();
  if (!days.length) return html``;
  const height = days.length * ROW + 20;
  const rows = days.map((day, i) => {
    const y = 20 + i * ROW;
    const events = ix.tl.events.filter((e) => e.date === day);
    return html`<g><text x="0" y="${y + 5}" class="axis">${day}</text>${events.map((e, k) => {
      const r = Math.min(12, 3 + e.sources.length * 2);
      const x = 110 + k * 26;
      if (x > WIDTH - 14) return '';
      return html`<a href="${rel(from, paths.event(e.id))}"><title>${e.title} (${e.sources.length} sources)</title><circle cx="${x}" cy="${y}" r="${r}" fill="${e.round ? 'currentColor' : 'none'}" stroke="currentColor" stroke-width="1.5"/></a>`;
    })}</g>`;
  });
  return html`<figure><svg class="timeline-svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="tl-title"><title id="tl-title">Events by day; larger marks have more sources; filled marks are rounds of talks</title>${rows}</svg><figcaption class="muted">Events by day. Larger marks: more sources. Filled: rounds of talks.</figcaption></figure>`;
}
