import * as chrono from 'chrono-node';
import { NUMERIC_DATE_LINE } from '../clean/boilerplate.js';
import { DATELINE_START, WIRE_STAMP_DATE } from '../clean/clean-article.js';
import type { Block, CleanArticle, IsoDate, PublishedHow } from '../model.js';
import { addDays, afterSince, chronoZone, daysBetween, directionAt, isoOf, noonIn, setForDay } from './dates.js';

export interface PublicationDate {
  date: IsoDate | null;
  how: PublishedHow;
  evidence: string;
  /** The other reading of a stamp such as "11/04/2025" (the 11th of April or the 4th of November). */
  otherReading?: IsoDate;
}

const STAMP_LABEL = /\b(published|posted|first published|date|dated|updated|last updated|modified|last modified)\b\s*(?:on\s+)?:?\s*/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const CALENDAR_TEXT = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\d{4}-\d{2}-\d{2}/;
const DATELINE_STAMP = new RegExp(String.raw`\p{Lu}[\p{L}\p{M} .,'’/-]{1,40}\s*` + WIRE_STAMP_DATE, 'u');
/** A date in a web address: "/2024/03/14/", "/2024-03-14-". */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)/;
/** Blocks at the top of a page where a date stamp may sit… */
const HEAD_BLOCKS = 14;
/** …or, under a long menu, up to the story's first paragraph (this many words or more), at most MAX_HEAD_BLOCKS down. */
const STORY_WORDS = 20;
const MAX_HEAD_BLOCKS = 40;
/** The blocks a stamp may sit in: the first HEAD_BLOCKS, or all before the story's first paragraph. */
function headBlocks(blocks: Block[]): Block[] {
  const story = blocks.findIndex((b, i) => i > 0 && b.text.split(/\s+/).length >= STORY_WORDS);
  return blocks.slice(0, Math.min(MAX_HEAD_BLOCKS, Math.max(HEAD_BLOCKS, story + 1)));
}
/** Longest corpus span (days) in which "on Tuesday" alone still points to one week. */
const WEEKDAY_SPAN_DAYS = 28;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday written out, each found in a text ("said on Monday"). */
const WEEKDAY_NAME = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');

/**
 * The day a chrono result states: as printed when no zone is configured (an outlet's
 * "9:40 p.m. ET, March 3" is the 3rd), else the day that instant was in `zone`.
 */
function dayOf(r: chrono.ParsedResult, zone: string | undefined): IsoDate {
  if (zone) return isoOf(r.start.date(), zone);
  return `${r.start.get('year')}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
}

/** A date with a year, stated after a label such as "Published:" or "date". */
function stampDate(text: string, zone: string | undefined): { date: IsoDate; label: string; otherReading?: IsoDate } | null {
  const label = STAMP_LABEL.exec(text);
  if (!label) return null;
  const rest = text.slice(label.index + label[0].length);
  const iso = ISO_DATE.exec(rest.slice(0, 40));
  if (iso && iso.index < 5) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, label: label[1].toLowerCase() };
  // "Published: 12.03.2024": numbers read as numericDate reads them (chrono reads them month first).
  const numbers = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})\b/.exec(rest);
  const numeric = numbers ? numericDate(numbers[1]) : null;
  if (numeric) return { date: numeric, label: label[1].toLowerCase() };
  // "Posted 11/04/2025": either day may come first. Read month first, as American pages
  // write it, and keep the other reading for the corpus to choose (publicationDates).
  const either = numbers ? bothReadings(numbers[1]) : null;
  if (either) return { date: either[0], label: label[1].toLowerCase(), otherReading: either[1] };
  // The time may come first ("Published 6:42 PM GMT+3, May 6, 2023"): the first full date near the label.
  const r = chrono.parse(rest.slice(0, 60), { instant: new Date(0), timezone: chronoZone(zone ?? 'UTC', new Date(0)) })
    // "Updated 2 hours ago" is relative to the reader, not a day: the year must be written.
    .find((x) => x.index < 24 && x.start.isCertain('year') && x.start.isCertain('day') && /\d{4}/.test(x.text));
  return r ? { date: dayOf(r, zone), label: label[1].toLowerCase() } : null;
}

/**
 * The date an article states about itself: front matter first, then a stamp line
 * near the top ("Published: 12:20 4 March 2022", "date 2022-03-01"). "Published"
 * wins over "Updated".
 */
export function statedPublicationDate(article: CleanArticle, zone?: string): PublicationDate | null {
  if (article.frontMatter.date) return { date: article.frontMatter.date, how: 'front-matter', evidence: 'front matter' };
  // News sites put the day in the address: ".../2024/03/14/port-reopens".
  const inUrl = URL_DATE.exec(article.frontMatter.url ?? '');
  if (inUrl) {
    const date = `${inUrl[1]}-${inUrl[2].padStart(2, '0')}-${inUrl[3].padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(`${date}T12:00:00Z`)) && new Date(`${date}T12:00:00Z`).getUTCDate() === Number(inUrl[3])) return { date, how: 'front-matter', evidence: `front matter url: '${inUrl[0]}'` };
  }
  // Scraped pages put menus and share buttons above the stamp: look a little further down.
  const head: Block[] = headBlocks(article.blocks);
  const stamps = head.map((b) => ({ b, s: stampDate(b.text, zone) })).filter((x) => x.s);
  const best = stamps.find((x) => !/updated|modified/.test(x.s!.label)) ?? stamps[0];
  if (best) return { date: best.s!.date, how: 'stated', evidence: `stated: '${best.b.text.slice(0, 60)}'`, ...(best.s!.otherReading ? { otherReading: best.s!.otherReading } : {}) };
  // A wire dateline near the top: "WASHINGTON | Mon Jun 6, 2011 5:16 pm BST WASHINGTON (Reuters) - …",
  // "GENEVA, Switzerland | Wed Aug 17, 2016". A bar then a full date is a stamp wherever it sits in
  // the first paragraphs (captions and bylines come first). The day is taken as written.
  for (const b of head.slice(1, 5)) {
    const m = DATELINE_STAMP.exec(b.text.slice(0, 400));
    if (!m) continue;
    const r = chrono.parse(m[1], { instant: new Date(0), timezone: 0 })[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('day')) {
      return { date: dayOf(r, undefined), how: 'stated', evidence: `stated: '${m[0].slice(0, 60)}'` };
    }
  }
  // "BRANTBY, 9 June 2025 (Harbour Wire) — …": a story's dateline with its year states the day it was filed.
  for (const b of head.slice(1, 5)) {
    const dateline = DATELINE_START.exec(b.text)?.[0];
    if (!dateline || !/\b(?:19|20)\d{2}\b/.test(dateline)) continue;
    const r = chrono.parse(dateline, { instant: new Date(0), timezone: 0 })[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('day')) return { date: dayOf(r, undefined), how: 'stated', evidence: `stated: dateline '${dateline.trim()}'` };
  }
  // A short unlabelled line under the headline that is a full date ("4 March 2022 | 12:20",
  // "By Jane Roe | March 4, 2022"): pages put the date there without saying so.
  // (Under a long menu, the line is just above the story instead.)
  for (const b of [...head.slice(1, 6), ...head.slice(Math.max(6, head.length - 5))]) {
    if (b.text.length > 90 || /[.!?]["”]?$/.test(b.text)) continue;
    // ("Evening Post | 12 February 2025": chrono reads "Evening" as a time of day first.)
    const r = chrono.parse(b.text, { instant: new Date(0), timezone: chronoZone(zone ?? 'UTC', new Date(0)) }).find((x) => x.start.isCertain('year'));
    if (r && r.start.isCertain('year') && r.start.isCertain('day') && CALENDAR_TEXT.test(r.text)) {
      return { date: dayOf(r, zone), how: 'stated', evidence: `stated: '${b.text.slice(0, 60)}'` };
    }
    const numeric = numericDate(b.text);
    if (numeric) return { date: numeric, how: 'stated', evidence: `stated: '${b.text.slice(0, 60)}'` };
    // "3/4/2025 10:00:00 AM": read month first, as a labelled stamp is, the other reading kept.
    const either = bothReadings(b.text.trim());
    if (either) return { date: either[0], how: 'stated', evidence: `stated: '${b.text.slice(0, 60)}'`, otherReading: either[1] };
  }
  return null;
}

/**
 * A day written in numbers, when only one reading is a date: 14/09 is the 14th of September,
 * 09/14 the same day written the American way; 03/04 with slashes could be either and names no
 * day, but with dots or dashes ("03.04.2024", "03-04-2024") it is written day first, as in Europe.
 */
export function numericDate(text: string): IsoDate | null {
  const m = NUMERIC_DATE_LINE.exec(text.trim());
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const dayFirst = m[2] !== '/';
  const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : a === b || dayFirst ? [a, b] : [0, 0];
  if (!day) return null;
  const iso = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new Date(`${iso}T12:00:00Z`).getUTCDate() === day ? iso : null;
}

/** Both days a slashed date such as "11/04/2025" can be, month first then day first; null when it is only one. */
function bothReadings(text: string): [IsoDate, IsoDate] | null {
  // ("3/4/2025 10:00:00 AM": a time after it changes nothing.)
  const m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:[,\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?$/.exec(text);
  if (!m || m[1] === m[2]) return null;
  const [monthFirst, dayFirst] = [numericDate(`${m[2]}.${m[1]}.${m[3]}`), numericDate(`${m[1]}.${m[2]}.${m[3]}`)];
  return monthFirst && dayFirst ? [monthFirst, dayFirst] : null;
}

/** Calendar dates written in the text ("February 28"), resolved near `anchor`. */
function explicitDates(article: CleanArticle, anchor: IsoDate, zone: string): { date: IsoDate; text: string }[] {
  const ref = noonIn(anchor, zone);
  const out: { date: IsoDate; text: string }[] = [];
  for (const s of article.sentences) {
    if (!CALENDAR_TEXT.test(s.text)) continue;
    for (const r of chrono.parse(s.text, { instant: ref, timezone: chronoZone(zone, ref) })) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month') || !CALENDAR_TEXT.test(r.text)) continue;
      // "since the fighting began on April 15": a date the article looks back to, not its today;
      // "a vote is planned for June 4": one it looks ahead to.
      // ("set sentencing for Jan. 22": the day of a plan, whenever told.)
      if (afterSince(s.text, r.index) || directionAt(s.text, r.index) === 'ahead' || setForDay(s.text.slice(0, r.index))) continue;
      out.push({ date: isoOf(r.start.date(), zone), text: r.text });
    }
  }
  return out;
}

/** Weekday → [mentions, order of first mention]; the lead's weekday wins a tie. */
function weekdayCounts(article: CleanArticle): Map<number, [number, number]> {
  const counts = new Map<number, [number, number]>();
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(WEEKDAY_NAME)) {
      const d = WEEKDAYS.indexOf(m[1]);
      const [n, first] = counts.get(d) ?? [0, counts.size];
      counts.set(d, [n + 1, first]);
    }
  }
  return counts;
}

const distance = (a: IsoDate, b: IsoDate): number => Math.abs(daysBetween(a, b));

/** The year for a dateline's month and day: one whose day is a weekday the lead names, else the nearest to the corpus's dates. */
function datelineYear(date: IsoDate, article: CleanArticle, corpusDates: IsoDate[]): IsoDate {
  const year = Number(date.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}${date.slice(4)}`).filter((d) => new Date(`${d}T12:00:00Z`).getUTCDate() === Number(date.slice(8)));
  const named = new Set(article.sentences.slice(0, 3).flatMap((x) => [...x.text.matchAll(WEEKDAY_NAME)].map((m) => WEEKDAYS.indexOf(m[1]))));
  const near = (d: IsoDate): number => Math.min(...corpusDates.map((c) => distance(d, c)));
  const score = (d: IsoDate): number => (named.has(new Date(`${d}T12:00:00Z`).getUTCDay()) ? 0 : 100_000) + near(d);
  return candidates.sort((a, b) => score(a) - score(b) || (a < b ? -1 : 1))[0] ?? date;
}

/**
 * Infers the date of an article that states none, from the corpus around it:
 * the calendar date it mentions most (told as "today"), else the weekday it mentions
 * most, placed on the day nearest the dates of the other articles.
 */
export function inferPublicationDate(article: CleanArticle, corpusDates: IsoDate[], useWeekdays = true, zone = 'UTC'): PublicationDate {
  const none: PublicationDate = { date: null, how: 'unknown', evidence: 'no date stated and no dated articles to infer from' };
  if (!corpusDates.length) return none;
  const sorted = [...corpusDates].sort();
  const anchor = sorted[Math.floor(sorted.length / 2)];
  // Calendar dates inside the corpus's span (with a margin) count: a story covered for months
  // has articles far from its middle.
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const explicit = explicitDates(article, anchor, zone).filter((d) => d.date >= addDays(first, -60) && d.date <= addDays(last, 60));
  // "OSLO, Mar 3 (Harbour Wire) -": a wire dateline gives the day of filing, if not the year.
  const dateline = article.sentences.slice(0, 3).map((x) => DATELINE_START.exec(x.text)?.[0]).find((d) => d && CALENDAR_TEXT.test(d));
  const filed = dateline ? explicitDates({ ...article, sentences: [{ ...article.sentences[0], text: dateline }] }, anchor, zone)[0] : undefined;
  if (filed && explicit.some((d) => d.date === filed.date)) return { date: filed.date, how: 'inferred', evidence: `inferred: dateline '${dateline!.trim()}'` };
  // Far from the other articles, the dateline's day still holds; its year is the one whose day is
  // a weekday the lead names ("Sept 9 … said on Monday"), else the one nearest the other articles.
  if (filed) return { date: datelineYear(filed.date, article, sorted), how: 'inferred', evidence: `inferred: dateline '${dateline!.trim()}'` };
  if (explicit.length) {
    const counts = new Map<IsoDate, number>();
    for (const d of explicit) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
    const [date] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
    const text = explicit.find((d) => d.date === date)!.text;
    return { date, how: 'inferred', evidence: `inferred: events dated '${text}' told as today` };
  }
  // A weekday alone names a date only in a corpus of a few weeks: over months it is a guess.
  if (!useWeekdays || distance(first, last) > WEEKDAY_SPAN_DAYS) return none;
  const days = [...weekdayCounts(article).entries()].sort((a, b) => b[1][0] - a[1][0] || a[1][1] - b[1][1]);
  if (!days.length) return none;
  const day = days[0][0];
  let best: IsoDate | null = null;
  for (let offset = -14; offset <= 14; offset++) {
    const candidate = addDays(anchor, offset);
    if (new Date(`${candidate}T12:00:00Z`).getUTCDay() !== day) continue;
    const near = Math.min(...sorted.map((d) => distance(candidate, d)));
    if (best === null || near < Math.min(...sorted.map((d) => distance(best!, d)))) best = candidate;
  }
  return best
    ? { date: best, how: 'inferred', evidence: `inferred: '${WEEKDAYS[day]}' told as today, nearest the other articles' dates` }
    : none;
}
