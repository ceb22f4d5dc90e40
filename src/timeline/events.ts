import type { Claim, Entity, IsoDate, ResolvedCorpus, TimelineEvent } from '../model.js';
import { withoutDateline } from '../clean/clean-article.js';
import { slugify } from '../load/slug.js';
import { clusterDay, cosine, vectorize, type Vector } from './cluster.js';
import { countIndependent, independentSources } from './corroboration.js';
import { newsDay, type Statement } from './statements.js';
import { MONTH, WEEKDAY } from '../extract/lexicon.js';

/** Two statements of one day are one event from this cosine similarity up. */
export const EVENT_THRESHOLD = 0.22;
/**
 * Days that no article is about (background: "the army crossed the border on Thursday") gather few
 * statements, nearly always about one happening told in different words: merge freely.
 */
export const BACKGROUND_THRESHOLD = 0.05;
/** Two articles' leads on their news day join at this similarity (see clusterDay's `leads`). */
export const LEAD_THRESHOLD = 0.12;
const TITLE_LENGTH = 120;

const DAY_WORD = `(?:${WEEKDAY}|(?:${MONTH}) \\d{1,2})`;
const DAY_PART = `${DAY_WORD}(?: (?:morning|afternoon|evening|night))?`;
/**
 * "On Saturday, the League …", "Since the unrest that …", "Meanwhile, …", "(since) early Sunday,
 * when the roof of the mine …", "a day after the levee broke …" (a clause cut from its sentence,
 * dated to the break), a timeline's "May 1:" label, a live page's "17:40 -" entry time: openers
 * a title does without, taken off in this order.
 */
const DAYS_APART = /^(?:a|one|two|three|four|five|six) (?:days?|weeks?) (?:after|before)\s+/;
const TITLE_OPENERS = [new RegExp(`^(?:${DAY_WORD}(?:,?\\s+\\d{4})?|\\d{4}|\\d{1,2}[:.]\\d{2})\\s*[:—–-]\\s+`), /^since\s+(?!\d)/i, new RegExp(`^(?:(?:(?:early|late) (?:on )?|on )${DAY_PART},?|${DAY_PART},)(?:\\s+when)?\\s+`, 'i'), /^(?:meanwhile|however|but|and|also),?\s+/i, DAYS_APART];

/**
 * A title from the event's most central sentence, verbatim but for a leading day or
 * subordinating word ("On Saturday, …", "Since …"): its first clause when the sentence is long.
 */
export function titleFrom(text: string): string {
  text = withoutDateline(text);
  for (const opener of TITLE_OPENERS) {
    const m = opener.exec(text);
    // "A day after Jane Roe was dismissed": what follows a count of days is a clause of its own.
    if (m && text.slice(m[0].length).split(/\s+/).length >= (opener === DAYS_APART ? 3 : 5)) text = text.slice(m[0].length);
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  // ("Markets like that," said Jane Roe: a sentence that ends a quote opened in the one before
  // opens it again, so the quote reads as one.)
  const firstQuote = /["“”]/.exec(text);
  if (firstQuote && firstQuote.index > 0 && (firstQuote[0] === '”' || (firstQuote[0] === '"' && /[,.!?…]/.test(text[firstQuote.index - 1])))) text = `${firstQuote[0] === '”' ? '“' : '"'}${text}`;
  // The full stop goes, but not the one of an abbreviation ("at 4 a.m.", "the U.S.").
  if (text.length <= TITLE_LENGTH) return /\b\p{L}\.\p{L}\.$/u.test(text) ? text : text.replace(/[.]$/, '');
  const cut = text.slice(0, TITLE_LENGTH);
  const clause = cut.lastIndexOf(', ');
  // A clause boundary makes a clean cut, unless all before it is a subject and its apposition
  // ("The company's chief executive, Jane Roe…"): then the words up to the limit say more.
  const subjectOnly = clause > 0 && !/\s(?:\p{Ll}+(?:ed|s)|said|told|was|were|is|are|has|had|will|would)\b/u.test(cut.slice(0, clause));
  return `${cut.slice(0, clause > 40 && !subjectOnly ? clause : cut.lastIndexOf(' '))}…`;
}

/**
 * Member order: most similar to the group's centroid first (ties: article, sentence).
 * Against the centroid, not every other member, so a huge group stays linear.
 */
/** Closer than this, two centrality scores are one: the difference is floating-point noise. */
const TIE = 1e-9;

function byCentrality(members: number[], vectors: Vector[], statements: Statement[]): number[] {
  const centroid: Vector = new Map();
  for (const i of members) for (const [k, x] of vectors[i]) centroid.set(k, (centroid.get(k) ?? 0) + x);
  const scores = new Map(members.map((i) => [i, cosine(vectors[i], centroid)]));
  // Two sentences alone in an event are equally central, but for rounding: within a hair, the
  // one that says more wins ("Alerts lifted" gives way to the sentence that tells who lifted
  // which alert), then the earlier, whatever the rest of the corpus weighs.
  return [...members].sort((a, b) => (Math.abs(scores.get(b)! - scores.get(a)!) > TIE ? scores.get(b)! - scores.get(a)! : 0)
    || statements[b].terms.length - statements[a].terms.length
    || (statements[a].article < statements[b].article ? -1 : statements[a].article > statements[b].article ? 1 : statements[a].sentence - statements[b].sentence));
}

export interface EventInput {
  statements: Statement[];
  corpus: ResolvedCorpus;
  claims: Claim[];
  /** Statement indices of each held round of talks, by round number. */
  roundMembers: Map<number, number[]>;
}

/**
 * Events: statements of one day clustered by shared names and words, so the same
 * happening told by several outlets becomes one event, and different happenings of
 * one day stay apart. A round of talks is always one event.
 */
export function buildEvents({ statements, corpus, claims, roundMembers }: EventInput): TimelineEvent[] {
  const vectors = vectorize(statements);
  const byDay = new Map<IsoDate, number[]>();
  statements.forEach((s, i) => { if (!byDay.has(s.date)) byDay.set(s.date, []); byDay.get(s.date)!.push(i); });
  const entityById = new Map<string, Entity>(corpus.entities.map((e) => [e.id, e]));
  const independent = independentSources(corpus.articles);
  const dayOfNews = new Map(corpus.articles.map((a) => [a.id, newsDay(a)]));
  const newsDays = new Set(dayOfNews.values());
  // The headline and first sentence of an article, told of its news day or of the day they name
  // (an explainer a day later still opens with the day's news: "… stopped flying on Tuesday").
  const leads = new Set(statements.flatMap((st, i) => (st.sentence <= 1 && (st.dated || st.date === dayOfNews.get(st.article)) ? [i] : [])));
  const claimsAt = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.article}#${c.sentence}`;
    if (!claimsAt.has(key)) claimsAt.set(key, []);
    claimsAt.get(key)!.push(c.id);
  }
  const events: TimelineEvent[] = [];
  const taken = new Set<string>();
  // A round of talks is one event on its first day, even when the talks ran for several.
  const seeded = new Set([...roundMembers.values()].flat());
  const publishedOf = new Map(corpus.articles.map((a) => [a.id, a.published]));
  const recordOf = new Map(corpus.articles.map((a) => [a.id, a]));
  const sentenceText = (st: Statement): string => recordOf.get(st.article)?.sentences[st.sentence]?.text ?? '';
  const seedsOn = new Map<IsoDate, [number, number[]][]>();
  for (const [n, m] of roundMembers) {
    if (!m.length) continue;
    const first = m.map((i) => statements[i].date).sort()[0];
    if (!seedsOn.has(first)) seedsOn.set(first, []);
    seedsOn.get(first)!.push([n, m]);
  }
  for (const day of [...byDay.keys()].sort()) {
    const seeds = seedsOn.get(day) ?? [];
    const threshold = newsDays.has(day) ? EVENT_THRESHOLD : BACKGROUND_THRESHOLD;
    const pool = byDay.get(day)!.filter((i) => !seeded.has(i));
    const groups = clusterDay(pool, vectors, threshold, seeds.map(([, m]) => m), { of: leads, threshold: LEAD_THRESHOLD });
    groups.forEach((members, gi) => {
      const ordered = byCentrality(members, vectors, statements);
      // A round of talks is titled by the most central sentence that names its day, when one does.
      // Any event is titled by a sentence about its day: not one whose day only a verbless clause
      // names ("…fired its engine on Tuesday, a day after its launch" is Tuesday's news, not Monday's).
      // (Such a statement's clause is shorter than the headline it fell back on.) A main clause
      // titles better than one cut from the middle of its sentence ("two days after she was shot").
      const aboutItsDay = (i: number): boolean => statements[i].headline.length <= statements[i].text.length;
      const opensItsSentence = (i: number): boolean => sentenceText(statements[i]).startsWith(statements[i].text.slice(0, 40));
      const titled = ordered.find((i) => aboutItsDay(i) && opensItsSentence(i)) ?? ordered.find(aboutItsDay) ?? ordered[0];
      // (Its first day's, when a sentence names that, told as done before as planned: "met on Monday"
      // titles talks that went on to Tuesday.)
      const namesItsDay = ordered.filter((i) => statements[i].dated && statements[i].date === day);
      const roundLead = namesItsDay.find((i) => !statements[i].future) ?? namesItsDay[0] ?? ordered.find((i) => statements[i].dated);
      const lead = statements[(gi < seeds.length ? roundLead : undefined) ?? titled];
      const sources = [...new Set(members.map((i) => statements[i].article))].sort();
      const summary = summarize(ordered.map((i) => statements[i]));
      const ids = [...new Set(members.flatMap((i) => statements[i].entities))].sort();
      const kindOf = (k: string): string[] => ids.filter((id) => entityById.get(id)?.kind === k);
      const title = titleFrom(lead.headline);
      let id = `${day}-${slugify(title, 'event')}`;
      for (let n = 2; taken.has(id); n++) id = `${day}-${slugify(title, 'event')}-${n}`;
      taken.add(id);
      const prov = [...new Map(members.map((i) => [`${statements[i].article}#${statements[i].sentence}`, { article: statements[i].article, sentence: statements[i].sentence }])).values()];
      const event: TimelineEvent = {
        id, date: day, title, summary,
        people: kindOf('person'), places: kindOf('place'), organizations: kindOf('organization'),
        claims: prov.flatMap((p) => claimsAt.get(`${p.article}#${p.sentence}`) ?? []),
        sources, provenance: prov, outlets: countIndependent(sources, independent),
      };
      if (gi < seeds.length) event.round = seeds[gi][0];
      event.importance = importanceOf(event, members.map((i) => statements[i]), publishedOf);
      events.push(event);
    });
  }
  addDaySalience(events, statements, corpus);
  return events;
}

/** Two statements this alike (shared terms over all terms) say the same thing: one is enough. */
const NEAR_DUPLICATE = 0.6;

/**
 * An event's summary: its one or two most central sentences, verbatim, the second only when
 * it adds something (not the same words again, as when two outlets run one agency's copy).
 */
export function summarize(byCentralityOrder: Statement[]): string {
  const chosen: Statement[] = [];
  for (const s of byCentralityOrder) {
    if (chosen.length === 2) break;
    const alike = chosen.some((c) => {
      const a = new Set(c.terms);
      const shared = s.terms.filter((t) => a.has(t)).length;
      return c.text === s.text || shared / (a.size + s.terms.length - shared || 1) >= NEAR_DUPLICATE;
    });
    if (!alike) chosen.push(s);
  }
  return chosen.map((s) => withoutDateline(s.text)).join(' ');
}


/**
 * A day that many articles date things to ("since the March 15 protests") is a day the
 * story turns on. Its best event gets the day's weight, so the most important events
 * spread over the most important days instead of piling up on one busy day.
 */
function addDaySalience(events: TimelineEvent[], statements: Statement[], corpus: ResolvedCorpus): void {
  const published = new Map(corpus.articles.map((a) => [a.id, a.published ?? '']));
  const sameDay = new Map<IsoDate, Set<string>>();
  const later = new Map<IsoDate, Set<string>>();
  for (const s of statements) {
    if (!s.dated) continue;
    const bucket = published.get(s.article)! > s.date ? later : sameDay;
    if (!bucket.has(s.date)) bucket.set(s.date, new Set());
    bucket.get(s.date)!.add(s.article);
  }
  const best = new Map<IsoDate, TimelineEvent>();
  for (const e of events) if (!best.has(e.date) || (e.importance ?? 0) > (best.get(e.date)!.importance ?? 0)) best.set(e.date, e);
  for (const [day, e] of best) {
    const salience = (sameDay.get(day)?.size ?? 0) + 2 * (later.get(day)?.size ?? 0);
    e.importance = Math.round(((e.importance ?? 0) + salience) * 10) / 10;
  }
}

/**
 * A keyword-collected corpus strays (markets, sport, a neighbour's war): an event that only
 * stray articles report weighs less in this story, by the square of their mean relevance
 * (1 = as much as the story's core articles; more counts as 1).
 */
export function weighByRelevance(events: TimelineEvent[], relevance: Map<string, number>): void {
  for (const e of events) {
    const mean = e.sources.reduce((n, a) => n + Math.min(1, relevance.get(a) ?? 1), 0) / (e.sources.length || 1);
    e.importance = Math.round((e.importance ?? 0) * mean * mean * 10) / 10;
  }
}

/**
 * How central an event is, from signals that hold for any story: independent outlets and
 * articles reporting it, later articles that refer back to its date, quotes about it, and
 * being a round of talks. Higher is more important.
 */
export function importanceOf(e: TimelineEvent, statements: Statement[], published: Map<string, IsoDate | null>): number {
  const referredBack = new Set(statements.filter((s) => s.dated && (published.get(s.article) ?? '') > e.date).map((s) => s.article)).size;
  const score = 3 * e.outlets + e.sources.length + 2 * referredBack + 0.5 * Math.min(e.claims.length, 6) + (e.round ? 5 : 0);
  return Math.round(score * 10) / 10;
}
