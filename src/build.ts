import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from './clean/clean-article.js';
import type { Config } from './config.js';
import { timelineJson } from './export/timeline-json.js';
import { timelinejsJson } from './export/timelinejs.js';
import { extractArticles } from './extract/extract-articles.js';
import { parseArticle, type InputFile } from './load/parse-article.js';
import { readInputFolder } from './load/read-input.js';
import { BuildError, type Message } from './messages.js';
import type { Timeline } from './model.js';
import { renderSite } from './render/render-site.js';
import { compileTemplate, type Template } from './render/template.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { buildTimeline } from './timeline/build-timeline.js';
import { checkOutputFolder, writeSite } from './write.js';

export interface BuildResult {
  timeline: Timeline;
  files: Map<string, string>;
  messages: Message[];
  timings: Record<string, number>;
}

/** The pure pipeline: input files → model → site files. No file-system access. */
export function buildFromFiles(inputs: InputFile[], layout: Template, config: Pick<Config, 'siteTitle' | 'lang' | 'order'>): BuildResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };
  const messages: Message[] = [];
  const loaded = time('load', () => inputs.map(parseArticle));
  loaded.forEach((l) => messages.push(...l.messages));
  const clean = time('clean', () => loaded.flatMap((l) => (l.article ? [cleanArticle(l.article)] : [])));
  for (const a of clean) {
    for (const r of a.removed) messages.push({ id: 'clean/removed', severity: 'info', file: a.file, line: r.line, detail: `${r.reason}: ${r.text.slice(0, 60)}` });
  }
  const extracted = time('extract', () => extractArticles(clean));
  messages.push(...extracted.messages);
  const resolved = time('resolve', () => resolveEntities(extracted.records));
  for (const w of resolved.warnings) messages.push({ id: 'resolve/uncertain-merge', severity: 'warning', detail: w });
  const timeline = time('timeline', () => buildTimeline(resolved));
  const files = time('render', () => {
    const site = renderSite(timeline, { ...config, layout });
    site.set('data/timeline.json', timelineJson(timeline));
    site.set('data/timelinejs.json', timelinejsJson(timeline));
    return site;
  });
  return { timeline, files, messages, timings };
}

/** Reads the input folder and templates, builds, and swaps the new site into place. */
export function build(config: Config): BuildResult {
  checkOutputFolder(config.out, config.input, config.root);
  const t0 = performance.now();
  const input = readInputFolder(config.input, config.root);
  const readMs = performance.now() - t0;
  const layout = compileTemplate(readFileSync(join(config.root, 'templates', 'layout.html'), 'utf8'), 'layout.html');
  const result = buildFromFiles(input.files, layout, config);
  result.timings.load += readMs;
  result.messages.unshift(...input.messages);
  const warnings = result.messages.filter((m) => m.severity === 'warning').length;
  if (config.strict && warnings) {
    throw new BuildError({ id: 'build/strict', severity: 'error', detail: `${warnings} warnings` }, result.messages);
  }
  const t1 = performance.now();
  writeSite(config.out, result.files, join(config.root, 'public'));
  result.timings.write = performance.now() - t1;
  return result;
}
