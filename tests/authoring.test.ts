import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textFiles } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { applyConfigFile } from '../src/config-file.js';
import { defaultConfig } from '../src/config.js';
import { BuildError, formatMessage } from '../src/messages.js';

const root = resolve(import.meta.dirname, '..');

function configFrom(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-config-'));
  writeFileSync(join(dir, 'storyline.config.json'), text);
  const config = defaultConfig(dir);
  try {
    applyConfigFile(config);
    return { config, errors: [] as string[] };
  } catch (err) {
    return { config, errors: (err as BuildError).messages.length ? (err as BuildError).messages.map(formatMessage) : [formatMessage((err as BuildError).report)] };
  }
}

describe('storyline.config.json', () => {
  it('applies every known key', () => {
    const { config, errors } = configFrom('{\n  "title": "Talks in Belarus",\n  "description": "Five outlets, two rounds",\n  "language": "en-GB",\n  "baseUrl": "https://example.org/talks",\n  "input": "articles",\n  "output": "site",\n  "order": "newest",\n  "search": false,\n  "timezone": "UTC"\n}\n');
    expect(errors).toEqual([]);
    expect(config).toMatchObject({ siteTitle: 'Talks in Belarus', description: 'Five outlets, two rounds', lang: 'en-GB', baseUrl: 'https://example.org/talks/', order: 'newest', search: false });
    expect(config.input.endsWith('/articles')).toBe(true);
    expect(config.out.endsWith('/site')).toBe(true);
  });

  it('reports invalid JSON, unknown keys and bad values with line and column', () => {
    expect(configFrom('{\n  "title": "A",\n  "order": oldest\n}\n').errors[0]).toMatch(/^storyline\.config\.json:3:\d+ error +storyline\.config\.json is not valid JSON: .+\[config\/invalid\]$/);
    expect(configFrom('{\n  "title": "A",\n  "colour": "red"\n}').errors).toEqual([
      'storyline.config.json:3:3 error   Unknown key in storyline.config.json: colour (known: title, description, language, baseUrl, input, output, order, search, pages, timezone)  [config/unknown-key]',
    ]);
    expect(configFrom('{ "timezone": "Mars/Olympus" }').errors[0]).toContain('timezone must be an IANA time zone');
    expect(configFrom('{ "timezone": "Europe/Kyiv" }').config.timezone).toBe('Europe/Kyiv');
    expect(configFrom('{ "order": "sideways", "baseUrl": "ftp://x" }').errors).toEqual([
      'storyline.config.json:1:3 error   Bad value in storyline.config.json: order must be "oldest" or "newest"  [config/bad-value]',
      'storyline.config.json:1:24 error   Bad value in storyline.config.json: baseUrl must be an http(s) URL  [config/bad-value]',
    ]);
  });

  it('lets command-line flags override the file, and stops the CLI with exit code 2 on a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-cfgcli-'));
    writeFileSync(join(dir, 'bad.json'), '{ "order": "sideways" }');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--config', join(dir, 'bad.json'), '--out', join(dir, 'out')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('order must be "oldest" or "newest"');
    writeFileSync(join(dir, 'good.json'), '{ "title": "From the file", "order": "newest" }');
    const good = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--config', join(dir, 'good.json'), '--title', 'From the flag', '--out', join(dir, 'out'), '--no-search', '--no-cache'], { cwd: root, encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('<h1>From the flag</h1>');
  }, 60_000);
});

describe('npm run new', () => {
  it('scaffolds a dated Markdown article that builds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-new-'));
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-article.ts', 'Ceasefire talks resume in Geneva', '--input', dir, '--date', '2024-05-06'], { cwd: root, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['2024-05-06-ceasefire-talks-resume-in-geneva.md']);
    const text = readFileSync(join(dir, '2024-05-06-ceasefire-talks-resume-in-geneva.md'), 'utf8');
    expect(text).toMatch(/^---\ntitle: "Ceasefire talks resume in Geneva"\ndate: 2024-05-06\n/);
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--input', dir, '--out', join(dir, '..', `${dir.split('/').pop()}-out`), '--no-search', '--no-cache', '--strict'], { cwd: root, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  }, 60_000);
});

describe('building only some page kinds', () => {
  it('leaves out the page kinds not listed, and every link still resolves', async () => {
    const { buildFromFiles, loadAssets } = await import('../src/pipeline.js');
    const { posix } = await import('node:path');
    const seeds = readdirSync(join(root, 'seeds')).map((f) => ({ file: `seeds/${f}`, id: f.slice(0, 3), format: 'txt' as const, text: readFileSync(join(root, 'seeds', f), 'utf8') }));
    const site = buildFromFiles(seeds, loadAssets(root), { siteTitle: 'T', lang: 'en', order: 'oldest', baseUrl: null, pages: ['map'] });
    const paths = [...site.files.keys()];
    expect(paths).toContain('map.html');
    expect(paths.filter((p) => /^(sources\/|discrepancies|search|feed)/.test(p))).toEqual([]);
    const broken: string[] = [];
    const pages = [...textFiles(site.files)].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const [path, content] of pages) {
      for (const m of content.matchAll(/href="([^"#]+)(#[^"]*)?"/g)) {
        if (/^(https?:|mailto:)/.test(m[1]) || m[1].startsWith('assets/') || m[1].includes('/assets/')) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), m[1]));
        if (!site.files.has(target)) broken.push(`${path} → ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  }, 60_000);
});
