import type { ArticleRecord, IsoDate, ResolvedCorpus } from '../model.js';
import { NEXT_ROUND, TALK } from './talks.js';

/** One dated thing an article reports: a sentence (or the part of it about one date). */
export interface Statement {
  article: string;
  sentence: number;
  text: string;
  date: IsoDate;
  /** True when the sentence itself names the date; false when inherited. */
  dated: boolean;
  entities: string[];
  terms: string[];
  /** The sentence speaks of what will happen, not what did. */
  future: boolean;
}

const STOPWORDS = new Set('a an the and or but of in on at to for from by with as is are was were be been being has have had do does did it its this that these those there their they them he she his her we our you your i not no yes than then so such also just only very more most much many some any all both each other into over after before about against between during without within while when where which who whom whose what why how said says say told according would could should will can may might must one two three four five monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const FUTURE = /\b(will|would|could|next|coming days|planned|plans to|expected to|agreed to (?:meet|hold|keep|continue))\b/i;
const PAST_ACTION = /\b(\w{3,}ed|began|met|held|took|fled|said|told|made|went|came|won|lost|fell|rose|hit|shot|struck|fought|led|left|sent|spoke|wrote|gave|saw|broke|ran|set|brought|became|ended|has \w+|have \w+|had \w+)\b/i;

/** Content words of a sentence, cut to a 5-letter stem so that "invaded" and "invader" meet. */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    out.add(word.slice(0, 5));
  }
  return [...out];
}

/**
 * The day an article is about: the date its first dated sentences name most. A piece
 * published on Tuesday about Monday's talks tells undated sentences about Monday.
 */
export function newsDay(record: ArticleRecord): IsoDate | null {
  const lead = [...new Set(record.dates.map((d) => d.sentence))].slice(0, 3);
  const counts = new Map<IsoDate, number>();
  for (const d of record.dates) if (lead.includes(d.sentence) && (!record.published || d.date <= record.published)) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
  return best?.[0] ?? record.published;
}

/**
 * Dated statements of every article. A sentence naming dates gives one statement per
 * date; an undated sentence takes the last date named earlier in its paragraph, else
 * the article's news day. Sentences without a name, a figure or a past action carry
 * no event and are left out.
 */
export function buildStatements(corpus: ResolvedCorpus): Statement[] {
  const out: Statement[] = [];
  for (const r of corpus.articles) {
    const day = newsDay(r);
    if (!day) continue;
    const ids = corpus.mentionEntity[r.id];
    let paragraphDate: { paragraph: number; date: IsoDate } | null = null;
    for (const s of r.sentences) {
      const dates = [...new Set(r.dates.filter((d) => d.sentence === s.index).map((d) => d.date))];
      const entities = [...new Set(r.mentions.map((m, i) => (m.sentence === s.index ? ids[i] : '')).filter(Boolean))].sort();
      const hasFigure = r.figures.some((f) => f.sentence === s.index);
      const future = FUTURE.test(s.text);
      if (dates.length) paragraphDate = { paragraph: s.paragraph, date: dates[dates.length - 1] };
      const inherited = paragraphDate && paragraphDate.paragraph === s.paragraph ? paragraphDate.date : day;
      const talk = TALK.test(s.text) || NEXT_ROUND.test(s.text);
      // A statement needs something to say (a name, a figure, talks) and to say it happened or will.
      if (!entities.length && !hasFigure && !talk) continue;
      if (!dates.length && !PAST_ACTION.test(s.text) && !future) continue;
      const base = { article: r.id, sentence: s.index, text: s.text, entities, terms: termsOf(s.text), future };
      if (dates.length) for (const date of dates) out.push({ ...base, date, dated: true });
      else out.push({ ...base, date: inherited, dated: false });
    }
  }
  return out;
}
