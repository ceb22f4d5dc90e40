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

/** A mention with its sentence verbatim, and its line and column in the original file. */
function mentionJson(tl: Timeline, m: Provenance): Record<string, unknown> {
  const s = articleOf(tl, m.article)?.sentences[m.sentence];
  const anchor = `s${m.sentence + 1}`;
  return s ? { article: m.article, sentence: s.text, anchor, line: s.start.line, column: s.start.column + (m.offset ?? 0) } : { article: m.article, sentence: '', anchor };
}

function entityJson(tl: Timeline, e: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: e.id, name: e.name, aliases: e.aliases, roles: e.roles,
    mentions: e.mentions.map((m) => mentionJson(tl, m)),
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
export function timelineJson(tl: Timeline): Buffer {
  const ofKind = (k: string): Entity[] => tl.entities.filter((e) => e.kind === k);
  const offTopic = new Set(tl.offTopic);
  const sections: Section[] = [
    section('articles', tl.articles, (a) => ({
      id: a.id, file: a.file, title: a.title,
      source: { id: sourceId(a.source), name: a.source },
      published: a.published, publishedHow: a.publishedHow, publishedEvidence: a.publishedEvidence,
      ...(a.frontMatter.url ? { url: a.frontMatter.url } : {}),
      credits: a.credits, byline: a.byline, offTopic: offTopic.has(a.id),
      removed: a.removed.map((r) => ({ text: r.text, line: r.line, reason: r.reason })),
    })),
    section('people', ofKind('person'), (e) => entityJson(tl, e)),
    section('places', ofKind('place'), (e) => entityJson(tl, e)),
    section('organizations', ofKind('organization'), (e) => entityJson(tl, e)),
    section('claims', tl.claims, (c) => ({ ...c, sentence: sentenceOf(tl, c), anchor: `s${c.sentence + 1}` })),
    section('events', tl.events, (e) => ({
      id: e.id, date: e.date, title: e.title, summary: e.summary, people: e.people, places: e.places,
      organizations: e.organizations, claims: e.claims, sources: e.sources, outlets: e.outlets, importance: e.importance ?? 0,
      singleSource: e.outlets < 2, expected: e.expected === true,
      ...(e.round !== undefined ? { round: e.round } : {}),
      provenance: e.provenance.map((p) => ({ article: p.article, sentence: sentenceOf(tl, p), anchor: `s${p.sentence + 1}` })),
    })),
    section('rounds', tl.rounds, (r) => ({
      ...r, provenance: r.provenance.map((p) => ({ article: p.article, sentence: sentenceOf(tl, p), anchor: `s${p.sentence + 1}` })),
    })),
    section('discrepancies', tl.discrepancies, (d) => ({
      ...d, values: d.values.map((v) => ({ value: v.value, article: v.article, sentence: sentenceOf(tl, { article: v.article, sentence: v.sentence }), anchor: `s${v.sentence + 1}` })),
    })),
  ];
  return prettyJson(sections);
}

type Section = [string, readonly unknown[], (item: unknown) => unknown];
const section = <T>(key: string, items: readonly T[], toJson: (item: T) => unknown): Section => [key, items, toJson as (item: unknown) => unknown];

/**
 * Exactly `JSON.stringify({ key: items.map(toJson), … }, null, 2)` plus a newline, made one
 * item at a time into UTF-8 chunks: the whole document never exists as one object or one
 * JavaScript string, which for thousands of articles is hundreds of megabytes.
 */
export function prettyJson(sections: Section[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('{\n')];
  sections.forEach(([key, items, toJson], k) => {
    const end = k === sections.length - 1 ? '\n' : ',\n';
    if (!items.length) { chunks.push(Buffer.from(`  ${JSON.stringify(key)}: []${end}`)); return; }
    chunks.push(Buffer.from(`  ${JSON.stringify(key)}: [\n`));
    for (let start = 0; start < items.length; start += BATCH) {
      // A batch wrapped as { "k": [...] } comes out of JSON.stringify already indented for
      // depth two; its items are the text between the wrapper's brackets.
      // The wrapper is ASCII, so its length in characters is its length in bytes: cutting the
      // encoded bytes spares flattening a sliced copy of a string of megabytes (twice as slow).
      const text = JSON.stringify({ k: items.slice(start, start + BATCH).map(toJson) }, null, 2);
      chunks.push(Buffer.from(text).subarray(WRAP_START, -WRAP_END), start + BATCH >= items.length ? NEWLINE : COMMA_NEWLINE);
    }
    chunks.push(Buffer.from(`  ]${end}`));
  });
  chunks.push(Buffer.from('}\n'));
  return Buffer.concat(chunks);
}

const WRAP_START = '{\n  "k": [\n'.length;
const WRAP_END = '\n  ]\n}'.length;
const NEWLINE = Buffer.from('\n');
const COMMA_NEWLINE = Buffer.from(',\n');

/** Items per JSON.stringify call: big enough to stay native-fast, small enough to stay light. */
const BATCH = 500;

/** Outlet name → stable id. */
export const sourceId = (name: string): string => slugify(name, 'unknown-source');
