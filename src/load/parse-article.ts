import type { LoadedArticle } from '../model.js';
import type { Message } from '../messages.js';
import { readFrontMatter } from './front-matter.js';
import { parseMarkdownBlocks } from './parse-markdown.js';
import { parseTextBlocks } from './parse-text.js';

export interface InputFile {
  /** Path shown in messages and stored in `file`. */
  file: string;
  id: string;
  format: 'txt' | 'md';
  text: string;
}

export interface ParsedArticle {
  article: LoadedArticle | null;
  messages: Message[];
}

/** One input file's text → a LoadedArticle (headline, front matter, blocks). */
export function parseArticle(input: InputFile): ParsedArticle {
  const text = normaliseText(input.text);
  if (!text.trim()) return { article: null, messages: [{ id: 'load/empty-file', severity: 'warning', file: input.file }] };
  if (input.format === 'txt') {
    const blocks = parseTextBlocks(text);
    return {
      article: { id: input.id, file: input.file, format: 'txt', title: blocks[0].text, frontMatter: { extra: {} }, blocks },
      messages: [],
    };
  }
  const { frontMatter, body, bodyLineOffset, messages } = readFrontMatter(input.file, text);
  if (frontMatter.draft) return { article: null, messages: [...messages, { id: 'load/draft', severity: 'info', file: input.file, line: 1, column: 1 }] };
  const blocks = parseMarkdownBlocks(body, bodyLineOffset);
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const title = frontMatter.title ?? firstHeading?.text ?? blocks[0]?.text ?? input.id;
  if (frontMatter.title && blocks.length) blocks.unshift({ text: frontMatter.title, kind: 'heading', start: { line: 1, column: 1 } });
  return { article: { id: input.id, file: input.file, format: 'md', title, frontMatter, blocks }, messages };
}

/** Strips a BOM and folds CRLF / lone CR line endings so positions count lines as editors do. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
