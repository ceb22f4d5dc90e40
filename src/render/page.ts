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
}
