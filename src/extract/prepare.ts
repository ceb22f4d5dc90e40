import { cleanArticle } from '../clean/clean-article.js';
import { parseArticle, type InputFile } from '../load/parse-article.js';
import type { Message } from '../messages.js';
import type { CleanArticle } from '../model.js';
import { extractDates } from './dates.js';
import { extractParts, type ArticleParts } from './extract-articles.js';
import { statedPublicationDate } from './publication-date.js';

/** One input file taken as far as it goes alone: loaded, cleaned and its own records extracted. */
export interface Prepared {
  messages: Message[];
  clean: CleanArticle | null;
  parts: ArticleParts | null;
  /** Milliseconds per stage, for the build report. */
  ms: { load: number; clean: number; extract: number };
}

/**
 * load → clean → per-article extraction for one file. Pure: same input (and time zone),
 * same result. An article that states its own publication date also gets its dates read
 * here, anchored at that date: the corpus stage reuses them when the date stands.
 */
export function prepareArticle(input: InputFile, zone?: string): Prepared {
  const t0 = performance.now();
  const parsed = parseArticle(input);
  const t1 = performance.now();
  const clean = parsed.article ? cleanArticle(parsed.article) : null;
  const t2 = performance.now();
  const parts = clean ? extractParts(clean) : null;
  const stated = clean ? statedPublicationDate(clean, zone) : null;
  if (parts && stated?.date) parts.datesAt = { published: stated.date, zone, dates: extractDates(clean!.sentences, stated.date, zone) };
  const t3 = performance.now();
  const messages = [...parsed.messages];
  for (const r of clean?.removed ?? []) messages.push({ id: 'clean/removed', severity: 'info', file: clean!.file, line: r.line, detail: `${r.reason}: ${r.text.slice(0, 60)}` });
  return { messages, clean, parts, ms: { load: t1 - t0, clean: t2 - t1, extract: t3 - t2 } };
}
