import { html, type SafeHtml } from './escape.js';
import { paths, rel, type Index } from './links.js';
import { counted } from './parts.js';

const WIDTH = 420;
const ROW = 26;
const PER_ROW = 12;
const STEP = 24;

/**
 * The timeline as a picture made at build time: one band per day, a mark per event
 * sized by its source count (wrapping onto more rows on busy days, so it stays legible
 * on a phone), rounds of talks filled; every mark links to its event.
 */
export function timelineSvg(ix: Index, from: string): SafeHtml {
  const days = [...new Set(ix.tl.events.map((e) => e.date))].sort();
  if (!days.length) return html``;
  let y = 18;
  const bands = days.map((day) => {
    const events = ix.tl.events.filter((e) => e.date === day).sort((a, b) => b.sources.length - a.sources.length);
    const top = y;
    const marks = events.map((e, k) => {
      const r = Math.min(10, 3 + e.sources.length * 1.5);
      const x = 100 + (k % PER_ROW) * STEP;
      const cy = top + Math.floor(k / PER_ROW) * ROW;
      return html`<a href="${rel(from, paths.event(e.id))}"><title>${e.title} (${counted(e.sources.length, 'source')})</title><circle cx="${x}" cy="${cy}" r="${r}" fill="${e.round ? 'currentColor' : 'none'}" stroke="currentColor" stroke-width="1.5"/></a>`;
    });
    y += Math.ceil(events.length / PER_ROW) * ROW;
    return html`<g><text x="0" y="${top + 4}" class="axis">${day}</text>${marks}</g>`;
  });
  return html`<figure><svg class="timeline-svg" viewBox="0 0 ${WIDTH} ${y}" role="group" aria-labelledby="tl-title"><title id="tl-title">Events by day; larger marks have more sources; filled marks are rounds of talks</title>${bands}</svg><figcaption class="muted">Events by day. Larger marks: more sources. Filled: rounds of talks.</figcaption></figure>`;
}
