import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareAll } from '../src/extract/pool.js';
import type { InputFile } from '../src/load/parse-article.js';

const root = resolve(import.meta.dirname, '..');
const seeds: InputFile[] = readdirSync(join(root, 'seeds')).sort().map((f) => ({ file: `seeds/${f}`, id: f.replace(/\.txt$/, ''), format: 'txt', text: readFileSync(join(root, 'seeds', f), 'utf8') }));
const withoutTimes = (xs: { ms: unknown }[]) => xs.map(({ ms: _ms, ...rest }) => rest);

describe('workers and cache change nothing but speed', () => {
  it('prepares articles identically in two worker threads and in this thread', async () => {
    const inThread = await prepareAll(seeds, 0);
    const inWorkers = await prepareAll(seeds, 2);
    expect(withoutTimes(inWorkers)).toEqual(withoutTimes(inThread));
  }, 60_000);

  it('writes the same timeline.json cold, warm from the cache, and without the cache', () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-cache-'));
    const env = { ...process.env, STORYLINE_CACHE_DIR: join(base, 'cache') };
    const build = (out: string, extra: string[]) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--out', join(base, out), '--no-search', '--json', ...extra], { cwd: root, encoding: 'utf8', env });
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout.trim().split('\n').pop()!);
    };
    const cold = build('cold', []);
    const warm = build('warm', []);
    build('nocache', ['--no-cache']);
    expect(cold.cache).toMatchObject({ hits: 0, misses: 5 });
    expect(warm.cache).toMatchObject({ hits: 5, misses: 0 });
    const json = (out: string) => readFileSync(join(base, out, 'data', 'timeline.json'), 'utf8');
    expect(json('warm')).toBe(json('cold'));
    expect(json('nocache')).toBe(json('cold'));
  }, 120_000);
});
