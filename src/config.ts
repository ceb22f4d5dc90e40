import { resolve } from 'node:path';

/** Everything a build needs to know; defaults build `seeds/` into `dist/`. */
export interface Config {
  /** Project root: templates/ and public/ are read from here. */
  root: string;
  input: string;
  out: string;
  siteTitle: string;
  /** One-line description of the story, for the home page and meta tags. */
  description: string;
  lang: string;
  order: 'oldest' | 'newest';
  /** Absolute URL the site will live at (for feeds, sitemap.xml, robots.txt), or null. */
  baseUrl: string | null;
  /**
   * IANA time zone in which publication stamps with times are read; unset, a stamp's day is
   * the day it prints (the outlet's own), and day arithmetic runs in UTC.
   */
  timezone?: string;
  /** Optional page kinds to build (all when undefined). */
  pages?: ('sources' | 'discrepancies' | 'map' | 'search' | 'feeds')[];
  /** Build the pagefind search index. */
  search: boolean;
  /** Reuse per-article extraction from `cacheDir` when the file is unchanged. */
  cache: boolean;
  cacheDir: string;
  /** Extraction worker threads; undefined = one per core for large builds. */
  workers?: number;
  verbose: boolean;
  quiet: boolean;
  strict: boolean;
}

/** Defaults for a project rooted at `root`. */
export function defaultConfig(root: string): Config {
  return {
    root,
    input: resolve(root, 'seeds'),
    out: resolve(root, 'dist'),
    siteTitle: 'Storyline',
    description: '',
    lang: 'en',
    order: 'oldest',
    baseUrl: null,
    search: true,
    cache: true,
    cacheDir: process.env.STORYLINE_CACHE_DIR ?? resolve(root, '.cache'),
    verbose: false,
    quiet: false,
    strict: false,
  };
}
