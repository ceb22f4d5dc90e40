import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { treeHash } from './cache.js';
import type { Config } from './config.js';
import type { Message } from './messages.js';
import type { BuildSummary } from './pipeline.js';
import type { WrittenFile } from './write.js';

/** What the last build into one output folder was made from, what it reported, and what it wrote. */
interface BuildRecord {
  fingerprint: string;
  summary: BuildSummary;
  messages: Message[];
  /** Every file of the output folder: path, size, modification time. */
  manifest: [string, number, number][];
  /** Content hash of every file the build wrote. */
  hashes: Record<string, string>;
}

/** Config fields that change the site (not how loudly or how fast it is built). */
const SITE_FIELDS: (keyof Config)[] = ['input', 'out', 'siteTitle', 'description', 'lang', 'order', 'baseUrl', 'timezone', 'pages', 'search'];

/**
 * Everything a site is made from: the inputs' cache keys (their bytes and the extractor's
 * version), the overrides, the config, and the code, templates, assets and locked packages.
 */
export function siteFingerprint(config: Config, inputKeys: string[], overrides: string | null): string {
  const h = createHash('sha256');
  h.update(treeHash(config.root, ['src', 'templates', 'public']));
  h.update(JSON.stringify(SITE_FIELDS.map((k) => config[k] ?? null)));
  h.update(JSON.stringify(overrides));
  for (const k of inputKeys) h.update(k);
  return h.digest('hex');
}

function recordPath(cacheDir: string, out: string): string {
  return join(cacheDir, 'builds', `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16)}.json`);
}

/** Every file under `dir`, sorted, with size and modification time; null when `dir` is missing. */
function manifestOf(dir: string): BuildRecord['manifest'] | null {
  const out: BuildRecord['manifest'] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), path);
      else { const s = statSync(join(d, e.name)); out.push([path, s.size, s.mtimeMs]); }
    }
  };
  try { walk(dir, ''); } catch { return null; }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function readRecord(cacheDir: string, out: string): BuildRecord | null {
  try { return JSON.parse(readFileSync(recordPath(cacheDir, out), 'utf8')) as BuildRecord; } catch { return null; }
}

/** What the last build into `out` wrote, file by file, for writeSite to keep what did not change. */
export function lastWritten(cacheDir: string, out: string): Map<string, WrittenFile> {
  const record = readRecord(cacheDir, out);
  const written = new Map<string, WrittenFile>();
  for (const [path, size, mtimeMs] of record?.manifest ?? []) {
    const sha = record!.hashes?.[path];
    if (sha) written.set(path, { size, mtimeMs, sha });
  }
  return written;
}

/**
 * The last build's record when it was made from the same fingerprint and its output folder
 * is untouched (no file added, removed, resized or rewritten since); else null.
 */
export function upToDate(cacheDir: string, out: string, fingerprint: string): BuildRecord | null {
  const record = readRecord(cacheDir, out);
  if (!record || record.fingerprint !== fingerprint) return null;
  const now = manifestOf(out);
  return now && JSON.stringify(now) === JSON.stringify(record.manifest) ? record : null;
}

/** Remembers a finished build (written atomically: a killed build leaves no half record). */
export function recordBuild(cacheDir: string, out: string, fingerprint: string, summary: BuildSummary, messages: Message[], hashes: Map<string, string>): void {
  const manifest = manifestOf(out);
  if (!manifest) return;
  const path = recordPath(cacheDir, out);
  mkdirSync(join(cacheDir, 'builds'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ fingerprint, summary, messages, manifest, hashes: Object.fromEntries(hashes) } satisfies BuildRecord));
  renameSync(tmp, path);
}
