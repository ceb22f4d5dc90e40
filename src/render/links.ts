import type { Entity, Timeline } from '../model.js';
import { sourceId } from '../export/timeline-json.js';
import type { Atlas } from './map-svg.js';

/** Output paths of every page kind: plain files, so any static host and file:// work. */
export const paths = {
  home: 'index.html',
  article: (id: string) => `articles/${id}.html`,
  event: (id: string) => `events/${id}.html`,
  round: (n: number) => `rounds/${n}.html`,
  entity: (e: Pick<Entity, 'kind' | 'id'>) => `${e.kind === 'person' ? 'people' : e.kind === 'place' ? 'places' : 'organizations'}/${e.id}.html`,
  source: (name: string) => `sources/${sourceId(name)}.html`,
  discrepancies: 'discrepancies.html',
};

/** Relative URL from one output file to another ("events/a.html" → "../articles/b.html"). */
export function rel(from: string, to: string): string {
  let up = '';
  for (let i = from.indexOf('/'); i >= 0; i = from.indexOf('/', i + 1)) up += '../';
  return `${up}${to}` || './';
}

/** How to name an article's outlet to a reader: its name, or its headline when unknown. */
export function outletLabel(a: { source: string; title: string }): string {
  return a.source !== 'Unknown source' ? a.source : `“${a.title.length > 50 ? `${a.title.slice(0, 48)}…` : a.title}”`;
}

/** Link to a sentence anchor on an article page. */
export const sentenceHref = (from: string, article: string, sentence: number): string => `${rel(from, paths.article(article))}#s${sentence + 1}`;

/** Lookups that every page needs, built once per render. */
export interface Index {
  tl: Timeline;
  /** Optional page kinds that exist in this build (links to the others are left out). */
  enabled: Set<string>;
  atlas?: Atlas;
  entity: Map<string, Entity>;
  articleTitle: Map<string, string>;
  article: Map<string, Timeline['articles'][number]>;
  claim: Map<string, Timeline['claims'][number]>;
  event: Map<string, Timeline['events'][number]>;
  /** event id → discrepancies about it */
  disputes: Map<string, Timeline['discrepancies']>;
  /** entity id → claims it spoke */
  spoken: Map<string, Timeline['claims']>;
  /** entity id → events it is in */
  eventsOf: Map<string, Timeline['events']>;
  articleSource: Map<string, string>;
}

export function buildIndex(tl: Timeline, atlas?: Atlas, enabled: Set<string> = new Set(['sources', 'discrepancies', 'map', 'search', 'feeds'])): Index {
  return {
    tl,
    enabled,
    atlas,
    entity: new Map(tl.entities.map((e) => [e.id, e])),
    articleTitle: new Map(tl.articles.map((a) => [a.id, a.title])),
    article: new Map(tl.articles.map((a) => [a.id, a])),
    claim: new Map(tl.claims.map((c) => [c.id, c])),
    event: new Map(tl.events.map((e) => [e.id, e])),
    disputes: groupBy(tl.discrepancies, (d) => (d.event ? [d.event] : [])),
    spoken: groupBy(tl.claims, (c) => (c.speaker ? [c.speaker] : [])),
    eventsOf: groupBy(tl.events, (e) => [...e.people, ...e.places, ...e.organizations]),
    articleSource: new Map(tl.articles.map((a) => [a.id, outletLabel(a)])),
  };
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      if (!out.has(k)) out.set(k, []);
      out.get(k)!.push(item);
    }
  }
  return out;
}
