import type { ArticleRecord, DateMention, IsoDate } from '../model.js';
import { addDays } from './dates.js';
import { ORDINAL_WORDS } from './lexicon.js';

const NTH_DAY = new RegExp(String.raw`\b(${Object.keys(ORDINAL_WORDS).join('|')}|(\d+)(?:st|nd|rd|th))\s+day\s+of\s+(?:the\s+|[\p{Lu}][\p{L}-]*['’]s\s+)?([a-z]+)`, 'giu');
const NTH_DAY_TEST = new RegExp(NTH_DAY.source, 'iu');
const DAY_OF = /\bday\s+of\b/i;
const stem = (w: string): string => w.toLowerCase().slice(0, 4);

/**
 * "On the fifth day of the strike": a day counted from the start of something the
 * story dates elsewhere ("the dockers walked out on Thursday"). The start is the earliest date
 * any article gives to a sentence naming that thing (invasion/invaded share a stem).
 */
export function resolveOrdinalDays(records: ArticleRecord[]): ArticleRecord[] {
  // A plain "day of" test first: the full pattern is slow, and almost no sentence has one.
  const found = records.flatMap((r) => r.sentences.flatMap((s) => (DAY_OF.test(s.text) ? [...s.text.matchAll(NTH_DAY)].map((m) => ({ r, s, m })) : [])));
  if (!found.length) return records;
  // One pass over every date for all the nouns at once: the earliest date of a sentence naming each.
  const nouns = new Set(found.map(({ m }) => stem(m[3])));
  const starts = new Map<string, IsoDate>();
  for (const r of records) {
    for (const d of r.dates) {
      if (r.published && d.date > r.published) continue;
      const text = r.sentences[d.sentence].text.toLowerCase();
      if (NTH_DAY_TEST.test(text)) continue;
      for (const w of text.split(/\W+/)) {
        const noun = w.length >= 4 ? stem(w) : '';
        if (nouns.has(noun) && !(starts.get(noun)! <= d.date)) starts.set(noun, d.date);
      }
    }
  }
  const added = new Map<string, DateMention[]>();
  for (const { r, s, m } of found) {
    const n = ORDINAL_WORDS[m[1].toLowerCase()] ?? Number(m[2]);
    const start = starts.get(stem(m[3]));
    if (!start || !n) continue;
    const list = added.get(r.id) ?? [];
    list.push({ text: m[0], sentence: s.index, offset: m.index ?? 0, date: addDays(start, n - 1) });
    added.set(r.id, list);
  }
  return records.map((r) => (added.has(r.id)
    ? { ...r, dates: [...r.dates, ...added.get(r.id)!].sort((a, b) => a.sentence - b.sentence || a.offset - b.offset) }
    : r));
}
