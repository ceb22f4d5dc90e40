import { existsSync, readFileSync } from 'node:fs';
import { applyArticleOverrides, applyEntityOverrides, applyTimelineOverrides } from './overrides/apply-overrides.js';
import { parseOverrides } from './overrides/parse-overrides.js';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { eventFeeds, sitemap } from './export/feeds.js';
import type { Atlas } from './render/map-svg.js';
import { searchIndex } from './search-index.js';
import { dirname, join, relative } from 'node:path';
import type { Config } from './config.js';
import { timelineJson } from './export/timeline-json.js';
import { timelinejsJson } from './export/timelinejs.js';
import { extractArticles } from './extract/extract-articles.js';
import type { InputFile } from './load/parse-article.js';
import { prepareArticle, type Prepared } from './extract/prepare.js';
import { prepareAll, poolSize } from './extract/pool.js';
import { cacheKey, extractorVersion, readCached, writeCached } from './cache.js';
import { readInputFolder } from './load/read-input.js';
import { BuildError, type Message } from './messages.js';
import type { Timeline } from './model.js';
import { renderSite } from './render/render-site.js';
import { compileTemplate, type Template } from './render/template.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { buildTimeline } from './timeline/build-timeline.js';
import { checkOutputFolder, writeSite } from './write.js';

const require = createRequire(import.meta.url);

export interface BuildResult {
  timeline: Timeline;
  files: Map<string, string | Uint8Array>;
  messages: Message[];
  timings: Record<string, number>;
  /** Articles taken from the cache and articles extracted, and by how many workers. */
  cache?: { hits: number; misses: number; workers: number };
}

/** Per-article work from the cache where the content is unchanged, else in the worker pool. */
/** Progress of a build: a stage, and how far into it (articles, when it counts them). */
export type Progress = (stage: string, done?: number, total?: number) => void;

async function prepareWithCache(inputs: InputFile[], config: Config, progress: Progress): Promise<{ results: Prepared[]; ms: number; stats: { hits: number; misses: number; workers: number } }> {
  const t0 = performance.now();
  const dir = join(config.cacheDir, 'articles');
  const version = config.cache ? extractorVersion(config.root) : '';
  const keys = inputs.map((i) => (config.cache ? cacheKey(i, version) : ''));
  const results: (Prepared | undefined)[] = keys.map((k) => (config.cache ? readCached(dir, k) : undefined));
  const missing = inputs.map((_, i) => i).filter((i) => !results[i]);
  const workers = poolSize(missing.length, config.workers);
  const fresh = await prepareAll(missing.map((i) => inputs[i]), workers, (done) => progress('extract', done, missing.length));
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

/** What rendering needs besides the model: the compiled layout and the map's country shapes. */
export interface SiteAssets {
  layout: Template;
  atlas: Atlas;
}

/** Reads templates/layout.html and world-atlas's countries once. */
export function loadAssets(root: string): SiteAssets {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  return {
    layout: compileTemplate(readFileSync(join(root, 'templates', 'layout.html'), 'utf8'), 'layout.html'),
    atlas: feature(topology, topology.objects.countries as GeometryCollection) as unknown as Atlas,
  };
}

type SiteConfig = Pick<Config, 'siteTitle' | 'lang' | 'order' | 'baseUrl'> & Partial<Pick<Config, 'description' | 'pages' | 'timezone'>>;

/** The pure pipeline: input files → model → site files. No file-system access. */
export function buildFromFiles(inputs: InputFile[], assets: SiteAssets, config: SiteConfig): BuildResult {
  return buildFromPrepared(inputs.map(prepareArticle), assets, config);
}

/** The corpus-wide stages over articles already prepared (possibly from the cache or by workers). */
export function buildFromPrepared(prepared: Prepared[], assets: SiteAssets, config: SiteConfig, overridesFile?: { file: string; text: string }): BuildResult {
  const timings: Record<string, number> = { load: 0, clean: 0, extract: 0 };
  for (const p of prepared) { timings.load += p.ms.load; timings.clean += p.ms.clean; timings.extract += p.ms.extract; }
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };
  const messages: Message[] = prepared.flatMap((p) => p.messages);
  const ready = prepared.filter((p) => p.clean && p.parts);
  const parsedOverrides = overridesFile ? parseOverrides(overridesFile.file, overridesFile.text) : { overrides: [], messages: [] };
  messages.push(...parsedOverrides.messages);
  const overrides = parsedOverrides.overrides;
  const ofFile = overridesFile?.file ?? '';
  const articles = applyArticleOverrides(ready.map((p) => p.clean!), overrides, ofFile);
  messages.push(...articles.messages);
  // An outlet set by an editor wins over the one the extractor found in the text.
  const parts = ready.map((p, i) => (articles.value[i].frontMatter.source ? { ...p.parts!, source: { ...p.parts!.source, source: articles.value[i].frontMatter.source! } } : p.parts!));
  const extracted = time('extract', () => extractArticles(articles.value, parts, config.timezone ?? 'UTC'));
  messages.push(...extracted.messages);
  const resolvedRaw = time('resolve', () => resolveEntities(extracted.records));
  const corrected = applyEntityOverrides(resolvedRaw, overrides, ofFile);
  messages.push(...corrected.messages);
  const resolved = corrected.value;
  for (const w of resolved.warnings) messages.push({ id: 'resolve/uncertain-merge', severity: 'warning', detail: w });
  const built = time('timeline', () => applyTimelineOverrides(buildTimeline(resolved), overrides, ofFile));
  messages.push(...built.messages);
  const timeline = built.value;
  const files = time('render', () => {
    const site: Map<string, string | Uint8Array> = renderSite(timeline, { ...config, ...assets });
    site.set('data/timeline.json', timelineJson(timeline));
    site.set('data/timelinejs.json', timelinejsJson(timeline));
    if (!config.pages || config.pages.includes('feeds')) {
      const feeds = eventFeeds(timeline, { siteTitle: config.siteTitle, baseUrl: config.baseUrl });
      site.set('feed.xml', feeds.atom);
      site.set('feed.json', feeds.json);
    }
    if (config.baseUrl) {
      const map = sitemap([...site.keys()], config.baseUrl);
      site.set('sitemap.xml', map.sitemap);
      site.set('robots.txt', map.robots);
    }
    return site;
  });
  return { timeline, files, messages, timings };
}

/** Reads the input folder and templates, builds, indexes for search, and swaps the new site into place. */
export async function build(config: Config, progress: Progress = () => undefined): Promise<BuildResult> {
  checkOutputFolder(config.out, config.input, config.root);
  const t0 = performance.now();
  // Files are named relative to the project when the input is inside it ("seeds/a.md"),
  // else relative to the input folder's parent, so messages never show "../../tmp/…".
  const inside = !relative(config.root, config.input).startsWith('..');
  const input = readInputFolder(config.input, inside ? config.root : dirname(config.input));
  const readMs = performance.now() - t0;
  const prepared = await prepareWithCache(input.files, config, progress);
  progress('model and pages');
  const overridesPath = join(config.input, '_overrides.yml');
  const overrides = existsSync(overridesPath) ? { file: relative(inside ? config.root : dirname(config.input), overridesPath), text: readFileSync(overridesPath, 'utf8') } : undefined;
  const result = buildFromPrepared(prepared.results, loadAssets(config.root), config, overrides);
  if (result.messages.some((m) => m.id === 'overrides/invalid')) throw new BuildError(result.messages.find((m) => m.id === 'overrides/invalid')!, result.messages.filter((m) => m.severity !== 'info'));
  result.timings.load += prepared.ms;
  result.cache = prepared.stats;
  result.timings.load += readMs;
  result.messages.unshift(...input.messages);
  const warnings = result.messages.filter((m) => m.severity === 'warning').length;
  if (config.strict && warnings) {
    throw new BuildError({ id: 'build/strict', severity: 'error', detail: `${warnings} warnings` }, result.messages);
  }
  const t1 = performance.now();
  if (config.search && (!config.pages || config.pages.includes('search'))) {
    progress('search index');
    const html = new Map([...result.files].filter((e): e is [string, string] => typeof e[1] === 'string'));
    for (const [path, content] of await searchIndex(html)) result.files.set(path, content);
    result.timings.search = performance.now() - t1;
  }
  const t2 = performance.now();
  progress('write');
  writeSite(config.out, result.files, join(config.root, 'public'));
  result.timings.write = performance.now() - t2;
  return result;
}
