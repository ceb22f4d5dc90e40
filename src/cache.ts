import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Prepared } from './extract/prepare.js';
import type { InputFile } from './load/parse-article.js';

/**
 * The extractor's identity: its own source files and the locked package versions. Any
 * change to either gives every article a new cache key, so a stale result is never reused.
 */
export function extractorVersion(root: string): string {
  return treeHash(root, ['src/load', 'src/clean', 'src/extract', 'src/resolve']);
}

/** A hash of every file under `dirs` (relative to `root`; missing ones count as empty) and the lock file. */
export function treeHash(root: string, dirs: string[]): string {
  const h = createHash('sha256');
  const walk = (d: string): string[] => (existsSync(d) ? readdirSync(d).sort().flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)])) : []);
  for (const dir of dirs) for (const f of walk(join(root, dir))) h.update(relative(root, f)).update(readFileSync(f));
  h.update(readFileSync(join(root, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** Cache key of one input: its bytes, name and id, and the extractor version. */
export function cacheKey(input: InputFile, version: string): string {
  return createHash('sha256').update(`${version}\0${input.file}\0${input.id}\0${input.format}\0`).update(input.text).digest('hex');
}

/** A cached result, or undefined when missing or unreadable (a broken entry is a miss, not an error). */
export function readCached(dir: string, key: string): Prepared | undefined {
  try {
    const prepared = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Prepared;
    return { ...prepared, ms: { load: 0, clean: 0, extract: 0 } };
  } catch {
    return undefined;
  }
}

/** Stores a result atomically (write then rename), so a killed build never leaves half an entry. */
export function writeCached(dir: string, key: string, prepared: Prepared): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${key}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(prepared));
  renameSync(tmp, join(dir, `${key}.json`));
}
