import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildFromFiles, loadAssets } from '../src/pipeline.js';
import { escapeHtml, html, jsonForScript, safeUrl } from '../src/render/escape.js';
import { rel } from '../src/render/links.js';
import { compileTemplate } from '../src/render/template.js';
import { textFiles } from './helpers.js';

const hostile = readFileSync(new URL('./fixtures/site/hostile.md', import.meta.url), 'utf8');
const built = buildFromFiles([{ file: 'seeds/hostile.md', id: 'hostile', format: 'md', text: hostile }], loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'Test', lang: 'en', order: 'oldest', baseUrl: null });
// Binary files (the search index) are not pages; everything else is checked as text.
const site = { files: new Map([...textFiles(built.files)].filter(([path]) => !path.startsWith('pagefind/'))) };

interface El { tag: string; attrs: Record<string, string> }
/** Every element of a page as a browser's parser sees it. */
function elementsOf(page: string): El[] {
  const out: El[] = [];
  const walk = (node: any): void => {
    if (node.tagName) out.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a: any) => [a.name, a.value])) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(page));
  return out;
}

describe('document titles', () => {
  it('cuts a page title to 52 characters as the HTML holds them, quotation marks counted as written', () => {
    const quoted = buildFromFiles([{ file: 'q.md', id: 'q', format: 'md', text: '---\ntitle: Q\ndate: 2024-03-05\nsource: Harbour Times\n---\n\n"We saw "fire" and "smoke" and "ash" and "dust" and "rain"," said Jane Roe, a teacher in Harlow, on Monday.\n' }],
      loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'T', lang: 'en', order: 'oldest', baseUrl: null });
    const titles = [...textFiles(quoted.files)].filter(([path]) => path.startsWith('events/')).map(([, page]) => /<title>(.*?) · T<\/title>/.exec(page)![1]);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(52);
    expect(titles.some((t) => t.includes('&quot;'))).toBe(true);
  });
});

describe('expected events', () => {
  it('marks an event every report of which came before its date as expected, in the JSON and on its pages', () => {
    const site = buildFromFiles([
      { file: 'a.md', id: 'a', format: 'md', text: '---\ntitle: Memorial set\ndate: 2024-03-13\nsource: Harbour Times\n---\n\nA memorial concert will be held at the Tarvo Concert Hall on April 6, the family said.\n\nThe conductor died in Harlow on March 11.' },
    ], loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'T', lang: 'en', order: 'oldest', baseUrl: null });
    const events = JSON.parse(String(site.files.get('data/timeline.json'))).events as { date: string; expected: boolean; id: string }[];
    expect(events.map((e) => [e.date, e.expected])).toEqual([['2024-03-11', false], ['2024-04-06', true]]);
    const page = (id: string) => String(site.files.get(`events/${id}.html`));
    expect(page(events[0].id)).toContain('<h1>');
    expect(page(events[1].id)).toContain('class="badge expected"');
    expect(page(events[0].id)).not.toContain('class="badge expected"');
    expect(String(site.files.get('index.html'))).toContain('class="badge expected"');
  });
});

describe('event pages', () => {
  it('shows a "People" or "Places" heading only over names found, never "none found"', () => {
    const site = buildFromFiles([
      { file: 'a.md', id: 'a', format: 'md', text: '---\ntitle: Memorial set\ndate: 2024-03-13\nsource: Harbour Times\n---\n\nThe conductor Jane Roe died on March 11.\n\nThe concert hall closed its doors in Harlow on March 12.' },
    ], loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'T', lang: 'en', order: 'oldest', baseUrl: null });
    const pages = [...site.files.entries()].filter(([path]) => path.startsWith('events/')).map(([, page]) => String(page));
    expect(pages.length).toBe(2);
    for (const page of pages) expect(page).not.toContain('none found');
    expect(pages.filter((p) => p.includes('<h2>People</h2>'))).toHaveLength(1);
    expect(pages.filter((p) => p.includes('<h2>Places</h2>'))).toHaveLength(1);
  });
});

describe('counts', () => {
  it('writes a count of one in the singular: "1 article by 1 outlet", "(1 source)", "1 discrepancy"', () => {
    const site = buildFromFiles([
      { file: 'a.md', id: 'a', format: 'md', text: '---\ntitle: Memorial set\ndate: 2024-03-13\nsource: Harbour Times\n---\n\nThe conductor Jane Roe died in Harlow on March 11.' },
    ], loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'T', lang: 'en', order: 'oldest', baseUrl: null });
    const home = String(site.files.get('index.html'));
    expect(home).toContain('1 event from 1 article by 1 outlet');
    expect(home).toContain('0 rounds of talks, 0 discrepancies between sources');
    expect(home).toContain('(1 source)</title>');
    expect(String(site.files.get('sources/index.html'))).toContain('<span class="muted">1 article</span>');
    expect(String(site.files.get('people/index.html'))).toContain('1 mention</span>');
  });
});

describe('escaping', () => {
  it('escapes text and attributes, and allows only http(s) URLs', () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(html`<p title="${'"><x'}">${'<b>'}</p>`.value).toBe('<p title="&quot;&gt;&lt;x">&lt;b&gt;</p>');
  });

  it('keeps JSON-LD inside its script block', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out).name).toBe('</script><script>alert(1)</script>');
  });

  it('lets no tag or handler from an article into any page', () => {
    for (const [path, page] of site.files) {
      if (!path.endsWith('.html')) continue;
      const elements = elementsOf(page);
      expect(elements.filter((e) => ['img', 'b'].includes(e.tag)), path).toEqual([]);
      // Scripts are JSON-LD data blocks or the site's own files (the search widget).
      expect(elements.filter((e) => e.tag === 'script').every((e) => e.attrs.type === 'application/ld+json' || /^(\.\.\/|\.\/)*(pagefind|assets)\/[\w.-]+\.js$/.test(e.attrs.src ?? '')), path).toBe(true);
      expect(elements.flatMap((e) => Object.keys(e.attrs)).filter((a) => a.startsWith('on')), path).toEqual([]);
      expect(elements.filter((e) => /^\s*javascript:/i.test(e.attrs.href ?? '')), path).toEqual([]);
    }
  });

  it('refuses raw slots that are not SafeHtml', () => {
    const t = compileTemplate('<div>{{{body}}}</div>', 't');
    expect(() => t({ body: '<script>' })).toThrow(/SafeHtml/);
  });
});

describe('site', () => {
  it('links relatively between folders so the site works from a sub-path or from disk', () => {
    expect(rel('events/a.html', 'articles/b.html')).toBe('../articles/b.html');
    expect(rel('index.html', 'events/a.html')).toBe('events/a.html');
    for (const [path, page] of site.files) {
      if (path.endsWith('.html')) expect(page, path).not.toMatch(/(href|src)="\/(?!\/)/);
    }
  });

  it('renders an article page with sentence anchors and an event page linking to them', () => {
    const article = site.files.get('articles/hostile.html')!;
    expect(article).toContain('<span class="sentence" id="s2">');
    const eventPath = [...site.files.keys()].find((p) => p.startsWith('events/'))!;
    expect(site.files.get(eventPath)).toMatch(/href="\.\.\/articles\/hostile\.html#s\d+"/);
  });
});

describe('site with a base URL', () => {
  it('writes sitemap.xml and robots.txt with absolute URLs, and absolute feed links', () => {
    const withBase = buildFromFiles([{ file: 'seeds/hostile.md', id: 'hostile', format: 'md', text: hostile }], loadAssets(resolve(import.meta.dirname, '..')), { siteTitle: 'Test', lang: 'en', order: 'oldest', baseUrl: 'https://example.org/story/' });
    expect(textFiles(withBase.files).get('sitemap.xml')).toContain('<loc>https://example.org/story/articles/hostile.html</loc>');
    expect(textFiles(withBase.files).get('robots.txt')).toContain('Sitemap: https://example.org/story/sitemap.xml');
    expect(textFiles(withBase.files).get('feed.xml')).toContain('href="https://example.org/story/feed.xml"');
    expect(site.files.has('sitemap.xml')).toBe(false);
  });
});
