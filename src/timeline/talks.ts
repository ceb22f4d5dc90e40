/** Word patterns for negotiation stories: talks, summits, rounds, delegations. General, not one story's. */
import { CARDINAL_WORDS, ORDINAL_WORDS } from '../extract/lexicon.js';

/** Nouns a round of talks goes by: "the second round", "phase 3", "a fourth session". */
const ROUND_NOUNS = 'round|phase|session';
const ROUND_NOUN = new RegExp(`^(?:${ROUND_NOUNS})$`, 'i');
export const TALK = new RegExp(String.raw`\b(talks|negotiations|negotiators?|delegations?|summit|peace conference|(?:${ROUND_NOUNS}) of (?:talks|negotiations)|(?:the|this|that|next|new)\s+(?:[\w-]+\s+){0,2}?meeting)\b`, 'i');
export const HELD = /\b(held|began|begun|started|ended|stalled|took place|met|ran (?:late|into|for|until|through|past)|stretched into|dragged on|sat down|wrapped up|concluded|went on|went for|broke up|broke off|opened|is over|was over|finished|attended|arrived?|headed into|kicked off|got under way|hosted|convened|resumed|lasted|produced|yielded|struck|clinched|sealed|collapsed|broke down|(?:was|were) (?:suspended|adjourned)|(?:at|in|during|after|at the end of|at the close of) (?:the|a) (?:\w+ )?round)\b/i;
/** "The first round ends after nine hours", "talks collapse": a meeting told in the present, as a timeline of past days tells it. */
export const HELD_NOW = /\b(ends|begins|starts|opens|collapses|breaks (?:down|up|off)|resumes|concludes|takes place|stalls|stall|collapse|end|begin|resume)\b/i;
export const OUTCOME = /\b(agreed|agreement|no ceasefire|cease-?fire was|without (?:any |a )?(?:agreement|deal|breakthrough|resolution|results?)|no (?:significant |effective )?(?:progress|results|breakthrough|resolution|agreement)|humanitarian corridors?|deal was|signed|collapsed|broke down|ended in (?:deadlock|stalemate|failure)|deadlocked|stalled|walked out|(?:reached|struck|clinched) (?:a |an )?(?:deal|agreement|accord))\b/i;
export const NEXT_ROUND = new RegExp(String.raw`\b(next (?:meeting|round)|another round|new meeting|meet again|(?:second|third|fourth|fifth) (?:${ROUND_NOUNS})|further talks|more negotiations|more discussions|keep talking|keep the negotiations going|return to the (?:negotiating )?table|resume (?:the )?(?:talks|negotiations))\b`, 'i');

const suffix = (n: number): string => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');
/** "seventh" and "7th" → 7: rounds numbered up to the twelfth. */
const ORDINALS: Record<string, number> = Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, n]) => n <= 12).flatMap(([w, n]) => [[w, n], [`${n}${suffix(n)}`, n]]));
const ORDINAL_ROUND = new RegExp(String.raw`\b(${Object.keys(ORDINALS).join('|')})\b((?:\s+[\w-]+){0,2}?)\s+(${ROUND_NOUNS}|talks|negotiations|meeting|time)\b`, 'i');

/** "Round two", "phase 3": a round numbered after its noun, up to twelve. */
const ROUND_CARDINAL = new RegExp(String.raw`\b(?:round|phase)\s+(${Object.keys(CARDINAL_WORDS).join('|')}|[1-9]|1[0-2])\b(?![.,]?\d)`, 'i');
const cardinalRound = (text: string): number | null => {
  const m = ROUND_CARDINAL.exec(text);
  return m ? CARDINAL_WORDS[m[1].toLowerCase()] ?? Number(m[1]) : null;
};

/** The round number a sentence states ("the second phase of talks", "met for the second time", "round two"). */
export function statedOrdinal(text: string): number | null {
  const m = ORDINAL_ROUND.exec(text);
  return m ? ORDINALS[m[1].toLowerCase()] : cardinalRound(text);
}

/**
 * The round number a sentence states for one of its days. "The sides first met on Oct. 20 and
 * held a second round on Nov. 3" numbers the round of Nov. 3 only: when the clause with the
 * number names days, the number goes with those days.
 */
export function statedOrdinalOn(text: string, day: string, days: { offset: number; date: string }[]): number | null {
  const n = statedOrdinal(text);
  const at = (ORDINAL_ROUND.exec(text) ?? ROUND_CARDINAL.exec(text))?.index;
  if (n === null || at === undefined) return n;
  const clause = clauseAt(text, at);
  const inClause = days.filter((d) => d.offset >= clause.from && d.offset < clause.to);
  return inClause.length && !inClause.some((d) => d.date === day) ? null : n;
}

/**
 * The parts of a sentence about one of its days, when it names several ("met in Tarvo on Oct. 20
 * and in Harlow on Nov. 3"): the clauses with that day. Null when the sentence has one day only.
 */
export function clausesOfDay(text: string, day: string, days: { offset: number; date: string }[]): { from: number; to: number }[] | null {
  if (new Set(days.map((d) => d.date)).size < 2) return null;
  const spans = days.filter((d) => d.date === day).map((d) => clauseAt(text, d.offset));
  return spans.length ? spans : null;
}

/** The clause around a position: between commas, semicolons, "and" or "but". */
function clauseAt(text: string, at: number): { from: number; to: number } {
  const from = Math.max(0, ...[...text.slice(0, at).matchAll(CLAUSE_BREAK)].map((m) => m.index! + m[0].length));
  const next = new RegExp(CLAUSE_BREAK.source).exec(text.slice(at));
  return { from, to: next ? at + next.index : text.length };
}
const CLAUSE_BREAK = /[,;]\s|\s(?:and|but)\s/g;

/** The number of a round named as one ("the third round", "the fifth phase", "a fourth session", "round two"), not "the first time". */
export function statedRoundOrdinal(text: string): number | null {
  const m = ORDINAL_ROUND.exec(text);
  return m && ROUND_NOUN.test(m[3]) ? ORDINALS[m[1].toLowerCase()] : cardinalRound(text);
}

// ("talks that lasted three days": days, after a verb of lasting.)
const DURATION = /\b(?:(?:nearly|almost|about|around|more than|over|some|just over|less than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)(?:\s+(?:hours?\b|days?\s+of\s+(?:talks|negotiations|meetings))|-hour\s+(?:meeting|session|talks|negotiations|round)\b)|\bfor hours\b|(?<=\b(?:lasted|lasting)\s+)(?:(?:nearly|almost|about|around|more than|over|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\b/i;
const START = /\b(?:began|started|opened|got under way)\s+((?:just\s+)?(?:after|at|around|before)\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.(?:\s+[A-Z]\w+ time)?)/;

/** "nearly five hours", "for hours": how long a meeting lasted, as written. */
export const statedDuration = (text: string): string | null => DURATION.exec(text)?.[0] ?? null;
/** "just after 1 p.m. Ukraine time": when a meeting began, as written. */
export const statedStart = (text: string): string | null => START.exec(text)?.[1] ?? null;

/** An announcement that says where: "the next meeting will take place on the border". */
export const ANNOUNCES_VENUE = /\b(take place|be held|venue|will meet|to meet)\b/i;

/** Rounds of voting are not rounds of talks: "a second round on May 28" in an election story. */
const BALLOT = /\b(?:vote|votes|voting|voters?|election|elections|electoral|ballots?|runoff|run-off|polls?|polling|candidates?|turnout)\b/i;

/** "met the rebel leader for five hours": a meeting timed in hours, in a story about talks, is one. */
const MET_FOR_HOURS = /\bmet\b[^.;]{0,120}?\bfor\s+(?:(?:about|around|nearly|almost|more than|over|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+hours?\b/i;
/** "The first round, held in …": a round with no "of talks", which the article's other sentences explain. */
// (Any ordinal up to the twelfth: "the seventh round had lasted 17 days".)
const BARE_ROUND = new RegExp(String.raw`\b(?:${Object.keys(ORDINALS).join('|')}|next|last|latest|previous|earlier|new) (?:${ROUND_NOUNS})\b`, 'i');

/**
 * A sentence about talks: their words, or a next round or meeting that is not a ballot's.
 * In an article about talks (`talksStory`), a bare "the first round" is a round of them.
 */
export function aboutTalks(text: string, talksStory = false): RegExpExecArray | null {
  const talk = TALK.exec(text);
  if (talk) return talk;
  // "the second round would be a referendum": a numbered round is one of talks only in an article about talks.
  const named = NEXT_ROUND.exec(text);
  const next = (named && (talksStory || !/\b(?:round|phase)\b/i.test(named[1])) ? named : null) ?? (talksStory ? BARE_ROUND.exec(text) ?? MET_FOR_HOURS.exec(text) : null);
  return next && !BALLOT.test(text) ? next : null;
}

const storyOfTalks = new WeakMap<object, boolean>();
/**
 * Whether an article is about talks: one of its sentences names them. Asked by both the
 * statements and the rounds of one build, so answered once per article.
 */
export function talksStory(sentences: { text: string }[]): boolean {
  let about = storyOfTalks.get(sentences);
  if (about === undefined) {
    about = sentences.some((s) => TALK.test(s.text));
    storyOfTalks.set(sentences, about);
  }
  return about;
}
