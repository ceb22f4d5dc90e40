import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../load/parse-article.js';
import { prepareArticle, type Prepared } from './prepare.js';

/** Below this many articles, starting workers (each loads the models, ~1 s) costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 40;

/** How many workers to use: one per core, or none for small jobs. */
export function poolSize(jobs: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, jobs));
  return jobs >= MIN_ARTICLES_FOR_WORKERS ? Math.min(availableParallelism(), jobs) : 0;
}

/**
 * Prepares articles on a pool of worker threads (results in input order, identical to
 * preparing them in this thread), or in this thread when `threads` is 0.
 */
export async function prepareAll(inputs: InputFile[], threads: number, onDone: (done: number) => void = () => undefined, zone?: string): Promise<Prepared[]> {
  if (threads <= 0) return inputs.map((input, i) => { const p = prepareArticle(input, zone); onDone(i + 1); return p; });
  let done = 0;
  const results: Prepared[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const feed = (): void => {
        if (next >= inputs.length) { resolve(); return; }
        const index = next++;
        worker.postMessage({ index, input: inputs[index], zone });
      };
      worker.on('message', (msg: { index: number; prepared?: Prepared; error?: string }) => {
        if (msg.error) { reject(new Error(`${inputs[msg.index].file}: ${msg.error}`)); return; }
        results[msg.index] = msg.prepared!;
        onDone(++done);
        feed();
      });
      worker.on('error', reject);
      feed();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
