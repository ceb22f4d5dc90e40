import type { ArticleRecord } from '../model.js';
import { termsOf } from './statements.js';

/** Below this many articles every article is the story: five articles are all the story. */
const MIN_ARTICLES = 8;
/** The story's core: the quarter of articles closest to the core's own centroid. */
const CORE_SHARE = 0.25;
const CORE_ROUNDS = 5;
/** An article this far below the core's typical similarity is about something else: off topic. */
export const OFF_TOPIC_RELEVANCE = 0.3;
/** A stub (a video caption, a teaser) with under this share of the median article's words is too short to judge: it stays. */
const STUB_SHARE = 0.25;

/** A sparse unit vector over interned term numbers, in the order its terms first appeared. */
interface Sparse { terms: Int32Array; weights: Float64Array }

/** Unit-length word-and-name vectors; terms in one article alone say nothing about belonging. */
function articleVectors(records: ArticleRecord[]): { vectors: Sparse[]; words: number[]; terms: number } {
  // Terms are numbered once, so the centroid is a plain array and no string is hashed twice.
  const numbers = new Map<string, number>();
  const df: number[] = [];
  const bags = records.map((r) => {
    const bag = new Map<number, number>();
    const count = (t: string): void => {
      let k = numbers.get(t);
      if (k === undefined) { k = df.length; numbers.set(t, k); df.push(0); }
      bag.set(k, (bag.get(k) ?? 0) + 1);
    };
    for (const s of r.sentences) for (const t of termsOf(s.text)) count(t);
    for (const m of r.mentions) count(`e:${m.text.toLowerCase()}`);
    for (const k of bag.keys()) df[k]++;
    return bag;
  });
  const n = records.length;
  const vectors = bags.map((bag) => {
    const kept = [...bag].filter(([k]) => df[k] >= 2);
    const weights = Float64Array.from(kept, ([k, tf]) => Math.log(1 + tf) * Math.log(1 + n / df[k]));
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms: Int32Array.from(kept, ([k]) => k), weights };
  });
  return { vectors, words: bags.map((b) => b.size), terms: df.length };
}

/** The unit centroid of some vectors, as a dense array over term numbers. */
function centroidOf(vectors: Sparse[], members: number[], terms: number): Float64Array {
  const sum = new Float64Array(terms);
  for (const i of members) {
    const { terms: ks, weights } = vectors[i];
    for (let j = 0; j < ks.length; j++) sum[ks[j]] += weights[j];
  }
  let norm = 0;
  for (const x of sum) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < terms; k++) sum[k] /= norm;
  return sum;
}

const dot = (v: Sparse, dense: Float64Array): number => {
  let total = 0;
  for (let j = 0; j < v.terms.length; j++) total += v.weights[j] * dense[v.terms[j]];
  return total;
};

/**
 * How much each article belongs to the story, 1 = as much as the story's core articles.
 * A keyword-collected corpus can be mostly strays (markets, sport, other countries), so
 * the plain centroid of everything is not the story: start from it, keep the quarter of
 * articles closest to it, take their centroid, and repeat until the core settles on the
 * one subject most articles share. Linear in articles × terms per round.
 */
export function topicRelevance(records: ArticleRecord[]): Map<string, number> {
  if (records.length < MIN_ARTICLES) return new Map(records.map((r) => [r.id, 1]));
  const { vectors, words, terms } = articleVectors(records);
  let core = vectors.map((_, i) => i);
  let sims: number[] = [];
  for (let round = 0; round < CORE_ROUNDS; round++) {
    const centroid = centroidOf(vectors, core, terms);
    sims = vectors.map((v) => dot(v, centroid));
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
