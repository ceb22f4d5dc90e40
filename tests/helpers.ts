import { cleanArticle } from '../src/clean/clean-article.js';
import { extractArticles } from '../src/extract/extract-articles.js';
import { parseArticle } from '../src/load/parse-article.js';
import type { ArticleRecord, CleanArticle } from '../src/model.js';
import { resolveEntities } from '../src/resolve/resolve-entities.js';
import { buildTimeline } from '../src/timeline/build-timeline.js';

/** A cleaned article from inline text, as the pipeline would make it. */
export function cleanText(text: string, id = 'a', format: 'txt' | 'md' = 'txt'): CleanArticle {
  return cleanArticle(parseArticle({ file: `${id}.${format}`, id, format, text }).article!);
}

/** Records of several inline articles, extracted together as one corpus. */
export function extractTexts(texts: Record<string, string>): ArticleRecord[] {
  return extractArticles(Object.entries(texts).map(([id, t]) => cleanText(t, id, t.startsWith('---') ? 'md' : 'txt'))).records;
}

/** The whole model for inline articles. */
export function timelineOf(texts: Record<string, string>) {
  return buildTimeline(resolveEntities(extractTexts(texts)));
}

/** A site's files as text (pages and data files are UTF-8 bytes; a few small ones are strings). */
export function textFiles(files: Map<string, string | Uint8Array>): Map<string, string> {
  return new Map([...files].map(([path, content]) => [path, typeof content === 'string' ? content : Buffer.from(content).toString('utf8')]));
}
