import type { SafeHtml } from './escape.js';

/** One page of the site, before the layout wraps it. */
export interface Page {
  path: string;
  title: string;
  description: string;
  body: SafeHtml;
  /** schema.org object for a JSON-LD block. */
  jsonld?: Record<string, unknown>;
  ogType?: string;
  /** Site-relative scripts (e.g. the search widget): the only scripts a page ever loads. */
  scripts?: string[];
  styles?: string[];
  /** The page runs WebAssembly (pagefind), which the CSP must allow. */
  wasm?: boolean;
}
