import { readFileSync } from 'node:fs';
import type { Timeline } from '../model.js';
import { scoreAgainstGold, type Gold } from './score.js';

/** `npm run eval`: scores the build against a gold file and prints precision, recall, F1 and speed. */
export function runEval(tl: Timeline, goldPath: string | undefined, timings: Record<string, number>, json: boolean): number {
  if (!goldPath) {
    console.error('eval needs --gold FILE (a gold file in the shared seeds.gold.json format)');
    return 2;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const scores = scoreAgainstGold(tl, gold);
  const kb = tl.articles.reduce((n, a) => n + a.sentences.reduce((m, s) => m + s.text.length, 0), 0) / 1024;
  const extractMs = timings.extract ?? 0;
  const throughput = extractMs ? kb / (extractMs / 1000) : 0;
  if (json) console.log(JSON.stringify({ scores, throughputKBps: Math.round(throughput) }, null, 2));
  else {
    console.log('kind            precision  recall  F1     (found/gold, output)');
    for (const [kind, s] of Object.entries(scores)) {
      console.log(`${kind.padEnd(16)}${s.precision.toFixed(3).padEnd(11)}${s.recall.toFixed(3).padEnd(8)}${s.f1.toFixed(3).padEnd(7)}(${s.found}/${s.gold}, ${s.output})`);
    }
    console.log(`extraction throughput: ${throughput.toFixed(0)} KB/s (${kb.toFixed(1)} KB in ${extractMs.toFixed(0)} ms)`);
  }
  return 0;
}
