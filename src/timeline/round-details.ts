import type { ArticleRecord, Mention, ResolvedCorpus } from '../model.js';
import { DEMONYMS } from '../extract/demonyms.js';
import { countryName, lookupCity, lookupCountry } from '../extract/gazetteer.js';
import { titleCase } from '../resolve/places.js';
import type { Statement } from './statements.js';
import { clausesOfDay } from './talks.js';
import { sentenceIndex } from './sentence-index.js';

const SPECIFICITY: Record<string, number> = { city: 3, region: 3, country: 1, continent: 0 };
// The preposition that opens the place phrase, with up to six words before the name;
// time words break it ("in the coming days on the border" → "on the border").
const LOCATIVE = /\b(?:at|in|near|on|outside)\s+(?:an?\s+|the\s+)?(?:(?!(?:days|weeks|hours|coming|future|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|will|would|could|be|been|being|is|are|was|were|has|have|had|held)\b)[\w'’-]+\s+){0,6}$/i;

/** Nouns that make a longer phrase a place: "an undisclosed location in", "the Peruvian city of". */
const PLACE_NOUN = /\b(?:location|facility|city|town|village|border|venue|site|compound|residence|palace|hotel|building|base|area|region|outskirts|capital|resort|island|camp)\b/i;

/** The place phrase right after the talks' own noun: "talks in", "the meeting at the". */
const TALKS_AT = /\b(?:talks|negotiations|meetings?|round|summit|conference)\s+(?:at|in|near|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** A dateline's separator after a place that opens a sentence: "GENEVA —", "TARVO, May 9 (Harbour Wire) -". */
const DATELINE_AFTER = /^(?:,\s+[\p{L} .]{2,30})?\s*(?:[—–-]|\(|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/u;
/** Below any place a locative phrase names (a country scores 1, a city 3): a dateline only breaks a tie with nothing. */
const DATELINE_SCORE = 0.5;
/** A clause opening the sentence with a time before or beside the main one: "After two rounds in Harlow failed, ". */
const EARLIER_CLAUSE = /^(?:After|Since|Following|Before|Although|Though|While|Unlike)\b[^,]*,/;
/** "the Tarvo talks": a venue as sure as a country a locative names, less than a city one does. */
const NAMED_TALKS_SCORE = 2;
/** A city a round's label names outranks any other place its sentences name ("met at a hotel near the lake"). */
const ROUND_LABEL_SCORE = 4;
/** "Second round: ", "Round two — ": a round's label, then where it was held. */
export const ROUND_LABEL = /^(?:[\p{L}-]+\s+round|round\s+[\p{L}\d]+)\s*[:—–-]\s*$/iu;
const TALKS_AFTER = /^\s+(?:peace\s+)?(?:talks|negotiations|summit|process)\b/i;
/** "GENEVA" of a dateline as a name is written: "Geneva". */
const titleCased = (name: string): string => (name === name.toUpperCase() ? titleCase(name) : name);

export interface Venue {
  place: string | null;
  placeName: string | null;
}

const records = new WeakMap<ResolvedCorpus, Map<string, ArticleRecord>>();
export const recordOf = (corpus: ResolvedCorpus, id: string): ArticleRecord => {
  if (!records.has(corpus)) records.set(corpus, new Map(corpus.articles.map((a) => [a.id, a])));
  return records.get(corpus)!.get(id)!;
};

/**
 * The most specific place the statements name, with its locative phrase as written; with
 * `after`, only a place named after those words ("closed in Tarvo with a pledge to meet
 * next in Harlow" announces Harlow).
 */
export function venueOf(statements: Statement[], corpus: ResolvedCorpus, after?: RegExp): Venue {
  let best: { score: number; place: string; phrase: string } | null = null;
  for (const st of statements) {
    const r = recordOf(corpus, st.article);
    // ("first met in Tarvo on Oct. 20 and held a second round in Harlow on Nov. 3": Tarvo, for Oct. 20.)
    const ofDay = clausesOfDay(r.sentences[st.sentence].text, st.date, sentenceIndex(r).dates[st.sentence].map((d) => d.item));
    sentenceIndex(r).mentions[st.sentence].forEach(({ item: m, index: i }) => {
      if (m.kind !== 'place') return;
      const sentence = r.sentences[m.sentence].text;
      if (after && m.offset < (after.exec(sentence)?.index ?? 0)) return;
      const head = sentence.slice(0, m.offset);
      const found = LOCATIVE.exec(head);
      // "GENEVA — Negotiators ended a round of talks": a dateline says where the reporter was,
      // most often where the talks were; any place a phrase in the text names says more.
      if (!found) {
        // "Round two of the Tarvo talks": talks named after their venue.
        // ("## Second round: Vienna, February 11-12": a heading that labels a round with its city.)
        const named = ROUND_LABEL.test(head) ? ROUND_LABEL_SCORE : /\bthe\s+$/i.test(head) && TALKS_AFTER.test(sentence.slice(m.offset + m.text.length)) ? NAMED_TALKS_SCORE : 0;
        const dateline = m.offset === 0 && DATELINE_AFTER.test(sentence.slice(m.text.length)) ? DATELINE_SCORE : 0;
        const score = Math.max(named, dateline);
        if (score && (!best || best.score < score)) best = { score, place: corpus.mentionEntity[r.id][i], phrase: titleCased(m.text) };
        return;
      }
      // (A dateline stands for the whole sentence; a place in a phrase, for its clause's day.)
      if (ofDay && !ofDay.some((c) => m.offset >= c.from && m.offset < c.to)) return;
      // "talks on a grain deal in Lisbon": without a place noun in it, the phrase starts at the last preposition.
      const inner = PLACE_NOUN.test(found[0]) ? null : /\b(?:at|in|near|outside)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}$/i.exec(found[0].slice(1));
      const loc = inner ?? found;
      // The name as the mention has it ("Addis Ababa"), then "region", ", Velmar" or "of Tarvo" after it.
      const tail = m.text + (/^[\w'’-]*(?:\s+(?:region|border|area|oblast|province))?(?:,\s+[A-Z]\w+)?(?:\s+of\s+[A-Z]\w+)?/.exec(sentence.slice(m.offset + m.text.length))?.[0] ?? '');
      const phrase = `${loc[0]}${tail}`.trim();
      // "talks on the sharing of a river's water": "on" opens a topic, unless a place noun says where ("on the border").
      if (/^on\b/i.test(phrase) && !PLACE_NOUN.test(phrase)) return;
      // "talks in Vienna" says where the talks were; "ended the strike at the port" may not.
      // "After two earlier rounds in Istanbul failed, the sides met in Doha": a clause set before
      // the main one tells of another time; its place gives way to the main clause's.
      const earlier = EARLIER_CLAUSE.exec(sentence);
      const score = (SPECIFICITY[m.placeKind ?? ''] ?? 2) + (/\bborder\b/.test(phrase) ? 1 : 0) + (/\blocation\b/.test(phrase) ? 1 : 0) + (TALKS_AT.test(head) ? 1 : 0)
        - (earlier && m.offset < earlier[0].length ? 0.5 : 0);
      if (!best || score > best.score) best = { score, place: corpus.mentionEntity[r.id][i], phrase };
    });
  }
  const b = best as { place: string; phrase: string } | null;
  return { place: b?.place ?? null, placeName: b ? b.phrase.replace(/^(?:at|in|on|near|outside)\s+/i, '') : null };
}

/** Country a delegation phrase or a role points to: "Armenian delegation", "The Baku delegation". */
function sideOf(word: string): string | null {
  if (DEMONYMS[word]) return lookupCountry(DEMONYMS[word])?.name ?? DEMONYMS[word];
  const country = lookupCountry(word);
  if (country) return country.name;
  const city = lookupCity(word, 100_000);
  return city?.country ? countryName(city.country) ?? null : null;
}

function sideFromRole(role: string | undefined): string | null {
  for (const w of (role ?? '').split(/[\s'’-]+/)) {
    const side = DEMONYMS[w] || lookupCountry(w) ? sideOf(w) : null;
    if (side) return side;
  }
  return null;
}

/**
 * Members of each side: people named in sentences about delegations. "The Baku
 * delegation included A, B and C" puts all three on Azerbaijan's side; where a sentence
 * names both delegations, each person's own role ("Turkish presidential aide") decides.
 */
export function delegationsOf(statements: Statement[], corpus: ResolvedCorpus): Record<string, string[]> {
  const sides = new Map<string, Set<string>>();
  const add = (side: string, id: string): void => { if (!sides.has(side)) sides.set(side, new Set()); sides.get(side)!.add(id); };
  for (const st of statements) {
    const r = recordOf(corpus, st.article);
    const text = r.sentences[st.sentence].text;
    if (!/\bdelegations?\b/i.test(text) || HOSTING.test(text)) continue;
    const phrases = [...text.matchAll(/\b([A-Z][\w'’-]+)\s+delegation\b/g)].map((m) => sideOf(m[1])).filter((x): x is string => Boolean(x));
    const single = phrases.length === 1 && !/\bdelegations\b/i.test(text) ? phrases[0] : null;
    sentenceIndex(r).mentions[st.sentence].forEach(({ item: m, index: i }: { item: Mention; index: number }) => {
      if (m.kind !== 'person') return;
      if (/\b(?:to|of|for|by)\s+(?:[\w'’]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.offset - 30), m.offset)) && !/\bled by\s+$/.test(text.slice(0, m.offset))) return;
      const id = corpus.mentionEntity[r.id][i];
      if (!id) return;
      const side = single ?? sideFromRole(m.role);
      if (side) add(side, id);
    });
  }
  return Object.fromEntries([...sides.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

const HOSTING = /\b(?:(?:greeted|welcomed|hosted|received)\s+(?:the\s+|both\s+)?(?:delegations?|leaders|ministers|sides)\b|hosted by\b)/i;

/** The person who greeted or hosted the delegations, when an article says so. */
export function hostOf(statements: Statement[], corpus: ResolvedCorpus): string | null {
  for (const st of statements) {
    const hosting = HOSTING.exec(st.text);
    if (!hosting) continue;
    const r = recordOf(corpus, st.article);
    // "X hosted the leaders" names the host before the verb, "talks hosted by X" after it.
    const after = /^hosted by/i.test(hosting[0]);
    const hit = sentenceIndex(r).mentions[st.sentence].find(({ item: m }) => m.kind === 'person' && (after ? m.offset > hosting.index : m.offset < hosting.index));
    if (hit && corpus.mentionEntity[r.id][hit.index]) return corpus.mentionEntity[r.id][hit.index];
  }
  return null;
}

/** "the three issues were discussed - military, international and humanitarian"; "focused on a possible ceasefire". */
export function topicsOf(statements: Statement[]): string[] {
  const topics = new Set<string>();
  for (const st of statements) {
    const list = /\b(?:issues|topics|subjects|questions)\W*\s[^.]*?(?:discussed|covered|raised|on the agenda)[^.]*?[-–—:]\s*([a-z][a-z ,]+?)(?:\.|$)/i.exec(st.text);
    if (list) list[1].split(/,\s*|\s+and\s+/).map((t) => t.trim()).filter(Boolean).forEach((t) => topics.add(t));
    const focus = /\bfocused on (?:a |an |the )?([a-z][a-z -]{2,40}?)(?:\s+and\b|[,.]|$)/i.exec(st.text);
    if (focus) topics.add(focus[1].trim());
  }
  return [...topics];
}
