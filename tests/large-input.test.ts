import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Builds one generated article in a child process with a memory ceiling; quadratic work would time out or run out. */
function buildOne(name: string, text: string): { status: number | null; stderr: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-large-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', name), text);
  const out = join(dir, 'out');
  const run = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', 'src/cli.ts', 'build', '--input', join(dir, 'in'), '--out', out, '--no-search'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, stderr: run.stderr, out };
}

describe('scratch folders', () => {
  it('live under this run\'s own folder, which the run removes at its end (tests/global-scratch.ts)', () => {
    expect(tmpdir()).toMatch(/storyline-tests-[^/\\]+$/);
  });
});

describe('large inputs stay linear', () => {
  it('builds a 200,000-line article', () => {
    let text = 'Ledger\n\nPublished: 1 March 2022\n';
    for (let k = 0; k < 200_000; k++) text += `Entry ${k} was checked in Bergen.\n`;
    const run = buildOne('lines.txt', text);
    expect(run.status, run.stderr).toBe(0);
    const tl = JSON.parse(readFileSync(join(run.out, 'data', 'timeline.json'), 'utf8'));
    expect(tl.articles[0].published).toBe('2022-03-01');
  }, 240_000);

  it('builds a 20 MB article', () => {
    const para = (i: number) => `Officials from Norway and Sweden met in Oslo on Monday to discuss fishing rights, and Foreign Minister Anniken Huitfeldt said the talks went well. At least ${100 + i} boats were affected, the ministry said. `;
    const parts = ['Big article', 'Published: 1 March 2022'];
    let size = 0;
    for (let i = 0; size < 20e6; i += 5) {
      const p = [0, 1, 2, 3, 4].map((k) => para(i + k)).join('');
      parts.push(p);
      size += p.length;
    }
    const run = buildOne('huge.txt', parts.join('\n\n'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 articles read/);
  }, 240_000);
});
