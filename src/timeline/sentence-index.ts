import type { ArticleRecord, DateMention, Mention } from '../model.js';
import { groupByIndex } from '../group-by.js';

export interface SentenceIndex {
  /** sentence → its mentions, with their index in `record.mentions`. */
  mentions: { item: Mention; index: number }[][];
  dates: { item: DateMention; index: number }[][];
}

const cache = new WeakMap<ArticleRecord, SentenceIndex>();

/** Per-sentence lookups of an article, built once: keeps the timeline stage linear. */
export function sentenceIndex(r: ArticleRecord): SentenceIndex {
  let ix = cache.get(r);
  if (!ix) {
    const n = r.sentences.length;
    ix = { mentions: groupByIndex(r.mentions, (m) => m.sentence, n), dates: groupByIndex(r.dates, (d) => d.sentence, n) };
    cache.set(r, ix);
  }
  return ix;
}
