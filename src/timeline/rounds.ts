import { withoutDateline } from '../clean/clean-article.js';
import type { IsoDate, Provenance, ResolvedCorpus, Round } from '../model.js';
import { addDays, daysBetween } from '../extract/dates.js';
import { MONTH_NAMES, ORDINAL_WORDS } from '../extract/lexicon.js';
import { delegationsOf, hostOf, recordOf, ROUND_LABEL, topicsOf, venueOf } from './round-details.js';
import { FUTURE, type Statement } from './statements.js';
import { sentenceIndex } from './sentence-index.js';
import { aboutTalks, talksStory, ANNOUNCES_VENUE, HELD, HELD_NOW, NEXT_ROUND, OUTCOME, statedDuration, statedOrdinal, statedOrdinalOn, statedRoundOrdinal, statedStart, TALK } from './talks.js';

export interface RoundsResult {
  rounds: Round[];
  /** Statement indices of each held round, by round number: they form one event. */
  members: Map<number, number[]>;
  /** Future statements that announced each round. */
  announcements: Map<number, number[]>;
}

/** "talks in Lima", "negotiations at the Palais", "the third round began at the embassy": talks given a venue. */
const TALKS_IN_PLACE = /\b(?:talks|negotiations|round)\b[^.;,]{0,30}?\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
/** The headline (sentence 0) and the first sentence of an article: where news of talks is told, if it is the news. */
const LEAD_SENTENCES = 1;

/** "A second round has not been scheduled", "no date has been set": a round still to come. */
const UNSCHEDULED = /\b(?:(?:has|have) not (?:yet )?been (?:scheduled|set|fixed|announced|agreed)|no date (?:has|had) (?:yet )?been (?:set|fixed|agreed|announced)|yet to be (?:scheduled|set|fixed))\b/i;
const DAY_COUNTS: Record<string, number> = { 'a week': 5, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * How many days a round that ended ran: "ended four days of talks", "concluded 3 days of
 * negotiations", "broke off in Lisbon on Friday after five days"; "ended a week of border
 * talks" is a working week, Monday to Friday.
 */
function daysEnded(text: string): number {
  if (STARTED_AND_LASTED.test(text)) return 0;
  const m = /\b(?:ended|concluded|wrapped up|closed)\s+(?:their\s+|the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a week)\s+(?:days\s+)?of\s+(?:[a-z-]+\s+)?(?:talks|negotiations|meetings|discussions)\b/i.exec(text)
    ?? /\b(?:ended|concluded|wrapped up|closed|broke (?:off|up)|adjourned)\b[^.;]{0,100}?\bafter\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b/i.exec(text)
    // "at the end of a third round of talks that lasted three days"
    ?? /\b(?:talks|negotiations|round)\b[^.;]{0,60}?\blasted\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b/i.exec(text);
  return m ? (DAY_COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
}

/** "stalled on Wednesday, its second day", "on the third day of talks": which day of its round the stated one is. */
function dayOfRound(text: string): number {
  const m = /\b(?:its|their|the)\s+(second|third|fourth|fifth|sixth|seventh)\s+day\b(?!\s+of\s+(?!talks|negotiations|the talks|the negotiations|meetings)\w)/i.exec(text);
  return m && TALK.test(text) ? ORDINAL_WORDS[m[1].toLowerCase()] : 0;
}

/**
 * "The first round, on October 20, lasted two days", "opened on Monday and lasted three days":
 * the day named is the first of those days, not the last.
 */
const STARTED_AND_LASTED = /\b(?:talks|negotiations|round|meeting)\b(?:,?\s+(?:which\s+)?(?:opened|began|started)\b)?,?\s+on\s+[^.;]{3,30}?,?\s+(?:and\s+)?lasted\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b/i;
/** "from Nov. 29 to Dec. 17": a span whose first and last days the sentence names. */
const FROM_TO = String.raw`\bfrom\s+[^;,]{3,25}?\s+(?:to|until|through)\s+`;
const MONTH_WORD = `(${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})[a-z]*\\.?`;
/** "February 11-12", "11–12 February": two days of one month, joined by a dash. */
const MONTH_SPAN = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}\\s*[-–]\\s*(\\d{1,2})\\b|\\b\\d{1,2}\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH_WORD}`, 'i');
const DAY_RANGE = new RegExp(`${FROM_TO}\\S|${MONTH_SPAN.source}`, 'i');
const RANGE_END = new RegExp(`${FROM_TO}${MONTH_WORD}\\s+(\\d{1,2})\\b`, 'i');
/**
 * The last day of "from Nov. 29 to Dec. 17" when the first is the round's: the month and day
 * after "to", in the first day's year (or the next, across a new year).
 */
function rangeEnd(text: string, first: IsoDate): IsoDate | null {
  const m = RANGE_END.exec(text);
  const span = m ? null : MONTH_SPAN.exec(text);
  // (A span within one month, "February 11-12": its month and its last day.)
  const [monthName, lastDay] = m ? [m[1], m[2]] : span ? [span[1] ?? span[4], span[2] ?? span[3]] : [null, null];
  if (!monthName || !lastDay) return null;
  const month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === monthName.toLowerCase()) + 1;
  const year = Number(first.slice(0, 4));
  const iso = (y: number): IsoDate => `${y}-${String(month).padStart(2, '0')}-${lastDay.padStart(2, '0')}`;
  return iso(year) > first ? iso(year) : iso(year + 1);
}

/** How many days from its first a round ran, when the sentence dates its first day. */
function daysFromStart(text: string): number {
  const m = STARTED_AND_LASTED.exec(text);
  return m ? (DAY_COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
}

const OPENED = /\b(opened|began|started|kicked off|got under way|resumed|reopened)\b/i;
const CLOSED = /\b(ended|concluded|wrapped up|closed|broke up)\b/i;

/**
 * Held dates grouped into sessions: talks that opened on Monday and ended on Thursday
 * are one round, as are talks on consecutive days; dates whose articles state different
 * round numbers never join.
 */
function sessions(dates: IsoDate[], talksOn: Map<IsoDate, number[]>, statements: Statement[], votesOf: (d: IsoDate) => Map<number, number>): IsoDate[][] {
  const out: IsoDate[][] = [];
  const said = (d: IsoDate, re: RegExp): boolean => (talksOn.get(d) ?? []).some((i) => re.test(statements[i].text));
  for (const date of dates) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    const numbers = (ds: IsoDate[]): Set<number> => new Set(ds.flatMap((d) => [...votesOf(d).keys()]));
    const conflict = current && [...numbers([date])].some((n) => numbers(current).size && !numbers(current).has(n));
    const opened = current?.some((d) => said(d, OPENED));
    const closes = said(date, CLOSED);
    const gap = last ? daysBetween(last, date) : Infinity;
    if (current && !conflict && (gap <= 1 || (gap <= 4 && opened && closes))) current.push(date);
    else out.push([date]);
  }
  return out;
}

/** In a sentence naming several dates, the talks belong to the date written nearest to them. */
function talkStatements(statements: Statement[], corpus: ResolvedCorpus, storyOfTalks: Map<string, boolean>): number[] {
  const out: number[] = [];
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  statements.forEach((st, i) => {
    const talk = aboutTalks(st.text, storyOfTalks.get(st.article));
    if (!talk) return;
    const dates = sentenceIndex(byId.get(st.article)!).dates[st.sentence].map((x) => x.item);
    // A statement cut to one date's clause already names the talks of that date.
    const wholeSentence = byId.get(st.article)!.sentences[st.sentence]?.text === st.text;
    if (wholeSentence && new Set(dates.map((d) => d.date)).size > 1) {
      const nearest = [...dates].sort((a, b) => Math.abs(a.offset - talk.index) - Math.abs(b.offset - talk.index))[0];
      if (nearest.date !== st.date) return;
    }
    out.push(i);
  });
  return out;
}

/**
 * No word of the future but in an indirect question or a closing "with" phrase: "stalled as the
 * sides argued over who would monitor a ceasefire", "began on Monday, with negotiators expected
 * to work through the New Year" tell of the past.
 */
/** "…and ended in the early hours of ", "concluded late on ": the round's end, right before a day. */
const ENDED_ON = /\b(?:ended|concluded|finished|wrapped up|closed)\b[^,;.]{0,40}$/i;
/** The longest a round of talks runs: a later end day than this is another happening. */
const ROUND_DAYS = 14;
/** "agreed in the first round", "since the second round": a numbered round as the time of something else. */
const RECALLED_ROUND = new RegExp(String.raw`\b(?:in|during|since)\s+(?:the|their)\s+(?:${Object.keys(ORDINAL_WORDS).join('|')})\s+(?:round|session)\b`, 'i');
const whollyPast = (st: Statement): boolean => !st.future || !FUTURE.test(st.text.replace(/\b(?:who|whether|how|what|when|where)\s+(?:would|will|could)\b/gi, '').replace(/,\s+with\s+[^,;]*$/i, ''));

/**
 * A statement that reports talks held: a verb of meeting before any word of the future
 * ("ended on Friday …, and agreed to meet again next week" reports Friday's talks;
 * "will be held next week" does not).
 */
function reportsHeld(st: Statement): boolean {
  const held = HELD.exec(st.text);
  if (!held) return false;
  const future = FUTURE.exec(st.text);
  return !st.future || (future !== null && held.index < future.index);
}

/** Where each statement came from, once per sentence: a sentence may both report and announce a round. */
const provenanceOf = (sts: Statement[]): Provenance[] => {
  const seen = new Set<string>();
  return sts.map((st) => ({ article: st.article, sentence: st.sentence }))
    .filter((p) => !seen.has(`${p.article}#${p.sentence}`) && Boolean(seen.add(`${p.article}#${p.sentence}`)));
};

/**
 * The day announcements name for a round still to come ("a fourth round is set for
 * May 9"): a date the sentence itself names, after its article was published, and the
 * one most announcements give; none when they name no day.
 */
function announcedDate(sts: Statement[], published: Map<string, IsoDate>): IsoDate | null {
  const counts = new Map<IsoDate, number>();
  for (const s of sts) if (s.dated && s.date > published.get(s.article)!) counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * "The second round was held in Tarvo in May": a numbered round an article says was held,
 * in a sentence that names no day of it (so no statement dates it), is a held round without a
 * date, unless the story dates that round elsewhere. Its sentences stand in as statements.
 */
function recalledRounds(corpus: ResolvedCorpus, storyOfTalks: Map<string, boolean>, dated: Set<number>): Map<number, Statement[]> {
  const out = new Map<number, Statement[]>();
  for (const r of corpus.articles) {
    const days = new Set(r.dates.map((d) => d.sentence));
    for (const s of r.sentences) {
      if (days.has(s.index) || FUTURE.test(s.text) || !HELD.test(s.text) || !aboutTalks(s.text, storyOfTalks.get(r.id))) continue;
      const n = statedRoundOrdinal(s.text);
      if (n === null || dated.has(n)) continue;
      if (!out.has(n)) out.set(n, []);
      out.get(n)!.push({ article: r.id, sentence: s.index, text: s.text, date: r.published ?? '', dated: false, entities: [], terms: [], future: false, headline: s.text });
    }
  }
  return out;
}

/**
 * Rounds of talks: days on which articles say talks took place (held), numbered by the
 * ordinals they state ("the second phase") or else by order in time; and rounds that
 * articles announce ("the next meeting will take place…") but none reports held (planned).
 */
export function detectRounds(statements: Statement[], corpus: ResolvedCorpus): RoundsResult {
  const storyOfTalks = new Map(corpus.articles.map((a) => [a.id, talksStory(a.sentences)]));
  const talks = talkStatements(statements, corpus, storyOfTalks);
  const published = new Map(corpus.articles.map((a) => [a.id, a.published ?? '9999-12-31']));
  // "The club also held talks with a coach it may hire": talks named once, in passing, deep in a
  // story about something else are no round. A round's articles lead with its talks or come back to
  // them, or say where they were held or how long they lasted ("met after talks in Lima that ran for six hours").
  const talkSentences = new Map(corpus.articles.map((a) => [a.id, a.sentences.filter((x) => TALK.test(x.text)).length]));
  // ("September 22: The first round of talks ends after nine hours": a day gone by, told in the present.)
  const toldNow = (i: number): boolean => statements[i].dated && !statements[i].future && statements[i].date < published.get(statements[i].article)! && HELD_NOW.test(statements[i].text);
  const held = talks.filter((i) => (reportsHeld(statements[i]) || toldNow(i)) && statements[i].date <= published.get(statements[i].article)!);
  const told = (i: number): boolean => statements[i].sentence <= LEAD_SENTENCES || talkSentences.get(statements[i].article)! >= 2
    || statedDuration(statements[i].text) !== null || TALKS_IN_PLACE.test(statements[i].text);
  const heldOnDay = new Map<IsoDate, number[]>();
  for (const i of held) {
    if (!heldOnDay.has(statements[i].date)) heldOnDay.set(statements[i].date, []);
    heldOnDay.get(statements[i].date)!.push(i);
  }
  const heldDates = [...heldOnDay.keys()].sort().filter((date) => {
    const on = heldOnDay.get(date)!;
    return new Set(on.map((i) => `${statements[i].article}:${statements[i].sentence}`)).size >= 2 || on.some(told);
  });
  const members = new Map<number, number[]>();
  const dateOfRound = new Map<number, IsoDate>();
  const used = new Set<number>();
  const talksOn = new Map<IsoDate, number[]>();
  for (const i of talks) {
    if (!talksOn.has(statements[i].date)) talksOn.set(statements[i].date, []);
    talksOn.get(statements[i].date)!.push(i);
  }
  // Numbers only from sentences wholly about the past: "after the first round ended, the second will …" votes for neither.
  const ordinals = new Map<number, number | null>();
  const ordinalOf = (i: number): number | null => {
    // ("prisoner exchanges agreed in the first round had been completed": a round named as the time of
    // something else is recalled, not the day's round.)
    if (!ordinals.has(i)) ordinals.set(i, whollyPast(statements[i]) && (HELD.test(statements[i].text) || toldNow(i)) && !RECALLED_ROUND.test(statements[i].text) ? statedOrdinal(statements[i].text) : null);
    return ordinals.get(i)!;
  };
  const voteCache = new Map<IsoDate, Map<number, number>>();
  const dayVotes = (date: IsoDate): Map<number, number> => {
    if (voteCache.has(date)) return voteCache.get(date)!;
    const votes = new Map<number, number>();
    voteCache.set(date, votes);
    const on = talksOn.get(date) ?? [];
    for (const i of on) {
      const n = ordinalOf(i);
      // "…, when the sixth round ended" in an article whose own dated sentence opens the seventh:
      // a sentence that only inherits the day does not outvote the article's dated one.
      const outvoted = !statements[i].dated && on.some((j) => statements[j].dated && statements[j].article === statements[i].article && ordinalOf(j) !== null && ordinalOf(j) !== n);
      if (n && !outvoted) votes.set(n, (votes.get(n) ?? 0) + 1);
    }
    return votes;
  };
  // A round's statements: the talks of that day, not "a fourth session is planned for …" said on it.
  // Nor an article written before the day, which can only have announced it.
  // A statement's whole sentence and the days it names (a statement may be one clause of it).
  const sentenceOf = (st: Statement): string => recordOf(corpus, st.article).sentences[st.sentence].text;
  const daysIn = (st: Statement) => sentenceIndex(recordOf(corpus, st.article)).dates[st.sentence].map((d) => d.item);
  const ordinalOn = (st: Statement): number | null => statedOrdinalOn(sentenceOf(st), st.date, daysIn(st));
  const heldOn = (round: number) => (d: IsoDate): number[] => (talksOn.get(d) ?? []).filter((i) => {
    if (published.get(statements[i].article)! < d) return false;
    // "…, and the first round had lasted two days": a sentence about another numbered round is that round's.
    const named = ordinalOn(statements[i]);
    return named === null || named === round;
  });
  const endDate = new Map<number, IsoDate>();
  for (const session of sessions(heldDates, talksOn, statements, dayVotes)) {
    const votes = new Map<number, number>();
    for (const date of session) for (const [n, c] of dayVotes(date)) votes.set(n, (votes.get(n) ?? 0) + c);
    // (A tie between a round already placed and a new one goes to the new one: going on needs a majority.)
    const voted = [...votes.entries()].sort((a, b) => b[1] - a[1] || Number(used.has(a[0])) - Number(used.has(b[0])) || a[0] - b[0]).map(([n]) => n);
    // Days that articles call the same round as an earlier session are that round going on
    // ("resumed on Monday" … "the fourth round ended on Friday").
    if (voted.length && used.has(voted[0]) && members.has(voted[0])) {
      const same = voted[0];
      members.set(same, [...members.get(same)!, ...session.flatMap(heldOn(same))].sort((a, b) => a - b));
      endDate.set(same, session[session.length - 1]);
      continue;
    }
    let number = voted.find((n) => !used.has(n));
    if (!number) { number = 1; while (used.has(number)) number++; }
    used.add(number);
    members.set(number, session.flatMap(heldOn(number)).sort((a, b) => a - b));
    dateOfRound.set(number, session[0]);
    if (session.length > 1) endDate.set(number, session[session.length - 1]);
    // "ended four days of talks on Thursday": the round began on the Monday ("stalled on Wednesday,
    // its second day": on the Tuesday). ("had lasted 17 days, from Nov. 29 to Dec. 17" names its days.)
    const ranged = (i: number): boolean => DAY_RANGE.test(sentenceOf(statements[i]));
    // (The whole sentence: "…, which ended in Halden on Friday after three days of negotiations" titles its day by the clause alone.)
    // (A span that opens on the round's day names its first and last: "The second round lasted two
    // days" under a heading "February 11-12" began on the 11th.)
    const spanned = members.get(number)!.some((i) => ranged(i) && daysIn(statements[i]).some((d) => d.date === session[0]));
    const days = session.length === 1 && !spanned ? Math.max(0, ...members.get(number)!.filter((i) => !ranged(i)).map((i) => Math.max(daysEnded(sentenceOf(statements[i])), dayOfRound(statements[i].text)))) : 0;
    if (days > 1) {
      dateOfRound.set(number, addDays(session[0], 1 - days));
      endDate.set(number, session[0]);
    }
    const lasted = session.length === 1 ? Math.max(0, ...members.get(number)!.map((i) => daysFromStart(statements[i].text))) : 0;
    if (lasted > 1) endDate.set(number, addDays(session[0], lasted - 1));
    // "talks that began on Wednesday and ended in the early hours of Friday": a later day the
    // sentence says the round ended on is its last.
    for (const i of members.get(number)!) {
      const text = sentenceOf(statements[i]);
      for (const d of daysIn(statements[i])) {
        if (d.date <= session[0] || daysBetween(session[0], d.date) > ROUND_DAYS || !ENDED_ON.test(text.slice(Math.max(0, d.offset - 50), d.offset))) continue;
        if (d.date > (endDate.get(number) ?? '')) endDate.set(number, d.date);
      }
    }
    // "from Nov. 29 to Dec. 17": a span the sentence names from the round's first day ends on its last.
    for (const i of members.get(number)!.filter(ranged)) {
      if (!daysIn(statements[i]).some((d) => d.date === session[0])) continue;
      const last = rangeEnd(sentenceOf(statements[i]), session[0]);
      if (last && last > (endDate.get(number) ?? '')) endDate.set(number, last);
    }
  }
  const announcements = new Map<number, number[]>();
  for (const i of talks) {
    const st = statements[i];
    // (A day after publication is one to come, whatever the tense: "agree to a third round, to begin on October 23".)
    if (!(st.future || UNSCHEDULED.test(st.text) || (st.dated && st.date > published.get(st.article)!)) || !NEXT_ROUND.test(st.text) || !aboutTalks(st.text, storyOfTalks.get(st.article))) continue;
    const before = [...dateOfRound.entries()].filter(([, d]) => d <= published.get(st.article)!).map(([n]) => n);
    const n = statedOrdinal(st.text) ?? (before.length ? Math.max(...before) + 1 : 1);
    if (!announcements.has(n)) announcements.set(n, []);
    announcements.get(n)!.push(i);
  }
  const recalled = recalledRounds(corpus, storyOfTalks, new Set(members.keys()));
  const numbers = [...new Set([...members.keys(), ...announcements.keys(), ...recalled.keys()])].sort((a, b) => a - b);
  const rounds = numbers.map((number): Round => {
    const reported = (members.get(number) ?? []).map((i) => statements[i]);
    const held = reported.length ? reported : recalled.get(number) ?? [];
    const announcedSts = (announcements.get(number) ?? []).map((i) => statements[i]);
    const sts = held.length ? held : announcedSts;
    const venue = venueOf(held.length ? sts.filter((s) => reportsHeld(s) || ROUND_LABEL.test(s.text.slice(0, s.text.search(/[:—–]/) + 1))) : sts, corpus);
    const venueAnnouncements = announcedSts.filter((s) => ANNOUNCES_VENUE.test(s.text));
    const announcedVenue = held.length && venueAnnouncements.length ? venueOf(venueAnnouncements, corpus, ANNOUNCES_VENUE) : { place: null, placeName: null };
    const durations = sts.map((s) => statedDuration(s.text)).filter((d): d is string => Boolean(d));
    // (Without a dateline's "TARVO, May 9 (Harbour Wire) -": the outcome is what the sentence reports.)
    const outcome = [...new Set(sts.filter((s) => OUTCOME.test(s.text)).map((s) => withoutDateline(s.text)))].slice(0, 2).join(' ');
    const heldIn = held.length ? citiesHeldIn(held.filter(reportsHeld), corpus) : [];
    return {
      number,
      date: dateOfRound.get(number) ?? (held.length ? null : announcedDate(sts, published)),
      ...(endDate.has(number) ? { endDate: endDate.get(number) } : {}),
      status: held.length ? 'held' : 'planned',
      place: venue.place,
      placeName: venue.placeName,
      duration: durations.find((d) => /\d|one|two|three|four|five|six|seven|eight|nine|ten/.test(d)) ?? durations[0] ?? null,
      start: sts.map((s) => statedStart(s.text)).find(Boolean) ?? null,
      announcedPlace: announcedVenue.place !== venue.place ? announcedVenue.place : null,
      announcedPlaceName: announcedVenue.place !== venue.place ? announcedVenue.placeName : null,
      topics: topicsOf(sts),
      outcome,
      delegations: held.length ? delegationsOf(sts, corpus) : {},
      events: [],
      sources: [...new Set(sts.map((st) => st.article))].sort(),
      announcedBy: [...new Set(announcedSts.map((st) => st.article))].sort(),
      host: held.length ? hostOf(sts, corpus) : null,
      provenance: provenanceOf([...sts, ...announcedSts]),
      ...(heldIn.length ? { heldIn } : {}),
    };
  });
  return { rounds, members, announcements };
}

/**
 * "held a second round in Muscat" and "opened in Doha": the cities each article says a round was
 * held in, when they name two or more (a region or a border beside a city is no other account).
 */
function citiesHeldIn(held: Statement[], corpus: ResolvedCorpus): NonNullable<Round['heldIn']> {
  const byArticle = new Map<string, Statement[]>();
  for (const st of held) byArticle.set(st.article, [...(byArticle.get(st.article) ?? []), st]);
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const out: NonNullable<Round['heldIn']> = [];
  for (const [article, sts] of [...byArticle].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const venue = venueOf(sts, corpus);
    const entity = venue.place ? entities.get(venue.place) : undefined;
    if (!entity || entity.placeKind !== 'city') continue;
    // Only a city the sentence puts the talks in ("held a second round of talks in Muscat"), not
    // one named elsewhere in it ("as troops shelled Tarvo").
    const names = [entity.name, ...entity.aliases].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const placed = new RegExp(`\\b(?:talks|round|negotiations|meeting|met|held|opened|began|resumed)\\b[^.;,]{0,40}?\\b(?:in|at)\\s+(?:the\\s+)?(?:${names})\\b`, 'i');
    const at = sts.find((st) => placed.test(st.text));
    if (at) out.push({ place: venue.place!, placeName: venue.placeName!, article, sentence: at.sentence });
  }
  return new Set(out.map((v) => v.place)).size >= 2 ? out : [];
}
