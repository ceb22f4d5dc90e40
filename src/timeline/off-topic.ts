import type { ArticleRecord } from '../model.js';
import { cosine, normalise, type Vector } from './cluster.js';
import { termsOf } from './statements.js';

/** Below this many articles every article is the story: five articles are all the story. */
const MIN_ARTICLES = 8;
/** The story's core: the quarter of articles closest to the core's own centroid. */
const CORE_SHARE = 0.25;
const CORE_ROUNDS = 5;
/** An article this far below the core's typical similarity is about something else. */
const OFF_TOPIC_RELEVANCE = 0.3;
/** A stub (a video caption, a teaser) with under this share of the median article's words is too short to judge: it stays. */
const STUB_SHARE = 0.25;

/** Unit-length word-and-name vectors; terms in one article alone say nothing about belonging. */
function articleVectors(records: ArticleRecord[]): { vectors: Vector[]; words: number[] } {
  const df = new Map<string, number>();
  const bags = records.map((r) => {
    const bag = new Map<string, number>();
    for (const s of r.sentences) for (const t of termsOf(s.text)) bag.set(t, (bag.get(t) ?? 0) + 1);
    for (const m of r.mentions) bag.set(`e:${m.text.toLowerCase()}`, (bag.get(`e:${m.text.toLowerCase()}`) ?? 0) + 1);
    for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return bag;
  });
  const n = records.length;
  const vectors = bags.map((bag) => {
    const v: Vector = new Map();
    for (const [t, tf] of bag) {
      const d = df.get(t)!;
      if (d >= 2) v.set(t, Math.log(1 + tf) * Math.log(1 + n / d));
    }
    return normalise(v);
  });
  return { vectors, words: bags.map((b) => b.size) };
}

/**
 * How much each article belongs to the story, 1 = as much as the story's core articles.
 * A keyword-collected corpus can be mostly strays (markets, sport, other countries), so
 * the plain centroid of everything is not the story: start from it, keep the quarter of
 * articles closest to it, take their centroid, and repeat until the core settles on the
 * one subject most articles share. Linear in articles × terms per round.
 */
export function topicRelevance(records: ArticleRecord[]): Map<string, number> {
  if (records.length < MIN_ARTICLES) return new Map(records.map((r) => [r.id, 1]));
  const { vectors, words } = articleVectors(records);
  let core = vectors.map((_, i) => i);
  let sims: number[] = [];
  for (let round = 0; round < CORE_ROUNDS; round++) {
    const centroid: Vector = new Map();
    for (const i of core) for (const [t, w] of vectors[i]) centroid.set(t, (centroid.get(t) ?? 0) + w);
    normalise(centroid);
    sims = vectors.map((v) => cosine(v, centroid));
    const cut = [...sims].sort((a, b) => b - a)[Math.floor(records.length * CORE_SHARE)];
    const next = sims.flatMap((s, i) => (s >= cut ? [i] : []));
    if (next.length === core.length && next.every((x, k) => x === core[k])) break;
    core = next;
  }
  // The core's median similarity is the yardstick: half of the core quarter lies above it.
  const typical = [...sims].sort((a, b) => b - a)[Math.floor(records.length * CORE_SHARE / 2)] || 1;
  const stub = [...words].sort((a, b) => a - b)[Math.floor(words.length / 2)] * STUB_SHARE;
  return new Map(records.map((r, i) => [r.id, words[i] < stub ? Math.max(1, sims[i] / typical) : sims[i] / typical]));
}

/** Articles that do not belong to the story: far below the core's typical similarity. */
export function offTopicArticles(records: ArticleRecord[]): Set<string> {
  const relevance = topicRelevance(records);
  return new Set(records.filter((r) => relevance.get(r.id)! < OFF_TOPIC_RELEVANCE).map((r) => r.id));
}
