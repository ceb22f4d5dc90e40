import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Config } from './config.js';
import { eventFeeds, sitemap } from './export/feeds.js';
import { timelineJson } from './export/timeline-json.js';
import { timelinejsJson } from './export/timelinejs.js';
import { extractArticles } from './extract/extract-articles.js';
import { prepareArticle, type Prepared } from './extract/prepare.js';
import type { InputFile } from './load/parse-article.js';
import type { Message } from './messages.js';
import type { Timeline } from './model.js';
import { applyArticleOverrides, applyEntityOverrides, applyTimelineOverrides } from './overrides/apply-overrides.js';
import { parseOverrides } from './overrides/parse-overrides.js';
import type { Atlas } from './render/map-svg.js';
import { renderSite } from './render/render-site.js';
import { compileTemplate, type Template } from './render/template.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { buildTimeline } from './timeline/build-timeline.js';

// The pure pipeline, input files → model → site files, with no file-system access besides
// reading the templates and the atlas. build.ts loads this module only when a build is due,
// so an up-to-date check never pays for the NLP models.

const require = createRequire(import.meta.url);

export interface BuildResult {
  timeline: Timeline;
  summary: BuildSummary;
  files: Map<string, string | Uint8Array>;
  messages: Message[];
  timings: Record<string, number>;
  /** Articles taken from the cache and articles extracted, and by how many workers. */
  cache?: { hits: number; misses: number; workers: number };
}

/** What a build found, in numbers: the report line and the up-to-date record keep these. */
export interface BuildSummary {
  articles: number;
  sources: number;
  people: number;
  places: number;
  organizations: number;
  events: number;
  rounds: number;
  claims: number;
  discrepancies: number;
  offTopic: number;
  pages: number;
}

export function summarize(tl: Timeline, pages: number): BuildSummary {
  const count = (k: string): number => tl.entities.filter((e) => e.kind === k).length;
  return {
    articles: tl.articles.length, sources: new Set(tl.articles.map((a) => a.source)).size,
    people: count('person'), places: count('place'), organizations: count('organization'),
    events: tl.events.length, rounds: tl.rounds.length, claims: tl.claims.length,
    discrepancies: tl.discrepancies.length, offTopic: tl.offTopic.length, pages,
  };
}

/** What rendering needs besides the model: the compiled layout and the map's country shapes. */
export interface SiteAssets {
  layout: Template;
  atlas: Atlas;
  /** Coarser country shapes (1:110m) for the small map on each place's page: thousands of those. */
  placeAtlas: Atlas;
}

/** Reads templates/layout.html and world-atlas's countries once. */
export function loadAssets(root: string): SiteAssets {
  const countriesOf = (file: string): Atlas => {
    const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
    return feature(topology, topology.objects.countries as GeometryCollection) as unknown as Atlas;
  };
  return {
    layout: compileTemplate(readFileSync(join(root, 'templates', 'layout.html'), 'utf8'), 'layout.html'),
    atlas: countriesOf('countries-50m.json'),
    placeAtlas: countriesOf('countries-110m.json'),
  };
}

type SiteConfig = Pick<Config, 'siteTitle' | 'lang' | 'order' | 'baseUrl'> & Partial<Pick<Config, 'description' | 'pages' | 'timezone'>>;

/** The pure pipeline: input files → model → site files. No file-system access. */
export function buildFromFiles(inputs: InputFile[], assets: SiteAssets, config: SiteConfig): BuildResult {
  return buildFromPrepared(inputs.map((input) => prepareArticle(input, config.timezone)), assets, config);
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
  const extracted = time('extract', () => extractArticles(articles.value, parts, config.timezone));
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
    // The data files are the biggest strings of the site: kept as UTF-8 bytes they take half
    // the memory of a JavaScript string holding any non-Latin-1 character.
    site.set('data/timeline.json', timelineJson(timeline));
    site.set('data/timelinejs.json', Buffer.from(timelinejsJson(timeline)));
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
  return { timeline, summary: summarize(timeline, files.size), files, messages, timings };
}

