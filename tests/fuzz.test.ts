import { resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildFromFiles, loadAssets } from '../src/pipeline.js';
import { textFiles } from './helpers.js';
import { contractProblems } from './contract.js';

const assets = loadAssets(resolve(import.meta.dirname, '..'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// Everything our own templates and renderers emit: anything else came from input text.
const TAGS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'a', 'header', 'nav', 'main', 'footer', 'p', 'h1', 'h2', 'h3', 'ul', 'li', 'span', 'time', 'q', 'section', 'figure', 'figcaption', 'svg', 'g', 'text', 'circle', 'path', 'rect', 'table', 'tbody', 'tr', 'th', 'td', 'div', 'strong', 'details', 'summary', 'code', 'article', 'noscript']);
const ATTRS = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'property', 'rel', 'href', 'type', 'title', 'src', 'defer', 'class', 'id', 'datetime', 'aria-label', 'aria-labelledby', 'role', 'viewBox', 'for', 'x', 'y', 'cx', 'cy', 'r', 'd', 'fill', 'stroke', 'stroke-width', 'width', 'height', 'scope']);

const word = fc.constantFrom('Kyiv', 'talks', 'Monday', 'said', '"', '“', '”', '<script>', '</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '&amp;', '---', '\u0000', '\uFEFF', '\r', '# ', '*', '[x](javascript:alert(1))', '2022-02-30', 'Zelenskyy', 'Putin', 'At least 5,000', '17-mile', 'the second round');
const text = fc.array(fc.oneof(word, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 60 }).map((ws) => ws.join(' '));
const frontMatter = fc.record({
  title: fc.oneof(text, fc.constant('<script>alert(1)</script>')),
  date: fc.oneof(fc.constant('2022-02-28'), fc.constant('not a date'), text),
  source: text,
  url: fc.oneof(fc.constant('javascript:alert(1)'), fc.webUrl(), text),
}, { requiredKeys: [] });
const article = fc.oneof(
  fc.tuple(frontMatter, text).map(([fm, body]) => ({ format: 'md' as const, text: `---\n${Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${body}` })),
  fc.tuple(text, text).map(([head, body]) => ({ format: 'txt' as const, text: `${head}\n\n${body}` })),
  text.map((t) => ({ format: 'md' as const, text: `---\n${t}\n---\n${t}` })),
);

describe('fuzzing the whole build', () => {
  it(`never throws, writes only its own markup and a valid timeline.json (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (arts) => {
      const files = arts.map((a, i) => ({ file: `seeds/f${i}.${a.format}`, id: `f${i}`, format: a.format, text: a.text }));
      const site = buildFromFiles(files, assets, { siteTitle: 'Fuzz', lang: 'en', order: 'oldest', baseUrl: null });
      const texts = textFiles(site.files);
      expect(texts.has('data/timeline.json')).toBe(true);
      for (const [path, content] of texts) {
        if (path === 'data/timeline.json') expect(contractProblems(JSON.parse(content))).toEqual([]);
        if (!path.endsWith('.html')) continue;
        const visit = (node: any): void => {
          if (node.tagName) {
            expect(TAGS.has(node.tagName), `${path}: <${node.tagName}>`).toBe(true);
            for (const a of node.attrs) {
              expect(ATTRS.has(a.name), `${path}: ${node.tagName}[${a.name}]`).toBe(true);
              if (a.name === 'href' || a.name === 'src') expect(a.value).not.toMatch(/^\s*javascript:/i);
            }
            if (node.tagName === 'script') expect(node.attrs.some((a: any) => a.name === 'src' || a.value === 'application/ld+json')).toBe(true);
          }
          for (const c of node.childNodes ?? []) visit(c);
          if (node.content) visit(node.content);
        };
        visit(parse(content));
      }
    }), { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined });
  }, 120_000);
});
