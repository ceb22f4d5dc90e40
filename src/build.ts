import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cacheKey, extractorVersion, readCached, writeCached } from './cache.js';
import type { Config } from './config.js';
import type { Prepared } from './extract/prepare.js';
import type { InputFile } from './load/parse-article.js';
import { readInputFolder } from './load/read-input.js';
import { BuildError, type Message } from './messages.js';
import type { Timeline } from './model.js';
import type { BuildSummary } from './pipeline.js';
import { lastWritten, recordBuild, siteFingerprint, upToDate } from './up-to-date.js';
import { checkOutputFolder, writeSite } from './write.js';

// Only light modules are imported up front: the pipeline, the NLP models, the worker pool and
// the search indexer are loaded when a build is actually due.

/** A site build: the model, or null when the site was already up to date and nothing ran. */
export interface SiteBuild {
  timeline: Timeline | null;
  summary: BuildSummary;
  files: Map<string, string | Uint8Array>;
  messages: Message[];
  timings: Record<string, number>;
  /** Articles taken from the cache and articles extracted, and by how many workers. */
  cache?: { hits: number; misses: number; workers: number };
  upToDate?: boolean;
}

/** Progress of a build: a stage, and how far into it (articles, when it counts them). */
export type Progress = (stage: string, done?: number, total?: number) => void;

/** Per-article work from the cache where the content is unchanged, else in the worker pool. */
async function prepareWithCache(inputs: InputFile[], keys: string[], config: Config, progress: Progress): Promise<{ results: Prepared[]; ms: number; stats: { hits: number; misses: number; workers: number } }> {
  const { prepareAll, poolSize } = await import('./extract/pool.js');
  const t0 = performance.now();
  const dir = join(config.cacheDir, 'articles');
  const results: (Prepared | undefined)[] = keys.map((k) => (config.cache ? readCached(dir, k) : undefined));
  const missing = inputs.map((_, i) => i).filter((i) => !results[i]);
  const workers = poolSize(missing.length, config.workers);
  const fresh = await prepareAll(missing.map((i) => inputs[i]), workers, (done) => progress('extract', done, missing.length), config.timezone);
  missing.forEach((i, k) => {
    results[i] = fresh[k];
    if (config.cache) writeCached(dir, keys[i], fresh[k]);
  });
  const stats = { hits: inputs.length - missing.length, misses: missing.length, workers };
  // With workers, per-article times are summed across threads: report wall time for them instead.
  const wall = performance.now() - t0;
  const summed = fresh.reduce((n, p) => n + p.ms.load + p.ms.clean + p.ms.extract, 0);
  return { results: results as Prepared[], ms: workers ? 0 : Math.max(0, wall - summed), stats: { ...stats, ...(workers ? { wallMs: Math.round(wall) } : {}) } };
}

/**
 * Reads the input folder and templates, builds, indexes for search, and swaps the new site
 * into place. When nothing that shapes the site changed since the last build into the same
 * folder (inputs, overrides, config, code, templates, assets) and that folder is exactly as
 * it was written, the build is skipped and the last build's report is repeated.
 */
export async function build(config: Config, progress: Progress = () => undefined): Promise<SiteBuild> {
  checkOutputFolder(config.out, config.input, config.root);
  const t0 = performance.now();
  // Files are named relative to the project when the input is inside it ("seeds/a.md"),
  // else relative to the input folder's parent, so messages never show "../../tmp/…".
  const display = !relative(config.root, config.input).startsWith('..') ? config.root : dirname(config.input);
  const input = readInputFolder(config.input, display);
  const overridesPath = join(config.input, '_overrides.yml');
  const overrides = existsSync(overridesPath) ? { file: relative(display, overridesPath), text: readFileSync(overridesPath, 'utf8') } : undefined;
  const version = config.cache ? extractorVersion(config.root) : '';
  // The time zone is part of the key: an article's own dates are read in it.
  const keys = input.files.map((i) => (config.cache ? cacheKey(i, `${version}\0${config.timezone ?? ''}`) : ''));
  const fingerprint = config.cache ? siteFingerprint(config, keys, overrides?.text ?? null) : null;
  const readMs = performance.now() - t0;
  const previous = fingerprint ? upToDate(config.cacheDir, config.out, fingerprint) : null;
  if (previous) {
    const messages = [...input.messages, ...previous.messages];
    failOnStrict(config, messages);
    return { timeline: null, summary: previous.summary, files: new Map(), messages, timings: { load: readMs }, cache: { hits: keys.length, misses: 0, workers: 0 }, upToDate: true };
  }
  const prepared = await prepareWithCache(input.files, keys, config, progress);
  progress('model and pages');
  const { buildFromPrepared, loadAssets } = await import('./pipeline.js');
  const result: SiteBuild = buildFromPrepared(prepared.results, loadAssets(config.root), config, overrides);
  if (result.messages.some((m) => m.id === 'overrides/invalid')) throw new BuildError(result.messages.find((m) => m.id === 'overrides/invalid')!, result.messages.filter((m) => m.severity !== 'info'));
  result.timings.load += prepared.ms + readMs;
  result.cache = prepared.stats;
  const built = result.messages.slice();
  result.messages.unshift(...input.messages);
  failOnStrict(config, result.messages);
  const t1 = performance.now();
  if (config.search && (!config.pages || config.pages.includes('search'))) {
    progress('search index');
    const { searchIndex } = await import('./search-index.js');
    for (const [path, content] of await searchIndex(result.files)) result.files.set(path, content);
    result.summary.pages = result.files.size;
    result.timings.search = performance.now() - t1;
  }
  const t2 = performance.now();
  progress('write');
  const hashes = writeSite(config.out, result.files, join(config.root, 'public'), config.cache ? lastWritten(config.cacheDir, config.out) : new Map());
  if (fingerprint) recordBuild(config.cacheDir, config.out, fingerprint, result.summary, built, hashes);
  result.timings.write = performance.now() - t2;
  return result;
}

function failOnStrict(config: Config, messages: Message[]): void {
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  if (config.strict && warnings) throw new BuildError({ id: 'build/strict', severity: 'error', detail: `${warnings} warnings` }, messages);
}
