import { Feed } from 'feed';
import type { Timeline } from '../model.js';

/** Article text goes into CDATA sections: "]]>" must not close them, control characters must go. */
const cdataSafe = (text: string): string => text.replace(/]]>/g, ']] >').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const PLACEHOLDER = 'https://storyline.invalid/';

export interface FeedOptions {
  siteTitle: string;
  /** Absolute site URL ending in "/", or null: then links stay relative and ids are URNs. */
  baseUrl: string | null;
}

/** Atom and JSON Feed of the events, newest first, dated by the events, not the clock. */
export function eventFeeds(tl: Timeline, o: FeedOptions): { atom: string; json: string } {
  // `feed` insists on absolute URLs. Without a base URL, build with a placeholder origin
  // and strip it afterwards, which leaves links relative to the feed file (both feeds sit
  // at the site root, so relative links resolve to the right pages).
  const base = o.baseUrl ?? PLACEHOLDER;
  const url = (path: string): string => new URL(path, base).href;
  const latest = [...tl.events].map((e) => e.date).sort().pop() ?? '1970-01-01';
  const feed = new Feed({
    title: o.siteTitle,
    description: `${tl.events.length} events from ${tl.articles.length} articles`,
    id: o.baseUrl ?? 'urn:storyline:site',
    link: url('index.html'),
    updated: new Date(`${latest}T00:00:00Z`),
    generator: 'Storyline',
    copyright: 'Quoted sentences belong to their outlets',
    feedLinks: { atom: url('feed.xml'), json: url('feed.json') },
  });
  for (const e of [...tl.events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1))) {
    feed.addItem({
      title: cdataSafe(e.title),
      id: o.baseUrl ? url(`events/${e.id}.html`) : `urn:storyline:event:${e.id}`,
      link: url(`events/${e.id}.html`),
      description: cdataSafe(e.summary),
      date: new Date(`${e.date}T00:00:00Z`),
    });
  }
  const relative = (text: string): string => (o.baseUrl ? text : text.split(PLACEHOLDER).join(''));
  return { atom: relative(feed.atom1()), json: relative(feed.json1()) };
}

/** sitemap.xml and robots.txt, only when the site's absolute URL is known. */
export function sitemap(pages: string[], baseUrl: string): { sitemap: string; robots: string } {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = pages.filter((p) => p.endsWith('.html') && p !== '404.html').sort().map((p) => `  <url><loc>${esc(new URL(p, baseUrl).href)}</loc></url>`);
  return {
    sitemap: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    robots: `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', baseUrl).href}\n`,
  };
}
