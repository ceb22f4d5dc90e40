import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterrupted } from '../src/write.js';

const root = resolve(import.meta.dirname, '..');
const cliArgs = (args: string[]) => ['--import', 'tsx', 'src/cli.ts', ...args];

/** One hash over every file of a folder, names included. */
function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const f of walk(dir)) h.update(relative(dir, f)).update(readFileSync(f));
  return h.digest('hex');
}

describe('atomic and deterministic output', () => {
  it('two builds of the same input are byte-identical, search index included', () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-det-'));
    for (const name of ['a', 'b']) {
      const run = spawnSync(process.execPath, cliArgs(['build', '--out', join(base, name)]), { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    expect(hashTree(join(base, 'a'))).toBe(hashTree(join(base, 'b')));
  }, 120_000);

  it('a build killed with SIGKILL leaves the previous site exactly as it was', async () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-kill-'));
    const out = join(base, 'dist');
    const input = join(base, 'seeds');
    mkdirSync(input);
    cpSync(join(root, 'seeds'), input, { recursive: true });
    expect(spawnSync(process.execPath, cliArgs(['build', '--input', input, '--out', out, '--no-search']), { cwd: root }).status).toBe(0);
    const before = hashTree(out);
    // A bigger input so that the build is surely mid-way when it is killed.
    for (let i = 0; i < 40; i++) cpSync(join(root, 'seeds', '001_be07c432dae3cefd.txt'), join(input, `copy-${i}.txt`));
    for (const delay of [300, 1200, 2500]) {
      const child = spawn(process.execPath, cliArgs(['build', '--input', input, '--out', out, '--no-search']), { cwd: root, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      recoverInterrupted(out);
      expect(hashTree(out)).toBe(before);
    }
    expect(readdirSync(base).sort()).toEqual(['dist', 'seeds']);
  }, 120_000);

  it('recovers the previous site if a build died between its two renames', () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-swap-'));
    const out = join(base, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous');
    renameSync(out, join(base, '.dist-old-999999'));
    mkdirSync(join(base, '.dist-staging-999999'));
    recoverInterrupted(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(base, '.dist-staging-999999'))).toBe(false);
  });
});
