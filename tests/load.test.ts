import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/parse-article.js';
import { slugify, uniqueSlugs } from '../src/load/slug.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/load/${name}`, import.meta.url), 'utf8');

describe('load', () => {
  it('reads front matter and keeps block positions in the original file', () => {
    const { article, messages } = parseArticle({ file: 'x.md', id: 'x', format: 'md', text: fixture('front-matter.md') });
    expect(messages).toEqual([]);
    expect(article!.title).toBe('Ministers meet in Geneva over grain exports');
    expect(article!.frontMatter).toMatchObject({ date: '2023-07-14', source: 'Example Wire', url: 'https://example.com/grain-talks', author: 'Jane Roe' });
    const para = article!.blocks.find((b) => b.text.startsWith('Turkish Foreign Minister'))!;
    expect(para.start).toEqual({ line: 11, column: 1 });
  });

  it('decodes the character references a scraped page keeps ("&#8220;", "&amp;"), and leaves "AT&T" be', () => {
    const { article } = parseArticle({ file: 'e.txt', id: 'e', format: 'txt', text: 'Floods in Tarvo\n&#8220;We have never seen this,&#8221; said Ana Roe. Harlow Aid &amp; partners and AT&T sent boats.' });
    expect(article!.blocks[1].text).toBe('“We have never seen this,” said Ana Roe. Harlow Aid & partners and AT&T sent boats.');
  });

  it('takes away the tags a scraped page kept ("<p>", "<br>", "<a href=…>"), but not a "<" in the text', () => {
    const { article } = parseArticle({ file: 't.txt', id: 't', format: 'txt', text: 'Floods in Tarvo\n<p>Boats reached <a href="https://example.org/x">Harlow</a> on Monday.</p><br>\nLevels stayed at < 2 m.' });
    expect(article!.blocks.map((b) => b.text)).toEqual(['Floods in Tarvo', 'Boats reached Harlow on Monday.', 'Levels stayed at < 2 m.']);
  });

  it('reads the paragraphs of raw HTML in a Markdown article, drops its scripts and inline tags, and decodes its references', () => {
    const text = '---\ntitle: Mayor resigns\ndate: 2025-06-02\n---\n\n<p>Harlow\'s mayor, <strong>Jane Roe</strong>, resigned after claiming &pound;48,000.</p>\n\n<blockquote class="post"><p>I have today resigned as mayor.</p>&mdash; Jane Roe</blockquote>\n<script async src="https://example.org/widgets.js"></script>\n\nThe council met on <em>Tuesday</em>.\n';
    const { article } = parseArticle({ file: 'h.md', id: 'h', format: 'md', text });
    expect(article!.blocks.map((b) => b.text)).toEqual(['Mayor resigns', "Harlow's mayor, Jane Roe, resigned after claiming £48,000.", 'I have today resigned as mayor.', '— Jane Roe', 'The council met on Tuesday.']);
    expect(article!.blocks[1].start.line).toBe(6);
  });

  it('takes the first non-empty line of a .txt file as the headline', () => {
    const { article } = parseArticle({ file: 'n.txt', id: 'n', format: 'txt', text: `\n\n${fixture('no-date.txt')}` });
    expect(article!.title).toBe('Harbour strike continues');
    expect(article!.blocks[1].start.line).toBe(5);
  });

  it('reports malformed YAML with its line and column', () => {
    const { messages } = parseArticle({ file: 'bad.md', id: 'bad', format: 'md', text: '---\ntitle: [unclosed\n---\nBody text here.\n' });
    expect(messages[0]).toMatchObject({ id: 'load/bad-front-matter', severity: 'error', file: 'bad.md' });
    expect(messages[0].line).toBeGreaterThanOrEqual(2);
  });

  it('warns about unknown keys and non-http urls', () => {
    const { messages } = parseArticle({ file: 'k.md', id: 'k', format: 'md', text: '---\ntitle: T\ncolour: red\nurl: javascript:alert(1)\n---\nText.\n' });
    expect(messages.map((m) => m.id).sort()).toEqual(['load/bad-url', 'load/unknown-key']);
    expect(messages.find((m) => m.id === 'load/unknown-key')!.line).toBe(3);
  });

  it('reads the names other generators give the fields, and the day as written before a UTC offset', () => {
    const md = (fm: string) => parseArticle({ file: 'g.md', id: 'g', format: 'md', text: `---\n${fm}\n---\nText.\n` });
    const hugo = md('title: T\npublishDate: 2023-09-13T23:30:00-05:00\npublisher: Lakeside Ledger\nauthors: [Jane Roe, John Doe]\nlink: https://example.com/a\ntags: [flood]\ndraft: false');
    expect(hugo.messages).toEqual([]);
    expect(hugo.article!.frontMatter).toMatchObject({ date: '2023-09-13', source: 'Lakeside Ledger', author: 'Jane Roe, John Doe', url: 'https://example.com/a' });
    expect(md('pubDate: "Sep 13, 2023"').article!.frontMatter.date).toBe('2023-09-13');
    // schema.org-style exports: "date_published", "site_name", and a publisher or author given as an object with a name.
    const exported = md('date_published: 2023-09-13\nsite_name: Lakeside Ledger\nauthor:\n  name: Jane Roe');
    expect([exported.article!.frontMatter.date, exported.article!.frontMatter.source, exported.article!.frontMatter.author, exported.messages]).toEqual(['2023-09-13', 'Lakeside Ledger', 'Jane Roe', []]);
    expect(md('publisher:\n  name: Lakeside Ledger').article!.frontMatter.source).toBe('Lakeside Ledger');
    expect(md('date: 2023-09-13T23:30:00-05:00').article!.frontMatter.date).toBe('2023-09-13');
    // CMS exports: keys in any case, "publishedAt" and "published_at", and dates written day first with dots.
    for (const fm of ['Date: 2023-09-13', 'publishedAt: "2023-09-13T08:00:00Z"', 'published_at: 2023-09-13', 'date: 13.09.2023', 'Title: T\nDate: 13-09-2023']) {
      const parsed = md(fm);
      expect([parsed.article!.frontMatter.date, parsed.messages]).toEqual(['2023-09-13', []]);
    }
  });

  it('leaves out a draft, saying so', () => {
    const { article, messages } = parseArticle({ file: 'd.md', id: 'd', format: 'md', text: '---\ntitle: Not yet\ndraft: true\n---\nText.\n' });
    expect(article).toBeNull();
    expect(messages).toEqual([expect.objectContaining({ id: 'load/draft', severity: 'info', file: 'd.md' })]);
  });

  it('folds CRLF and strips a BOM', () => {
    const { article } = parseArticle({ file: 'c.txt', id: 'c', format: 'txt', text: '\uFEFFHeadline\r\n\r\nBody line.\r\n' });
    expect(article!.title).toBe('Headline');
    expect(article!.blocks[1]).toMatchObject({ text: 'Body line.', start: { line: 3, column: 1 } });
  });

  it('makes slugs safe and unique', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('con')).toBe('con-page');
    expect(slugify('!!!', 'article')).toBe('article');
    expect(uniqueSlugs(['a', 'a', 'a-2'])).toEqual(['a', 'a-3', 'a-2']);
  });
  it('reads front-matter dates written with the month by name, and refuses numbers that could be either way', async () => {
    const { toIsoDate } = await import('../src/load/front-matter.js');
    expect(['March 14, 2024', '14 March 2024', 'Mar. 14 2024', '2024-03-14T23:30:00Z'].map(toIsoDate)).toEqual(['2024-03-14', '2024-03-14', '2024-03-14', '2024-03-14']);
    expect(['03/04/2024', 'February 30, 2024', 'Smarch 3, 2024'].map(toIsoDate)).toEqual([undefined, undefined, undefined]);
  });
});
