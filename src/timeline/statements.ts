import { DATELINE_START, withoutDateline } from '../clean/clean-article.js';
import type { ArticleRecord, IsoDate, ResolvedCorpus } from '../model.js';
import { aboutTalks, talksStory } from './talks.js';
import { groupByIndex } from '../group-by.js';
import { memoize } from '../memoize.js';
import { IRREGULAR_PAST, MONTH, MONTH_NAMES } from '../extract/lexicon.js';
import { COUNTED_FROM_HAPPENING, daysBetween, MISHAP_OF_BEFORE } from '../extract/dates.js';
import { wordTags } from '../extract/word-tags.js';

/** One dated thing an article reports: a sentence (or the part of it about one date). */
export interface Statement {
  article: string;
  sentence: number;
  text: string;
  date: IsoDate;
  /** True when the sentence itself names the date; false when inherited. */
  dated: boolean;
  entities: string[];
  terms: string[];
  /** The sentence speaks of what will happen, not what did. */
  future: boolean;
  /** The part of the sentence about this date, for a title: its clause, at least six words. */
  headline: string;
}

const STOPWORDS = new Set('a an the and or but of in on at to for from by with as is are was were be been being has have had do does did it its this that these those there their they them he she his her we our you your i not no yes than then so such also just only very more most much many some any all both each other into over after before about against between during without within while when where which who whom whose what why how said says say told according would could should will can may might must one two three four five monday tuesday wednesday thursday friday saturday sunday'.split(' '));
export const FUTURE = /\b(will|would|could|next(?!\s+\w+['’]s\b)|coming days|planned|(?:is|are) (?:scheduled|slated|due|set) (?:for|to)|plans to|expected to|agreed to (?:meet|hold|keep|continue|return|resume))\b/i;
const PAST_ACTION = new RegExp(`\\b(\\w{3,}ed|${IRREGULAR_PAST}|hit|left|saw|set|has \\w+|have \\w+|had \\w+)\\b`, 'i');
/** ", chaired by the governor,": a passive participle set off between commas. */
const DESCRIBING_PARTICIPLE = /,\s+(?:\w{3,}ed|\w{3,}en)\s+by\s+[^,;]+,/g;
/** The reporter's own doings: "We spoke to …", "I asked her …", "We contacted the company". */
const NEWSROOM = /^(?:We|I)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|asked|contacted|reached|interviewed|approached|emailed|called|visited|met)\b/;
/** A headline that asks is this short; a longer "title" ending in "?" is a scraped page's run of links. */
const QUESTION_HEADLINE_WORDS = 20;
/** A finite verb, past or present: a clause that has one can stand as a title. */
const hasVerb = (text: string): boolean => PAST_ACTION.test(text) || /\b(?:is|are|am|was|were|will|would|can|could|may|might|must|should|says|tells|plans|expects|remains|begins|opens|starts)\b/i.test(text);

/**
 * Whether a clause has a finite verb and so is no bare noun phrase: an auxiliary, or a verb in -s
 * or -ed with words after it ("count differs from …", not "NTC forces"), after no determiner
 * ("the government announced …", not "the embattled premier").
 */
function clauseHasVerb(text: string): boolean {
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)\b/i.test(text)) return true;
  const words = text.split(/\s+/);
  return words.some((w, i) => i > 0 && i < words.length - 1 && !/^(?:the|a|an|its|their|his|her|this|that|these|those|most|more|very)$/i.test(words[i - 1])
    && ((/^\p{Ll}{3,}s$/u.test(w) && wordTags(w).has('PresentTense') && !wordTags(w).has('Plural')) || /^\p{Ll}{3,}ed$/u.test(w)));
}

/**
 * Words news uses interchangeably for one thing, folded to one stem so that two outlets'
 * accounts meet: "truce" and "ceasefire", "quake" and "earthquake", "talks" and "negotiations",
 * "the ferry sank" and "the vessel capsized", "the blaze" and "the fire", "won" and "victory",
 * "the ballot" and "the vote", "kidnapped" and "seized", "released" and "freed", "passed the bill"
 * and "approved the package".
 */
const SYNONYMS: Record<string, string> = {
  truce: 'cease', 'cease-': 'cease', armis: 'cease',
  quake: 'earth', tremo: 'earth',
  negot: 'talks',
  kille: 'death', dead: 'death', died: 'death', die: 'death', dies: 'death',
  injur: 'wound', hurt: 'wound',
  evacu: 'displ', fled: 'displ', flee: 'displ',
  raid: 'attac', raids: 'attac',
  sank: 'sink', sinks: 'sink', sinki: 'sink', sunk: 'sink', capsi: 'sink',
  ferry: 'boat', vesse: 'boat', boats: 'boat', ship: 'boat', ships: 'boat',
  detai: 'arres', blast: 'explo',
  blaze: 'fire', fires: 'fire', colli: 'crash', walko: 'strik', victo: 'win', won: 'win', wins: 'win', winni: 'win',
  agree: 'deal', deals: 'deal', accor: 'deal', hurri: 'storm', typho: 'storm', cyclo: 'storm',
  demon: 'prote', rally: 'prote', ralli: 'prote', gunma: 'shoot', gunfi: 'shoot', shot: 'shoot',
  ballo: 'vote', votes: 'vote', voted: 'vote', votin: 'vote', polls: 'vote',
  kidna: 'abduc', seize: 'abduc', seizi: 'abduc', captu: 'abduc', relea: 'free', freed: 'free', freei: 'free',
  passe: 'appro', packa: 'bill', legis: 'bill',
};

/** Content words of a sentence, cut to a 5-letter stem so that "invaded" and "invader" meet. */
export const termsOf = memoize((text: string): string[] => {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    const stem = word.slice(0, 5);
    out.add(SYNONYMS[stem] ?? stem);
  }
  return [...out];
});

/**
 * "a fire that started on ", "the ship, which sank late on ": a day inside a relative clause
 * whose verb follows the pronoun (not "said that on ", nor "the talks that we had on ").
 */
const RELATIVE_DAY = /(?<!\b(?:said|says|say|announced|confirmed|reported|warned|added|stated|believed?|thinks?|knew|know)\s)\b(?:that|which|who)\s+(?!(?:we|they|he|she|it|i|you)\s)(?:\p{Ll}+\s+){1,3}(?:(?:late|early)\s+)?(?:on|last)?\s*$/u;
/** A live page's entry stamp, a clock time: "09:30 ICT", "10.15 BST". */
const CLOCK_STAMP = /^\s*\d{1,2}[:.]\d{2}\b/;
/** The lead: the first sentence after the headline outside a heading ("Key events" is none), or -1. */
function leadSentence(r: ArticleRecord): number {
  return r.sentences.find((s) => s.index > 0 && r.paragraphs[s.paragraph]?.kind !== 'heading')?.index ?? -1;
}

/** The first day the lead (the first sentence after the headline) names of something that happened by publication. */
function firstDayOfLead(r: ArticleRecord): IsoDate | null {
  const lead = leadSentence(r);
  const text = r.sentences[lead]?.text ?? '';
  // "Hundreds have been evacuated as a fire that started on Monday spread": the day of a
  // relative clause is the fire's, not the lead's news.
  const inLead = r.dates.filter((d) => d.sentence === lead);
  const bare = bareDates(inLead, text, clausesOf(text));
  const found = inLead.find((d, k) => (!r.published || d.date <= r.published) && !bare[k] && !RELATIVE_DAY.test(text.slice(0, d.offset)));
  return found?.date ?? null;
}

/**
 * The people an article names with an office ("Mayor Jane Roe", "Jane Roe, the mayor"), by
 * that office in lower case, where it names one person only: "The mayor of the country's
 * second city was shot" before the lead names her is about her.
 */
function officeHolders(r: ArticleRecord, ids: string[]): Map<RegExp, string> {
  const holders = new Map<string, Set<string>>();
  r.mentions.forEach((m, i) => {
    if (m.kind !== 'person' || !m.role || !ids[i]) return;
    for (const role of m.role.split('; ')) {
      const office = role.toLowerCase();
      if (!/^[\p{L} -]{4,40}$/u.test(office)) continue;
      if (!holders.has(office)) holders.set(office, new Set());
      holders.get(office)!.add(ids[i]);
    }
  });
  // An office is letters and spaces only, so it goes into the pattern as written.
  return new Map([...holders].filter(([, who]) => who.size === 1).map(([office, who]) => [new RegExp(`\\bthe ${office}\\b`), [...who][0]]));
}

/** Who the offices a sentence names as "the mayor", "the interior minister" are. */
function officesIn(text: string, byOffice: Map<RegExp, string>): string[] {
  if (!byOffice.size) return [];
  const lower = text.toLowerCase();
  return [...byOffice].filter(([office]) => office.test(lower)).map(([, id]) => id);
}

/** "the talks that began on", "a vote which was held on": a date about the noun before it. */
const DESCRIBED_BEFORE = /\b(?:that|which)\s+(?:began|started|opened|ended|closed|broke out|erupted|took place|(?:was|were) held)\s+(?:on\s+)?$/i;
/** "The lander, which touched down on Thursday, came to rest …": a clause set off by commas describes its noun. */
// ("The ban, passed by parliament on March 4, takes effect in June": a past participle set off so
// describes its noun's past too.)
const IN_SET_OFF_RELATIVE = /,\s*(?:which|who|(?:first\s+)?\p{Ll}{3,}(?:ed|en|wn)\s+(?:by|on|in|at|last|earlier)\b)[^,;]*$/iu;

/** How long before publication a day may be an article's news day. */
const NEWS_DAY_REACH_DAYS = 31;
/** The sentences that open an article and tell its news (from its lead on): the rest is background. */
const LEAD_SENTENCES = 7;

/**
 * The day an article is about: the date its first dated sentences name most. A piece
 * published on Tuesday about Monday's talks tells undated sentences about Monday.
 */
export function newsDay(record: ArticleRecord): IsoDate | null {
  // "…on Monday, three days after the vote": a day counted from another happening recalls
  // that happening; the news is the day the sentence itself is about.
  // "…agreed on a deal after talks that began on May 8": a relative clause dates what it describes.
  const bare = new Set<(typeof record.dates)[number]>();
  const bySentence = new Map<number, typeof record.dates>();
  for (const d of record.dates) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  for (const [sentence, ds] of bySentence) {
    const text = record.sentences[sentence]?.text ?? '';
    bareDates(ds, text, clausesOf(text)).forEach((b, k) => b && bare.add(ds[k]));
  }
  const eventful = record.dates.filter((d) => {
    const text = record.sentences[d.sentence]?.text ?? '';
    // ("The loss of the satellite on Tuesday will leave a gap, scientists warned on Wednesday": the
    // mishap a sentence about what comes of it recalls is not its news.)
    const recalled = MISHAP_OF_BEFORE.test(text.slice(0, d.offset)) && FUTURE.test(text.slice(d.offset));
    return !bare.has(d) && !recalled && !COUNTED_FROM_HAPPENING.test(d.text) && !DESCRIBED_BEFORE.test(text.slice(0, d.offset)) && !IN_SET_OFF_RELATIVE.test(text.slice(0, d.offset)) && !RELATIVE_DAY.test(text.slice(0, d.offset));
  });
  // ("The collapse on Monday is the worst since 2011" in the tenth sentence is background, not the lead.)
  const opening = eventful.filter((d) => d.sentence < Math.max(0, leadSentence(record)) + LEAD_SENTENCES);
  const lead = [...new Set(opening.map((d) => d.sentence))].slice(0, 3);
  const counts = new Map<IsoDate, number>();
  // ("Ten years after the dam broke on November 5, 2015": a day long before publication is the story's past, not its news.)
  const recent = (d: IsoDate): boolean => !record.published || (d <= record.published && daysBetween(d, record.published) <= NEWS_DAY_REACH_DAYS);
  for (const d of eventful) if (lead.includes(d.sentence) && recent(d.date)) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  // A tie goes to the lead: news is told first ("reached a deal on Monday … began on May 1").
  const first = new Map<IsoDate, number>();
  for (const d of eventful) if (!first.has(d.date)) first.set(d.date, d.sentence);
  // …but when the lead names no day, a tie with the day of publication goes to that day: an
  // undated lead, then "…claimed the attack on Tuesday night … she said Wednesday" in
  // Wednesday's paper, tells its news of Wednesday.
  const leadIndex = leadSentence(record);
  const undatedLead = leadIndex >= 0 && !eventful.some((d) => d.sentence === leadIndex);
  const ofPublication = (d: IsoDate): number => (undatedLead && d === record.published ? 0 : 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || ofPublication(a[0]) - ofPublication(b[0]) || first.get(a[0])! - first.get(b[0])!)[0];
  // "April 28: …", "May 1: …", "May 3: …": three leading sentences on three days far apart are a
  // chronology, not news of one day; its undated sentences speak of the day it was published.
  const days = [...counts.keys()].sort();
  if (record.published && best?.[1] === 1 && days.length >= 3 && daysBetween(days[0], days[days.length - 1]) > 3) return record.published;
  return best?.[0] ?? record.published;
}

/**
 * Dated statements of every article. A sentence naming dates gives one statement per
 * date; an undated sentence takes the last date named earlier in its paragraph, else
 * the article's news day. Sentences without a name, a figure or a past action carry
 * no event and are left out.
 */
export function buildStatements(corpus: ResolvedCorpus): Statement[] {
  const out: Statement[] = [];
  for (const r of corpus.articles) {
    const day = newsDay(r);
    if (!day) continue;
    const ofTalks = talksStory(r.sentences);
    const ids = corpus.mentionEntity[r.id];
    let paragraphDate: { paragraph: number; date: IsoDate } | null = null;
    let headingDate: IsoDate | null = null;
    const n = r.sentences.length;
    const datesBy = groupByIndex(r.dates, (d) => d.sentence, n);
    const mentionsBy = groupByIndex(r.mentions, (m) => m.sentence, n);
    const figuresBy = groupByIndex(r.figures, (f) => f.sentence, n);
    const byOffice = officeHolders(r, ids);
    const leadDay = firstDayOfLead(r);
    // "09:30 ICT", "11:15 ICT": a live page's entries under clock-time stamps report on the day it
    // was published, whatever day its summary above them recalls ("struck on Friday").
    const stamps = r.removed.filter((x) => x.reason === 'time stamp' && CLOCK_STAMP.test(x.text)).map((x) => x.line);
    const liveFrom = r.published && stamps.length >= 2 ? Math.min(...stamps) : Infinity;
    for (const s of r.sentences) {
      const mentions = datesBy[s.index].map((x) => x.item);
      const dates = [...new Set(mentions.map((d) => d.date))];
      const named = mentionsBy[s.index].map((x) => ids[x.index]).filter(Boolean);
      const entities = [...new Set([...named, ...officesIn(s.text, byOffice)])].sort();
      const hasFigure = figuresBy[s.index].length > 0;
      const future = FUTURE.test(s.text);
      // A sentence in the present ("The agency says 550 people have been killed") tells the
      // state of things on the day of publication, not on a date the article named before.
      // A day after publication ("declared Saturday a holiday") is inherited only by a sentence
      // that looks ahead too: "In Dakar, thousands danced" happened before it.
      const ahead = Boolean(paragraphDate && r.published && paragraphDate.date > r.published && !future);
      // An undated headline tells what its lead tells, on the lead's day ("17 killed in concert
      // crush" over "…were killed late on Friday, officials said on Saturday").
      const headline = s.index === 0 && s.text === r.title;
      const isHeading = r.paragraphs[s.paragraph]?.kind === 'heading';
      // "## Tuesday 16 April": a day heading dates the entries under it, up to the next one.
      if (isHeading && mentions.length) headingDate = mentions[mentions.length - 1].date;
      const ownDayOf = headingDate && !isHeading ? headingDate : (r.paragraphs[s.paragraph]?.start.line ?? 0) > liveFrom ? r.published! : day;
      const inherited = headline && leadDay ? leadDay : PRESENT_STATUS.test(s.text) || (!headline && REMAINS_NOW.test(s.text)) ? r.published ?? day : paragraphDate && paragraphDate.paragraph === s.paragraph && !ahead ? paragraphDate.date : ownDayOf;
      const clauses = dates.length ? clausesOf(s.text) : [];
      const bare = bareDates(mentions, s.text, clauses);
      const eventful = mentions.filter((_, k) => !bare[k]);
      // ("The attack, which began on June 9, forced …": a day inside a set-off relative clause dates
      // its noun's past, not what the next sentences tell.)
      const told = eventful.filter((d) => !IN_SET_OFF_RELATIVE.test(s.text.slice(0, d.offset)));
      if (told.length) paragraphDate = { paragraph: s.paragraph, date: told[told.length - 1].date };
      const talk = Boolean(aboutTalks(s.text, ofTalks));
      // A statement needs something to say (a name, a figure, talks, a day of its own) and to say it happened or will.
      // A sentence with none of those still reports a happening when it names its own day and
      // tells of a deed in the past ("Two suspects were arrested on Saturday"); a heading ("Tuesday
      // 16 April") or a stamp ("Last modified on …") does not.
      // "September 12: Engineers report cracks …": a dated entry of a timeline list tells its
      // day's happening in the present.
      const entry = eventful.some((d) => d.offset === 0 && /^\s*[:–—-]\s/.test(s.text.slice(d.text.length)));
      // ("September 15: The strike begins.": an entry may be short.)
      const ownDay = eventful.length > 0 && r.paragraphs[s.paragraph]?.kind !== 'heading' && s.text.split(/\s+/).length >= (entry ? 4 : 6) && (PAST_DEED.test(s.text) || entry) && !STAMP.test(s.text);
      if (!entities.length && !hasFigure && !talk && !ownDay) continue;
      // "Timeline: how the crisis unfolded", "Explainer: …", "What caused the flood?": a headline that
      // names its genre or asks a question reports nothing itself.
      if (s.text === r.title && (GENRE_HEADLINE.test(s.text) || (/\?["”']?$/.test(s.text.trim()) && s.text.split(/\s+/).length <= QUESTION_HEADLINE_WORDS))) continue;
      // An interviewer's question ("What has the company told staff since?") and the newsroom's own
      // doings ("We spoke to a steward …") report nothing of the story.
      if ((s.text !== r.title && /\?$/.test(s.text.trim())) || NEWSROOM.test(s.text)) continue;
      // ('"The boat was licensed to carry 50 people. It was carrying more than double that," …': the
      // first sentence of a quote the next one closes is part of that saying, no happening of its own.)
      if (!dates.length && /^["“]/.test(s.text.trim()) && !/["”]/.test(s.text.trim().slice(1))) continue;
      // ("A committee, chaired by the governor, votes eight times a year": a participle set off
      // between commas describes the subject; it tells of no deed.)
      if (!dates.length && !PAST_ACTION.test(s.text.replace(DESCRIBING_PARTICIPLE, ',')) && !future) continue;
      const base = { article: r.id, sentence: s.index, text: s.text, entities, terms: termsOf(withoutDateline(s.text)), future, headline: s.text };
      if (!dates.length) {
        // "…were fined in January": a sentence set in another month or year
        // than the day it would inherit tells of no happening on that day (a plan is dated when announced).
        if (!elsewhenThan(s.text, inherited, future)) out.push({ ...base, date: inherited, dated: false });
        continue;
      }
      const clauseOf = (offset: number): Clause => {
        const i = Math.max(0, clauses.findIndex((c) => offset >= c.start && offset < c.end));
        // "…, which began on May 6": the relative clause is about the phrase before it.
        const relative = i > 0 && RELATIVE_START.test(clauses[i].text);
        const from = relative ? i - 1 : i;
        let j = i;
        // ("…, Brantby, on May 12 — after the May 1 deadline": a short clause does not run on past a
        // dash into the aside after it; it takes the clauses before it instead.)
        while (j + 1 < clauses.length && s.text.slice(clauses[from].start, clauses[j].end).split(/\s+/).length < 6 && !/[—–]$/.test(clauses[j].text)) j++;
        let first = from;
        while (!relative && first > 0 && /[—–]$/.test(clauses[j].text) && s.text.slice(clauses[first].start, clauses[j].end).trim().split(/\s+/).length < 6) first--;
        let text = s.text.slice(clauses[first].start, clauses[j].end).replace(/[,;.\s—–-]+$/, '').replace(/^(?:but|and|yet|so)\s+/i, '');
        if (relative) {
          text = text.replace(SUBORDINATOR, '');
          // "… and rehired Jane Roe, who was dismissed on Monday": the clause is about its
          // antecedent, the name or noun phrase that ends a long clause before it.
          // ("The robbery has embarrassed the government, which announced …": a short clause with a verb ends in its antecedent too.)
          const at = clauses[from].text.split(/\s+/).length > ANTECEDENT_WORDS || hasVerb(clauses[from].text) ? antecedentAt(clauses[from].text) : -1;
          if (at > 0) {
            const phrase = s.text.slice(clauses[from].start + at, clauses[j].end).replace(/[,;.\s]+$/, '');
            text = `${phrase[0].toUpperCase()}${phrase.slice(1)}`;
          }
          // "Jane Roe, who opened the talks on Monday" → "Jane Roe opened the talks on Monday": the
          // clause told of its antecedent reads as a sentence (only before a verb: "which rights groups say …" stays).
          // (Only when the antecedent is known or the clause before is one: "…differs from that of
          // county officials, who reported …" keeps its "who".)
          if (at > 0 || !clauseHasVerb(clauses[from].text)) text = text.replace(RELATIVE_JOIN, ' ');
        }
        // ", said dozens were killed", "before returning to Harlow on Friday", "The truce, signed on
        // Saturday, will take effect on Monday": give the verb its subject from the sentence's start.
        if (i > 0 && (SPEECH_START.test(text) || AUXILIARY_START.test(text))) text = `${clauses[0].text} ${text}`;
        // "The prime minister, Jane Roe, resigned, after losing a vote on Friday": a participle's
        // clause takes the sentence up to it when that is short, else its subject.
        // "17 people were killed when a crowd surged … on Friday": a "when" clause's day is the main clause's too.
        // ("At least 31 people died after a ferry capsized … late on Friday": so does an "after" clause.)
        else if (i > 0 && (/^(?:(?:before|after|while|since)\s+)?\p{Ll}+ing\b/u.test(text) || /^(?:when|after|as)\s/i.test(text))) {
          const lead = s.text.slice(clauses[0].start, clauses[i].start).trim();
          text = lead.split(/\s+/).length <= LEAD_WORDS ? `${lead} ${text}` : `${clauses[0].text} ${text}`;
        }
        // "The truce, signed by both sides on Saturday, …": a passive participle set off after the
        // subject describes it; "The council, … , called on protesters …" lost its subject to a comma.
        else if (i > 0 && PARTICIPLE_START.test(text)) text = `${clauses[0].text}${/^\p{Ll}+ by\b/u.test(text) ? ',' : ''} ${text}`;
        return { ...clauses[i], end: clauses[j].end, text, relative };
      };
      // "…as a wildfire that started on Monday continued to spread": a day in a relative clause
      // without commas is the antecedent's ("A wildfire started on Monday"), not the sentence's.
      const restricted = mentions.map((d) => restrictiveRelative(s.text, d.offset, d.text.length));
      const spans = mentions.map((d, k) => {
        const span = clauseOf(d.offset);
        const own = restricted[k];
        return own ? { ...span, text: own.text, relative: true, main: own.main } : span;
      });
      // "The agency, which had counted nine on Friday, said …": a date in a relative clause
      // dates what the clause tells of the noun before it, not the sentence's own saying or deed,
      // unless that is a past state the clause's day explains ("…, who was arrested on May 2, was held …").
      const main = spans.find((c) => 'main' in c)?.main ?? withoutRelatives(s.text);
      const mainInPast = !SAYING_VERB.test(main) && /\b(?:was|were|had)\b/i.test(main);
      const background = spans.every((c, k) => c.since || bare[k] || (c.relative && !mainInPast));
      if (dates.length === 1 && !background) {
        // One date: the whole sentence is the headline, unless the date opens a new main clause
        // (", but the army on February 27 admitted …").
        const own = /^(but|and|yet|while|although)\s/i.test(s.text.slice(spans[0].start));
        out.push({ ...base, date: dates[0], dated: true, headline: own ? spans[0].text : s.text });
        continue;
      }
      // Several dates, or a "since …" date: each date gets the clause that names it, and
      // a sentence whose main clause has no date also reports something on the inherited day.
      // The main clause first: claims of this sentence are dated by the first statement.
      if (background && !eventful.some((d) => d.date === inherited)) out.push({ ...base, date: inherited, dated: false });
      for (const date of dates) {
        const k = mentions.findIndex((d) => d.date === date);
        if (bare[k]) continue;
        // "…, the two governments said in a statement on Saturday": a clause that only says who
        // said it and when is about what the sentence says: news of a plan when it was announced,
        // but "…were freed on Thursday, their charity said on Friday" tells of Thursday alone
        // ("the paintings taken last week are valued at …, the insurer said on Tuesday" is Tuesday's news).
        const saying = ATTRIBUTION_ONLY.test(s.text.slice(spans[k].start, spans[k].end).replace(/[,;.\s]+$/, ''));
        // (Only a day told before the saying: "…, the council said on Thursday, a day after the company reported …" is Thursday's news too.)
        if (saying && eventful.some((d) => d.date < date && d.offset < spans[k].start) && !/\b(?:is|are|remains?|has|have)\b/.test(s.text.slice(0, spans[k].start))) continue;
        const clause = saying ? s.text : spans[k].text;
        // "While on business travel between April 14-18": a clause with no verb dates the sentence's news but titles nothing.
        // ("…called off a strike planned for Monday after talks that ran late into Saturday night":
        // the plan is Monday's clause, not Saturday's.)
        out.push({ ...base, text: clause, terms: termsOf(withoutDateline(clause)), date, dated: true, headline: hasVerb(clause) ? clause : s.text, future: clause === s.text ? future : FUTURE.test(clause) });
      }
    }
  }
  return out;
}

/**
 * The relative clause without commas a date sits in, told of its antecedent ("a wildfire that
 * started on Monday" → "A wildfire started on Monday"), and the sentence without that clause.
 */
function restrictiveRelative(text: string, offset: number, length: number): { text: string; main: string } | null {
  const before = text.slice(0, offset);
  if (!RELATIVE_DAY.test(before)) return null;
  const antecedent = ANTECEDENT_BEFORE.exec(before);
  if (!antecedent) return null;
  const phrase = `${antecedent[1]} ${before.slice(antecedent.index + antecedent[0].length)}${text.slice(offset, offset + length)}`;
  return { text: `${phrase[0].toUpperCase()}${phrase.slice(1)}`, main: `${text.slice(0, antecedent.index + antecedent[1].length)}${text.slice(offset + length)}` };
}
/** "a wildfire that ", "the two men who ": a short noun phrase and its relative pronoun (the last such). */
const ANTECEDENT_BEFORE = /\b((?:a|an|the|its|their|his|her|this|two|three|several)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:that|which|who)\s+(?!.*\b(?:that|which|who)\s)/u;

/**
 * A date that tells when nothing in its sentence happens: it starts a span ("since April 15"),
 * ends one ("closed until Thursday"), names another happening the sentence refers to
 * ("an inquiry into Monday's collapse", "after Sunday's vote"), or when an earlier count came out.
 */
function bareDate(d: { text: string; offset: number }, text: string, clauses: Clause[]): boolean {
  return bareSince(d, clauses, text) || UNTIL.test(text.slice(0, d.offset)) || REPORT_GIVEN.test(text.slice(0, d.offset))
    || (/^['’]s\b/.test(text.slice(d.offset + d.text.length)) && REFERENCE_BEFORE.test(text.slice(0, d.offset)))
    // "a premium of 32% to Friday's closing price": a market's close, a reference point, not a happening.
    || MARKET_CLOSE_AFTER.test(text.slice(d.offset + d.text.length))
    || (NOUN_AFTER.test(text.slice(d.offset + d.text.length)) && REFERENCE_THE_BEFORE.test(text.slice(0, d.offset)));
}
/**
 * Which of a sentence's dates name no happening of its own: each by itself, and "the site of
 * Monday's derailment" beside a date of the sentence's own ("widened on Wednesday"); alone,
 * "take charge of Saturday's match" is dated by its Saturday.
 */
function bareDates(ds: { text: string; offset: number }[], text: string, clauses: Clause[]): boolean[] {
  const own = ds.map((d) => bareDate(d, text, clauses));
  const owned = ds.map((d) => /^['’]s\b/.test(text.slice(d.offset + d.text.length)) && /\bof\s+$/i.test(text.slice(0, d.offset)));
  return ds.map((_, k) => own[k] || (owned[k] && ds.some((__, j) => j !== k && !own[j] && !owned[j])));
}

/** "…, up from 90 last Friday", "the same number as on Tuesday": when an earlier value stood. */
export const EARLIER_VALUE = /\b(?:up|down)\s+from\s+[^,;]{1,40}?\s+(?:on\s+)?$|\bsame\s+(?:\w+\s+)?as\s+(?:on\s+)?$/i;
/** "two more than the toll given on Saturday": when an earlier count or report came out, not a happening. */
const REPORT_GIVEN = new RegExp(`\\b(?:toll|figures?|tally|count|report|statement|data|estimates?)\\s+(?:given|reported|released|published|issued|announced)\\s+(?:on\\s+|late\\s+on\\s+)?$|${EARLIER_VALUE.source}`, 'i');
const MARKET_CLOSE_AFTER = /^['’]s\s+(?:close|closing|closing price|closing level|settlement)\b/i;
/** Words before a happening referred to: "an inquiry into Monday's collapse", "after Sunday's vote". */
// ("declared the winner of Sunday's election", "in the wake of Monday's attack": the day of what the deed follows.)
const REFERENCE_WORDS = 'into|after|following|over|about|since|before|ahead of|despite|amid|from|winners? of|results? of|outcome of|aftermath of|wake of';
const REFERENCE_BEFORE = new RegExp(`\\b(?:${REFERENCE_WORDS})\\s+$`, 'i');
/** "fines over the March 4 outage", "the anniversary of the May 2 vote": a date before its noun names the happening. */
const REFERENCE_THE_BEFORE = new RegExp(`\\b(?:${REFERENCE_WORDS}|of)\\s+the\\s+$`, 'i');
const NOUN_AFTER = /^\s+(?!(?:and|or|but|at|in|on|to|of|for|from|by|with|as|when|after|before|that|which|who|the|an?|was|were|is|are|had|has)\b)\p{Ll}{3,}\b/u;

/**
 * "killed since April 15": a bare "since" date starts a span; nothing happened that day.
 * "since Saturday night, when the city imposed a curfew" does name a happening.
 */
function bareSince(d: { text: string; offset: number }, clauses: Clause[], text: string): boolean {
  const at = clauses.findIndex((c) => d.offset >= c.start && d.offset < c.end);
  if (at < 0 || /^when\b/i.test(clauses[at + 1]?.text ?? '')) return false;
  // "the toll since Friday had climbed to 40": a span inside the clause starts there too.
  return /^since$/i.test(clauses[at].text.replace(d.text, '').trim()) || /(?:^|\s)since\s+$/i.test(text.slice(clauses[at].start, d.offset));
}

/**
 * "closed until Thursday", "hoped to reach them by Wednesday", "promised a ferry by Friday": a limit, not a day anything
 * happened ("had rescued 40 climbers by Thursday" did happen by then).
 */
// "between January 12 and February 20", "from May 2 to May 9": the end of a span, as "until" is;
// "dates ranging from March 11, 2024, to May 22": neither end is a happening.
const UNTIL = /\b(?:until|till)\s+(?:(?:at\s+least|at\s+the\s+earliest|no\s+earlier\s+than|(?:early|late|mid)(?:-|\s+))\s*)?$|\bbetween\s+[^;]{1,40}?\s+and\s+$|\bfrom\s+[^;]{1,40}?\s+(?:to|through|till)\s+$|\branging\s+from\s+$|\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed)?|aim(?:s|ed)?|plan(?:s|ned)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|will|would|should|must|deadline)\b[^.;]*\bby\s+$/i;
const PLAN = /\b(?:will|next|planned|scheduled|slated|due|set to|plans to|expected to|agreed to)\b/i;
/** A deed told in the past, passive or active: "were arrested", "was taken", "reopened". */
const PAST_DEED = new RegExp(`\\b(?:(?:was|were|has been|have been|had been)\\s+\\w+(?:ed|en|t)|\\w{3,}ed|${IRREGULAR_PAST}|spread|burst)\\b`, 'i');
/** "Last modified on …", "Updated on …", "Posted on …": when a page was touched, not a happening. */
const STAMP = /^(?:last\s+)?(?:modified|updated|posted|published|edited|first published)\b/i;
const GENRE_HEADLINE = /^(?:timeline|explainer|analysis|factbox|fact box|fact check|q&a|opinion|comment|editorial|in pictures|in photos|what we know|what to know|key facts|live(?: updates| blog)?\s*[:|–—-])|\b(?:as it happened|latest updates|live updates)$|(?:^|[:?!|–—-]\s*)(?:here['’]s\s+)?what (?:we know|to know|you need to know)\b|(?:^|:\s+)(?:how|why)\s/i;
// "in June", "in June 2024", not "on June 4".
const IN_MONTH = new RegExp(`\\b(?:in|during|since|by|early|late|mid-?)\\s*(${MONTH})\\b(?!\\s+\\d{1,2}\\b)`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(?:${MONTH})\\s+((?:19|20)\\d\\d)\\b`, 'gi');

/**
 * Whether an undated sentence's main clauses are set in another week, month or year than `day`:
 * "in January", "last week", "in 2019". A relative clause ("…, who resigned in January, …")
 * does not set the sentence's time.
 */
function elsewhenThan(text: string, day: IsoDate, future: boolean): boolean {
  const main = withoutRelatives(text);
  // A plan is dated when announced: "said the bridge would reopen in June" tells of the saying.
  // But "In 2017, X warned that prices would rise …" is set in 2017: the time comes before the "would".
  const planAt = future ? (PLAN.test(main) ? 0 : FUTURE.exec(main)?.index ?? 0) : Infinity;
  const before = (m: RegExpMatchArray): boolean => m.index! < planAt;
  if ([...main.matchAll(/\blast (?:week|month|year)\b/gi)].some(before)) return true;
  const month = Number(day.slice(5, 7));
  if ([...main.matchAll(IN_MONTH)].some((m) => before(m) && MONTH_NAMES.findIndex((name) => name.toLowerCase() === m[1].toLowerCase()) + 1 !== month)) return true;
  // "In 2018, …", "in June 2024": another year.
  return [...main.matchAll(/\bin ((?:19|20)\d\d)\b/gi), ...main.matchAll(MONTH_YEAR)].some((m) => before(m) && m[1] !== day.slice(0, 4));
}
/** A saying that leads into what was said ("said the nine crew had been found"), not one that closes the sentence. */
const SAYING_VERB = /\b(?:said|says|told|tells|announced|added|warned)\b(?:\s+[^\s,.;]+){3}/;
/**
 * A sentence without its relative clauses ("…, who resigned in January, …"), nor an appositive
 * that measures it against an earlier time ("…, the first since the president took office in August, …").
 */
const withoutRelatives = (text: string): string => text.replace(/,\s+(?:who|which|whose)\b[^,]*(?:,|$)/gi, ',').replace(/,\s+the\s+\w+(?:\s+\w+)?\s+since\b[^,]*,/gi, ',');
/**
 * "Kerr, the convicted murderer, remains at large": a state that lasts until publication, told
 * in the sentence's own words (not in a quote after "said", nor in a headline's "as jewels remain missing", nor "urged them to remain").
 */
const REMAINS_NOW = /^(?:(?!\b(?:was|were|had|did|said|says|told)\b)[^"“”:])*(?<!\bto\s)\b(?:remains|remain)\b/i;
/**
 * "The agency says 120 people have died", "Prosecutors say the permits were forged": told
 * in the present, whatever it tells ("Reports had named him …" is a noun, then the past).
 */
const PRESENT_STATUS = /^(?:(?!\b(?:was|were|had|did)\b).)*\b(?:says|say|estimates|reports)\b(?!\s+(?:had|have|has|was|were|is|are)\b)/i;
// ("the Associated Society of Locomotive Engineers and Firemen (Aslef) said on Tuesday": a long name, its letters in brackets.)
// ("…, Val Fire said Thursday": a bare weekday after the saying, as American news writes it.)
const ATTRIBUTION_ONLY = /^(?:(?:the |a |an )?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,9}(?: \(\p{Lu}[\p{L}.]{1,8}\))? )?(?:said|says|told reporters|announced|reported|added|stated|confirmed|wrote|tweeted|posted|noted|explained|warned|insisted|estimated)(?: (?:in|on|at) [^,]{0,40}| (?:(?:late|early) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?: (?:morning|afternoon|evening|night))?)?$|^according to [^,]{3,80}$/u;
const RELATIVE_START = /^(?:which|who|whom|whose|where)\b/i;
/** A clause that opens with its verb: "will take effect on Monday", "was closed on Friday". */
const AUXILIARY_START = /^(?:will|would|could|can|may|might|must|shall|has|have|had|is|are|was|were)\s/;
/** A clause that opens with a past participle or verb and by whom, where or when: "signed by both sides on Saturday". */
// ("held in Tarvo on March 3": irregular participles too.)
const PARTICIPLE_START = new RegExp(`^(?:\\p{Ll}+(?:ed|en)|${IRREGULAR_PAST})\\s+(?:by|in|on|at|during|after|last|late|early|yesterday|today|tonight|earlier|this)\\b`, 'u');
/** How many words of the sentence before a participle's clause its title may take. */
const LEAD_WORDS = 16;
/** A clause longer than this before a relative clause gives only its last phrase as the antecedent. */
const ANTECEDENT_WORDS = 8;
/**
 * Where the phrase that ends a clause starts: a name of capitalised words, else the noun phrase
 * from the first determiner of its last ANTECEDENT_WORDS words ("the largest port in the
 * country"); -1 if none.
 */
function antecedentAt(clause: string): number {
  const name = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*[,;\s]*$/u.exec(clause);
  if (name) return name.index;
  const tail = [...clause.matchAll(/\S+/g)].slice(-ANTECEDENT_WORDS);
  // The noun phrase after the clause's last verb ("has embarrassed the government" → "the government").
  const verb = tail.map((w) => hasVerb(w[0])).lastIndexOf(true);
  const determiner = (w: RegExpMatchArray): boolean => /^(?:the|a|an|its|their|his|her)$/i.test(w[0]);
  return tail.slice(verb + 1).find(determiner)?.index ?? tail.find(determiner)?.index ?? -1;
}
const RELATIVE_JOIN = new RegExp(`,\\s+(?:who|which)\\s+(?=(?:is|was|are|were|has|had|have|will|would|could|can|did|\\w{3,}ed|${IRREGULAR_PAST})\\b)`, 'i');
const SUBORDINATOR = /^(?:after|before|since|when|as|while|until|because|although)\s+/i;
const SPEECH_START = /^(said|says|told|added|announced|warned|stressed|claimed|insisted|urged)\b/;

interface Clause { text: string; start: number; end: number; since: boolean; relative?: boolean }

/**
 * Where a clause starts: after a comma or semicolon, or at a subordinating word; "as" only
 * before a subject ("as the army advanced"), not before a role ("appointed him as head coach");
 * "after Tuesday's derailment", "since last week's vote" name a happening and start no clause.
 */
const CLAUSE_BREAK = /,\s+|;\s+|\s(?=(?:since|when|after|before|while|because|although|but|until)\s(?!(?:\p{Lu}\p{Ll}+day|(?:last|this) (?:week|month|year))['’]s\s))|\s(?=as\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|he|she|they|it|we|I|you|\p{Lu})\b)/gu;

/** ", Kaduna State,", ", Ohio,": a region's name between two commas, after a name. */
// (One word, or words ending in a region's noun: ", Jane Roe," is a person in apposition.)
const PLACE_APPOSITIVE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:State|Province|County|Region|District|Governorate|Prefecture|Oblast))\s*,/u;

/** A sentence cut at commas and subordinating words, with offsets: "…, since the army crossed the border on Thursday". */
export function clausesOf(sentence: string): Clause[] {
  const cuts = [0];
  // "LIMA, Peru (Harbour Wire) — …": a dateline's comma opens no clause.
  const dateline = DATELINE_START.exec(sentence)?.[0].length ?? 0;
  // "in Kuriga, Kaduna State, on Thursday": a place's region set off by commas opens no clause either.
  let within = -1;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index! < dateline || m.index! === within) continue;
    const region = m[0].startsWith(',') && /\p{Lu}[\p{L}.'’-]*$/u.test(sentence.slice(0, m.index!)) ? PLACE_APPOSITIVE.exec(sentence.slice(m.index!)) : null;
    if (region) { within = m.index! + region[0].length - 1; continue; }
    cuts.push(m.index! + m[0].length);
  }
  cuts.push(sentence.length);
  const clauses: Clause[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const text = sentence.slice(cuts[i], cuts[i + 1]).replace(/[,;.\s]+$/, '');
    if (text) clauses.push({ text, start: cuts[i], end: cuts[i + 1], since: /^since\b/i.test(text) });
  }
  return clauses;
}
