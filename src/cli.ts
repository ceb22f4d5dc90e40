import { build } from './build.js';
import { helpText, parseArgs } from './cli-args.js';
import { runEval } from './eval/run-eval.js';
import { BuildError, formatMessage, type Message } from './messages.js';
import { serveStatic } from './preview.js';
import { startDev } from './dev.js';

/** Prints messages by level: errors always, warnings unless --quiet, info with --verbose. */
function report(messages: Message[], verbose: boolean, quiet: boolean): void {
  for (const m of messages) {
    if (m.severity === 'error' || (m.severity === 'warning' && !quiet) || (m.severity === 'info' && verbose)) console.error(formatMessage(m));
  }
}

/**
 * A one-line progress bar on a terminal, shown only once a build has run for a second;
 * silent in CI, when piped and with --quiet.
 */
function progressBar(silent: boolean): (stage: string, done?: number, total?: number) => void {
  if (silent || !process.stderr.isTTY || process.env.CI) return () => undefined;
  const start = performance.now();
  let shown = false;
  process.once('exit', () => { if (shown) process.stderr.write('\r\x1b[K'); });
  return (stage, done, total) => {
    if (performance.now() - start < 1000) return;
    shown = true;
    const width = 24;
    const bar = total ? `[${'#'.repeat(Math.round(((done ?? 0) / total) * width)).padEnd(width, '.')}] ${done}/${total}` : '';
    process.stderr.write(`\r\x1b[K${stage} ${bar}`);
  };
}

/** The build report: what was found, and where the time went. */
function reportTable(result: Awaited<ReturnType<typeof build>>): string {
  const s = result.summary;
  const rows: [string, number | string][] = [
    ['articles', s.articles], ['sources', s.sources], ['people', s.people],
    ['places', s.places], ['organizations', s.organizations], ['events', s.events], ['rounds', s.rounds],
    ['claims', s.claims], ['discrepancies', s.discrepancies], ['off-topic', s.offTopic],
    ['overrides', result.messages.filter((m) => m.id === 'overrides/applied').length],
    ['warnings', result.messages.filter((m) => m.severity === 'warning').length],
    ...Object.entries(result.timings).map(([k, v]): [string, string] => [`${k} (ms)`, String(Math.round(v))]),
  ];
  return rows.map(([k, v]) => `  ${k.padEnd(16)}${String(v).padStart(8)}`).join('\n');
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), process.cwd());
  } catch (err) {
    if (err instanceof BuildError) {
      for (const m of err.messages.length ? err.messages : [err.report]) console.error(formatMessage(m));
      return 2;
    }
    console.error((err as Error).message);
    return 2;
  }
  const { config } = opts;
  if (opts.command === 'help') { console.log(helpText); return 0; }
  if (opts.command === 'dev') {
    await startDev(config, opts.port);
    return -1;
  }
  if (opts.command === 'preview') {
    serveStatic(config.out, opts.port);
    console.log(`Serving ${config.out} on http://localhost:${opts.port}/ (Ctrl+C to stop)`);
    return -1;
  }
  // eval measures extraction itself: no cache, one thread.
  if (opts.command === 'eval') { config.cache = false; config.workers = 0; }
  try {
    const result = await build(config, progressBar(config.quiet || opts.json));
    report(result.messages, config.verbose, config.quiet);
    const warnings = result.messages.filter((m) => m.severity === 'warning').length;
    const errors = result.messages.filter((m) => m.severity === 'error').length;
    const s = result.summary;
    if (opts.json && opts.command === 'build') {
      // One JSON line for scripts (npm run bench): timings, cache use, peak memory.
      console.log(JSON.stringify({ articles: s.articles, pages: s.pages, upToDate: result.upToDate ?? false, warnings, errors, timings: result.timings, cache: result.cache, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    } else if (!config.quiet) {
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      if (process.stderr.isTTY || config.verbose) console.error(reportTable(result));
      const ms = Object.entries(result.timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ');
      const done = result.upToDate ? `${config.out} is up to date (${s.pages} pages)` : `${s.pages} pages written to ${config.out}`;
      console.error(`${s.articles} articles read, ${done}; ${s.events} events, ${s.rounds} rounds, ${s.discrepancies} discrepancies; ${warnings} warnings, ${errors} errors (${ms})`);
    }
    // eval runs without the cache, so it always has the model.
    if (opts.command === 'eval') return runEval(result.timeline!, opts.gold, result.timings, opts.json);
    if (errors || (config.strict && warnings)) return 1;
    return 0;
  } catch (err) {
    if (err instanceof BuildError) {
      report(err.messages, config.verbose, config.quiet);
      console.error(formatMessage(err.report));
      return err.report.id === 'load/no-input' || err.report.id === 'load/empty-input' ? 2 : 1;
    }
    console.error(formatMessage({ id: 'build/failed', severity: 'error', detail: (err as Error).stack ?? String(err) }));
    return 1;
  }
}

const code = await main();
if (code >= 0) process.exitCode = code;
