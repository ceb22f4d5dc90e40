import * as chrono from 'chrono-node';
import type { DateMention, IsoDate, Sentence } from '../model.js';
import { DATELINE_START } from '../clean/clean-article.js';
import { IRREGULAR_PAST, MONTH, MONTH_ABBREVIATIONS, WEEKDAY } from './lexicon.js';

// "next year's budget" modifies a noun: it tells no tense.
const FUTURE = /\b(will|next(?!\s+\w+['’]s\b)|coming|upcoming|scheduled|due to|expected to|set to|set for|likely to|poised to|plans? to|planned (?:to|for)|slated (?:to|for)|(?:is|are) (?:expected|forecast|predicted)(?: (?:on|for|to))?)\b/i;
/** Where a clause joined by "but", "while", a semicolon or a dash begins: its tense is its own. */
const NEXT_CLAUSE = /,\s+(?:but|while|whereas|although|though)\s|;|\s[—–-]\s/g;
const DAY_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** ", two days after …" following a dated clause: the day of what comes after it. */
const DAYS_AFTER = /(?<=,\s+)(a|one|two|three|four|five|six|seven|[1-9])\s+days?\s+after\b/i;
/** "four days after", "a week since": a day counted from a happening the sentence names, not from a date. */
export const COUNTED_FROM_HAPPENING = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|before|since)$/i;
/** "the next day", "two days later", "a week later": counted from the day named before. */
const DAYS_LATER = /\b(?:(the (?:following|next) day|a day later)|(a|one|two|three|four|five|six|seven|[1-9]) days later|(a week later))\b/i;
const PREVIOUS_DAY = /\b(the (?:previous|preceding) day|the day before|a day earlier|the night before)\b/i;

// chrono compiles its patterns on first use (~0.1 s): pay that when the module loads,
// like the other models, not inside the first article's extraction.
chrono.parse('Monday, February 28, 2022, five days earlier', { instant: new Date(0), timezone: 'UTC' });

/** Cheap test before the expensive parser: only sentences with a date word go to chrono. */
/** Days named by a word alone, as British papers write them: "yesterday", "last night", "this morning". */
const RELATIVE_DAY_WORDS = String.raw`yesterday|today|tonight|ago|earlier|later|this (?:morning|afternoon|evening)|last night`;
export const DATE_CUE = new RegExp(String.raw`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\d{1,4}[-/.]\d{1,2}|\b(${RELATIVE_DAY_WORDS})\b`);
const RELATIVE_DAY = new RegExp(String.raw`\b(${RELATIVE_DAY_WORDS}|before)\b`, 'i');

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day of an instant in a time zone ("UTC" unless the site says otherwise). */
export function isoOf(d: Date, zone = 'UTC'): IsoDate {
  if (zone === 'UTC') return d.toISOString().slice(0, 10);
  if (!dayFormats.has(zone)) dayFormats.set(zone, new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return dayFormats.get(zone)!.format(d);
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at.getTime()) / 60_000;
}

/** Noon of a calendar day in a zone: the reference instant for reading that day's text. */
export function noonIn(iso: IsoDate, zone = 'UTC'): Date {
  const utcNoon = new Date(`${iso}T12:00:00Z`);
  return zone === 'UTC' ? utcNoon : new Date(utcNoon.getTime() - offsetMinutes(zone, utcNoon) * 60_000);
}

/** chrono's zone option: an IANA name, or the offset in minutes for the day in question. */
export const chronoZone = (zone: string, at: Date): string | number => (zone === 'UTC' ? 'UTC' : offsetMinutes(zone, at));
export const addDays = (iso: IsoDate, days: number): IsoDate => isoOf(new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000));
/** Days from one date to another, negative when `to` comes first. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const weekday = (iso: IsoDate): number => new Date(`${iso}T12:00:00Z`).getUTCDay();
/** "Monday last week", "Friday of next week": a weekday placed in the week before or after. */
const WEEKDAY_OF_WEEK = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?(last|next)\s+week\b/i;

/**
 * A chrono result that names a day: a calendar date, a weekday or a relative day
 * ("five days earlier", "yesterday"). Times alone ("1 p.m.") and vague spans
 * ("the coming days") name no day and are skipped.
 */
function namesADay(r: chrono.ParsedResult): boolean {
  const c = r.start;
  // "sat", "wed", "sun" in lower case are words, not weekdays.
  if (!/\d|\p{Lu}/u.test(r.text) && !RELATIVE_DAY.test(r.text)) return false;
  // ("on Monday last week" names its day; "last week" alone does not.)
  if (/\b(week|weekend|month|year)s?\b/i.test(r.text) && !(WEEKDAY_OF_WEEK.test(r.text) && c.isCertain('weekday'))) return false;
  // Durations and spans ("for three hours", "the past five days") are not days.
  if (/\b(hours?|minutes?|seconds?)\b/i.test(r.text) && !/\bago\b/i.test(r.text)) return false;
  if (/\b(past|last|next|coming|previous)\s+\w+\s+days\b/i.test(r.text)) return false;
  // "was jailed for 212 days": how long, not when; so is "after 11 days of clashes", "freed after 40 days".
  if ((/^(?:for|over|within)\s/i.test(r.text) || /^after\s+\S+\s+(?:days?|weeks?|months?|years?|hours?)\b/i.test(r.text)) && !/\b(?:ago|later|earlier|from now)\b/i.test(r.text)) return false;
  return c.isCertain('day') || c.isCertain('weekday') || RELATIVE_DAY.test(r.text);
}

/** "at 6:45 a.m. (1845 GMT Sunday)": the local time given again in another zone, not another day. */
const ZONE_CONVERSION = /\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST)\s+(?:on\s+)?$/;

/** A day without a year up to a month after publication may be a late report or a plan: kept. */
const YEAR_AHEAD_SLACK = 31;

/** "set sentencing for", "postponed the vote to": a day something was set for, which may lie ahead of the setting. */
// (Not a plan gone by: "cancelled the ceremony, which had been scheduled for Sunday".)
const SET_FOR = /(?<!\bhad been\s)\b(?:set|scheduled|slated|fixed|rescheduled|postponed|adjourned|delayed|moved|pushed back|put off)\b(?:(?!\bhad\b)[^.;]){0,40}?\b(?:for|to|until)\s+(?:on\s+)?$/i;
/** "set sentencing for Jan. 22", "had been planned for October 2": the day of a plan, not of its telling. */
export const setForDay = (before: string): boolean => SET_FOR.test(before) || PLANNED_FOR.test(before);
/** "had been planned for", "was scheduled for": the day of a plan, whose year is the nearer one. */
const PLANNED_FOR = /\b(?:planned|scheduled|slated|due)\s+(?:to\s+\p{Ll}+\s+)?(?:for|on)\s+$/iu;
/** "said", "told": a past attribution between a future verb and a weekday dates the saying. */
// (Not a passive to come: "will be announced on Sunday".)
const PAST_SPEECH = /(?<!\b(?:be|being)\s)\b(said|told|announced|stated|added|reported|wrote|tweeted|declared)\b/gi;

const SUBORDINATE = /\b(?:after|before|when|since|because|once)\s+/gi;
const PAST_VERB = new RegExp(`\\b(?:${IRREGULAR_PAST}|left|saw|\\w{3,}ed)\\b`, 'i');
/** A weekday, then (after an adverb at most) a past verb: "on Tuesday approved …". */
const DAY_THEN_PAST_VERB = new RegExp(`^(?:on\\s+)?\\S+(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:\\w+ly\\s+)?${PAST_VERB.source}`, 'i');
const STARTING = /\b(?:starting|beginning|effective|taking effect)\s+(?:on\s+|from\s+)?$/i;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/;
/** Verbs that set something going from a day on: "announced three days of mourning from Monday". */
const DECISION_VERBS = /\b(?:announced|declared|ordered|imposed|decreed|proclaimed|called|approved|agreed|decided|introduced|extended|scheduled|planned)\b/gi;
/** "declared Tuesday a day of …", "named Friday as …": a verb whose object is the day. */
const DECLARED_DAY = /\b(?:declared|declares|declaring|designated|proclaimed|named)\s+$/i;
/** "would": the future of a past saying, so the weekday lies near publication, on either side. */
const WOULD = /\bwould\b/gi;
/**
 * "agreed to resume on Thursday", "invited the unions to talks on Monday": what was settled
 * in the past is done later, so it is near publication too.
 */
/** "announced a plan to", "unveiled its €500m plans to": a plan told in the past, whose day may be the telling's (the noun tells no tense; "plans to" does). */
const PLAN_TOLD = /\b\w{3,}ed\s+(?:(?:a|the|its|their|his|her)\s+)?(?:[^\s,;]+\s+)?plans?\s+to\b/gi;
const INTENDED = new RegExp(String.raw`\b(?:agreed|decided|vowed|pledged|promised|arranged|resolved|undertook|offered|threatened|intended|hoped)\s+to\s+\w+|\b(?:invited|summoned)\s+(?:[\w'’-]+\s+){1,4}?to\s+\w+|${PLAN_TOLD.source}\s+\w+`, 'gi');
/** "was due to end on Monday": a plan told in the past, for a day on either side of publication. */
const WAS_PLANNED = /\b(?:was|were)\s+(?:due|scheduled|expected|set|planned|slated)(?:\s+(?:to|for))?\b/gi;
/** "the men killed on", "the ship seized last": a noun and the past participle describing it, no "be" or "to" before. */
const DONE_TO_NOUN = /\b(?!(?:be|been|being|is|are|was|were|to|will|would|has|have|had)\b)[a-z]+\s+(?!(?:scheduled|planned|expected|slated|set|due|timed|booked|called|needed|proposed|delayed|postponed|moved|rescheduled)\b)(?:[a-z]{3,}ed|held|shot|hit|taken|seized|struck|sunk|stolen|freed|caught)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;
/** "the decision on", "Sunday's vote": a noun for a deed, which the day after it dates. */
const DEED_NOUN_BEFORE = /\b(?:decision|move|vote|announcement|attack|ruling|verdict|statement|speech|raid|visit|resignation|arrest|explosion|crash|release|call|hike|cut|rise|increase|order|remarks|comments|deal|agreement|meeting|talks)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** "the loss of the satellite on ", "the collapse of the bridge late on ": a mishap's noun, what befell, then its day. */
export const MISHAP_OF_BEFORE = /\b(?:loss|death|collapse|destruction|sinking|failure|killing|capture|shooting|bombing|derailment|grounding)\s+of\s+[^,;.]{1,60}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** "had been due to", "had been scheduled for": a plan that lay in the past. */
const PAST_PLAN = /\bhad been\s+(?:due|scheduled|expected|set|planned)(?:\s+(?:to|for))?\b/gi;

/**
 * Which way a date at `at` points from publication: the nearest cue before it decides
 * ("will take effect on Monday, the two governments said on Saturday": Monday ahead,
 * Saturday past; "said they would meet on Monday": whichever Monday is nearer); with no
 * cue before it, the sentence's tense does ("On Monday, talks will open"). A start ("a truce
 * starting on Monday") points to the nearer Monday.
 */
export function directionAt(text: string, at: number): 'ahead' | 'back' | 'nearest' {
  const before = text.slice(0, at);
  // "a truce starting on Monday": when something starts says nothing of the sentence's tense.
  if (STARTING.test(before)) return 'nearest';
  // "set sentencing for Jan. 15", "postponed the vote to Monday": the day a thing was set for may lie
  // ahead of the setting, whatever its tense.
  if (SET_FOR.test(before)) return 'nearest';
  // "a 27% premium to its closing price on Friday": a market's close told as a price is one gone by.
  if (/\b(?:closing|opening)\s+(?:price|level|value)s?\s+(?:on\s+)?$/i.test(before)) return 'back';
  // "cooler weather expected on Thursday", "rain forecast for Friday": what is expected on a day lies near the telling.
  if (/\b(?:expected|forecast|predicted)\s+(?:(?:on|for)\s+)?$/i.test(before)) return 'nearest';
  // The weekday's own clause, and whether it is told in the past (its "the closed road" adjectives left out).
  const ownClause = before.split(/[,;:]|\s(?:and|but|or|then)\s/).pop()!;
  const adjectivesOut = (t: string): string => t.replace(/\b(?:the|a|an|its|their|his|her)\s+\w+ed\b|\w+-\w+/gi, '');
  const verbs = adjectivesOut(ownClause);
  // "signed by the army and the militia in Jeddah late on Saturday": an "and" joining two nouns
  // leaves no verb after it; the verb is the one before it in the comma's clause.
  const commaClause = adjectivesOut(before.split(/[,;:]/).pop()!);
  const toldInPast = PAST_VERB.test(verbs) || /\b(?:was|were)\s+\w+/i.test(verbs) || (!FUTURE.test(commaClause) && PAST_VERB.test(commaClause) && !/\b(?:is|are|will|would|to)\s+\w+/i.test(verbs));
  // "announced three days of mourning from Monday": what was decided starts on the nearer Monday
  // ("soldiers entered the town from Friday" is a deed, and past).
  if (/\bfrom\s+$/i.test(before) && !PAST_VERB.test(verbs.replace(DECISION_VERBS, ''))) return 'nearest';
  // "declared Tuesday a day of national mourning": the day declared, not the day of declaring, is one to come.
  if (DECLARED_DAY.test(before) && /^\S+\s+(?:a|as)\s+(?:national\s+|public\s+)?(?:day|holiday)\b/i.test(text.slice(at))) return 'ahead';
  // "The curfew is in place until Friday": a limit told in the present lies ahead ("stayed shut until Friday" does not).
  if (/\b(?:until|till)\s+(?:on\s+)?$/i.test(before) && !toldInPast) return 'ahead';
  // "threatening to publish the files by Friday", "told to leave by Monday": a deadline for a deed to come lies ahead.
  // ("were ordered to leave by Wednesday", told in the past: the nearer Wednesday.)
  if (/\bby\s+$/i.test(before) && /\bto\s+\p{Ll}{2,}\b/u.test(commaClause) && !/\bhad\b/i.test(commaClause)) return toldInPast ? 'nearest' : 'ahead';
  const lastIn = (s: string, re: RegExp): number => Math.max(-1, ...[...s.matchAll(new RegExp(re.source, 'gi'))].map((m) => m.index!));
  const last = (re: RegExp): number => lastIn(before, re);
  // "had been due to sail on Monday": a plan that belonged to the past; its "due to" is no future.
  const plain = before.replace(new RegExp(`${PAST_PLAN.source}|${WAS_PLANNED.source}|${PLAN_TOLD.source}`, 'gi'), (m) => ' '.repeat(m.length));
  const future = lastIn(plain, FUTURE);
  const would = Math.max(last(WOULD), last(WAS_PLANNED), last(INTENDED));
  const past = Math.max(last(PAST_SPEECH), last(PAST_PLAN));
  // "will meet in a runoff after neither won a majority in Sunday's first round": a clause of its
  // own after the future one, told in the past, points back.
  const sub = last(SUBORDINATE);
  if (sub > future && sub > would && PAST_VERB.test(before.slice(sub)) && !FUTURE.test(before.slice(sub))) return 'back';
  // "promised to rebuild the houses burned on Friday": a participle right before the
  // day describes the noun before it, which is past whatever the sentence plans.
  if (DONE_TO_NOUN.test(before)) return 'back';
  // "The loss of the satellite on Tuesday will leave a gap": a mishap named with its day has happened.
  if (MISHAP_OF_BEFORE.test(before)) return 'back';
  // "Talks to form the next government broke down on Sunday": "next" there describes a noun; the
  // past verb after it tells the weekday's tense.
  if (future >= 0 && /^(?:next|coming|upcoming)$/i.test(FUTURE.exec(plain.slice(future))?.[0] ?? '')) {
    const after = adjectivesOut(plain.slice(future));
    if (PAST_VERB.test(after) && !/\b(?:will|would|shall|to|be|is|are)\s+\w+/i.test(after)) return 'back';
  }
  if (would > future && would > past) return 'nearest';
  if (past > future) return 'back';
  // "were flown home on Thursday and are expected to …": the weekday's own clause, told in the
  // past, decides before any future further on ("the delayed vote on Sunday will …" is no verb).
  if (future < 0 && toldInPast) return 'back';
  // "The authority on Tuesday approved a plan to build …": a past verb right after the day is its deed.
  if (future < 0 && DAY_THEN_PAST_VERB.test(text.slice(at))) return 'back';
  // "lost Saturday's match …, but they will play again": the future of a later clause is not the weekday's.
  const clauseEnd = [...text.matchAll(NEXT_CLAUSE)].find((m) => m.index! > at)?.index ?? text.length;
  // "The bank's decision on Wednesday to raise rates caught analysts off guard and will add …": a
  // day that dates a deed's noun takes the tense of the sentence's first verb after it.
  if (future < 0 && DEED_NOUN_BEFORE.test(before)) {
    const rest = adjectivesOut(text.slice(at, clauseEnd));
    const pastAt = rest.search(PAST_VERB);
    const futureAt = rest.search(FUTURE);
    if (pastAt >= 0 && (futureAt < 0 || pastAt < futureAt)) return 'back';
  }
  return future >= 0 || FUTURE.test(text.slice(at, clauseEnd)) ? 'ahead' : 'back';
}

/**
 * Resolves the dates in one sentence against the publication date. News tells the
 * past: a bare weekday ("invaded on Thursday") means the latest such day on or
 * before publication, unless the sentence speaks of the future.
 */
/**
 * "the toll rose to 10 on Thursday": a count before "on" and a weekday, which chrono would read
 * as the 10th, is blanked out (same length, so offsets hold). Not after a month ("May 10 on …").
 */
const COUNT_BEFORE_WEEKDAY = new RegExp(`(?<!\\b(?:${MONTH})\\.?\\s)\\b\\d{1,2}(?=\\s+on\\s+(?:${WEEKDAY})\\b)`, 'gi');
/** "on the night of Sept. 14", "through the night on Thursday": chrono reads "night" as tonight and drops the day after it; the part of the day goes. */
const MONTH_WRITTEN = `(?:${MONTH}|${MONTH_ABBREVIATIONS})\\b`;
const PART_OF_DAY_OF = new RegExp(`\\b(?:night|evening|morning|afternoon|early hours)\\s+(?:of|on)\\s+(?=${MONTH_WRITTEN}|\\d{1,2}\\s+${MONTH_WRITTEN}|(?:${WEEKDAY})\\b)`, 'gi');
const maskCounts = (text: string): string => text.replace(COUNT_BEFORE_WEEKDAY, (n) => ' '.repeat(n.length)).replace(PART_OF_DAY_OF, (n) => ' '.repeat(n.length));

export function datesInSentence(s: Sentence, published: IsoDate, zone = 'UTC', lastNamed: IsoDate | null = null): DateMention[] {
  const ref = noonIn(published, zone);
  const out: DateMention[] = [];
  const results = DATE_CUE.test(s.text) ? chrono.parse(maskCounts(s.text), { instant: ref, timezone: chronoZone(zone, ref) }) : [];
  // "two days earlier than expected", "a week later than promised": a comparison, no day.
  const compared = (end: number): boolean => /^\s+than\b/.test(s.text.slice(end));
  for (const r of results) {
    if (!namesADay(r) || compared(r.index + r.text.length) || ZONE_CONVERSION.test(s.text.slice(0, r.index))) continue;
    // ("the Meteo-Sat 4 satellite", "Sun-3"): a weekday's short form joined to a word by a hyphen is part of a name.
    if (/[\p{L}\d]-$/u.test(s.text.slice(0, r.index)) && /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b/.test(r.text)) continue;
    // "Two weeks after the dam gave way, …": counted from a happening, not from today
    // (as chrono counts it); DAYS_AFTER below dates it when a day named before anchors it.
    if (COUNTED_FROM_HAPPENING.test(r.text.trim())) continue;
    let date = isoOf(r.start.date(), zone);
    // "12.02.2025": a date written with dots puts the day first wherever it is written so.
    const dotted = DOTTED_DATE.exec(r.text.trim());
    if (dotted) {
      const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      if (month > 12 || day > 31) continue;
      date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
    }
    // chrono gives a day without a year the nearer of its two years; news tells the past, so
    // "the siege began on May 2" in a November article is last May, not next.
    // ("The next launch had been planned for October 2": a plan's day, gone by or not, is the nearer one.)
    const planned = PLANNED_FOR.test(s.text.slice(0, r.index));
    if (!r.start.isCertain('year') && r.start.isCertain('day') && daysBetween(published, date) > YEAR_AHEAD_SLACK && !date.endsWith('-02-29') && !planned && directionAt(s.text, r.index) === 'back') {
      date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}` as IsoDate;
    }
    // "on Monday last week", "Friday of next week": that weekday in the week before or after publication's.
    const ofWeek = WEEKDAY_OF_WEEK.exec(r.text);
    if (ofWeek && !r.start.isCertain('day') && r.start.isCertain('weekday')) {
      const monday = addDays(published, -((weekday(published) + 6) % 7));
      date = addDays(monday, (/^last$/i.test(ofWeek[1]) ? -7 : 7) + ((r.start.get('weekday')! + 6) % 7));
    } else if (!r.start.isCertain('day') && r.start.isCertain('weekday')) {
      // "next Tuesday" and "last Tuesday" say their direction themselves.
      const direction = /^(?:next|this coming)\b/i.test(r.text) ? 'ahead' : /^last\b/i.test(r.text) ? 'back' : directionAt(s.text, r.index);
      while (date > published) date = addDays(date, -7);
      if (direction === 'ahead' && date < published) date = addDays(date, 7);
      // Nearer ahead than back (published Saturday, "would meet on Monday": two days, not five).
      if (direction === 'nearest' && date < published && daysBetween(date, published) > 3) date = addDays(date, 7);
      if (weekday(date) !== r.start.get('weekday')) continue;
    }
    out.push({ text: r.text.replace(/[,;:]+$/, ''), sentence: s.index, offset: r.index, date });
  }
  // chrono counts "two days later" from publication; it counts from the day named before it.
  const later = DAYS_LATER.exec(s.text);
  if (later && !compared(later.index + later[0].length)) {
    const own = out.filter((d) => d.offset + d.text.length <= later.index || d.offset >= later.index + later[0].length);
    out.splice(0, out.length, ...own);
    // "Talks opened on Monday. The next day, the envoys …": a day counted on from the last one named.
    const anchor = own.filter((d) => d.offset < later.index).pop()?.date ?? (own.length ? null : lastNamed);
    const days = later[1] ? 1 : later[3] ? 7 : DAY_WORDS[later[2].toLowerCase()] ?? Number(later[2]);
    if (anchor) out.push({ text: later[0], sentence: s.index, offset: later.index, date: addDays(anchor, days) });
  }
  // "The previous day": before the day this sentence names, else the last one the article named, else publication.
  const prev = PREVIOUS_DAY.exec(s.text);
  // ("the day before yesterday": a day already read whole, not the day before another.)
  const longer = prev ? out.find((d) => d.offset <= prev.index && prev.index < d.offset + d.text.length && d.text.length > prev[0].length) : undefined;
  if (prev && !compared(prev.index + prev[0].length) && !longer) {
    const base = out.length ? out[0].date : lastNamed ?? published;
    out.push({ text: prev[0], sentence: s.index, offset: prev.index, date: addDays(base, -1) });
  }
  // "reached the town on Friday, two days after the bridge fell": the fall was on Wednesday.
  const after = DAYS_AFTER.exec(s.text);
  const anchor = after && out.filter((d) => d.offset < after.index).pop();
  if (after && anchor) out.push({ text: after[0], sentence: s.index, offset: after.index, date: addDays(anchor.date, -(DAY_WORDS[after[1].toLowerCase()] ?? Number(after[1]))) });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Every dated expression in an article. */
export function extractDates(sentences: Sentence[], published: IsoDate | null, zone = 'UTC'): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  // Relative days ("the next day", "the previous day") count from the last day the article named.
  let last: IsoDate | null = null;
  for (const s of sentences) {
    // "SAN JOSE, June 4 (Quay Wire) - …": a dateline's date is when the story was filed, no happening.
    const dateline = DATELINE_START.exec(s.text)?.[0].length ?? 0;
    const own: DateMention[] = datesInSentence(s, published, zone, last).filter((d) => d.offset >= dateline);
    out.push(...own);
    if (own.length) last = own[own.length - 1].date;
  }
  return out;
}


/**
 * Whether the date at `offset` closes a clause that opens with "since" ("since the war began on
 * April 15", "killed since Thursday"): a day the sentence looks back to, not the one it reports.
 */
export const afterSince = (sentence: string, offset: number): boolean => /\bsince\b[^,;.]*$/i.test(sentence.slice(0, offset));
