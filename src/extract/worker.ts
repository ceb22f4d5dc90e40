import { parentPort } from 'node:worker_threads';
import type { InputFile } from '../load/parse-article.js';
import { prepareArticle } from './prepare.js';

// One worker of the extraction pool: the NLP models load once here, then every message
// is one article to prepare.
parentPort!.on('message', ({ index, input }: { index: number; input: InputFile }) => {
  try {
    parentPort!.postMessage({ index, prepared: prepareArticle(input) });
  } catch (err) {
    parentPort!.postMessage({ index, error: String((err as Error).stack ?? err) });
  }
});
