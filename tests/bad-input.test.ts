import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type SiteBuild } from '../src/build.js';
import { defaultConfig } from '../src/config.js';
import { formatMessage } from '../src/messages.js';

const root = resolve(import.meta.dirname, '..');
const bad = join(root, 'tests', 'fixtures', 'bad');

describe('bad input: every file in one build', () => {
  const input = join(mkdtempSync(join(tmpdir(), 'storyline-bad-')), 'seeds');
  const out = join(input, '..', 'dist');
  let result: SiteBuild;
  let printed: string[];

  beforeAll(async () => {
    cpSync(bad, input, { recursive: true });
    cpSync(join(root, 'tests/fixtures/load/front-matter.md'), join(input, 'good.md'));
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x48, 0x69, 0x0a, 0x00, 0x01, 0x02]));
    writeFileSync(join(input, 'latin1.txt'), Buffer.concat([Buffer.from('Caf\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' in Lyon reopened on Monday.\n')]));
    writeFileSync(join(input, 'bom.md'), `\uFEFF---\ntitle: With a BOM\ndate: 2022-05-03\n---\nThe port reopened on Monday.\n`);
    const utf16 = Buffer.from('\uFEFFUTF-16 headline\n\nThe port of Gdansk reopened on Monday.\n', 'utf16le');
    writeFileSync(join(input, 'utf16.txt'), utf16);
    symlinkSync(join(input, 'nested'), join(input, 'nested', 'deeper', 'loop'));
    symlinkSync(join(input, 'missing-target.md'), join(input, 'dangling.md'));
    result = await build({ ...defaultConfig(root), input, out, search: false, quiet: true });
    printed = result.messages.map(formatMessage);
  }, 60_000);

  const says = (line: string) => expect(printed, printed.join('\n')).toContain(line);

  it('reports each bad file with its name, line and a catalog id', () => {
    says('seeds/empty.md warning File is empty; skipped  [load/empty-file]');
    says('seeds/whitespace.txt warning File is empty; skipped  [load/empty-file]');
    says('seeds/binary.txt:2 warning File looks binary (NUL bytes); skipped  [load/binary]');
    says('seeds/latin1.txt:3 warning File is not valid UTF-8; bad bytes shown as �  [load/invalid-utf8]');
    says('seeds/utf16.txt info    File is UTF-16; read as such  [load/utf16]');
    expect(printed.find((l) => l.includes('[load/bad-front-matter]'))).toMatch(/^seeds\/bad-yaml\.md:4:\d+ error +Front matter is not valid YAML: .+ {2}\[load\/bad-front-matter\]$/);
    says('seeds/not-mapping.md:1:1 warning Front matter is not a mapping of keys to values  [load/front-matter-not-mapping]');
    says('seeds/unknown-key.md:3:1 warning Unknown front-matter key: colour  [load/unknown-key]');
    says('seeds/bad-date.md:3:1 warning Front-matter date is not a date: next tuesday  [load/bad-date]');
    expect(printed.find((l) => l.includes('[load/future-date]'))).toMatch(/^seeds\/future-date\.md:1:1 warning Date is long after every other article: 2032-05-03/);
    says('seeds/dangling.md warning File could not be read: ENOENT  [load/unreadable]');
  });

  it('still builds the rest of the site', () => {
    const ids = result.timeline!.articles.map((a) => a.id).sort();
    expect(ids).toEqual(['article', 'bad-date', 'bad-yaml', 'bom', 'con-page', 'crlf', 'future-date', 'good', 'index-page', 'latin1', 'nested', 'not-mapping', 'same-a', 'same-b', 'unknown-key', 'utf16']);
    for (const id of ids) expect(existsSync(join(out, 'articles', `${id}.html`)), id).toBe(true);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('reads UTF-8 with a BOM, UTF-16, CRLF and lone CR line endings', () => {
    const a = (id: string) => result.timeline!.articles.find((x) => x.id === id)!;
    expect(a('bom').title).toBe('With a BOM');
    expect(a('utf16').title).toBe('UTF-16 headline');
    expect(a('crlf').sentences.map((s) => [s.text, s.start.line])).toEqual([
      ['Harbour news', 1], ['The port of Gdansk reopened on Monday.', 3], ['Dock workers returned.', 4], ['Cranes moved again.', 5],
    ]);
    expect(a('latin1').sentences[1].text).toBe('The caf� in Lyon reopened on Monday.');
  });

  it('gives two files with one title distinct pages, and safe slugs to odd names', () => {
    const same = result.timeline!.articles.filter((x) => x.title === 'Same title').map((x) => x.id).sort();
    expect(same).toEqual(['same-a', 'same-b']);
    expect(readFileSync(join(out, 'articles', 'same-a.html'), 'utf8')).toContain('First of two.');
    expect(readFileSync(join(out, 'articles', 'same-b.html'), 'utf8')).toContain('Second of two.');
    expect(readdirSync(out)).not.toContain('con.html');
  });

  it('reads nested folders once despite a symlink loop, and ignores hidden files and backups', () => {
    expect(result.timeline!.articles.filter((x) => x.id === 'nested')).toHaveLength(1);
    expect(result.timeline!.articles.map((x) => x.file).join()).not.toMatch(/hidden|lock|backup/);
  });
});

describe('bad input: the input folder', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('fails with exit code 2 and a clear message when the folder is empty', () => {
    const empty = mkdtempSync(join(tmpdir(), 'storyline-empty-'));
    mkdirSync(join(empty, 'seeds'));
    const run = cli(['build', '--input', join(empty, 'seeds'), '--out', join(empty, 'dist')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/error +No articles \(\.txt, \.md, \.markdown\) in the input folder {2}\[load\/empty-input\]/);
  });

  it('refuses to write over the input folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-same-'));
    cpSync(join(root, 'tests/fixtures/load/front-matter.md'), join(dir, 'a.md'));
    const run = cli(['build', '--input', dir, '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Refusing to write to this output folder: it is or contains the input folder');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain('Ministers meet');
  });
});

describe('bad input: what the command line prints', () => {
  it('prints errors only with --quiet, and every warning otherwise, then a summary', () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-quiet-'));
    cpSync(bad, join(base, 'seeds'), { recursive: true });
    const run = (extra: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--input', join(base, 'seeds'), '--out', join(base, 'dist'), '--no-search', ...extra], { cwd: root, encoding: 'utf8' });
    const quiet = run(['--quiet']);
    expect(quiet.stderr.trim().split('\n').every((l) => / error +/.test(l))).toBe(true);
    expect(quiet.stderr).toContain('[load/bad-front-matter]');
    // Nothing changed since the quiet build: it is skipped, and still repeats every message.
    const loud = run([]);
    expect(loud.status).toBe(1);
    expect(loud.stderr).toContain('[load/empty-file]');
    expect(loud.stderr).toContain('[load/bad-front-matter]');
    expect(loud.stderr).toMatch(/\d+ articles read, .* is up to date \(\d+ pages\); .*; \d+ warnings, 1 errors/);
    const forced = run(['--no-cache']);
    expect(forced.stderr).toMatch(/\d+ articles read, \d+ pages written to .*; \d+ warnings, 1 errors/);
  }, 60_000);
});
