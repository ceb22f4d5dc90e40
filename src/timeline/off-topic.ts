import type { ArticleRecord } from '../model.js';
import { cosine, type Vector } from './cluster.js';
import { termsOf } from './statements.js';

/** Articles whose vocabulary is this far below the corpus's typical similarity are off the story. */
const MIN_ARTICLES = 8;

/**
 * Articles that do not belong to the story (a keyword-collected corpus has strays):
 * each article's word-and-name vector is compared with the corpus centroid; an article
 * far below the typical similarity (under half the median, and under 0.2) is off-topic.
 * Small corpora are left alone: five articles are all the story.
 */
export function offTopicArticles(records: ArticleRecord[]): Set<string> {
  if (records.length < MIN_ARTICLES) return new Set();
  const df = new Map<string, number>();
  const bags = records.map((r) => {
    const bag = new Map<string, number>();
    for (const s of r.sentences) for (const t of termsOf(s.text)) bag.set(t, (bag.get(t) ?? 0) + 1);
    for (const m of r.mentions) bag.set(`e:${m.text.toLowerCase()}`, (bag.get(`e:${m.text.toLowerCase()}`) ?? 0) + 1);
    for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return bag;
  });
  const n = records.length;
  const vectors: Vector[] = bags.map((bag) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, tf] of bag) {
      // Terms in almost every article or in just one say nothing about belonging.
      const d = df.get(t)!;
      if (d < 2) continue;
      const w = Math.log(1 + tf) * Math.log(1 + n / d);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w / n);
  let cn = 0;
  for (const w of centroid.values()) cn += w * w;
  cn = Math.sqrt(cn) || 1;
  const sims = vectors.map((v) => cosine(v, centroid) / cn);
  const median = [...sims].sort((a, b) => a - b)[Math.floor(n / 2)];
  return new Set(records.filter((_, i) => sims[i] < Math.min(0.2, median / 2)).map((r) => r.id));
}
