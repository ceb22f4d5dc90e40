import type { Mention, Sentence } from '../model.js';
import { isTitleCase } from '../clean/boilerplate.js';
import { DEMONYMS } from './demonyms.js';
import { lookupCountry, lookupPlace, type GazetteerPlace } from './gazetteer.js';
import { FIRST_NAMES, KNOWN_ORGS, NEWS_AGENCIES, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import { nameRuns, type NameRun, type Token } from './name-runs.js';
import { personRole } from './roles.js';
import { isCommonWord, isKnownFirstName, isKnownLastName, isLexiconPlace, wordTags } from './word-tags.js';

const AGENCIES = new Set(NEWS_AGENCIES);
const WATER = /^(?:(Sea|Gulf|Bay|Strait|Straits|Lake) of \S.*|.+ (Sea|Ocean|Strait|Straits|River|Lake|Gulf|Bay|Channel|Canal))$/;
const WATER_AFTER = /^(sea|ocean|strait|straits|river|lake|gulf|bay)$/;
const ORG_AFTER = new Set(['company', 'party', 'agency', 'group', 'firm', 'bank', 'ministry', 'pipeline', 'network', 'newspaper', 'broadcaster', 'militia', 'movement', 'union']);
const REGION_AFTER = new Set(['region', 'oblast', 'province', 'state', 'county', 'district', 'governorate', 'prefecture']);
const HEAD_OF_STATE = /^(President|Prime Minister|Chancellor|King|Queen|government|Foreign Minister)\b/;
const SPEECH_AFTER = new RegExp(`^(${SPEECH_VERBS})$`);

const NOT_A_SURNAME = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|['’-]/;
const isDemonym = (w: string): boolean => Boolean(DEMONYMS[w] || DEMONYMS[w.replace(/s$/, '')]) || wordTags(w).has('Demonym') || wordTags(w.replace(/s$/, '')).has('Demonym');
const isTitleWord = (t: string): boolean => TITLE_WORDS.has(t.toLowerCase()) || Boolean(DEMONYMS[t]) || Boolean(lookupCountry(t) && t.includes('.'));

function place(run: NameRun, text: string, offset: number, sentence: number, p: GazetteerPlace): Mention {
  return { kind: 'place', text, sentence, offset, placeKind: p.kind, canonical: p.name, lat: p.lat, lon: p.lon };
}

/** Places named by country adjectives: "Polish-Belarusian border", "French President". */
function demonymPlaces(run: NameRun, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const t of run.tokens) {
    const parts = t.text.split('-');
    if (parts.length < 2) continue;
    let at = t.offset;
    for (const part of parts) {
      const country = DEMONYMS[part] ? lookupCountry(DEMONYMS[part]) : lookupCountry(part);
      if (country) out.push({ kind: 'place', text: part, sentence, offset: at, placeKind: 'country', canonical: country.name });
      at += part.length + 1;
    }
  }
  const first = run.tokens[0];
  const rest = run.tokens.slice(1).map((t) => t.text).join(' ');
  if (DEMONYMS[first.text] && HEAD_OF_STATE.test(rest)) {
    const country = lookupCountry(DEMONYMS[first.text]);
    if (country) out.push({ kind: 'place', text: first.text, sentence, offset: first.offset, placeKind: 'country', canonical: country.name });
  }
  return out;
}

/** Classifies one run of capitalised words as a person, place, organization or nothing. */
function classifyRun(run: NameRun, s: Sentence, headline: boolean): Mention[] {
  const tokens = run.tokens;
  const text = tokens.map((t) => t.text).join(' ');
  const offset = tokens[0].offset;
  const sentence = s.index;
  const single = tokens.length === 1;
  const atStart = s.text.slice(0, offset).trim() === '' || /["“(]$/.test(s.text.slice(0, offset).trim());
  const extra = demonymPlaces(run, sentence);

  if (WATER.test(text) || (WATER_AFTER.test(run.next[0] ?? '') && !run.after.trim())) {
    const kind = (/(Sea|Ocean|Strait|River|Lake|Gulf|Bay|Channel|Canal)/.exec(text)?.[1] ?? run.next[0] ?? 'sea').toLowerCase().replace(/s$/, '');
    return [{ kind: 'place', text, sentence, offset, placeKind: kind === 'strait' ? 'strait' : kind }];
  }
  if (AGENCIES.has(text)) return [{ kind: 'organization', text, sentence, offset, agency: true }];
  if (KNOWN_ORGS.has(text) || KNOWN_ORGS.has(text.replace(/^The /, ''))) return [{ kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }];
  const known = lookupPlace(text, single && atStart ? 100_000 : 15_000);
  if (known && !(single && atStart && isCommonWord(text))) {
    if (REGION_AFTER.has(run.next[0] ?? '') && !run.after.trim()) {
      return [{ ...place(run, `${text} ${run.next[0]}`, offset, sentence, known), placeKind: known.kind === 'city' ? 'city' : 'region' }];
    }
    return [place(run, text, offset, sentence, known), ...extra];
  }
  if (headline && isTitleCase(s.text)) return extra;
  if (!single && ORG_HEADS.has(tokens[tokens.length - 1].text.toLowerCase())) return [{ kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }, ...extra];
  if (ORG_AFTER.has(run.next[0] ?? '') && !run.after.trim() && !DEMONYMS[text]) {
    return [{ kind: 'organization', text, sentence, offset }, ...extra];
  }
  // Peel titles and country adjectives off the front: "Ukrainian Defense Minister Oleksiy Reznikov".
  let k = 0;
  while (k < tokens.length - 1 && isTitleWord(tokens[k].text)) k++;
  const titled = k > 0 || (run.prev.length > 0 && isTitleWord(run.prev[run.prev.length - 1].text) && /^\s+$/.test(run.before));
  const nameTokens = tokens.slice(k);
  if (nameTokens.length === 1 && isTitleWord(nameTokens[0].text)) return extra;
  if (single && isLexiconPlace(text) && !isCommonWord(text)) return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  const person = personMention(nameTokens, run, s, titled, atStart);
  if (person) return [person, ...extra];
  if (isLexiconPlace(text) && !isCommonWord(text)) return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  return extra;
}

function personMention(nameTokens: Token[], run: NameRun, s: Sentence, titled: boolean, atStart: boolean): Mention | null {
  const name = nameTokens.map((t) => t.text).join(' ');
  const offset = nameTokens[0].offset;
  const first = nameTokens[0].text;
  const last = nameTokens[nameTokens.length - 1].text;
  const speaks = SPEECH_AFTER.test(run.next[0] ?? '') && /^\s+$/.test(run.after);
  if (nameTokens.length >= 2 && nameTokens.length <= 4) {
    if (nameTokens.some((t) => lookupCountry(t.text) || /^\p{N}/u.test(t.text))) return null;
    const knownFirst = FIRST_NAMES.has(first) || isKnownFirstName(first);
    const looksNamed = knownFirst || isKnownLastName(last) || titled || speaks;
    // "Josep Borrell": a known first name vouches for a surname that is also a word.
    if (looksNamed && (knownFirst || !isCommonWord(last))) return { kind: 'person', text: name, sentence: s.index, offset, role: personRole(s.text, run, nameTokens) };
    return null;
  }
  if (nameTokens.length !== 1 || first.length < 3 || /^\p{Lu}+$/u.test(first) || NOT_A_SURNAME.test(first) || isDemonym(first)) return null;
  if (isCommonWord(first) && !(titled && !atStart)) return null;
  // A lone surname is only sure with a title or a known name; otherwise it waits for
  // the resolve stage to find the full name elsewhere in the story.
  const sure = titled || isKnownLastName(first) || speaks;
  return { kind: 'person', text: first, sentence: s.index, offset, tentative: !sure, role: personRole(s.text, run, nameTokens) };
}

/** "the Bosphorus and Dardanelles straits": two names sharing one lower-case head. */
function pairedWaterways(s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(/\b(\p{Lu}\p{L}+) and (\p{Lu}\p{L}+) (straits|seas|rivers|lakes)\b/gu)) {
    const kind = m[3].replace(/s$/, '');
    out.push({ kind: 'place', text: m[1], sentence: s.index, offset: m.index ?? 0, placeKind: kind });
    out.push({ kind: 'place', text: m[2], sentence: s.index, offset: (m.index ?? 0) + m[1].length + 5, placeKind: kind });
  }
  return out;
}

/** Every person, place and organization mention in the article's sentences. */
export function extractEntities(sentences: Sentence[], headingSentences: Set<number>): Mention[] {
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const paired = pairedWaterways(s);
    mentions.push(...paired);
    for (const run of nameRuns(s.text)) {
      if (paired.some((p) => p.offset <= run.tokens[0].offset && run.tokens[0].offset < p.offset + p.text.length + 40 && p.text === run.tokens[0].text)) continue;
      mentions.push(...classifyRun(run, s, headingSentences.has(s.index)));
    }
  }
  return mentions;
}
