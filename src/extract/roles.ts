import { DEMONYMS } from './demonyms.js';
import { isUtilityGood, KIN_NOUNS, MONTH, OFFICES, ORG_HEADS, PAST_FORM, ROLE_NOUNS, TITLE_WORDS, WEEKDAY } from './lexicon.js';
import { isFirstName, isFunctionWord, type NameRun, type Token } from './name-runs.js';
import { isCommonWord, isKnownLastName, isPersonNoun, wordTags } from './word-tags.js';

const APPOSITIVE_TITLES = `spokes(?:man|woman|person)|analyst|director|head|minister|adviser|advisor|professor|economist|president|secretary|leader|envoy|ambassador|commander|official|editor|correspondent|researcher|executive|fellow|chairman|chairwoman|negotiator|mediator|delegate|representative|diplomat|lawyer|attorney|prosecutor|coach|captain|manager|${OFFICES}`;
/** ", the head of the delegation,", ", who led the talks,", ", chief economist at …,", ", health minister in …,", ", NATO Secretary General,", ", Velmar's minister of state for …,". */
const APPOSITIVE = new RegExp(String.raw`^,\s*((?:the|a|an|his|her|their)\s[^,.;:"“”()]{3,90}?|who (?:heads?|headed|leads?|led|is|was|chairs?|chaired) [^,.;:"“”()]{3,90}?|who (?:(?:has|had) )?(?:works?|worked|serves?|served) as [^,.;:"“”()]{3,90}?|(?:(?:senior|chief|former|deputy|acting) )?(?:${APPOSITIVE_TITLES})\b[^,.;:"“”()]{0,80}?|(?:(?!(?:while|and|but|as|who|which|when|where|after|before|although|whereas|with|said|says)\s)\p{L}+(?:['’]s)?\s+){1,2}(?:${APPOSITIVE_TITLES})\b[^,.;:"“”()]{0,80}?|(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:${APPOSITIVE_TITLES})(?:[- ]general)?)\s*(?:[,.;:)]|$)`, 'iu');

/** Field words of offices, lower-case in running text: "UN aid chief", "army spokesman". */
const ROLE_FIELDS = new Set(['court', 'government', 'party', 'prison', 'hospital', 'city', 'aid', 'rights', 'human', 'press', 'policy', 'army', 'military', 'police', 'intelligence', 'relief', 'humanitarian', 'peace', 'climate', 'nuclear', 'campaign', 'refugee', 'migration', 'development', 'budget', 'media', 'communications', 'legal', 'finance', 'health', 'trade', 'security', 'foreign',
  // Portfolios: "EU competition commissioner", "the state energy regulator".
  'competition', 'energy', 'transport', 'education', 'environment', 'justice', 'interior', 'defence', 'defense', 'agriculture', 'culture',
  'tourism', 'labour', 'labor', 'economy', 'industry', 'fisheries', 'housing', 'immigration', 'tax', 'sports']);
/** An honorific after an office, before the name: "Minister Prince", "Governor Sheikh". */
// ("correspondent Dr": after one word, only a plain honorific — or any after a lower-case word,
// "groom Sheikh"; "Qatar Emir" is an office.)
const TRAILING_HONORIFIC = /(?:(?<=\p{L}+ \p{L}+|(?:^|\s)\p{Ll}+)(?<!Crown) (?:Prince|Princess|Sheikh|Sheikha|Emir|Sultan|Lord|Lady)|(?<=\p{L}+) (?:Sir|Dame|Mr|Mrs|Ms|Dr))\.?$/u;
/** The owner of an office at its start: "Jane Roe's", "the Harbour Board's". */
const OWNER = /^(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s/u;
/** Verbs that open an inverted clause before a name: "Had Jane Roe known", "Should Jane Roe win". */
const AUXILIARY = /^(?:Had|Has|Have|Were|Was|Should|Would|Could|Did|Does|Do|Is|Are|Will|Shall|Can|May|Might|Must)$/;
/** "In November Harlow Fed President Jane Roe": when, opening the sentence, is no part of the title. */
const WHEN_BEFORE_TITLE = new RegExp(`^(?:(?:In|On|By|Since|Until|Last|Next|Early|Late)\\s+)?(?:${MONTH}|${WEEKDAY})\\s+`);
/** A phrase opening the sentence up to its comma: "In a letter to the prime minister, ", "Speaking in Oslo, ". */
const FRONTED = /^(?:In|At|On|During|After|Before|Following|Speaking|Writing|Asked|Responding|Due to|Because of|Despite|Amid|Since|Given)\b[^,]*,\s*$/;
/** Words that make a phrase a clause, not a title: "the party is led by its former deputy". */
const CLAUSE_WORDS = /\b(?:is|are|was|were|be|been|has|have|had|by|will|would|said|says|told|who|which|that)\b/i;
/** "A spokesman, " / "The group's leader, " / "led by its foreign minister, " opening a clause or a verb's object, right before the name. */
// The greedy ".*" takes the last opening before the name: "was led by its foreign minister, " is "foreign minister".
// '"We lost," the chair, Jane Roe, told …': a closing quotation mark may stand between the comma and the role.
// "His old opponent, veteran Jane Roe,": one lower-case word may describe the name after the comma.
const APPOSITIVE_TAIL = String.raw`(?:an?\s+|the\s+|(?:its|his|her|their|our)\s+|(?=(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s))([^,;:"“”()]{2,70}?)\s*,\s*(?:(?!(?:said|says|told|and|or|but|while|whereas|as|when|after|before|although|though|since|because|if|until|so|then)\s|\p{Ll}+(?:ing|ed)\s)\p{Ll}+\s+)?$`;
/**
 * Words after which an appositive may open: verbs of saying and prepositions, and conjunctions
 * that open a clause ("The vote came as the finance minister, Jane Roe, said …").
 */
// ("31 witnesses, including the town's mayor, Jane Roe,": what a list is opened with is no part of the office.)
const APPOSITIVE_OPENERS = 'including|among them|such as|notably|especially|said|says|told|that|writes|wrote|reports|reported|adds|added|by|with|to|for|from|met|and|as|after|before|when|while|because|since|until';
// "transferred the police chief, Jane Roe,", "sacked its coach, Jane Roe,": a verb's object too.
/** A past deed, then the owner of its object: "sent its ", "recalled the ". */
const DEED_BEFORE_OBJECT = new RegExp(String.raw`\b(?:${PAST_FORM})\s+(?:(?:its|his|her|their|our|the|an?)\s+)?$`, 'iu');
// ("sent its chief negotiator, Jane Roe,": an irregular past too.)
const OPENING_APPOSITIVE = new RegExp(String.raw`(?:^.*(?:[,;:]["”’]?\s+|\b(?:${APPOSITIVE_OPENERS}|${PAST_FORM})\s+)|^)${APPOSITIVE_TAIL}`, 'iu');

/**
 * How many lower-case words ending at token `i` (one or two) modify a title: plain words, not
 * function words or verb forms, opened by an article, a verb, punctuation or the sentence start.
 */
function plainModifiers(prev: Token[], i: number, sentence: string): number {
  // ("Civil protection chief Jane Roe": the sentence's first word, capitalised, may be one too.)
  const opensSentence = (t: Token): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && /^["“‘']?$/.test(sentence.slice(0, t.offset).trim()) && isCommonWord(t.text);
  // ("The club bought striker Jane Roe": a verb's past is no modifier of the office.)
  const plain = (t: Token): boolean => (/^\p{Ll}{3,}$/u.test(t.text) || opensSentence(t)) && !isFunctionWord(t.text) && !/(?:ed|ing|ly)$/.test(t.text) && !/^(?:said|says|told|tells|met|meets|saw|sees)$/.test(t.text) && !t.possessive && !wordTags(t.text).has('PastTense') && !presentVerb(t.text);
  for (let n = 1; n <= 2 && i - n + 1 >= 0; n++) {
    if (!plain(prev[i - n + 1])) return 0;
    const opener = prev[i - n];
    // ("Harlow United sign striker Jane Roe": after a name, a word that may be a verb is the name's verb.)
    if (opener && /^\p{Lu}/u.test(opener.text) && !ownsOffice(opener) && wordTags(prev[i - n + 1].text).has('Verb') && !wordTags(prev[i - n + 1].text).has('Noun')) return 0;
    const gap = opener ? sentence.slice(opener.offset + opener.text.length, prev[i - n + 1].offset) : '';
    if (!opener || /[,;:(—–-]/.test(gap) || /^(?:the|a|an|said|says|told|by|with|and|to|of|for|from|as)$/i.test(opener.text) || /(?:ed)$/.test(opener.text) || ownsOffice(opener)) return n;
  }
  return 0;
}

/** "appoints", "names": a verb's third person, which no office's modifier is. */
const presentVerb = (w: string): boolean => /\p{Ll}s$/u.test(w) && wordTags(w).has('PresentTense') && !wordTags(w).has('Noun') && !wordTags(w).has('Plural');

/** "US", "U.S.", "UN", "French": a country's or a body's letters, or a nationality, that an office may open with. */
const ownsOffice = (t: Token): boolean => !t.possessive && (/^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$|^\p{Lu}{2,5}$/u.test(t.text) || Boolean(DEMONYMS[t.text]));

/** Whether title and field words before token `i` lead back to a proper noun ("European foreign policy"). */
function properBefore(prev: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (/^\p{Lu}/u.test(prev[k].text)) return true;
    const lower = prev[k].text.toLowerCase();
    if (!ROLE_FIELDS.has(lower) && !TITLE_WORDS.has(lower)) return false;
  }
  return false;
}

/**
 * The opening appositive before a name, the last that names an office: in "A spokeswoman for
 * the water authority, Jane Roe," the phrase after "for" ("the water authority") is no office,
 * so the whole opening is taken.
 */
function openingRole(head: string): RegExpExecArray | null {
  const found = OPENING_APPOSITIVE.exec(head);
  if (!found || ROLE_NOUNS.test(found[1])) return found;
  for (const start of [...head.matchAll(APPOSITIVE_START)].map((m) => m.index! + m[0].length).reverse()) {
    const whole = OPENING_FROM_START.exec(head.slice(start));
    if (whole && ROLE_NOUNS.test(whole[1])) return whole;
  }
  return found;
}
/** Where an opening appositive may start: the sentence's start, after a comma, or after a verb or preposition. */
const APPOSITIVE_START = new RegExp(String.raw`^|[,;:]["”’]?\s+|\b(?:${APPOSITIVE_OPENERS})\s+`, 'giu');
const OPENING_FROM_START = new RegExp(`^${APPOSITIVE_TAIL}`, 'iu');

/** Kin, whom "the loss of his mother, Jane Roe," may name or not. */
const KIN = new RegExp(`\\b(?:${KIN_NOUNS}|parents?|children|grand\\w+)$`, 'i');

/**
 * The office a phrase names: the phrase when a role noun heads it, before any "of" ("head of the
 * delegation"); else what it is "of", when that is an office ("the house of the city's mayor",
 * "the fall of the caretaker prime minister": the name is the mayor's, the minister's).
 */
function officeIn(phrase: string): string | undefined {
  const parts = phrase.split(/\s+of\s+/i);
  // "a former municipal clerk", "a freelance cameraman": a known office, or a noun compromise
  // knows for a person at the head of the phrase.
  // ("a paediatric allergist at Harlow Hospital in Tarvo": the noun before where the person works.)
  const head = parts[0].split(/\s+(?:at|in|for|with|from|on)\s+/)[0].split(/\s+/).pop()!;
  if (ROLE_NOUNS.test(parts[0]) || (parts.length === 1 && isPersonNoun(head))) return phrase;
  // Not after a list ("the party elite and most of the senior officers"), nor for kin.
  const tail = parts.length > 1 && !/\band\b/.test(parts[0]) ? parts[parts.length - 1].replace(/^(?:the|a|an|his|her|its|their|our)\s+/i, '') : '';
  return ROLE_NOUNS.test(tail) && !KIN.test(tail) ? tail : undefined;
}

/**
 * ", the Velmar government sent an envoy back": a plain word, no preposition, before a
 * determiner is a verb, and the phrase a clause, not an office ("head of the party" is one).
 */
const VERB_BEFORE_DETERMINER = /\b(?!(?:of|to|for|at|in|on|with|from|by|and|or|as|into|onto|over|under|within|without|than|about|against|between|among|across|after|before|behind|beyond|near|per|via|like|including|during|since|until|outside|inside|throughout|toward|towards|amid|despite)\b)\p{Ll}+\s+(?:a|an|the|his|her|its|their)\s/u;

/**
 * ", leftist leader Jane Roe,", ", head of the party Jane Roe,": a known given name and a surname,
 * or two capitalised words after a title (", Interior Minister Tarvo Lind said"), start the next
 * name in a list — unless a preposition and a title tie the name to the office ("adviser to
 * President Jane Roe", "widow of the former President Jane Roe"). "Marion County" is a place's
 * name, not a person's.
 */
function namesSomeone(phrase: string): boolean {
  for (const m of phrase.matchAll(/(\p{Lu}\p{Ll}+)\s+(?=((?:\p{Lu}|(?:al|el|bin|ibn|abu|de|da|van|von)[- ])[\p{L}-]*)(?![\p{L}-]|['’]s))/gu)) {
    const head = phrase.slice(0, m.index).trim();
    // "Interior Minister Jane Roe": a title and two capitalised words ending the phrase are an
    // officer's name ("deputy Central Asia director" is an office).
    const afterTitle = TITLE_WORDS.has(head.split(/\s+/).pop()!.toLowerCase()) && !TITLE_WORDS.has(m[1].toLowerCase()) && /^\S+\s+\S+$/.test(phrase.slice(m.index));
    if (!(isFirstName(m[1]) || afterTitle) || ORG_HEADS.has(m[2].toLowerCase()) || PLACE_HEADS.test(m[2])) continue;
    const titled = /\b(?:of|for|to|at|with)\b/.test(head) && TITLE_WORDS.has(head.split(/\s+/).pop()!.toLowerCase());
    if (!titled) return true;
  }
  return false;
}
const PLACE_HEADS = /^(?:County|Township|Borough|City|State|Province|District|Region|Island|Islands|Valley|River|Street|Avenue|Road|Square|Park|Bay|Beach|Hills?|Heights)$/;

/**
 * The role stated next to a person: the title words in front of the name
 * ("Ukrainian Defense Minister", "Pentagon spokesman") or an appositive after it
 * (", the head of the Armenian delegation,").
 */
export function personRole(sentence: string, run: NameRun, nameTokens: Token[]): string | undefined {
  const roles: string[] = [];
  // The name may end before the run does ("Senator Jane Roe of the Greens"): the title is what precedes it.
  const start = run.tokens.indexOf(nameTokens[0]);
  const peeled = run.tokens.slice(0, start >= 0 ? start : run.tokens.length - nameTokens.length).map((t) => t.text);
  const before: string[] = [];
  if (/^\s+$/.test(run.before)) {
    // Walk back over title words and proper nouns directly before the run.
    for (let i = run.prev.length - 1; i >= 0; i--) {
      const t = run.prev[i];
      const lower = t.text.toLowerCase().replace(/\.$/, '');
      // Lower-case field words count right before the title ("court spokesperson") or between a
      // title and a proper noun ("UN aid chief", "European foreign policy chief").
      const field = ROLE_FIELDS.has(lower) && before.length > 0 && (before.length === 1 || properBefore(run.prev, i));
      // A lone person noun right before the name is its role too ("the rapper Jane Roe"), from
      // compromise's lexicon — not a verb after "to" ("to groom Jane Roe") nor half of "team-mate".
      const joined = i > 0 && (/^to$/i.test(run.prev[i - 1].text) || sentence[t.offset - 1] === '-');
      const personNoun = before.length === 0 && !joined && isPersonNoun(lower);
      // "the mayor's Food Board": a possessive right before the name owns it, names no office.
      if (t.possessive && before.length === 0 && peeled.length === 0) break;
      // "Roads and Buildings Minister": "and" between two capitalised words of one portfolio.
      // (A word, not a name, before it: "Tourism and Civil Aviation", "World and Olympic", not "Jane Roe and Finance".)
      const next = before[0] ?? peeled[0] ?? '';
      const joins = lower === 'and' && /^\p{Lu}/u.test(next) && i > 0 && /^\p{Lu}\p{Ll}/u.test(run.prev[i - 1].text) && !run.prev[i - 1].possessive && isCommonWord(run.prev[i - 1].text) && !isFirstName(run.prev[i - 1].text)
        && !isKnownLastName(run.prev[i - 1].text) && (!/^\p{Lu}/u.test(run.prev[i - 2]?.text ?? '') || (isUtilityGood(next) && isUtilityGood(run.prev[i - 1].text)));
      if (TITLE_WORDS.has(lower) || DEMONYMS[t.text] || /^\p{Lu}/u.test(t.text) || ROLE_NOUNS.test(lower) || field || personNoun || joins) before.unshift(t.possessive ? sentence.slice(t.offset, t.offset + t.text.length + 2) : t.text);
      else {
        // "regional president", "the civil protection chief": plain modifiers of the title up to
        // a word that cannot be one (an article, a verb, punctuation).
        const modifiers = before.length && (TITLE_WORDS.has(before[0].toLowerCase()) || ROLE_NOUNS.test(before[0]) || isPersonNoun(before[0])) && /^\p{Ll}/u.test(before[0]) ? plainModifiers(run.prev, i, sentence) : 0;
        if (modifiers) {
          before.unshift(...run.prev.slice(i - modifiers + 1, i + 1).map((x) => x.text));
          // ("US special envoy", "UN special rapporteur": a country's or a body's letters, or a
          // nationality, before the modifiers belong to the office too.)
          const owner = run.prev[i - modifiers];
          if (owner && ownsOffice(owner) && /^\s+$/.test(sentence.slice(owner.offset + owner.text.length, run.prev[i - modifiers + 1].offset))) before.unshift(owner.text);
        }
        break;
      }
      const gapBefore = i > 0 ? sentence.slice(run.prev[i - 1].offset + run.prev[i - 1].text.length + (run.prev[i - 1].possessive ? 2 : 0), t.offset) : ' ';
      // ("Velmar Gas & Electric CEO": a firm's ampersand joins its name.)
      if (/^\s*&\s*$/.test(gapBefore) && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(run.prev[i - 1].text) && before[0] === t.text) before[0] = `& ${t.text}`;
      else if (!/^\s+$/.test(gapBefore)) break;
    }
  }
  // "Foreign Minister Prince Harun": the office is the role, the honorific belongs to the name.
  // "The Swedish conductor Elsa Varnholm": the article that opens the sentence is no part of the office.
  // "Its chairman Olaf Brant": the owner is a pronoun, no part of the office either.
  // "Had Jane Roe been there": an auxiliary that opens an inverted clause is no title.
  const pre = [...before, ...peeled.filter((w) => !AUXILIARY.test(w))].join(' ').replace(WHEN_BEFORE_TITLE, '').replace(TRAILING_HONORIFIC, '').replace(/^(?:the|a|an|its|his|her|their|our)\s+/i, '');
  // ("Incident controller Jane Roe": a person noun last, after its modifier.)
  if (pre && (ROLE_NOUNS.test(pre) || isPersonNoun(pre) || isPersonNoun(pre.split(' ').pop()!) || peeled.length)) roles.push(pre);
  // "An army spokesman, Brigadier General Nabil Abdallah, said": the role opens the clause.
  const first = before.length ? run.prev[run.prev.length - before.length] : run.tokens[0];
  const opening = openingRole(sentence.slice(0, first.offset));
  // Two capitalised words in it are a name, not an office — unless they own it ("Jane Roe's
  // successor") or the last is an office's ("The Health Secretary, Alan Pryce,"). A phrase that
  // opens the sentence before the name ("In a letter to the prime minister, Mr Pryce said") is
  // where, not who.
  const opener = opening && FRONTED.test(sentence.slice(0, first.offset));
  // ("the mayor of Santa Velmar": two such words after "of" or "for", with no given name first, name a place or a body.)
  // ("the Tarvo Superintendent of Police": a pair whose second word is an office is that office.)
  const capitalisedName = (text: string): boolean => [...text.matchAll(/(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/gu)].some((m) => (isFirstName(m[1]) || !/\b(?:of|for|in|at)\s+(?:the\s+)?$/.test(text.slice(0, m.index))) && !TITLE_WORDS.has(m[2].toLowerCase()))
    && !ROLE_NOUNS.test(text.split(' ').pop()!);
  // ("withdrew its envoy to Harlow on Monday, Roe doubted …": after a deed's object, a name that goes
  // straight on to a verb opens a clause of its own; an appositive is closed by punctuation.)
  const last = nameTokens[nameTokens.length - 1];
  const deedObject = opening && DEED_BEFORE_OBJECT.test(sentence.slice(0, Math.max(0, sentence.lastIndexOf(opening[1], first.offset))));
  const closed = /^(?:['’]s)?\s*(?:[,.;:)]|$)/.test(sentence.slice(last.offset + last.text.length));
  const openingOffice = opening && !opener && !CLAUSE_WORDS.test(opening[1]) && (!deedObject || closed) ? officeIn(opening[1]) : undefined;
  if (openingOffice && !capitalisedName(openingOffice.replace(OWNER, '')) && !VERB_BEFORE_DETERMINER.test(openingOffice)) roles.unshift(openingOffice);
  // "Jane Roe, 34, a nurse at the hospital,": the age set off before the appositive is no part of it.
  const after = sentence.slice(last.offset + last.text.length + (last.possessive ? 2 : 0)).replace(/^,\s*(?:aged\s+)?\d{1,3}(?=\s*,)/, '');
  const app = APPOSITIVE.exec(after);
  // "the head of …" → "head of …": the article belongs to the sentence, not the role.
  if (app) {
    // "who headed the Armenian delegation" states the role "head of the Armenian delegation".
    // "who has worked as a steward at the arena": the office is what follows "as"; "who served
    // as finance minister" held it once.
    const role = app[1].replace(/^who (?:is|was) /i, '').replace(/^who (?:has (?:worked|served)|works|serves) as (?:an? |the )?/i, '').replace(/^who (?:had )?(?:worked|served) as (?:an? |the )?/i, 'former ').replace(/^(?:the|a|an)\s+/i, '').replace(/^who (?:heads?|headed|leads?|led|chairs?|chaired) /i, 'head of ')
      // A missing closing comma lets the sentence run on: "spokesman for the agency is due …",
      // "arts editor writes: …".
      // "a Danish bridge engineer who flew in on Friday": the relative clause is no part of it.
      .replace(/\s+(?:is|was|are|were|has|have|had|will|would|said|says|told|writes|wrote|adds|added|notes|noted|warns|warned|who|which|that)\b.*$/, '')
      // "who led the orchestra for almost three decades": how long is no part of the office.
      .replace(/\s+(?:for|since|from|until|between)\s+(?:(?:almost|nearly|more than|over|about)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\b.*$/i, '').trim();
    // "who was abducted with nurse X": after "who is/was" only a noun phrase is an office.
    const deed = /^who (?:is|was) \w+(?:ed|en|wn|rn)\b/.test(app[1]);
    const office = officeIn(role);
    // ", the head of the ruling party Ana Brnabic," introduces the next name in a list.
    if (office && !deed && !namesSomeone(role) && !VERB_BEFORE_DETERMINER.test(role)) roles.push(office);
  }
  return roles.length ? roles.join('; ') : undefined;
}
