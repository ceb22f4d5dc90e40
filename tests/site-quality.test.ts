import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { defaultConfig } from '../src/config.js';
import { serveStatic } from '../src/preview.js';

const root = resolve(import.meta.dirname, '..');
const out = join(mkdtempSync(join(tmpdir(), 'storyline-quality-')), 'site');
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
let pages: string[] = [];

beforeAll(async () => {
  await build({ ...defaultConfig(root), out, quiet: true });
  pages = walk(out).filter((f) => f.endsWith('.html') && !f.includes(`${join(out, 'pagefind')}`));
}, 120_000);

/** Every href/src of a page, as a browser's parser sees them. */
function linksOf(html: string): string[] {
  const out: string[] = [];
  const visit = (node: any): void => {
    for (const a of node.attrs ?? []) if (a.name === 'href' || a.name === 'src') out.push(a.value);
    for (const c of node.childNodes ?? []) visit(c);
  };
  visit(parse(html));
  return out;
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

describe('site quality', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page, 'utf8'), page);
      for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('opened from disk (file://), every relative link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(readFileSync(page, 'utf8'))) {
        if (/^(https?:|mailto:|urn:|data:)/.test(link)) continue;
        const [path, fragment] = link.split('#');
        const target = path ? resolve(dirname(page), path) : page;
        if (!existsSync(target) || statSync(target).isDirectory()) { broken.push(`${page} → ${link}`); continue; }
        if (fragment && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(fragment)) broken.push(`${page} → ${link} (no #${fragment})`);
        if (link.startsWith('/')) broken.push(`${page} → ${link} (absolute)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('served under a sub-path, a crawl finds no broken internal link or asset', async () => {
    const server = serveStatic(out, 0, '/storyline/');
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/storyline/`;
      const result = await new LinkChecker().check({ path: base, recurse: true, linksToSkip: [`^(?!${base.replace(/[.]/g, '\\.')})`] });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.parent} → ${l.url} (${l.status})`);
      expect(broken).toEqual([]);
      // Every page was reached (404.html is linked from nowhere).
      const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url.split('#')[0]));
      const unreached = pages.map((p) => `${base}${p.slice(out.length + 1)}`).filter((u) => !reached.has(u) && !u.endsWith('404.html'));
      expect(unreached).toEqual([]);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  }, 120_000);

  it('writes feeds, data files and the search index', () => {
    for (const f of ['feed.xml', 'feed.json', 'data/timeline.json', 'data/timelinejs.json', 'pagefind/pagefind-ui.js', 'assets/style.css', 'assets/favicon.svg', '404.html', 'map.html', 'search.html']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    expect(feed.items.length).toBeGreaterThan(10);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
  });
});
