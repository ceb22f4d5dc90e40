import matter from 'gray-matter';
import type { FrontMatter } from '../model.js';
import type { Message } from '../messages.js';

/**
 * Each field under the names other static-site generators and CMS exports give it
 * (Hugo's `publishDate`, Astro's `pubDate`, schema.org's `datePublished`), first found wins.
 */
const ALIASES = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'pubDate', 'pub_date', 'publishDate', 'publish_date', 'publication_date', 'datePublished', 'date_published', 'published_date', 'publishedDate', 'publishedAt', 'published_at', 'created', 'createdAt', 'created_at', 'dateCreated'],
  source: ['source', 'outlet', 'publisher', 'publication', 'site_name', 'siteName', 'site'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'canonicalURL'],
  author: ['author', 'authors', 'byline'],
} as const;
/** Keys other generators use that say nothing Storyline reads: accepted without a warning. */
const IGNORED = ['tags', 'categories', 'description', 'summary', 'lang', 'language', 'slug', 'layout', 'image', 'updated', 'lastmod', 'modified', 'dateModified', 'keywords', 'draft'];
// Keys are matched whatever their case: exports write "Date" and "Title" as often as "date".
const KNOWN = new Set<string>([...Object.values(ALIASES).flat(), ...IGNORED].map((k) => k.toLowerCase()));
const first = (record: Record<string, unknown>, keys: readonly string[]): { key: string; value: unknown } | undefined => {
  const wanted = keys.map((k) => k.toLowerCase());
  const present = Object.keys(record).filter((k) => wanted.includes(k.toLowerCase()) && record[k] !== undefined && record[k] !== null && record[k] !== '');
  const key = present.sort((a, b) => wanted.indexOf(a.toLowerCase()) - wanted.indexOf(b.toLowerCase()))[0];
  return key ? { key, value: record[key] } : undefined;
};

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  body: string;
  /** Lines taken by the front matter block, so body positions map back to the file. */
  bodyLineOffset: number;
  messages: Message[];
}

/** Splits YAML front matter from a Markdown file and validates the known keys. */
export function readFrontMatter(file: string, text: string): FrontMatterResult {
  const messages: Message[] = [];
  let parsed: { data: unknown; content: string };
  try {
    // An empty options object stops gray-matter from caching by content, which would
    // hand back a previous file's result object.
    parsed = matter(text, {});
  } catch (err) {
    const mark = (err as { mark?: { line: number; column: number } }).mark;
    // js-yaml counts from the line after the opening "---"; an error at the end of the
    // stream points past the block, so it is shown on the closing "---".
    const closing = countFrontMatterLines(text) || Infinity;
    messages.push({
      id: 'load/bad-front-matter', severity: 'error', file,
      line: mark ? Math.min(mark.line + 2, closing) : 1, column: mark ? mark.column + 1 : 1,
      detail: String((err as Error).message).split('\n')[0],
    });
    return { frontMatter: { extra: {} }, body: stripFrontMatterBlock(text), bodyLineOffset: countFrontMatterLines(text), messages };
  }
  const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    messages.push({ id: 'load/front-matter-not-mapping', severity: 'warning', file, line: 1, column: 1 });
    return { frontMatter: { extra: {} }, body: parsed.content, bodyLineOffset, messages };
  }
  const record = data as Record<string, unknown>;
  const fm: FrontMatter = { extra: {} };
  for (const [key, value] of Object.entries(record)) {
    if (!KNOWN.has(key.toLowerCase())) {
      fm.extra[key] = value;
      messages.push({ id: 'load/unknown-key', severity: 'warning', file, line: lineOfKey(text, key), column: 1, detail: key });
    }
  }
  // ("source: {name: Harbour Times}", "author: {name: Jane Roe}": schema.org exports nest the name.)
  const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined
    : v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name.trim() || undefined : undefined);
  // "authors: [Jane Roe, John Doe]" is one byline.
  const names = (v: unknown): string | undefined => (Array.isArray(v) ? v.map(str).filter(Boolean).join(', ') || undefined : str(v));
  fm.title = str(first(record, ALIASES.title)?.value);
  fm.source = str(first(record, ALIASES.source)?.value);
  fm.author = names(first(record, ALIASES.author)?.value);
  const urlField = first(record, ALIASES.url);
  const url = str(urlField?.value);
  if (url) {
    if (/^https?:\/\/[^\s]+$/i.test(url)) fm.url = url;
    else messages.push({ id: 'load/bad-url', severity: 'warning', file, line: lineOfKey(text, urlField!.key), column: 1, detail: url });
  }
  const dateField = first(record, ALIASES.date);
  if (dateField) {
    // YAML turns "2023-09-13T23:30:00-05:00" into an instant in UTC (the 14th); the day the
    // outlet wrote is the one on the line.
    const written = dateField.value instanceof Date ? rawValue(text, dateField.key) : undefined;
    const iso = (written && toIsoDate(written)) || toIsoDate(dateField.value);
    if (iso) fm.date = iso;
    else messages.push({ id: 'load/bad-date', severity: 'warning', file, line: lineOfKey(text, dateField.key), column: 1, detail: String(dateField.value) });
  }
  if (record.draft === true) fm.draft = true;
  return { frontMatter: fm, body: parsed.content, bodyLineOffset, messages };
}

/** A YAML date (a Date at UTC midnight) or a date-like string → `YYYY-MM-DD`. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  // "12.03.2024", "12-03-2024": dots and dashes are written day first, as in Europe.
  const dayFirst = /^(\d{1,2})([.-])(\d{1,2})\2(\d{4})$/.exec(value.trim());
  if (dayFirst) return validDate(+dayFirst[4], +dayFirst[3], +dayFirst[1]);
  // "March 14, 2024", "14 March 2024", "Mar. 14 2024": a month by name leaves no doubt. Numbers
  // alone ("03/04/2024") are read differently on each side of the Atlantic: not guessed.
  const named = /^(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})$/.exec(value.trim());
  if (!named) return undefined;
  const month = MONTHS.indexOf((named[2] ?? named[3]).slice(0, 3).toLowerCase()) + 1;
  return month ? validDate(+named[5], month, +(named[1] ?? named[4])) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.toISOString().slice(0, 10) : undefined;
}

/** A top-level key's value as written on its line, quotes dropped. */
function rawValue(text: string, key: string): string | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${key}:`));
  return line?.slice(key.length + 1).trim().replace(/^(['"])(.*)\1$/, '$2') || undefined;
}

function lineOfKey(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : 1;
}

function countFrontMatterLines(text: string): number {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return end > 0 ? end + 1 : 0;
}

function stripFrontMatterBlock(text: string): string {
  return text.split('\n').slice(countFrontMatterLines(text)).join('\n');
}
