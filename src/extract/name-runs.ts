import { lookupCountry } from './gazetteer.js';
import { EAST_ASIAN_FAMILY_NAMES, FIRST_NAMES, MONTH, ORG_HEADS, TITLE_WORDS, WEEKDAY } from './lexicon.js';
import { isCommonWord, isEnglishWord, isKnownFirstName, wordTags } from './word-tags.js';

/** Runs of capitalised words in a sentence: the raw material for names. */

export interface Token {
  text: string;
  offset: number;
  /** True when the token ended with a possessive 's, stripped from `text`. */
  possessive: boolean;
}

export interface NameRun {
  tokens: Token[];
  /** The run as written, possessives included ("People's Party"). */
  text: string;
  /** Text between the previous word and this run (punctuation tells clause breaks). */
  before: string;
  /** Text from the end of the run to the next word. */
  after: string;
  /** Words after the run, lower-cased, up to four. */
  next: string[];
  /** Words before the run, up to six, nearest last. */
  prev: Token[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const CONNECTORS = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'ten', 'ter', 'for', 'and']);
/** Particles inside personal names (Mohammed bin Salman, Ursula von der Leyen). */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'ten', 'ter']);
/** Particles that open a family name used alone ("Van der Velde", "De Gaulle", "Bin Tarvo"): not "al", "la", "le", which open bodies' and places' names as often ("Al Tarvo", "La Velmara"). */
export const SURNAME_PARTICLES = new Set([...NAME_PARTICLES].filter((p) => !['al', 'la', 'le'].includes(p)));
export const isFirstName = (word: string): boolean => FIRST_NAMES.has(word) || isKnownFirstName(word);
/** "UK-based", "Arab-brokered": a name joined to an English participle describes, names nothing ("Kuo-hsing" is a given name). */
const describedBy = (word: string): boolean => {
  const tail = /-(\p{Ll}{2,})$/u.exec(word)?.[1];
  return Boolean(tail && (/^(?:based|led|backed|born|owned|run|made)$/.test(tail) || (/(?:ed|ing)$/.test(tail) && isEnglishWord(tail))));
};
/** Vietnamese family names that open a name of three ("Nguyen Van An"), written with or without their marks. */
const VIETNAMESE_FAMILY_NAMES = /^(?:Nguy[eễ]n|Tr[aầ]n|Ph[aạ]m|Ho[aà]ng|Hu[yỳ]nh|Phan|V[uũ]|[ĐD][aặ]ng|B[uù]i|Ng[oô]|D[uư][oơ]ng)$/u;
/** Capitalised function words that never sit inside a name: one starts a new sentence fragment. */
const CAPITAL_FUNCTION_WORDS = new Set(['The', 'A', 'An', 'As', 'In', 'On', 'At', 'For', 'By', 'But', 'And', 'If', 'When', 'While', 'After', 'Before', 'Is', 'It', 'This', 'That', 'These', 'Those', 'There', 'What', 'Why', 'How', 'We', 'They', 'He', 'She', 'I']);
/** "Following Harlan's election", "My Velmar-born colleague": words that open a sentence, never a name. */
/** Nouns a name of a street, a square or a building ends in. */
const NAMED_PLACE_NOUN = /^(?:Street|Road|Avenue|Square|Lane|Place|Park|Bridge|Station|Hall|House|Palace|Gate|Court|Castle|Tower|Green|Gardens)$/;
const OPENERS = new Set(['My', 'Our', 'Your', 'Following', 'According', 'Including', 'Regarding', 'Concerning', 'Despite', 'Amid', 'Unlike', 'Besides', 'Throughout', 'Given', 'Today', 'Tonight', 'Yesterday']);
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord'];
/** "But", "Meanwhile": a function word, capitalised to open a sentence. "US" written in capitals is the country, not "us". */
export const isFunctionWord = (word: string): boolean => !/^\p{Lu}{2,}$/u.test(word) && [...wordTags(word.toLowerCase())].some((t) => FUNCTION_TAGS.includes(t));
/** "U.S.", "U.N.", and titles written with a dot ("Mr.", "Gen."), which keep it. */
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Capt|Maj|Adm|Cmdr|Rev|Fr|Pres)\.)$/u;
/** "al-Turabi", "bin-Laden", "el-Sisi": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:(?:al|el|ad|as|at|ar|an|bin|ibn|abu|ben|de|da|di|van|von)-|[dl]['’])\p{Lu}/u;
/** Capitalised, or a particle-joined name like "al-Turabi". */
export const isNameWord = (t: string): boolean => /^\p{Lu}/u.test(t) || PARTICLE_NAME.test(t);
const CALENDAR = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);
/** "Rs 40 crore", "USD 5 million": a currency's short form before an amount is no name. */
const CURRENCY_CODE = /^(?:Rs|INR|USD|EUR|GBP|CHF|JPY|CNY|RMB|AED|SAR|PKR|BDT|Ksh|KSh|NGN|ZAR)$/;
/** "Jan. 5", "Sept 12": a month's short form before a day, not the given name "Jan". */
const amountCurrency = (t: Token, sentence: string): boolean => CURRENCY_CODE.test(t.text.replace(/\.$/, '')) && /^\.?\s*\d/.test(sentence.slice(t.offset + t.text.length));
const shortMonthDay = (t: Token, sentence: string): boolean =>
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(t.text) && /^\.?\s*\d{1,2}\b/.test(sentence.slice(t.offset + t.text.length));

/** "Doctors' Syndicate", "Workers' Party": a plural possessive inside an organisation's name. */
const pluralPossessive = (a: Token, b: Token, between: string): boolean =>
  /^['’]\s+$/.test(between) && /s$/.test(a.text) && /^\p{Lu}/u.test(b.text) && ORG_HEADS.has(b.text.toLowerCase());

/** An organisation head word among the next three capitalised words, joined by spaces only. */
function headAhead(tokens: Token[], j: number, gap: (a: Token, b: Token) => string): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    if (!/^\p{Lu}/u.test(tokens[k].text) || (k > j && !/^\s+$/.test(gap(tokens[k - 1], tokens[k])))) return false;
    if (ORG_HEADS.has(tokens[k].text.toLowerCase())) return true;
    if (tokens[k].possessive) return false;
  }
  return false;
}

/** Splits a sentence into word tokens, keeping offsets; "U.S." keeps its dots. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    if (!ABBREVIATION.test(text)) text = text.replace(/[.'’-]+$/, '');
    let possessive = false;
    if (/['’]s$/.test(text)) { text = text.slice(0, -2); possessive = true; }
    if (text) tokens.push({ text, offset: m.index ?? 0, possessive });
  }
  return tokens;
}

/**
 * Maximal runs of capitalised tokens joined only by spaces (brackets are allowed, as in
 * "Chancellor [Olaf] Scholz"), with connectors like "of the" inside
 * ("Sea of Azov", "Servant of the People"). A run never crosses a comma.
 */
export function nameRuns(sentence: string): NameRun[] {
  const tokens = tokenize(sentence);
  const runs: NameRun[] = [];
  let i = 0;
  const gap = (a: Token, b: Token): string => sentence.slice(a.offset + a.text.length + (a.possessive ? 2 : 0), b.offset);
  while (i < tokens.length) {
    // "al-Hadi al-Tamimi": a name may open with a particle-joined word when another name word follows.
    const particleStart = PARTICLE_NAME.test(tokens[i].text) && i + 1 < tokens.length && isNameWord(tokens[i + 1].text) && /^\s+$/.test(gap(tokens[i], tokens[i + 1]));
    // ("(@JaneRoeHarlow)": a social-media handle names an account, not a person or a body.)
    if ((!/^\p{Lu}/u.test(tokens[i].text) && !particleStart) || sentence[tokens[i].offset - 1] === '@' || CALENDAR.test(tokens[i].text) || shortMonthDay(tokens[i], sentence) || amountCurrency(tokens[i], sentence)) { i++; continue; }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && (/^[\s[\]]*$/.test(gap(tokens[j - 1], tokens[j])) || pluralPossessive(tokens[j - 1], tokens[j], gap(tokens[j - 1], tokens[j])))) {
      const t = tokens[j];
      // A possessive ends a name ("Turkey's army") unless an organisation head follows ("People's
      // Party"), or ends the capitalised words after it ("People's Liberation Front").
      // A country's or a person's possessive never joins: "Peru's National Weather Office".
      const owner = run[run.length - 1];
      if (owner.possessive && !(ORG_HEADS.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text)) && !(isCommonWord(owner.text.toLowerCase()) && headAhead(tokens, j, gap))) break;
      // A month ends a name, except a surname after a given name: "Theresa May said".
      if (CALENDAR.test(t.text) && !(t.text === 'May' && isFirstName(run[run.length - 1].text) && !/^\s*\d/.test(sentence.slice(t.offset + 3)))) break;
      // A capitalised function word starts a new sentence fragment ("Photograph: Jane Roe The
      // question"), and "UK-based" describes: neither continues a name.
      // "Zhou He": after a Chinese family name, "He" is a given name.
      // ("Nguyen Van An": or the family name that opens a name of three.)
      const givenName = (EAST_ASIAN_FAMILY_NAMES.has(run[run.length - 1].text) || (run.length === 2 && VIETNAMESE_FAMILY_NAMES.test(run[0].text))) && /^(?:He|An)$/.test(t.text);
      if (/^\p{Lu}/u.test(t.text) && !givenName && (CAPITAL_FUNCTION_WORDS.has(t.text) || describedBy(t.text))) break;
      // ("gave the Unity Party 40 seats": a number after a body's head counts something; "Apollo 11"
      // and "Harlow Radio 4" name.)
      const countAfterHead = ORG_HEADS.has(run[run.length - 1].text.toLowerCase()) && !/^(?:Radio|Channel|TV)$/.test(run[run.length - 1].text);
      if (isNameWord(t.text) || (/^\p{N}+$/u.test(t.text) && run.length > 1 && !countAfterHead)) { run.push(t); j++; continue; }
      // "of", "of the" join two capitalised parts: Sea of Azov, Servant of the People; but a
      // person's name ends before "of" ("Alberto Feijóo of the People's Party").
      const personSoFar = isFirstName(run[0].text) && run.length >= 2;
      // ("Commission on Human Rights", "Council on Foreign Relations": "on" joins after a body's head.)
      const onAfterHead = t.text === 'on' && ON_NAME_HEADS.test(run[run.length - 1].text) && /^\s+$/.test(gap(run[run.length - 1], t));
      const joined = (CONNECTORS.has(t.text) || onAfterHead) && !(personSoFar && !NAME_PARTICLES.has(t.text)) ? (onAfterHead ? onLength(tokens, j, gap) : connectorLength(tokens, j, gap) || andInName(run, tokens, j, gap)) : 0;
      if (joined) { run.push(...tokens.slice(j, j + joined)); j += joined; continue; }
      break;
    }
    // "But the Kremlin", "Meanwhile Turkey": a capitalised function word is not part of a name.
    // Mid-sentence a capital is no sentence start: "its trade minister, Than Oo," keeps "Than".
    const opensClause = i === 0 || /["“‘(:—–-]\s*$/.test(sentence.slice(0, tokens[i].offset));
    // "Urging the Harlow Council …": a participle that opens the sentence is no part of a name.
    // ("Harling Street said", "Reading Station": before a street's or a building's noun the word is the name's.)
    const opener = (t: Token): boolean => OPENERS.has(t.text) || (/^\p{Lu}\p{Ll}+ing$/u.test(t.text) && isCommonWord(t.text.toLowerCase()) && !TITLE_WORDS.has(t.text.toLowerCase()) && !NAMED_PLACE_NOUN.test(run[1]?.text ?? ''));
    // ("De Gaulle said", "Van der Berg left": a family name's particle opens the name, not the clause.)
    const particle = (k: number): boolean => SURNAME_PARTICLES.has(run[k].text.toLowerCase()) && run.slice(k + 1).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && run.slice(k + 1).every((t) => NAME_PARTICLES.has(t.text) || /^\p{Lu}\p{Ll}/u.test(t.text));
    while (run.length > 1 && !particle(0) && (isFunctionWord(run[0].text) || (opensClause && opener(run[0]))) && (opensClause || !/^\p{Lu}\p{Ll}/u.test(run[1].text))) run.shift();
    // "… prices rose. By Jane Roe": a byline run into the text ("By" never starts a name).
    if (run.length > 2 && run[0].text === 'By') run.shift();
    // "Residents of Goma", "Thousands of Haitians", "Part of the Velmore dam": a plural noun or a
    // share capitalised only because it opens the sentence is not the head of a name ("Bank of
    // England" keeps its head).
    if (opensClause && run.length > 2 && run[1].text === 'of' && (PART_WORDS.test(run[0].text) || (/^\p{Lu}\p{Ll}+s$/u.test(run[0].text) && !ORG_HEADS.has(run[0].text.toLowerCase().replace(/s$/, '')) && isCommonWord(run[0].text.toLowerCase())))) {
      run.splice(0, run[2].text === 'the' ? 3 : 2);
    }
    // A run left starting with a connector ("of Play Jenna McWilliams") starts after it.
    while (run.length > 1 && !isNameWord(run[0].text)) run.shift();
    const last = run[run.length - 1];
    const end = last.offset + last.text.length + (last.possessive ? 2 : 0);
    runs.push({
      tokens: run,
      text: sentence.slice(run[0].offset, end),
      before: i > 0 ? gap(tokens[i - 1], tokens[i]) : sentence.slice(0, tokens[i].offset),
      after: j < tokens.length ? sentence.slice(end, tokens[j].offset) : sentence.slice(end),
      next: tokens.slice(j, j + 4).map((t) => t.text.toLowerCase()),
      prev: tokens.slice(Math.max(0, i - 6), i),
    });
    i = j;
  }
  return runs;
}

/** "Part of the Velmore dam", "Most of Brantby": a share of something, capitalised to open the sentence. */
const PART_WORDS = /^(?:Part|Parts|Most|Much|Some|Rest|Half|All|None|Each|Many|Few|Several|One|Two|Three)$/;

/** How many connector tokens at `j` lead to a capitalised word (0 when none do). */
/**
 * "and" inside an institution's "of" phrase: "Ministry of Trade and Industry", "Federation of
 * Red Cross and Red Crescent Societies". Anywhere else it joins two names, not one.
 */
function andInName(run: Token[], tokens: Token[], j: number, gap: (a: Token, b: Token) => string): number {
  if (tokens[j].text !== 'and' || j + 1 >= tokens.length || !/^\p{Lu}/u.test(tokens[j + 1].text)) return 0;
  if (!/^\s+$/.test(gap(tokens[j], tokens[j + 1])) || !/^\s+$/.test(gap(tokens[j - 1], tokens[j]))) return 0;
  // "Centers for Harbour Safety and Rescue": "for" too, after a plural head.
  const of = run.findIndex((t) => t.text === 'of' || t.text === 'for');
  // ("The Council for Arts and Jane Roe": a given name after "and" starts another name.)
  if (of >= 1 && run.slice(0, of).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || ORG_HEADS.has(t.text.toLowerCase().replace(/s$/, ''))) && !isFirstName(tokens[j + 1].text)) return 1;
  // "Seeds and Soil Authority", "Roads and Tunnels Development Corporation": plain
  // English words before "and" (no place, no acronym: "HVB and Bank of Harlow" are two), and
  // the words after it run on to an institution's head that ends the name.
  // "The U.K. Seeds and Soil Authority": an article and a country's initials may open the name.
  let from = 0;
  while (from < run.length - 1 && (CAPITAL_FUNCTION_WORDS.has(run[from].text) || /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u.test(run[from].text))) from++;
  const words = run.slice(from);
  // ("United Kingdom and European Union": a country of common words is a place too.)
  if (!words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && isCommonWord(t.text) && !wordTags(t.text).has('Place')) || lookupCountry(words.map((t) => t.text).join(' '))) return 0;
  for (let k = j + 1; k < tokens.length && k <= j + 4 && /^\p{Lu}/u.test(tokens[k].text); k++) {
    if (k > j + 1 && !/^\s+$/.test(gap(tokens[k - 1], tokens[k]))) return 0;
    if (AND_NAME_HEADS.test(tokens[k].text)) return /^(?:of|for)$/.test(tokens[k + 1]?.text ?? '') ? 0 : 1;
  }
  return 0;
}

/** Heads of institutions whose names join two words with "and" before them. */
const AND_NAME_HEADS = /^(?:Administration|Corporation|Authority|Foundation|Commission|Agency|Institute|Organi[sz]ation|Association|Federation|Board|Council|Committee|Bank|Fund|Department|Ministry|Office|Company|Service|Society|Trust|Cent(?:re|er)|Bureau|University|College|School|Union|Guild|Alliance|Coalition)$/;

/** Heads of bodies named for what they deal with after "on": "Commission on Human Rights". */
const ON_NAME_HEADS = /^(?:Commission|Committee|Council|Conference|Panel|Court|Convention|Board|Office|Centre|Center|Institute)$/;
/** "on" and a capitalised word after it (no day: "the Commission on Monday"): the length joined, or 0. */
function onLength(tokens: Token[], j: number, gap: (a: Token, b: Token) => string): number {
  const next = tokens[j + 1];
  return next && /^\p{Lu}/u.test(next.text) && !CALENDAR.test(next.text) && /^\s+$/.test(gap(tokens[j], next)) ? 1 : 0;
}

function connectorLength(tokens: Token[], j: number, gap: (a: Token, b: Token) => string): number {
  let k = j;
  while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k].text) && tokens[k].text !== 'and') k++;
  if (k === j || k >= tokens.length || !/^\p{Lu}/u.test(tokens[k].text)) return 0;
  for (let m = j; m < k; m++) if (!/^\s*$/.test(gap(tokens[m], tokens[m + 1]))) return 0;
  // "a fee with Tarvo FC for the Brazilian striker": a nationality before a common noun describes it; no name goes on.
  const next = tokens[k + 1];
  if (next && /^\p{Ll}/u.test(next.text) && /^\s+$/.test(gap(tokens[k], next)) && !CONNECTORS.has(next.text) && wordTags(tokens[k].text).has('Demonym')) return 0;
  return k - j;
}
