import { slugify } from '../load/slug.js';
import type { Entity, Provenance, Timeline } from '../model.js';

const articleMaps = new WeakMap<Timeline, Map<string, Timeline['articles'][number]>>();
const articleOf = (tl: Timeline, id: string): Timeline['articles'][number] | undefined => {
  if (!articleMaps.has(tl)) articleMaps.set(tl, new Map(tl.articles.map((a) => [a.id, a])));
  return articleMaps.get(tl)!.get(id);
};

/** The article sentence a provenance points to, verbatim. */
function sentenceOf(tl: Timeline, p: Provenance): string {
  return articleOf(tl, p.article)?.sentences[p.sentence]?.text ?? '';
}

/** Line and column of a mention in the original file. */
function positionOf(tl: Timeline, p: Provenance): { line?: number; column?: number } {
  const s = articleOf(tl, p.article)?.sentences[p.sentence];
  return s ? { line: s.start.line, column: s.start.column + (p.offset ?? 0) } : {};
}

function entityJson(tl: Timeline, e: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: e.id, name: e.name, aliases: e.aliases, roles: e.roles,
    mentions: e.mentions.map((m) => ({ article: m.article, sentence: sentenceOf(tl, m), anchor: `s${m.sentence + 1}`, ...positionOf(tl, m) })),
  };
  if (e.agency) out.agency = true;
  if (e.kind === 'place') {
    out.kind = e.placeKind ?? 'place';
    if (e.lat !== undefined) { out.lat = e.lat; out.lon = e.lon; }
  }
  return out;
}

/**
 * The public data API (`data/timeline.json`), shaped by the contract: every listed
 * field, sentences verbatim, ids that resolve. Extra fields are additions only.
 */
export function timelineJson(tl: Timeline): string {
  const ofKind = (k: string): Entity[] => tl.entities.filter((e) => e.kind === k);
  const data = {
    articles: tl.articles.map((a) => ({
      id: a.id, file: a.file, title: a.title,
      source: { id: sourceId(a.source), name: a.source },
      published: a.published, publishedHow: a.publishedHow, publishedEvidence: a.publishedEvidence,
      ...(a.frontMatter.url ? { url: a.frontMatter.url } : {}),
      credits: a.credits, byline: a.byline, offTopic: tl.offTopic.includes(a.id),
      removed: a.removed.map((r) => ({ text: r.text, line: r.line, reason: r.reason })),
    })),
    people: ofKind('person').map((e) => entityJson(tl, e)),
    places: ofKind('place').map((e) => entityJson(tl, e)),
    organizations: ofKind('organization').map((e) => entityJson(tl, e)),
    claims: tl.claims.map((c) => ({ ...c, sentence: sentenceOf(tl, c), anchor: `s${c.sentence + 1}` })),
    events: tl.events.map((e) => ({
      id: e.id, date: e.date, title: e.title, summary: e.summary, people: e.people, places: e.places,
      organizations: e.organizations, claims: e.claims, sources: e.sources, outlets: e.outlets, importance: e.importance ?? 0,
      singleSource: e.outlets < 2,
      ...(e.round !== undefined ? { round: e.round } : {}),
      provenance: e.provenance.map((p) => ({ article: p.article, sentence: sentenceOf(tl, p), anchor: `s${p.sentence + 1}` })),
    })),
    rounds: tl.rounds.map((r) => ({
      ...r, provenance: r.provenance.map((p) => ({ article: p.article, sentence: sentenceOf(tl, p), anchor: `s${p.sentence + 1}` })),
    })),
    discrepancies: tl.discrepancies.map((d) => ({
      ...d, values: d.values.map((v) => ({ value: v.value, article: v.article, sentence: sentenceOf(tl, { article: v.article, sentence: v.sentence }), anchor: `s${v.sentence + 1}` })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Outlet name → stable id. */
export const sourceId = (name: string): string => slugify(name, 'unknown-source');
