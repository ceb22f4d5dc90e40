import type { ArticleRecord, DateMention, Discrepancy, DiscrepancyValue, Figure, Round } from '../model.js';
import { afterSince, daysBetween } from '../extract/dates.js';
import { GIVEN_BY_VERBS, isMoneyUnit, THE_FIGURE } from '../extract/figures.js';
import { CARDINAL_WORDS } from '../extract/lexicon.js';
import { slugify } from '../load/slug.js';
import { rivalDays } from './date-discrepancies.js';
import { ANNOUNCES_VENUE, HELD, statedDuration, statedRoundOrdinal } from './talks.js';
import { EARLIER_VALUE, FUTURE, type Statement } from './statements.js';

/** Units that convert into one base so "17-mile" and "25-kilometer" compare. */
const TO_BASE: Record<string, [string, number]> = {
  km: ['km', 1], mile: ['km', 1.609344], m: ['km', 0.001],
  'km/h': ['km/h', 1], 'm/s': ['km/h', 3.6], mph: ['km/h', 1.609344], knots: ['km/h', 1.852],
};
const base = (f: Figure): [string, number] => {
  const [unit, factor] = TO_BASE[f.unit] ?? [f.unit, 1];
  return [unit, f.value * factor];
};
/** Head words that name one thing: "a 5% raise" and "pay increases of 4%" are one offer; residents are people. */
const SAME_HEAD: Record<string, string> = {
  increa: 'rise', raise: 'rise', hike: 'rise', decrea: 'cut', reduct: 'cut', reside: 'people', person: 'people',
  // A crowd is counted in people, whatever they did: "a crowd of 40,000", "200,000 attended", "50,000 marched".
  crowd: 'people', attend: 'people', marche: 'people', rally: 'people', rallie: 'people', protes: 'people', demons: 'people',
  // …and a match's or a race's crowd in fans, spectators or supporters.
  fan: 'people', specta: 'people', suppor: 'people',
  // Homes are counted as households, properties or dwellings too.
  househ: 'home', proper: 'home', dwelli: 'home',
  // A project's budget is what it is said to cost.
  budget: 'cost',
  // Fees are payments.
  fee: 'paymen',
  // A takeover's price is the deal's.
  acquis: 'deal', takeov: 'deal', merger: 'deal', purcha: 'deal', buyout: 'deal',
  // Passengers are who a vessel or a vehicle has aboard.
  passen: 'aboard',
  // "15 dead", "20 injured", "200 deaths", "casualties": people, counted by what befell them.
  dead: 'people', killed: 'people', death: 'people', fatali: 'people', casual: 'people', injure: 'people', wounde: 'people', victim: 'people',
};
/** A word's singular, cut to six letters: "votes" and "vote" meet, as do "crashes" and "crash", "casualties" and "casualty". */
// ("dockworkers", "steelworkers": workers.)
const stem = (w: string): string => {
  const s = w.toLowerCase().replace(/^\p{L}+(?=workers?$)/u, '').replace(/ies$|(?<=(?:ss|x|z|ch|sh))es$|(?<!s)s$/, (end) => (end === 'ies' ? 'y' : '')).slice(0, 6);
  return SAME_HEAD[s] ?? s;
};
/** The subject's head word ("Ukrainian civilians" → "civili"), which figures must share to compare. */
const headOf = (subject: string): string => stem(subject.split(/\s+/).filter((w) => /^[a-z]/.test(w)).pop() ?? subject.split(/\s+/).pop() ?? '');
/**
 * Every word of the subject may name what is counted ("people killed", "civilians wounded"),
 * but a capitalised word beside a lower-case one only says whose ("Norrland citizens" and
 * "Norrland diplomats" count different people).
 */
const headsOf = (subject: string): string[] => {
  const words = subject.split(/\s+/).filter(Boolean);
  const common = words.filter((w) => /^[a-z]/.test(w));
  return (common.length ? common : words).map(stem);
};

interface Located {
  figure: Figure;
  article: string;
  sentenceText: string;
  /** The day the figure stands for: the date its sentence names, else the article's. */
  day: string;
  /** Who the sentence says gave the figure ("…, the ministry said"), when it says. */
  speaker: string | null;
  /** The figure's own sentence names its day. */
  dated: boolean;
  /** The sentence tells the quantity changed to this value ("raised its forecast to 2.5 million"). */
  changed: boolean;
  /** An amount that leaked or spilled ("900 tonnes had seeped out"): what it is of is the spill, whatever its subject. */
  spill: boolean;
  /** The first day its article names, up to its publication ("Saturday's final"): what an undated crowd was counted on. */
  firstDay: string | undefined;
  /** The span a rate is told per ("a year", "every day"), when it is one: a cost a day is no rival of a cost a year. */
  period: string | null;
  /**
   * Whose share it is ("the SDU won 36 seats"): for seats, votes and medals, the body or person the
   * clause is about; for a cost, what costs it ("the strike would cost …" is not the deal's cost).
   */
  owner?: string;
  /** Given as a source's own figure against others ("the ministry put the toll at three"). */
  rival: boolean;
}

// ("40 ships a year ago": a time, not a rate.)
// ("400 millisieverts per hour", "40 people a day": the span may follow the counted word.)
const PERIOD_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:(?:a|an|per|each|every)\s+(day|week|month|year|hour|head|person|capita)\b(?!\s+(?:ago|earlier|later|before|after)\b)|(daily|weekly|monthly|annually|yearly|annual)\b)/iu;
const PERIOD_BEFORE = /\b(?:every|each|per)\s+(day|week|month|year)\b(?=[^.;]*$)/i;
const PERIOD_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', annual: 'year', person: 'head', capita: 'head' };
/**
 * "costs 90 million kroner every day", "would cost 120 million kroner a year": the span a rate
 * is told per, right after the figure, or opening its clause ("Every day the port is shut costs …").
 */
// (A rate in per cent is yearly unless it says not: "a 2 percent annual rate" and "a 1 percent growth rate" rival.)
function periodOf(sentence: string, figure: Figure, at: number): string | null {
  if (figure.unit === 'percent') return null;
  const after = PERIOD_AFTER.exec(sentence.slice(at + figure.text.length));
  const clauseStart = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1;
  const word = (after?.[1] ?? after?.[2] ?? PERIOD_BEFORE.exec(sentence.slice(clauseStart, at))?.[1])?.toLowerCase();
  return word ? PERIOD_WORD[word] ?? word : null;
}

/** Units rain and snow are measured in: an amount that builds up over the span it is told for. */
const ACCUMULATED = /^(?:millimet(?:re|er)s?|mm|centimet(?:re|er)s?|cm|inch(?:es)?)$/i;
/** "in 48 hours", "over two days", "since Sunday": the span an amount built up over, right after it. */
const SPAN_AFTER = /^[^.;,]{0,60}?\b(?:(?:in|over|during|within)\s+(?:the\s+(?:past|last|previous)\s+)?((?:\d+|a|an|one|two|three|four|five|six|seven|ten|twelve|24|48|72)\s+(?:hours?|days?|weeks?))|since\s+(\p{L}+))\b/iu;
/** The span an accumulated amount ("420mm of rain in 48 hours") is told for: amounts over different spans are different quantities. */
function spanOf(sentence: string, figure: Figure): string | null {
  if (!ACCUMULATED.test(figure.unit) && !ACCUMULATED.test(figure.subject)) return null;
  const m = SPAN_AFTER.exec(sentence.slice(figureAt(sentence, figure) + figure.text.length));
  return m ? (m[1] ?? `since ${m[2]}`).toLowerCase() : null;
}

/** What contestants each win a share of: "36 seats", "1.2 million votes", "12 medals". */
const CONTESTED = /^(?:seats?|votes?|mandates?|delegates?|medals?|golds?)$/;
/** "the two-day strike would cost the airline ", "the deal will cost about ": the noun that costs, before the verb. */
const COSTED_BY = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{L}-]+)\s+(?:(?:would|will|could|may|might|did|does|has|had|is expected to|was expected to)\s+)?cost(?:s|ing)?\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+)?(?:(?:about|around|some|nearly|almost|up to|more than|at least|an estimated)\s+)?$/u;
/** "…, the commission said": a name followed by its saying is the source, not the owner. */
const SAYS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:said|says|told|reported|announced|confirmed|estimated|projected)\b/;

/** An article's mentions by sentence, with their indexes: built once per article, when a figure asks. */
const mentionsBySentence = new WeakMap<ArticleRecord, Map<number, { m: ArticleRecord['mentions'][number]; k: number }[]>>();
function mentionsIn(r: ArticleRecord, sentence: number): { m: ArticleRecord['mentions'][number]; k: number }[] {
  let map = mentionsBySentence.get(r);
  if (!map) {
    map = new Map();
    r.mentions.forEach((m, k) => { if (!map!.has(m.sentence)) map!.set(m.sentence, []); map!.get(m.sentence)!.push({ m, k }); });
    mentionsBySentence.set(r, map);
  }
  return map.get(sentence) ?? [];
}

/**
 * The first body or person named in the figure's clause before it that is not saying it, its
 * subject: "the SDU had 34.5% of the vote and 37 of the 90 seats" is the SDU's, "Jane Roe of the
 * Harlow Party won 58% of the vote" Jane Roe's. An entity id where resolved.
 */
function ownerBefore(r: ArticleRecord, ids: (string | null)[] | undefined, sentenceText: string, sentence: number, at: number): string | undefined {
  const from = sentenceText.lastIndexOf(';', at) + 1;
  const candidates = mentionsIn(r, sentence).filter(({ m }) => m.offset >= from && m.offset < at && (m.kind === 'organization' || m.kind === 'person')
    && !SAYS_AFTER.test(sentenceText.slice(m.offset + m.text.length)) && !/according to\s+(?:the\s+)?$/i.test(sentenceText.slice(0, m.offset)));
  const chosen = candidates[0];
  return chosen ? ids?.[chosen.k] ?? chosen.m.text : undefined;
}

/** Units of an amount of matter, which can leak or spill. */
const AMOUNT_UNITS = new Set(['barrels', 'barrel', 'tonnes', 'tonne', 'tons', 'ton']);
const SPILLED = /\b(?:spill(?:ed|t|s|ing|age)?|leak(?:ed|s|ing|age)?|escaped|seeped|gushed)\b/i;
/** The clause around a figure, as far as the nearest comma, semicolon or OUTCOME_REACH. */
function clauseAround(sentence: string, figure: Figure): [string, string] {
  const at = figureAt(sentence, figure);
  // ("killing at least nine people and damaging hundreds of homes": "and" before a participle opens the next deed.)
  const after = sentence.slice(at + figure.text.length, at + figure.text.length + OUTCOME_REACH).split(/[,;]|\s+and\s+(?=\p{Ll}+ing\b)/u)[0];
  const before = sentence.slice(Math.max(0, at - OUTCOME_REACH / 2), at).split(/[,;]/).pop() ?? '';
  return [before, after];
}

/**
 * Sources named by their kind that no earlier name stands for ("the company" may be the one just named).
 * Narrower than the speakers quotes accept by trade: "residents said" and "witnesses said" in one
 * article often count different things, and do not make its figures rival accounts.
 */
const KIND_SOURCES = /^(?:government|authorities|police|army|military|organi[sz]ers|activists|rescuers|medics|doctors|health officials|hospital officials|local officials|officials)$/i;
/** Words of a subject that counts the dead and no one in particular: "death toll", "people killed". */
const GENERIC_DEAD = /^(?:toll|death|deaths|dead|people|persons|killed|fatalities)$/i;
/** "…, far less than government estimates", "more than twice the official figure": a value told against the others. */
const SET_AGAINST_OTHERS = /^[^.;]{0,50}?\b(?:less|fewer|more|higher|lower|smaller|larger|greater)\s+than\s+(?:the\s+)?(?:official|government|earlier|previous|police|other)\s+(?:estimates?|figures?|counts?|tolls?|reports?)\b/i;
/** "…, while the ministry put the number at 250": a second source set against the first in one sentence. */
const CONTRAST_SOURCE = /[,;]\s+(?:while|whereas|but)\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:put|puts|said|says|estimated|estimates|gave|gives|reported|reports|counted|counts)\b/u;
/** "The Herald had reported a figure of", "Police gave a lower estimate of": a source naming its own figure. */
// ("Organisers from the Velmar Workers' Federation put the crowd at 50,000": a crowd or a turnout too.)
// ("The health ministry, now run by the army, put the toll at three": an aside may follow the source.)
const GAVE_FIGURE = /^(?:the\s+)?([\p{L}'’ -]{2,60}?)(?:,[^,]{2,60},)?\s+(?:had\s+|has\s+)?(?:reported|gave|given|put|cited|estimated)\s+(?:a|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:figure|number|estimate|count|tally|toll|crowd|turnout|attendance)\s+(?:of|at)\s/iu;
/** "the 120 reported by police": a number told as another source's, and that source. */
const GIVEN_BY_SOURCE = new RegExp(String.raw`^[\d,.]+\s+(?:${GIVEN_BY_VERBS})\s+by\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)(?=[,;.]|$)`, 'u');
/** "The company said 252 miners …": the source that opens the sentence. */
const OPENING_SOURCE = /^(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:said|says|estimated|estimates|reported|reports|counted|counts)\b/iu;

/** Who gives the figure at `at` when the sentence sets two sources against each other, else null. */
function contrastedSource(sentence: string, at: number): string | null {
  // ("… with more than 150 aboard, far above the 120 reported by police": the source after its number.)
  const givenBy = GIVEN_BY_SOURCE.exec(sentence.slice(at));
  if (givenBy) return givenBy[1].toLowerCase();
  const contrast = CONTRAST_SOURCE.exec(sentence);
  // ("The Herald had reported a figure of more than 60,000 kronor": the source that gave the figure.)
  const gave = GAVE_FIGURE.exec(sentence);
  if (!contrast) return gave && at >= gave[0].length ? gave[1].toLowerCase() : null;
  return (at > contrast.index ? contrast[1] : gave?.[1] ?? OPENING_SOURCE.exec(sentence)?.[1])?.toLowerCase() ?? null;
}

const INCREMENT_SUBJECT = /^(?:extra|additional|more|further)\s/i;
const INCREMENT_BEFORE = /\b(?:adding|added|adds|an additional|another|a further|an extra)\s+$/i;
/** "41.3C recorded in 2003", "a peak reached in 2019": the year a value belongs to, right after it (read from the figure on). */
const SET_IN_YEAR = /^\S+[^,;]{0,30}?\b(?:set|recorded|reached|measured|registered|seen)\s+in\s+((?:19|20)\d{2})\b/;
/** "Last year, …", "A year ago, …", "In 2019, …": an opening that sets the whole sentence in a past year (captured if written). */
const PAST_OPENING = /^(?:last year|a year (?:ago|earlier)|in the previous year|in ((?:19|20)\d{2}))\s*,/i;
/** "expanded a recall … to", "raised its forecast to", "the bounty rose to": a new value, not a rival account of the old one. */
const CHANGED_TO = /\b(?:expand(?:ed|s|ing)?|widen(?:ed|s|ing)?|rais(?:ed|es|ing)|rose|rises|risen|climbed|grew|doubled|fell|dropped|increas(?:ed|es|ing)|cut(?:s|ting)?|lower(?:ed|s|ing)?|reduc(?:ed|es|ing)|revis(?:ed|es|ing)|extend(?:ed|s|ing)?|narrow(?:ed|s|ing)?|bring(?:s|ing)?|brought|push(?:ed|es|ing)?|tak(?:ing|es)|took)\b(?:[^.;]|\.(?=\d)){0,60}?\bto\s+(?:(?:about|around|some|nearly|almost|more than|over|at least)\s+)?$/i;

/**
 * "expects the rate to peak at", "forecast that prices would climb to 7 percent from 5
 * percent": a sentence that foresees values, before them, gives no account of any value now.
 */
// ("raised its earnings forecast … after profit climbed 39%": the noun names no value foreseen.)
// ("the toll could reach 18,000": what may yet be, not an account of what is.)
const FORECAST_BEFORE = /\b(?:could|might|may|would|will)\s+(?:(?:eventually|soon|even|well|ultimately)\s+)?(?:reach|rise to|climb to|exceed|top|hit|surpass|pass)\s+(?:(?:about|around|as many as|more than|over|some|nearly)\s+)?$|\b(?:expects?|expected|expecting|anticipates?|anticipated|sees)\b[^.;]{0,60}?\bto\s+\p{L}+|\b(?:predicts?|predicted|predicting|projected|projecting)\b|(?<!\b(?:its|their|the|a|an|earnings|annual|profit|growth|sales|revenue|economic)\s+)\bforecast(?:s|ing)?\b(?=\s+(?:that\b|[^.;]{0,40}?\b(?:at|to|would|will)\b))/iu;
/** "Nineteen died, two more than the toll given on Saturday", "42 cases, up from 30": a value said to have changed, told after it. */
// (A decimal point is no sentence's end: "2.6 million, …, up from 2.3 million".)
const UPDATED_AFTER = /^(?:[^.;]|\.(?=\d)){0,200}?\b(?:(?:more|fewer|higher|lower) than (?:in )?the (?:previous |earlier |last |latest |preliminary |initial |first )?(?:toll|figure|count|number|tally|results?)|(?:up|down) from)\b/i;

/**
 * Figures that outlets give differently for the same subject and unit, compared in one
 * base unit; only values of one order of magnitude are taken as the same quantity.
 */
/** "… of ballots counted", "… of precincts reporting": the share of a count done so far ("59.4% of the votes counted" is a share of the vote). */
const COUNT_PROGRESS = /^\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ballots|precincts|polling stations|stations|voting machines|tally sheets|returns|districts|constituencies)\s+(?:(?:had\s+|have\s+)?(?:been\s+)?(?:counted|processed|tallied|reporting|reported|verified|in)\b)/iu;

/** "fell 6.2% in early trading", "at one point": a price's move part-way through a day, no rival of where it closed. */
const INTRADAY = /\b(?:in (?:early|morning|midday|afternoon|late|after-hours|pre-market|premarket) (?:trading|trade|deals|dealings)|at one point|intraday|earlier in the (?:day|session)|at the (?:open|opening bell)|shortly after (?:the )?(?:open|opening))\b/i;

function figureDiscrepancies(records: ArticleRecord[], mentionEntity: Record<string, (string | null)[]> = {}): Discrepancy[] {
  // Ages ("a 12-year-old girl") and elapsed time ("four years ago") describe different people
  // and moments in every article: never rival values.
  // Nor do directions ("12 miles north") or comparisons in time ("a 15-month high", "last year"):
  // they say where or when, not how many of what.
  // And "a 15-nation council" describes the council; it does not count it.
  const spilled = (f: Figure, sentence: string): boolean => AMOUNT_UNITS.has(f.unit.toLowerCase()) && clauseAround(sentence, f).some((t) => SPILLED.test(t));
  // ("with 80% of ballots counted": how far a count has got, which grows by the hour, rivals nothing.)
  const progress = (f: Figure, sentence: string): boolean => COUNT_PROGRESS.test(sentence.slice(figureAt(sentence, f) + f.text.replace(/\s+%$/, '').length));
  const intraday = (f: Figure, sentence: string): boolean => clauseAround(sentence, f).some((t) => INTRADAY.test(t));
  const comparable = (f: Figure, sentence: string): boolean => !progress(f, sentence) && !intraday(f, sentence) && (spilled(f, sentence) || (f.subject?.length ?? 0) >= 3 && !f.whole && !f.part && !/^-?olds?\b|^ago\b/i.test(f.subject!) && !NOT_A_SUBJECT.test(headOf(f.subject))
    && !(/\d-\p{L}/u.test(f.text) && !f.unit));
  const all: Located[] = records.flatMap((r) => {
    const datesOf = new Map<number, DateMention[]>();
    // A count "since Thursday" is a count as of the article's day, not of Thursday: a running
    // total its article dates as surely as a named day would.
    // Nor is a count in "the lockout, which began on May 2, idled 900 dockers" a count of May 2.
    const running = new Set<number>();
    for (const d of r.dates) {
      const since = afterSince(r.sentences[d.sentence].text, d.offset);
      if (since) running.add(d.sentence);
      // ("grew to 124, up from 90 last Friday": Friday is the earlier value's day, not the count's.)
      if (since || ONSET.test(r.sentences[d.sentence].text.slice(0, d.offset)) || EARLIER_VALUE.test(r.sentences[d.sentence].text.slice(0, d.offset))) continue;
      if (!datesOf.has(d.sentence)) datesOf.set(d.sentence, []);
      datesOf.get(d.sentence)!.push(d);
    }
    const speakerOf = new Map<number, string>();
    // Only named sources ("Police", "the Department of Health"): "the company" may be the one named before.
    for (const q of r.quotes) {
      const named = q.speakerName?.replace(/^the\s+/i, '');
      // ("according to the government", "police said": sources news names by their kind stand apart too.)
      if (named && (/^\p{Lu}/u.test(named) || KIND_SOURCES.test(named)) && !speakerOf.has(q.sentence)) speakerOf.set(q.sentence, named.toLowerCase());
    }
    // "Energy Minister Jane Roe said" and later "Roe said": one source, named in full once.
    const fullNames = [...new Set(speakerOf.values())];
    for (const [k, name] of speakerOf) speakerOf.set(k, fullNames.find((full) => full.endsWith(` ${name}`)) ?? name);
    // "adding 9,000 homes", "another 40 cases": an increment, not an account of the total.
    // ("80 extra firefighters", "200 more troops": so too when the word follows the number.)
    const increment = (f: Figure): boolean => INCREMENT_BEFORE.test(r.sentences[f.sentence].text.slice(0, figureAt(r.sentences[f.sentence].text, f))) || INCREMENT_SUBJECT.test(f.subject);
    // "topping the old mark of 41.3C recorded in 2003": a value of a past year, not an account of this one.
    const pastYear = (f: Figure): boolean => {
      const text = r.sentences[f.sentence].text;
      const year = SET_IN_YEAR.exec(text.slice(figureAt(text, f)))?.[1] ?? PAST_OPENING.exec(text)?.[1];
      // "Last year, a fire burned 5,000 hectares": the sentence is set in a year gone.
      if (PAST_OPENING.test(text) && !year) return true;
      return Boolean(year && r.published && year < r.published.slice(0, 4));
    };
    const firstDay = r.dates.find((d) => !r.published || d.date <= r.published)?.date;
    // "expects the rate to peak at 7.25 per cent": a forecast, not an account of the value now.
    const forecast = (f: Figure): boolean => {
      const text = r.sentences[f.sentence].text;
      const at = figureAt(text, f);
      return FORECAST_BEFORE.test(text.slice(Math.max(0, at - 150), at));
    };
    const located = r.figures.filter((f) => comparable(f, r.sentences[f.sentence].text) && !increment(f) && !pastYear(f) && !forecast(f)).map((figure): Located => {
      const sentenceText = r.sentences[figure.sentence].text;
      // "docked on Friday, two days after the agency counted 48 cases": the date named
      // last before the figure is its day, else the sentence's first.
      const at = figureAt(sentenceText, figure);
      const contrasted = contrastedSource(sentenceText, at);
      const changed = CHANGED_TO.test(sentenceText.slice(Math.max(0, at - 80), at)) || UPDATED_AFTER.test(sentenceText.slice(at)) || NOW_AFTER.test(sentenceText.slice(at + figure.text.length));
      // "The toll from Friday's quake rose to 2,012 on Saturday": a value said to have changed
      // changed on the day the sentence names for it, not on the day of what is counted.
      const named = datesOf.get(figure.sentence) ?? [];
      const counted = changed ? named.filter((d) => !/^['’]s\b/.test(sentenceText.slice(d.offset + d.text.length))) : named;
      const dates = counted.length ? counted : named;
      // "…visited on Thursday the injured of the crush that killed six people in Tarvo on Wednesday": a
      // day in the figure's own clause (between commas) comes first, then the last before it.
      const clauseStart = Math.max(sentenceText.lastIndexOf(',', at), sentenceText.lastIndexOf(';', at)) + 1;
      const clauseEnd = sentenceText.slice(at).search(/[,;]/);
      const inClause = dates.filter((d) => d.offset >= clauseStart && (clauseEnd < 0 || d.offset < at + clauseEnd));
      const day = (inClause.length ? inClause : dates).filter((d) => d.offset <= at).pop() ?? inClause[0] ?? dates[0];
      return { figure, article: r.id, sentenceText, day: day?.date ?? r.published ?? '', dated: Boolean(day) || running.has(figure.sentence), speaker: contrasted ?? speakerOf.get(figure.sentence) ?? null, rival: contrasted !== null, changed, spill: spilled(figure, sentenceText), firstDay,
        owner: CONTESTED.test(headOf(figure.subject)) ? ownerBefore(r, mentionEntity[r.id], sentenceText, figure.sentence, at) : COSTED_BY.exec(sentenceText.slice(Math.max(0, at - 80), at))?.[1].toLowerCase(), period: periodOf(sentenceText, figure, at) };
    });
    // ("Quake kills at least 9" over "…struck on Monday, killing at least nine people": an undated
    // headline's value is of the day its text gives the same value.)
    const headline = r.sentences[0]?.text === r.title ? 0 : -1;
    return located.map((x) => {
      if (x.figure.sentence !== headline || x.dated) return x;
      const told = located.find((y) => y.figure.sentence !== headline && base(y.figure)[1] === base(x.figure)[1] && base(y.figure)[0] === base(x.figure)[0]);
      return told ? { ...x, day: told.day, dated: told.dated } : x;
    });
  });
  const groups = new Map<string, Located[]>();
  for (const x of all) {
    const outcome = x.spill ? null : outcomeOf(x);
    // ("the death toll", "the toll", "the number of people killed": one count of the dead, told three ways.)
    const ofTheDead = outcome === 'dead' && x.figure.subject.split(/\s+/).every((w) => GENERIC_DEAD.test(w)) ? ['dead'] : [];
    for (const head of x.spill ? ['spill'] : new Set([headOf(x.figure.subject), ...headsOf(x.figure.subject), ...ofTheDead])) {
      const span = spanOf(x.sentenceText, x.figure);
      const key = `${base(x.figure)[0]}${x.period ? `/${x.period}` : ''}${span ? `/${span}` : ''}|${head}${outcome ? `|${outcome}` : ''}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(x);
    }
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const [key, group] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const tally = TALLIES.has(key.split('|')[2] ?? '');
    // A crowd is counted on the day it gathers: split by day first, so that police and organisers
    // of one rally meet, and two rallies' crowds do not.
    const rivals = byOwner(group).flatMap((owned) => (key.endsWith('|crowd') ? sameDay(owned).flatMap(magnitudeBands) : magnitudeBands(owned).flatMap((band) => rivalWindows(band, tally))));
    for (const found of rivals.flatMap(byStance)) {
      // Rival accounts come from two outlets, or from two sources one article quotes
      // ("40 were detained, police said … organisers said 55"): in one article, only its named sources rival.
      // "Thousands feared dead" beside "more than 5,300" and "at least 6,000": where counts
      // rival, a round guess adds nothing to them.
      const precise = found.filter((x) => !VAGUE.test(x.figure.text));
      const counted = new Set(precise.map((x) => base(x.figure)[1])).size >= 2 ? precise : found;
      // (An article giving one value twice, in its headline and its lead, gives it once.)
      // (The one naming its source stands for both.)
      const once = counted.filter((x, i) => {
        const same = counted.filter((o) => o.article === x.article && base(o.figure)[1] === base(x.figure)[1]);
        return (same.find((o) => o.speaker) ?? same[0]) === counted[i];
      });
      // (…unless a sourced value is set against the others: "1,200 tonnes had leaked, far less than government estimates".)
      const setAgainst = once.some((x) => x.speaker && SET_AGAINST_OTHERS.test(x.sentenceText.slice(figureAt(x.sentenceText, x.figure) + x.figure.text.length)));
      const xs = new Set(once.map((x) => x.article)).size >= 2 ? nearestOfEachArticle(once) : setAgainst ? once : once.filter((x) => x.speaker);
      const sources = new Set(xs.map((x) => x.article)).size >= 2 || new Set(xs.map((x) => x.speaker)).size >= 2;
      if (!sources || new Set(xs.map((x) => base(x.figure)[1])).size < 2) continue;
      const signature = xs.map((x) => `${x.article}:${x.figure.sentence}:${x.figure.text}`).sort().join('|');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const [unit] = base(xs[0].figure);
      const subject = xs[0].spill ? 'amount spilled' : xs[0].figure.subject;
      out.push({
        id: `figure-${slugify(key.split('|')[1] || subject)}-${out.length + 1}`,
        topic: `${subject}${unit ? ` (${unit})` : ''}`,
        values: xs.map((x) => ({ value: x.figure.text, article: x.article, sentence: x.figure.sentence })),
        event: null,
      });
    }
  }
  // "49 Chinese military aircraft" and "62 Chinese aircraft" meet under two head words: a rivalry
  // wholly inside a larger one is that one.
  // Only rivalries sharing a value can contain one another: look those up, not every pair.
  const valuesOf = new Map(out.map((d) => [d, new Set(d.values.map((v) => `${v.article}:${v.sentence}:${v.value}`))]));
  const withValue = new Map<string, Discrepancy[]>();
  for (const [d, keys] of valuesOf) {
    for (const k of keys) {
      if (!withValue.has(k)) withValue.set(k, []);
      withValue.get(k)!.push(d);
    }
  }
  const inside = (d: Discrepancy, o: Discrepancy): boolean => o !== d && valuesOf.get(o)!.size > valuesOf.get(d)!.size && [...valuesOf.get(d)!].every((k) => valuesOf.get(o)!.has(k));
  return out.filter((d) => !withValue.get([...valuesOf.get(d)!][0])!.some((o) => inside(d, o)));
}

/**
 * "cut the risk of cancer by 21% … raised the risk of bleeding by 38%" in one article, "the risk
 * fell by 19%" in another: an article that gives two values itself tells two quantities apart, so
 * only its value nearest the other articles' rivals them. Values an article gives from named
 * sources of its own ("police said 40, organisers 55") all stay.
 */
function nearestOfEachArticle(xs: Located[]): Located[] {
  const byArticle = new Map<string, Located[]>();
  for (const x of xs) byArticle.set(x.article, [...(byArticle.get(x.article) ?? []), x]);
  return xs.filter((x) => {
    const own = byArticle.get(x.article)!;
    if (new Set(own.map((o) => base(o.figure)[1])).size < 2 || new Set(own.map((o) => o.speaker)).size > 1) return true;
    const others = xs.filter((o) => o.article !== x.article).map((o) => base(o.figure)[1]).sort((a, b) => a - b);
    const median = others[Math.floor(others.length / 2)];
    const distance = (o: Located): number => Math.abs(base(o.figure)[1] - median);
    return distance(x) === Math.min(...own.map(distance));
  });
}

/**
 * What happened to the people or things counted, from the words around the figure: 2,059
 * people injured and 2,497 killed are two quantities, not two accounts of one.
 */
const OUTCOMES: [string, RegExp][] = [
  ['dead', /\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|death toll|lives|fatalit(?:y|ies))\b/i],
  ['hurt', /\b(?:injur(?:ed|ies|y)|wounded|hurt|hospitali[sz]ed)\b/i],
  // Those who fled their homes, and those who fled a prison ("seven inmates escaped", "eight had fled").
  ['moved', /\b(?:displaced|fled|flee|escaped|escapees?|evacuat(?:ed|ions?)|homeless|refugees|uprooted|from (?:their|his|her) homes)\b/i],
  ['missing', /\b(?:missing|unaccounted)\b/i],
  ['rescued', /\b(?:rescued|(?:brought|pulled|lifted|winched) (?:out|up)|to the surface|pulled (?:out )?alive|survivors?)\b/i],
  ['ill', /\b(?:cases|infect(?:ed|ions?)|confirmed|sick)\b/i],
  ['captive', /\b(?:hostages?|prisoners?|captives|detainees)\b/i],
  ['held', /\b(?:arrested|detained|held|captured|abducted)\b/i],
  // An area burned or flooded grows by the day, as a tally does.
  ['burned', /\b(?:burn(?:ed|t|ing|s)?|scorched|charred|blackened|consumed|razed|flooded|inundated)\b/i],
  // Buildings destroyed and those damaged are two tallies, and each grows by the day.
  ['destroyed', /\b(?:destroy(?:ed|s|ing)?|flattened|levell?ed|gutted)\b/i],
  ['damaged', /\bdamag(?:ed|es|ing)\b/i],
  // Those whose service came back ("99% of customers had been reconnected") are not those who lost it.
  ['restored', /\b(?:restored|reconnected|back on|resumed)\b/i],
  ['crowd', /\b(?:crowds?|attended|rallied|marched|gathered|took part|turned out|demonstrators|protesters|fans|spectators|supporters|in front of|watched)\b/i],
];
/**
 * Outcomes that grow by the day (tallies): reports a day apart are updates, not rivals. Not the
 * captives a deal frees or exchanges (a number fixed by it), nor a crowd (counted per day).
 */
const TALLIES = new Set(['dead', 'hurt', 'moved', 'missing', 'rescued', 'ill', 'held', 'burned', 'destroyed', 'damaged']);
/** "dozens", "thousands", "tens of thousands": a round guess, not a count. */
const VAGUE = /^(?:(?:some|about|around|over|more than|at least|up to|nearly|almost|several|many)\s+)?(?:dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)\b/i;
/** Words on either side of a figure that say what its count is of. */
const OUTCOME_REACH = 64;


function outcomeOf(x: Located): string | null {
  if (figureAt(x.sentenceText, x.figure) < 0) return null;
  const [before, after] = clauseAround(x.sentenceText, x.figure);
  // "50,000 people marched, but organisers put the figure at 200,000": a number named as "the
  // figure" counts what the sentence counted before it, outcome and all.
  const at = figureAt(x.sentenceText, x.figure);
  const earlier = THE_FIGURE.test(x.sentenceText.slice(0, at)) ? x.sentenceText.slice(0, at) : '';
  // The nearest outcome word after the figure decides ("2,059 injured"), else the one just before it
  // ("killing 632"), else what the figure counts ("the total … to 90", counted as cases).
  for (const text of [after, before, earlier, x.figure.subject]) {
    const hits = OUTCOMES.map(([name, re]) => [name, re.exec(text)?.index ?? Infinity] as const).filter(([, i]) => i < Infinity).sort((a, b) => a[1] - b[1]);
    if (hits.length) return hits[0][0];
  }
  // ("The ministry put the toll at three": a toll told alone, of people, is of the dead.)
  return /^toll$/.test(x.figure.subject) && !x.figure.unit ? 'dead' : null;
}

/** "offered a 4 percent rise" and "agreed a 5.5 percent rise": a proposal and a settlement are different facts, not rival accounts of one. */
const PROPOSED = /\b(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing)|bid|rejected)\b/gi;
/** "Unions want a 6% rise; management offered 2.5%": what one side asks is no rival of what the other offers. */
const DEMANDED = /\b(?:demand(?:ed|s|ing)?|sought|seek(?:s|ing)?|ask(?:ed|s|ing)? for|call(?:ed|s|ing)? for|want(?:ed|s|ing)?)\b/gi;
const SETTLED = /\b(?:agre(?:ed|es|eing)|settl(?:ed|es|ing)|approv(?:ed|es|ing)|struck)\b/gi;

/** The stance nearest before a figure: proposed, demanded or settled; null when none is. */
function stanceOf(x: Located): string | null {
  const at = figureAt(x.sentenceText, x.figure);
  if (at < 0) return null;
  const before = x.sentenceText.slice(Math.max(0, at - OUTCOME_REACH), at);
  const last = (re: RegExp): number => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index!));
  const stances: [string, number][] = [['proposed', last(PROPOSED)], ['demanded', last(DEMANDED)], ['settled', last(SETTLED)]];
  const [stance, index] = stances.sort((a, b) => b[1] - a[1])[0];
  return index < 0 ? null : stance;
}

/** Values each told with a stance, of several stances: offers rival offers and demands demands, not each other. */
function byStance(xs: Located[]): Located[][] {
  const stances = xs.map(stanceOf);
  if (stances.some((s) => s === null) || new Set(stances).size < 2) return [xs];
  return [...new Set(stances)].map((s) => xs.filter((_, i) => stances[i] === s));
}

/** Where a figure starts in its sentence (for a figure made without its offset: by search). */
const figureAt = (sentence: string, figure: Figure): number => figure.offset ?? sentence.indexOf(figure.text);

/** Head words that place or time a figure instead of naming what it counts. */
const NOT_A_SUBJECT = /^(?:north|south|east|west|northe|northw|southe|southw|away|outsid|inside|from|peak|high|highs|low|lows|agains|year|month|week|day|earlie|later|ago)$/;

/**
 * Days apart within which two reports of one tally (the killed, the injured, the arrested,
 * the infected) are rival accounts, the day and the morning after: tallies grow daily.
 */
const RIVAL_DAYS = 1;
/** Other counts (workers on strike, troops, ships, seats) hold for a week: a week's reports rival. */
const COUNT_RIVAL_DAYS = 7;
const ELAPSED = /^(?:second|minute|hour|day|week|month|year)$/;
/** A date that starts what is counted ("which began on May 2") is not the count's day. */
const ONSET = /\b(?:began|begun|started|erupted|broke out)\s+(?:on\s+|in\s+)?$/i;
/**
 * Measurements (a magnitude, a distance, a sum of money, a share of the vote) are revised, not
 * grown: two values a week apart still disagree. Counts of people and things grow day by day.
 */
const MEASURE_RIVAL_DAYS = 14;
const MEASURE_SUBJECT = /^(?:magnitude|turnout|inflation|unemployment|(?:interest |key |exchange )?rate|temperature)$/;
const isMeasure = (f: Figure): boolean => isMoneyUnit(f.unit) || MEASURE_SUBJECT.test(f.subject);

/**
 * "six Norrland diplomats" and "six Velmar diplomats" count two countries' people: figures whose
 * subjects name different owners in capitals (or whose seats or votes two bodies won) are
 * compared apart, and a figure naming none ("seven diplomats") with each.
 */
function byOwner(xs: Located[]): Located[][] {
  // ("the SDU won 36 seats" and "the Freedom Movement won 31 seats": seats of two parties.)
  const ownerOf = (x: Located): string => x.figure.subject.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ') || (x.owner ?? '');
  const owners = [...new Set(xs.map(ownerOf).filter(Boolean))];
  if (owners.length < 2) return [xs];
  return owners.map((o) => xs.filter((x) => [o, ''].includes(ownerOf(x))));
}

/** Figures by the day they count: a crowd gathers on one day. */
function sameDay(xs: Located[]): Located[][] {
  // "Police said 12,000 marched on Sunday. Organisers said 20,000 marched.": a count whose
  // sentence names no day is of the day its article's dated count names, else of the first day
  // the article names ("after Sunday's derby … Some 40,000 saw it").
  const articleDay = new Map<string, string>();
  for (const x of xs) if (x.dated && !articleDay.has(x.article)) articleDay.set(x.article, x.day);
  const days = new Map<string, Located[]>();
  for (const x of xs) {
    const day = x.dated ? x.day : articleDay.get(x.article) ?? x.firstDay ?? x.day;
    if (!days.has(day)) days.set(day, []);
    days.get(day)!.push(x);
  }
  return [...days.values()];
}

/**
 * Splits figures by the day they stand for: a death toll reported in May and another in
 * October are an update, not a disagreement. Windows start at the earliest report. `tally`:
 * the figures count an outcome (killed, injured, infected …), which grows day by day.
 */
function rivalWindows(xs: Located[], tally: boolean): Located[][] {
  // Time elapsed ("a 6-day strike", "a 9-day strike") grows like a tally.
  // A value said to have changed ("raised the toll to 40") is an update of earlier ones, told the day it changed.
  // …so the day a value is said to have changed starts a window of its own: reports before it
  // are the old value, reports after it rival the new one.
  // A spill's size is estimated and revised, like a measurement: it does not grow by the day.
  const span = xs.every((x) => isMeasure(x.figure) || x.spill) ? MEASURE_RIVAL_DAYS : tally || xs.some((x) => ELAPSED.test(x.figure.unit)) ? RIVAL_DAYS : COUNT_RIVAL_DAYS;
  const changedOn = new Set(xs.filter((x) => x.changed).map((x) => x.day));
  const days = [...new Set(xs.map((x) => x.day))].sort();
  const windowOf = new Map<string, number>();
  let start = '';
  let n = -1;
  for (const day of days) {
    if (n < 0 || (day && start && daysBetween(start, day) > span) || (changedOn.has(day) && day !== start)) { n++; start = day; }
    windowOf.set(day, n);
  }
  // Each window keeps the band's own order (by value); one pass, not one per window.
  const windows: Located[][] = Array.from({ length: n + 1 }, () => []);
  for (const x of xs) windows[windowOf.get(x.day)!].push(x);
  if (!tally || span !== RIVAL_DAYS) return windows.map(updatedInArticle);
  // "19 remained missing on Wednesday" against Tuesday's 23: a tally its sentence dates to the
  // later day is that day's update, not a rival of the day before.
  return windows.flatMap((w) => {
    const last = w.reduce((m, x) => (x.day > m ? x.day : m), '');
    return w.some((x) => x.dated && x.day === last) && w.some((x) => x.day !== last) ? [w.filter((x) => x.day !== last), w.filter((x) => x.day === last)] : [w];
  }).map(updatedInArticle);
}

/** "about 1,500 operations had now been postponed": a running count told as it now stands. */
const NOW_AFTER = /^[^.;,]{0,60}?\b(?:had|has|have)\s+now\s+(?:been\s+)?\p{Ll}+/u;

/**
 * "The number killed has risen to five. … At least three people died.": a value its own article
 * says changed replaces that article's other values, wherever they stand (a live page puts its
 * newest entry first).
 */
// ("The toll has risen to 11, doctors said. The ministry put the toll at three.": a value another
// source gives as its own figure is that source's account, not the old value; it stays.)
function updatedInArticle(w: Located[]): Located[] {
  const changedBy = new Map<string, (string | null)[]>();
  for (const x of w) if (x.changed) changedBy.set(x.article, [...(changedBy.get(x.article) ?? []), x.speaker]);
  const otherSource = (x: Located): boolean => x.rival && x.speaker !== null && !changedBy.get(x.article)!.includes(x.speaker);
  return w.filter((x) => x.changed || !changedBy.has(x.article) || otherSource(x));
}

/**
 * Splits figures of one subject into bands of one order of magnitude: "dozens of
 * people" and "3 million people" are different quantities, "2 million" and "3 million"
 * are rival values of one.
 */
function magnitudeBands(xs: Located[]): Located[][] {
  // Police and organisers count one crowd far apart ("about 30,000", "more than 150,000"): two
  // named sources of one article may give values up to ten times apart for one quantity.
  const rivalSources = (x: Located, band: Located[]): boolean => Boolean(x.speaker)
    && band.some((b) => b.article === x.article && b.speaker && b.speaker !== x.speaker);
  const sorted = [...xs].sort((a, b) => base(a.figure)[1] - base(b.figure)[1]);
  const bands: Located[][] = [];
  for (const x of sorted) {
    const band = bands[bands.length - 1];
    // Within three times the band's smallest value: chaining each to the previous would let
    // "two cases", "nine cases" … "2,000 cases" become one band. Estimates of one spill (an
    // official figure, a campaign group's from the air) lie up to ten times apart.
    const smallest = Math.max(base(band?.[0].figure ?? x.figure)[1], 1e-9);
    // (A band that two sources already spread wide takes a value near its largest: the
    // organisers' "more than 60,000" in another outlet beside police's 12,000 and their own 50,000.)
    const largest = base(band?.[band.length - 1].figure ?? x.figure)[1];
    const spread = largest > 3 * smallest && base(x.figure)[1] <= 1.5 * largest;
    if (band && (base(x.figure)[1] <= (x.spill ? 10 : 3) * smallest || spread || (base(x.figure)[1] <= 10 * smallest && rivalSources(x, band)))) band.push(x);
    else bands.push([x]);
  }
  return bands;
}

/** "17-mile (25-kilometer)": a figure and its conversion that do not agree. */
/**
 * Whether two written values can be one quantity, each rounded as written: "12 km (8 miles)"
 * can (11.5–12.5 km is 7.1–7.8 miles, 8 miles is 7.5–8.5), "25-kilometer (17-mile)" cannot.
 * A value is taken to be rounded at its last non-zero digit ("20" to the nearest ten), and
 * "about" widens it by a tenth.
 */
function roundedAlike(a: Figure, b: Figure): boolean {
  const range = (f: Figure): [number, number] => {
    const digits = String(f.value).replace(/\.\d*$/, '');
    const decimals = (String(f.value).split('.')[1] ?? '').length;
    const step = decimals ? 10 ** -decimals : 10 ** (digits.length - digits.replace(/0+$/, '').length);
    const slack = f.bound === 'exact' ? 0 : f.value * 0.1;
    const factor = TO_BASE[f.unit]?.[1] ?? 1;
    // A hundredth either way for conversion factors rounded in the newsroom.
    return [(f.value - step / 2 - slack) * factor * 0.99, (f.value + step / 2 + slack) * factor * 1.01];
  };
  const [lo1, hi1] = range(a);
  const [lo2, hi2] = range(b);
  return lo1 <= hi2 && lo2 <= hi1;
}

function selfContradictions(records: ArticleRecord[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const r of records) {
    r.figures.forEach((f, i) => {
      const next = r.figures[i + 1];
      if (!next || next.sentence !== f.sentence) return;
      const text = r.sentences[f.sentence].text;
      const between = text.slice(text.indexOf(f.text) + f.text.length, text.indexOf(next.text, text.indexOf(f.text)));
      if (!/^\s*\(\s*$/.test(between)) return;
      const [ua, va] = base(f);
      const [ub, vb] = base(next);
      if (ua !== ub || f.unit === next.unit || roundedAlike(f, next)) return;
      out.push({
        id: `conversion-${r.id}-${f.sentence}-${i}`,
        topic: `${f.text} (${next.text}) does not convert: ${f.value} ${f.unit} is ${(va / (TO_BASE[next.unit]?.[1] ?? 1)).toFixed(1)} ${next.unit}`,
        values: [{ value: `${f.text} (${next.text})`, article: r.id, sentence: f.sentence }],
        event: null,
      });
    });
  }
  return out;
}

/**
 * "The third round, in Tarvo in May, had gone on for nine hours": how long a numbered round
 * lasted, told in a sentence that dates it to no day (so it is no statement of the round).
 */
function recalledDurations(records: ArticleRecord[]): Map<number, DiscrepancyValue[]> {
  const out = new Map<number, DiscrepancyValue[]>();
  for (const r of records) {
    for (const s of r.sentences) {
      const value = statedDuration(s.text);
      if (!value || FUTURE.test(s.text) || !HELD.test(s.text)) continue;
      const n = statedRoundOrdinal(s.text);
      if (n === null) continue;
      if (!out.has(n)) out.set(n, []);
      out.get(n)!.push({ value, article: r.id, sentence: s.index });
    }
  }
  return out;
}

/** A duration as its bound and hours: "two days of meetings" and "48 hours in total" are one length; "nearly five hours" and "more than five hours" are not. */
function durationKey(value: string): string {
  const m = /^(?:(.+?)\s+)?(\d+|[a-z]+)(?:\s+|-)(hours?|days?)\b/i.exec(value.toLowerCase());
  const n = m ? Number(m[2]) || CARDINAL_WORDS[m[2]] : undefined;
  return m && n ? `${m[1] ?? ''}|${n * (m[3].startsWith('day') ? 24 : 1)}` : value.toLowerCase();
}

/** Different durations and announced-versus-actual venues of a round of talks. */
function roundDiscrepancies(records: ArticleRecord[], rounds: Round[], statements: Statement[], members: Map<number, number[]>, announcements: Map<number, number[]>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const recalled = rounds.length ? recalledDurations(records) : new Map<number, DiscrepancyValue[]>();
  for (const round of rounds) {
    const durations: DiscrepancyValue[] = [];
    const stated = (members.get(round.number) ?? []).map((i) => ({ value: statedDuration(statements[i].text), article: statements[i].article, sentence: statements[i].sentence }));
    for (const d of [...stated, ...(recalled.get(round.number) ?? [])]) {
      // One article may report two accounts ("about two hours, the Kremlin said"; "state media said three").
      if (d.value && !durations.some((x) => x.article === d.article && (x.sentence === d.sentence || durationKey(x.value) === durationKey(d.value!)))) durations.push({ value: d.value, article: d.article, sentence: d.sentence });
    }
    if (new Set(durations.map((d) => durationKey(d.value))).size > 1) {
      out.push({ id: `round-${round.number}-duration`, topic: `duration of round ${round.number}`, values: durations, event: null, round: round.number });
    }
    // "held in Muscat" and "opened in Doha": two articles' cities for one round.
    if (round.heldIn) {
      out.push({ id: `round-${round.number}-held-in`, topic: `venue of round ${round.number}`, values: round.heldIn.map((v) => ({ value: `${v.placeName} (held)`, article: v.article, sentence: v.sentence })), event: null, round: round.number });
    }
    // "on March 20" in one article and "on March 19" in another: the day two outlets give a round still to come.
    const planned = round.status === 'planned' ? rivalDays((announcements.get(round.number) ?? []).map((i) => statements[i]).filter((st) => st.dated)) : null;
    if (planned) out.push({ id: `round-${round.number}-date`, topic: `date of round ${round.number}`, values: planned, event: null, round: round.number });
    if (round.status === 'held' && round.announcedPlaceName && round.placeName) {
      const values: DiscrepancyValue[] = [];
      for (const i of announcements.get(round.number) ?? []) {
        if (!values.some((v) => v.article === statements[i].article) && ANNOUNCES_VENUE.test(statements[i].text)) {
          values.push({ value: `${round.announcedPlaceName} (announced)`, article: statements[i].article, sentence: statements[i].sentence });
        }
      }
      const held = round.provenance.find((p) => !values.some((v) => v.article === p.article)) ?? round.provenance[0];
      values.push({ value: `${round.placeName} (held)`, article: held.article, sentence: held.sentence });
      out.push({ id: `round-${round.number}-venue`, topic: `venue of round ${round.number}`, values, event: null, round: round.number });
    }
  }
  return out;
}

/** Every disagreement between outlets, and figures that disagree with themselves. */
export function detectDiscrepancies(records: ArticleRecord[], rounds: Round[], statements: Statement[], members: Map<number, number[]>, announcements: Map<number, number[]>, mentionEntity: Record<string, (string | null)[]> = {}): Discrepancy[] {
  const all = [...figureDiscrepancies(records, mentionEntity), ...selfContradictions(records), ...roundDiscrepancies(records, rounds, statements, members, announcements)];
  const seen = new Map<string, number>();
  return all.map((d) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    return n > 1 ? { ...d, id: `${d.id}-${n}` } : d;
  });
}
