import type { ArticleRecord, DateMention, IsoDate } from '../model.js';
import { addDays } from './dates.js';
import { ORDINAL_WORDS } from './lexicon.js';

const NTH_DAY = new RegExp(String.raw`\b(${Object.keys(ORDINAL_WORDS).join('|')}|(\d+)(?:st|nd|rd|th))\s+day\s+of\s+(?:the\s+|[\p{Lu}][\p{L}-]*['’]s\s+)?([a-z]+)`, 'giu');
const NTH_DAY_TEST = new RegExp(NTH_DAY.source, 'iu');
const stem = (w: string): string => w.toLowerCase().slice(0, 4);

/**
 * "On the fifth day of the strike": a day counted from the start of something the
 * story dates elsewhere ("the dockers walked out on Thursday"). The start is the earliest date
 * any article gives to a sentence naming that thing (invasion/invaded share a stem).
 */
export function resolveOrdinalDays(records: ArticleRecord[]): ArticleRecord[] {
  const found = records.flatMap((r) => r.sentences.flatMap((s) => [...s.text.matchAll(NTH_DAY)].map((m) => ({ r, s, m }))));
  if (!found.length) return records;
  const starts = new Map<string, IsoDate>();
  const startOf = (noun: string): IsoDate | undefined => {
    if (!starts.has(noun)) {
      const dates = records.flatMap((r) => r.dates.filter((d) => {
        const text = r.sentences[d.sentence].text.toLowerCase();
        return !NTH_DAY_TEST.test(text) && text.split(/\W+/).some((w) => w.length >= 4 && stem(w) === noun) && (!r.published || d.date <= r.published);
      }).map((d) => d.date)).sort();
      if (dates.length) starts.set(noun, dates[0]);
    }
    return starts.get(noun);
  };
  const added = new Map<string, DateMention[]>();
  for (const { r, s, m } of found) {
    const n = ORDINAL_WORDS[m[1].toLowerCase()] ?? Number(m[2]);
    const start = startOf(stem(m[3]));
    if (!start || !n) continue;
    const list = added.get(r.id) ?? [];
    list.push({ text: m[0], sentence: s.index, offset: m.index ?? 0, date: addDays(start, n - 1) });
    added.set(r.id, list);
  }
  return records.map((r) => (added.has(r.id)
    ? { ...r, dates: [...r.dates, ...added.get(r.id)!].sort((a, b) => a.sentence - b.sentence || a.offset - b.offset) }
    : r));
}
