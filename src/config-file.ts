import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from './config.js';
import { BuildError, type Message } from './messages.js';

/** Keys of storyline.config.json, what each must be, and where it goes in Config. */
const KEYS: Record<string, { check: (v: unknown) => boolean; expected: string; apply: (c: Config, v: any, dir: string) => void }> = {
  title: { check: (v) => typeof v === 'string' && v.trim() !== '', expected: 'a non-empty string', apply: (c, v) => { c.siteTitle = v; } },
  description: { check: (v) => typeof v === 'string', expected: 'a string', apply: (c, v) => { c.description = v; } },
  language: { check: (v) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v), expected: 'a language tag such as "en" or "en-GB"', apply: (c, v) => { c.lang = v; } },
  baseUrl: { check: (v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v), expected: 'an http(s) URL', apply: (c, v) => { c.baseUrl = v.endsWith('/') ? v : `${v}/`; } },
  input: { check: (v) => typeof v === 'string' && v !== '', expected: 'a folder path', apply: (c, v, dir) => { c.input = resolve(dir, v); } },
  output: { check: (v) => typeof v === 'string' && v !== '', expected: 'a folder path', apply: (c, v, dir) => { c.out = resolve(dir, v); } },
  order: { check: (v) => v === 'oldest' || v === 'newest', expected: '"oldest" or "newest"', apply: (c, v) => { c.order = v; } },
  search: { check: (v) => typeof v === 'boolean', expected: 'true or false', apply: (c, v) => { c.search = v; } },
  pages: {
    check: (v) => Array.isArray(v) && v.every((x) => ['sources', 'discrepancies', 'map', 'search', 'feeds'].includes(x as string)),
    expected: 'a list of optional page kinds: "sources", "discrepancies", "map", "search", "feeds"',
    apply: (c, v) => { c.pages = [...new Set(v as NonNullable<Config['pages']>)]; },
  },
  timezone: { check: (v) => typeof v === 'string' && validZone(v), expected: 'an IANA time zone such as "UTC" or "Europe/Lisbon"', apply: (c, v) => { c.timezone = v; } },
};

function validZone(zone: string): boolean {
  try { new Intl.DateTimeFormat('en', { timeZone: zone }); return true; } catch { return false; }
}

/** 1-based line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gave up: "at position N" in some Node versions; in others only a
 * snippet ("Unexpected token 'o', ...\"order\": oldest\"..."), found again in the text.
 */
function errorOffset(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const snippet = /Unexpected token '(.+?)', (?:\.\.\.)?"(?:\.\.\.)?(.*?)(?:\.\.\.)?"(?:\.\.\.)? is not valid JSON/s.exec(message);
  if (snippet) {
    const start = text.indexOf(snippet[2]);
    if (start >= 0) return start + Math.max(0, snippet[2].indexOf(snippet[1]));
  }
  return /Unexpected end/.test(message) ? text.length : 0;
}

/**
 * Reads storyline.config.json (if there is one) into the config. Every problem names the
 * file, line and column; a broken config stops the build before anything is read or written.
 */
export function applyConfigFile(config: Config, path = resolve(config.root, 'storyline.config.json')): Message[] {
  if (!existsSync(path)) return [];
  const file = path.startsWith(config.root) ? path.slice(config.root.length + 1) : path;
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const where = position(text, errorOffset(text, String((err as Error).message)));
    throw new BuildError({ id: 'config/invalid', severity: 'error', file, ...where, detail: String((err as Error).message).split('\n')[0] });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BuildError({ id: 'config/invalid', severity: 'error', file, line: 1, column: 1, detail: 'the file must hold one JSON object' });
  const problems: Message[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const where = position(text, text.indexOf(`"${key}"`));
    const rule = KEYS[key];
    if (!rule) problems.push({ id: 'config/unknown-key', severity: 'error', file, ...where, detail: `${key} (known: ${Object.keys(KEYS).join(', ')})` });
    else if (!rule.check(value)) problems.push({ id: 'config/bad-value', severity: 'error', file, ...where, detail: `${key} must be ${rule.expected}` });
    else rule.apply(config, value, resolve(path, '..'));
  }
  if (problems.length) throw new BuildError(problems[0], problems);
  return [];
}
