// npm run bench -- --articles N [--source DIR] [--json]
// Makes a corpus of N varied articles by recombining and perturbing the sentences of a
// source corpus (default: seeds/ and the unseen-story fixtures; pass --source to use a
// bigger one), then times a cold build, a warm build with no change, and a warm build
// after editing one article. Output goes to tmpfs (/dev/shm) when there is one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const N = Number(opt('--articles', '1000'));
const root = resolve(import.meta.dirname, '..');
const sources = opt('--source', '').split(',').filter(Boolean);
const sourceDirs = sources.length ? sources : [join(root, 'seeds'), ...readdirSync(join(root, 'tests/fixtures/unseen')).map((d) => join(root, 'tests/fixtures/unseen', d))];
const scratch = join(existsSync('/dev/shm') ? '/dev/shm' : '/tmp', `storyline-bench-${N}`);

/** Deterministic pseudo-random numbers, so two runs bench the same corpus. */
let seed = 42;
const rand = (): number => { seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; return seed / 2 ** 31; };
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

const texts = sourceDirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8').replace(/^---[\s\S]*?---\n/, '')));
const sentences = texts.flatMap((t) => t.split(/\n+/).flatMap((p) => p.match(/[^.!?]+[.!?]+["”]?/g) ?? [])).map((s) => s.trim()).filter((s) => s.length > 30);
const names = [...new Set(texts.join(' ').match(/\b[A-Z][a-z]+ [A-Z][a-z]{3,}\b/g) ?? [])];
const outlets = ['Harbour Times', 'Daily Ledger', 'Evening Wire', 'Northern Post', 'City Courier', 'Plains Herald'];

function article(i: number): string {
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
  const body: string[] = [];
  const count = 12 + Math.floor(rand() * 16);
  for (let k = 0; k < count; k++) {
    let s = pick(sentences);
    // Perturb names and numbers so entities, aliases and figures grow with N.
    if (rand() < 0.5 && names.length > 1) s = s.replace(pick(names), pick(names));
    s = s.replace(/\b\d{2,}\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rand())))));
    body.push(s);
  }
  const paras: string[] = [];
  for (let k = 0; k < body.length; k += 3) paras.push(body.slice(k, k + 3).join(' '));
  return `---\ntitle: ${JSON.stringify(body[0].slice(0, 80))}\ndate: ${day}\nsource: ${pick(outlets)}\n---\n\n${paras.join('\n\n')}\n`;
}

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((n, f) => { const p = join(dir, f); const s = statSync(p); return n + (s.isDirectory() ? sizeOf(p) : s.size); }, 0);
}

function run(label: string, extra: string[]): Record<string, unknown> {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'build', '--input', join(scratch, 'in'), '--out', join(scratch, 'out'), '--json', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYLINE_CACHE_DIR: join(scratch, 'cache') } });
  const wall = performance.now() - t0;
  const report = JSON.parse(out.trim().split('\n').pop()!);
  return { run: label, articles: N, wallMs: Math.round(wall), articlesPerSecond: Math.round((N / wall) * 1000), ...report.timings, peakRssMB: report.peakRssMB, outputMB: +(sizeOf(join(scratch, 'out')) / 2 ** 20).toFixed(1), cache: report.cache };
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'in'), { recursive: true });
for (let i = 0; i < N; i++) writeFileSync(join(scratch, 'in', `a${String(i).padStart(5, '0')}.md`), article(i));
const rows = [run('cold', ['--no-search']), run('warm, no change', ['--no-search'])];
const edited = join(scratch, 'in', 'a00000.md');
writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n\n/, '\n\nAn editor added this sentence about Oslo on Monday.\n\n'));
rows.push(run('warm, one article edited', ['--no-search']));
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const cols = ['run', 'articles', 'load', 'clean', 'extract', 'resolve', 'timeline', 'render', 'write', 'wallMs', 'articlesPerSecond', 'peakRssMB', 'outputMB'];
  console.log(cols.join('\t'));
  for (const r of rows) console.log(cols.map((c) => (typeof r[c] === 'number' ? Math.round(r[c] as number) : r[c])).join('\t'));
}
