import { parentPort } from 'node:worker_threads';
import type { InputFile } from '../load/parse-article.js';
import { prepareArticle } from './prepare.js';

// One worker of the extraction pool: the NLP models load once here, then every message
// is one article to prepare.
parentPort!.on('message', ({ index, input, zone }: { index: number; input: InputFile; zone?: string }) => {
  try {
    parentPort!.postMessage({ index, prepared: prepareArticle(input, zone) });
  } catch (err) {
    parentPort!.postMessage({ index, error: String((err as Error).stack ?? err) });
  }
});
