import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Block } from '../model.js';
import { htmlParagraphs } from './html-text.js';

const parser = unified().use(remarkParse);

/** Markdown body → blocks of plain text, positions shifted by the front matter's lines. */
export function parseMarkdownBlocks(body: string, lineOffset: number): Block[] {
  const tree = parser.parse(body) as Root;
  const blocks: Block[] = [];
  const visit = (node: RootContent): void => {
    if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') {
      for (const child of node.children) visit(child as RootContent);
      return;
    }
    const start = node.position?.start ?? { line: 1, column: 1 };
    // Raw HTML a scraped Markdown file kept ("<p>…</p>", an embedded post): its paragraphs of text.
    if (node.type === 'html') {
      for (const text of htmlParagraphs(node.value)) blocks.push({ text, kind: 'paragraph', start: { line: start.line + lineOffset, column: start.column } });
      return;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    // (Inline tags, "<strong>Jane Roe</strong>", are markup: their text stays, the tags go.)
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (!text) return;
    blocks.push({
      text,
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      start: { line: start.line + lineOffset, column: start.column },
    });
  };
  for (const node of tree.children) visit(node);
  return blocks;
}
