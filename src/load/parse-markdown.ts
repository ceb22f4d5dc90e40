import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Block } from '../model.js';

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
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    blocks.push({
      text,
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      start: { line: start.line + lineOffset, column: start.column },
    });
  };
  for (const node of tree.children) visit(node);
  return blocks;
}
