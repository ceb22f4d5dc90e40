// Workers start plain Node: register tsx's loader, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
