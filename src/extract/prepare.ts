import { cleanArticle } from '../clean/clean-article.js';
import { parseArticle, type InputFile } from '../load/parse-article.js';
import type { Message } from '../messages.js';
import type { CleanArticle } from '../model.js';
import { extractParts, type ArticleParts } from './extract-articles.js';

/** One input file taken as far as it goes alone: loaded, cleaned and its own records extracted. */
export interface Prepared {
  messages: Message[];
  clean: CleanArticle | null;
  parts: ArticleParts | null;
  /** Milliseconds per stage, for the build report. */
  ms: { load: number; clean: number; extract: number };
}

/** load → clean → per-article extraction for one file. Pure: same input, same result. */
export function prepareArticle(input: InputFile): Prepared {
  const t0 = performance.now();
  const parsed = parseArticle(input);
  const t1 = performance.now();
  const clean = parsed.article ? cleanArticle(parsed.article) : null;
  const t2 = performance.now();
  const parts = clean ? extractParts(clean) : null;
  const t3 = performance.now();
  const messages = [...parsed.messages];
  for (const r of clean?.removed ?? []) messages.push({ id: 'clean/removed', severity: 'info', file: clean!.file, line: r.line, detail: `${r.reason}: ${r.text.slice(0, 60)}` });
  return { messages, clean, parts, ms: { load: t1 - t0, clean: t2 - t1, extract: t3 - t2 } };
}
