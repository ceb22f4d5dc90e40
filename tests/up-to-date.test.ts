import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type SiteBuild } from '../src/build.js';
import { defaultConfig, type Config } from '../src/config.js';

const root = resolve(import.meta.dirname, '..');

describe('a build with nothing new is skipped', () => {
  let base: string;
  let config: Config;
  let first: SiteBuild;
  const again = (changes: Partial<Config> = {}) => build({ ...config, ...changes });

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'storyline-uptodate-'));
    cpSync(join(root, 'seeds'), join(base, 'in'), { recursive: true });
    config = { ...defaultConfig(root), input: join(base, 'in'), out: join(base, 'out'), cacheDir: join(base, 'cache'), search: false, quiet: true };
    first = await build(config);
  }, 120_000);

  it('repeats the last report and leaves every file alone when inputs, config and output are unchanged', async () => {
    const page = join(base, 'out', 'index.html');
    const before = statSync(page).mtimeMs;
    const second = await again();
    expect(second.upToDate).toBe(true);
    expect(second.timeline).toBeNull();
    expect(second.summary).toEqual(first.summary);
    expect(second.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
    expect(statSync(page).mtimeMs).toBe(before);
  }, 60_000);

  it('rebuilds after an article changes, the config changes, or with --no-cache', async () => {
    const file = join(base, 'in', '000_971144ffdc290097.txt');
    expect((await again({ siteTitle: 'Another title' })).upToDate).toBeFalsy();
    expect((await again({ siteTitle: 'Another title' })).upToDate).toBe(true);
    expect((await again({ siteTitle: 'Another title', cache: false })).upToDate).toBeFalsy();
    await again({ siteTitle: 'Another title' }); // the --no-cache build left no record: make one
    const unchanged = join(base, 'out', '404.html');
    const before = statSync(unchanged);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor added this line on Monday.\n`);
    const edited = await again({ siteTitle: 'Another title' });
    expect(edited.upToDate).toBeFalsy();
    expect(edited.cache).toMatchObject({ misses: 1 });
    // Pages whose content did not change are kept (same file, same time), changed ones rewritten.
    expect(statSync(unchanged).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(unchanged).ino).toBe(before.ino);
    const articlePage = readdirSync(join(base, 'out', 'articles')).map((f) => join(base, 'out', 'articles', f)).find((f) => readFileSync(f, 'utf8').includes('An editor added this line'));
    expect(articlePage).toBeDefined();
    expect(statSync(articlePage!).mtimeMs).toBeGreaterThan(before.mtimeMs);
  }, 120_000);

  it('rebuilds when someone deleted or edited a file of the output, restoring it', async () => {
    await again();
    const page = join(base, 'out', 'index.html');
    const original = readFileSync(page, 'utf8');
    unlinkSync(page);
    expect((await again()).upToDate).toBeFalsy();
    expect(readFileSync(page, 'utf8')).toBe(original);
    writeFileSync(page, 'defaced');
    expect((await again()).upToDate).toBeFalsy();
    expect(readFileSync(page, 'utf8')).toBe(original);
  }, 120_000);
});
