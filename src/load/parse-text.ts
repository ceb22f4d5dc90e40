import type { Block } from '../model.js';
import { decodeEntities, withoutMarkup } from './html-text.js';

/**
 * A scraped `.txt` page: every non-empty line is a block, the first one the headline.
 * Lines are kept apart (not joined into paragraphs) because scraped pages put one
 * paragraph per line and captions or credits on lines of their own.
 */
const BULLET = /^\s*[•·▪●◦‣]\s+/;
const PLAIN_BULLET = /^\s*([-*])\s+(?=\S)/;

export function parseTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  // "- Unions want a 6% pay rise": a hyphen or an asterisk marks a list item only beside another
  // such line; alone it may open a signature ("- Jane Roe, harbour master").
  const plain = lines.map((l) => PLAIN_BULLET.exec(l)?.[1]);
  const near = (i: number, step: number): number => { let k = i + step; while (k >= 0 && k < lines.length && !lines[k].trim()) k += step; return k; };
  const listed = (i: number): boolean => Boolean(plain[i]) && [near(i, -1), near(i, 1)].some((k) => plain[k] === plain[i]);
  lines.forEach((line, i) => {
    // "• Ferries resume in Oslo": a list item's text, without its bullet (the column says where the text starts).
    const bullet = BULLET.exec(line)?.[0].length ?? (listed(i) ? PLAIN_BULLET.exec(line)![0].length : 0);
    const trimmed = decodeEntities(withoutMarkup(line.slice(bullet)).trim());
    if (!trimmed) return;
    const column = line.length - line.slice(bullet).trimStart().length + 1;
    blocks.push({ text: trimmed, kind: blocks.length === 0 ? 'heading' : 'paragraph', start: { line: i + 1, column } });
  });
  return blocks;
}
