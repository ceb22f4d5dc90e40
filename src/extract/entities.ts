import type { Mention, Sentence, UnreadName } from '../model.js';
import { isTitleCase } from '../clean/boilerplate.js';
import { DATELINE_OUTLET, outletOf } from '../clean/clean-article.js';
import { DEMONYMS } from './demonyms.js';
import { lookupCountry, lookupRegion, lookupRegionInContext, lookupPlace, lookupStateAbbreviation, lookupStateOrProvince, lookupCityIn, lookupQualifiers, liesIn, type GazetteerPlace } from './gazetteer.js';
import { isListedGivenName, isRegisteredGivenName } from './given-names.js';
import { AP_TITLES, CLUB_PREFIXES, isUtilityGood, UTILITY_GOODS, COMPANY_HEADS, EAST_ASIAN_FAMILY_NAMES, END_HEADS, GEO_HEADS, GIVEN_NAME_TITLES, GROUP_NOUNS, initialsOf, KIN_NOUNS, kindOfBody, KNOWN_ORGS, LEGAL_FORM, MONTH, NEWS_AGENCIES, PURCHASE_VERBS, ORG_AFTER, ORG_HEADS, ORG_KINDS, PLACE_NOUNS, REGION_NOUNS, ROLE_NOUNS, shortens, SPEECH_VERBS, TITLE_WORDS, TOPONYM_PREFIXES, WEEKDAY } from './lexicon.js';
import { isFirstName, isFunctionWord, isNameWord, NAME_PARTICLES, nameRuns, SURNAME_PARTICLES, type NameRun, type Token } from './name-runs.js';
import { besideKnownPlace, countriesIn, demonymPlaces, describes, DWELLERS_OF, geographicMention, locatedPlace, LOCATIVE_BEFORE, pairedWaterways, place } from './place-mentions.js';
import { personRole } from './roles.js';
import { isCommonWord, isEnglishWord, isKnownLastName, isLexiconPlace, wordTags } from './word-tags.js';

const AGENCIES = new Set(NEWS_AGENCIES);
/** Lower-case kinds that are part of the name ("Socialist party"), unlike "Acme company". */
const ORG_NAME_HEADS = new Set(['party', 'movement', 'union', 'militia', 'alliance', 'ministry']);
const REGION_AFTER = new Set(REGION_NOUNS);
const SPEECH_AFTER = new RegExp(`^(${SPEECH_VERBS})$`);
/** A speech verb right after the run: "Kan said". */
const speechAfter = (run: NameRun): boolean => SPEECH_AFTER.test(run.next[0] ?? '') && /^\s+$/.test(run.after);
/** A speech verb right before the run: "said Shadi Hamid". */
const speechBefore = (run: NameRun): boolean => SPEECH_AFTER.test(run.prev[run.prev.length - 1]?.text.toLowerCase() ?? '') && /^\s+$/.test(run.before);
/**
 * Verbs that only people do to or with people, right beside a run of two or more names:
 * "Police arrested Kwame Osei", "Romano Bellini met …". They vouch for an unknown full name.
 */
const PERSON_OBJECT = /^(?:arrested|detained|met|interviewed|appointed|sacked|fired|elected|sentenced|convicted|acquitted|pardoned|kidnapped|abducted|married|phoned|succeeded|replaced|defeated)$/;
const PERSON_SUBJECT = /^(?:met|resigned|phoned|married|testified|pleaded|apologised|apologized|spoke|thanked|wept|smiled|laughed|shrugged)$/;
// "Odile Vantrou and Arne Solvik spoke": the first of two full names doing it together.
const actsAsPerson = (run: NameRun): boolean => ((PERSON_SUBJECT.test(run.next[0] ?? '') || (run.next[0] === 'and' && PERSON_SUBJECT.test(run.next[3] ?? ''))) && /^\s+$/.test(run.after))
  || (PERSON_OBJECT.test(run.prev[run.prev.length - 1]?.text.toLowerCase() ?? '') && /^\s+$/.test(run.before));

/** Kinds of weather system that news names like people: "Storm Ciara", "storm Orla", "Hurricane Maria". */
// ("Super Typhoon Velma", "Severe Tropical Storm Velma": a grade before the kind.)
const WEATHER_KINDS = String.raw`(?:(?:super |severe |major )?(?:(?:tropical |winter )?storm|superstorm|hurricane|typhoon|(?:tropical )?cyclone|tropical depression))`;
const NAMED_WEATHER = new RegExp(String.raw`^${WEATHER_KINDS} \p{Lu}`, 'iu');
const WEATHER_BEFORE = new RegExp(String.raw`\b${WEATHER_KINDS}\s+$`, 'i');
/** A kind of work before its title: "the film ", "her latest novel ", "the hit single ". */
const WORK_BEFORE = /\b(?:the|a|an|his|her|their|its|new|latest|debut|hit)\s+(?:[a-z]+\s+)?(?:film|movie|novel|book|memoir|album|song|single|play|musical|series|sitcom|documentary|opera|ballet|painting|poem|podcast|video game)\s+$/i;
/** "Al-Mansoori", "al-Tamimi": a family name joined to its Arabic particle (the name captured). */
const PARTICLE_SURNAME = /^(?:al|el|abu|bin|ibn)-(\p{Lu}\p{Ll}{2,})$/iu;
const NOT_A_SURNAME = new RegExp(`^(?:${MONTH}|${WEEKDAY})$|['’-]`);
const isDemonym = (w: string): boolean => Boolean(DEMONYMS[w] || DEMONYMS[w.replace(/s$/, '')]) || wordTags(w).has('Demonym') || wordTags(w.replace(/s$/, '')).has('Demonym');
// ("Vice-President", "Vice-Admiral": a title of hyphen-joined title words.)
const isTitleWord = (t: string): boolean => TITLE_WORDS.has(t.toLowerCase().replace(/\.$/, '')) || (t.includes('-') && t.toLowerCase().split('-').every((w) => TITLE_WORDS.has(w))) || /^\p{L}+ologist$/iu.test(t) || Boolean(DEMONYMS[t]) || Boolean(lookupCountry(t) && t.includes('.'));
/** "Londoner Jane Roe": someone from a big city, described before a full name like a nationality ("the Berliner Zeitung" is a paper). */
const isResident = (t: string): boolean => /^\p{Lu}\p{Ll}{3,}ers?$/u.test(t) && lookupPlace(t.replace(/ers?$/, ''), 500_000)?.kind === 'city';
/** A photo credit or clock zone glued before a name ("AP", "Reuters", "BST"): never part of it. */
const isCredit = (t: string): boolean => (/^\p{Lu}{2,6}$/u.test(t) && !isTitleWord(t)) || AGENCIES.has(t);

/** Time zones a live page writes before its entries' text: "09.12 GMT Harlow …". */
const TIME_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)$/;

/** Classifies one run of capitalised words as a person, place, organization or nothing. */
function classifyRun(run: NameRun, s: Sentence, headline: boolean): Mention[] {
  const tokens = run.tokens;
  const text = tokens.map((t) => t.text).join(' ');
  const offset = tokens[0].offset;
  const sentence = s.index;
  const single = tokens.length === 1;
  const atStart = s.text.slice(0, offset).trim() === '' || /["“(]$/.test(s.text.slice(0, offset).trim());
  const extra = demonymPlaces(run, sentence);
  // "Velmar Gas and Electric", "Harlow Light & Power": a utility named for the two things it supplies.
  const utility = /^\s*&\s*$/.test(run.after) || (run.next[0] === 'and' && /^\s+$/.test(run.after)) ? UTILITY_PAIR.exec(s.text.slice(offset)) : null;
  if (utility) return [{ kind: 'organization', text: utility[0], sentence, offset }];
  if (UTILITY_BEFORE.test(s.text.slice(0, offset)) && isUtilityGood(tokens[0].text)) return tokens.length > 1 ? classifyRun(runFrom(run, 1), s, headline) : [];
  // "TV and radio", "the Sunday AM programme": an acronym that is an everyday noun names no body.
  // ("the Grand Payment Service (GPS)" spells one out for a body: that one stays.)
  if (single && COMMON_ACRONYMS.has(text) && !spelledOutBefore(s.text.slice(0, offset), s.text.slice(offset + text.length), text)) return extra;
  // "09.12 BST Harlow Council said": a live page's time zone is no part of the name after it.
  if (tokens.length > 1 && TIME_ZONE.test(tokens[0].text)) return classifyRun(runFrom(run, 1), s, headline);
  // "By Jane Roe HONG KONG (Wire)": a byline runs into the dateline's capitals; two names.
  const capsFrom = tokens.findIndex((t, k) => k >= 2 && tokens.slice(k).every((x) => /^\p{Lu}{2,}$/u.test(x.text)) && tokens.slice(0, k).every((x) => /^\p{Lu}\p{Ll}/u.test(x.text))
    && Boolean(lookupPlace(tokens.slice(k).map((x) => x.text[0] + x.text.slice(1).toLowerCase()).join(' '), 15_000)));
  if (capsFrom > 0) return splitRun(run, s, capsFrom, capsFrom).flatMap((part) => classifyRun(part, s, headline));

  // "BERGEN — Lawyers for the Harbour Union said": a plural capitalised only to open the
  // sentence, then "for", is no part of the name after it.
  const opening = atStart || /[—–-]\s*$/.test(s.text.slice(0, offset));
  if (opening && tokens.length > 3 && tokens[1].text === 'for' && /\p{Ll}s$/u.test(tokens[0].text) && isCommonWord(tokens[0].text) && !ORG_HEADS.has(tokens[0].text.toLowerCase())) {
    return classifyRun(runFrom(run, tokens[2].text === 'the' ? 3 : 2), s, headline);
  }
  // "Chipmaker Harlow Inc said", "Carmaker Halden Motors": a trade noun capitalised only to open
  // the sentence describes the company after it and is no part of its name.
  if (opening && tokens.length >= 3 && TRADE_NOUN.test(tokens[0].text) && !isTitleWord(tokens[0].text) && (isCommonWord(tokens[0].text) || /maker$/i.test(tokens[0].text))
    && !ORG_HEADS.has(tokens[1].text.toLowerCase()) && !isCommonWord(tokens[1].text)) {
    const named = classifyRun(runFrom(run, 1), s, headline);
    if (named.some((m) => m.kind === 'organization' && m.offset === tokens[1].offset)) return named;
  }
  // "Carmaker Velden recalls …", "Retailer Brantwell says …": a trade before one name makes that name a company.
  if (opening && tokens.length === 2 && (/\p{Ll}maker$/u.test(tokens[0].text) || COMPANY_TRADES.test(tokens[0].text)) && !isFirstName(tokens[1].text) && !isCommonWord(tokens[1].text) && !lookupPlace(tokens[1].text, 15_000)) {
    return [{ kind: 'organization', text: tokens[1].text.replace(/['’]s$/, ''), sentence, offset: tokens[1].offset }];
  }
  // "flew from Tarvo for Harlow": "for" joins an office to its field ("Minister for Health"), not two places.
  const forAt = tokens.findIndex((t, k) => k > 0 && k < tokens.length - 1 && t.text === 'for');
  if (forAt > 0 && lookupPlace(tokens.slice(0, forAt).map((t) => t.text).join(' '), 15_000)) {
    return splitRun(run, s, forAt, forAt + 1).flatMap((part) => classifyRun(part, s, headline));
  }
  const owned = ownerAndOwned(run, s);
  if (owned) return owned.flatMap((part) => classifyRun(part, s, headline));
  // "the Rio-based firm", "a Saudi-led coalition": an adjective made from a name names no one,
  // but "a Vienna-based charity" tells where the charity is.
  if (single && NAME_ADJECTIVE.test(text)) {
    const located = LOCATED_ADJECTIVE.test(text) ? locatedName(run, s.text, text.replace(NAME_ADJECTIVE, '')) : undefined;
    return located ? [...extra, place(run, located.name, located.offset, sentence, located.at)] : extra;
  }
  // "Oslo-based Harlow Shipping": the adjective is no part of the name after it; its place is a place.
  if (!single && NAME_ADJECTIVE.test(tokens[0].text)) {
    const located = locatedName(run, s.text, tokens[0].text.replace(NAME_ADJECTIVE, ''));
    const where = located ? [place(run, located.name, located.offset, sentence, located.at)] : [];
    return [...where, ...classifyRun(runFrom(run, 1), s, headline)];
  }
  // "Fresh Harlow Produce Sales, Inc.": a company's legal form after a comma ends its name; alone, the form names nothing.
  const legalAfter = /^,\s*(?:Inc|LLC|Ltd|Corp|Co|PLC|L\.L\.C|S\.A|AG|GmbH|N\.V|S\.p\.A)\b/.test(s.text.slice(offset + run.text.length));
  if (legalAfter && !isFirstName(tokens[0].text) && !lookupPlace(text, 15_000) && !lookupCountry(text)) return [{ kind: 'organization', text, sentence, offset }, ...extra];
  if (single && /^(?:Inc|LLC|Ltd|Corp|Co|PLC)$/.test(text) && /,\s*$/.test(s.text.slice(0, offset))) return extra;
  // "Real Velno", "Eintracht Harlow": a club's name, its town after a word such names open with.
  if (tokens.length >= 2 && CLUB_PREFIXES.has(tokens[0].text) && /^\p{Lu}\p{Ll}/u.test(tokens[1].text) && !tokens[0].possessive && !tokens.some((t) => TITLE_NOUNS.has(t.text.toLowerCase()))) {
    return [{ kind: 'organization', text, sentence, offset }];
  }
  // "Former Velmar port chief found guilty": a rank opening a headline before a name and a
  // lower-case office ranks the office; the name is its place or body, never a person.
  if (tokens.length === 2 && RANK.test(tokens[0].text) && OFFICE_AFTER.test(s.text.slice(offset + text.length))) {
    return classifyRun(runFrom(run, 1), s, headline).filter((m) => m.kind !== 'person');
  }
  // "Velmar City have signed …": a name ending in "City" that no gazetteer knows is a club's
  // ("Hull City"), never a person's; "Kansas City" and "Vatican City" stay places, and so does
  // one a place's preposition stands before ("speaking in Velmar City").
  if (tokens.length >= 2 && tokens.length <= 3 && tokens[tokens.length - 1].text === 'City' && !isFirstName(tokens[0].text) && !tokens.some((t) => t.possessive) && !lookupPlace(text, 15_000) && !lookupCountry(text.replace(/ City$/, '')) && !lookupRegion(text)) {
    // ("Strikes pounded Tarvo City", "troops entered Tarvo City": what armies and storms do to a town, no club.)
    const struck = STRUCK_TOWN.test(s.text.slice(0, offset)) || DWELLERS_OF.test(s.text.slice(0, offset));
    return [LOCATIVE_BEFORE.test(s.text.slice(0, offset)) || struck ? { kind: 'place', text, sentence, offset, placeKind: 'city' } : { kind: 'organization', text, sentence, offset }];
  }
  // "Transport Velmar", "Statistics Tarvo", "Air Harlow", "Public Health Brantby": a public
  // service's or a carrier's word before a country names the country's body or airline.
  if (tokens.length >= 2 && tokens.length <= 4 && !tokens.some((t) => t.possessive)) {
    const k = tokens.findIndex((_, i) => i > 0 && NATIONAL_SERVICE.test(tokens.slice(0, i).map((t) => t.text).join(' ')) && Boolean(lookupCountry(tokens.slice(i).map((t) => t.text).join(' '))));
    if (k > 0) return [{ kind: 'organization', text, sentence, offset }, ...extra];
  }
  // "NHS Greater Glasgow", "BBC Scotland": a body's acronym before a place names the body's branch there.
  // (Not a dateline in capitals, "NEW DELHI", nor a time zone before one, "GMT Harlow".)
  if (tokens.length >= 2 && tokens.length <= 4 && /^\p{Lu}{3,5}$/u.test(tokens[0].text) && !lookupCountry(tokens[0].text) && !AGENCIES.has(tokens[0].text) && !TIME_ZONE.test(tokens[0].text)) {
    const rest = tokens.slice(1).map((t) => t.text).join(' ');
    if (/\p{Ll}/u.test(rest) && (lookupCountry(rest) || lookupPlace(rest.replace(/^Greater /, ''), 15_000))) return [{ kind: 'organization', text, sentence, offset }];
  }
  // "Northwind Foods of Des Moines": a company's name, then the city it is from (not "Bank of Tarvo",
  // nor "Royal Bank of Scotland": a bank's "of" is part of its name).
  const ofAt = tokens.findIndex((t, i) => i > 1 && t.text === 'of');
  const ofHead = ofAt > 0 ? tokens[ofAt - 1].text.toLowerCase() : '';
  const fromCity = ofAt > 0 && COMPANY_HEADS.has(ofHead) && ofHead !== 'bank' ? lookupPlace(tokens.slice(ofAt + 1).map((t) => t.text).join(' '), 15_000) : undefined;
  if (fromCity?.kind === 'city') {
    const city = tokens.slice(ofAt + 1);
    return [{ kind: 'organization', text: tokens.slice(0, ofAt).map((t) => t.text).join(' ').replace(/^The /, ''), sentence, offset },
      place(runFrom(run, ofAt + 1), city.map((t) => t.text).join(' '), city[0].offset, sentence, fromCity), ...extra];
  }
  // "Eurostar said it would cancel 14 trains", "Harlow said its profit fell": one word that says
  // "it" of itself doing what firms do is a body, not a person ("Vos said it would take time" is Vos).
  if (single && speechAfter(run) && saysItOfItself(run.next) && !isFunctionWord(text) && !isFirstName(text) && !isKnownLastName(text) && !DEMONYMS[text] && !lookupPlace(text, 15_000) && !lookupCountry(text)) {
    return [{ kind: 'organization', text: text.replace(/['’]s$/, ''), sentence, offset }, ...extra];
  }
  // "Tarvo Central shares fell 4%": a name whose shares trade is a listed company's (not a market's
  // town or people: "London shares", "European shares").
  if (SHARES_MOVED.test(s.text.slice(offset + text.length)) && !tokens.some((t) => t.possessive) && !isFirstName(tokens[0].text) && !isDemonym(tokens[0].text) && !GROUP_NOUNS.test(tokens[0].text)
    && !lookupPlace(text, 15_000) && !lookupCountry(text) && !lookupRegion(text) && !KNOWN_ORGS.has(text.toUpperCase()) && !(single && atStart && isCommonWord(text))) {
    return [{ kind: 'organization', text, sentence, offset }, ...extra];
  }
  // "Velmora leader Ines Varga", "Harlow chief Tomas Berg": a name before a leader's office and a
  // person's name is the body led (not a place, a people ("Kurdish") or an everyday word).
  // ("A spokesman, Erik Maes,": not across a comma, where the name is in apposition to the office.)
  if (single && LEADER_NOUN.test(run.next[0] ?? '') && /^\s+[^\s,]+\s+\p{Lu}\p{Ll}/u.test(s.text.slice(offset + text.length)) && !/(?:['’]s|ish|ese)$/.test(text)
    && !isCommonWord(text) && !isFirstName(text) && !isKnownLastName(text) && !isTitleWord(text) && !DEMONYMS[text] && !lookupPlace(text, 15_000) && !lookupCountry(text) && !lookupRegion(text)) {
    return [{ kind: 'organization', text, sentence, offset }, ...extra];
  }
  // "a group calling itself Grey Tarn", "the gang known as Velmar Row": whatever its words, the name a group goes by is the group's.
  if (SELF_NAMED_BODY.test(s.text.slice(0, offset))) return [{ kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }, ...extra];
  // ("Storm Hits Coast": a headline in title case capitalises every head word; only the gazetteer is trusted there.)
  const geo = headline && isTitleCase(s.text) ? null : geographicMention(run, text, sentence);
  if (geo) return [geo];
  // "Ottoline Parr & Co.", "Harlow & Sons": a firm named after its founders, not a person.
  const firm = /^\s*&\s*$/.test(run.after) ? FOUNDERS_FIRM.exec(s.text.slice(offset)) : null;
  if (firm) return [{ kind: 'organization', text: firm[0], sentence, offset }];
  if (/&\s*$/.test(run.before) && FIRM_TAIL_ALONE.test(text)) return [];
  // "DAYTON, Ohio —", "MACON, Ga. —", "MACON, Ga., Sept 11": a state abbreviated after a city, as datelines write it.
  const state = single && /^\.,?\s/.test(s.text.slice(offset + text.length)) && /\p{L},\s*$/u.test(s.text.slice(0, offset)) ? lookupStateAbbreviation(text) : undefined;
  if (state) return [place(run, text, offset, sentence, state)];
  // "the Sierra Leonean embassy": a country adjective of two words is neither a title and a
  // surname nor a place's name.
  if (!single && DEMONYMS[text]) return extra;
  // "Storm Ciara", "Hurricane Maria": a weather system's given name is no person.
  if (NAMED_WEATHER.test(text)) return extra;
  // "when storm Orla hit": the lower-case kind of weather before the name says the same.
  if (WEATHER_BEFORE.test(s.text.slice(0, offset))) return extra;
  // "the film Tarnwick", "her novel Brantby": a work's title after its kind, no person or place.
  if (WORK_BEFORE.test(s.text.slice(0, offset))) return extra;
  if (AGENCIES.has(text)) return [{ kind: 'organization', text, sentence, offset, agency: true }];
  // "Nato", "Unicef": British papers write an acronym in title case; "the Norrland Rescue
  // Service (Nrs)" spells out one the story goes on to use alone.
  if (single && (knownInTitleCase(text) || (/^\p{Lu}\p{Ll}{1,5}$/u.test(text) && spelledOutBefore(s.text.slice(0, offset), s.text.slice(offset + text.length), text)))) {
    return [{ kind: 'organization', text, sentence, offset }];
  }
  // ("the Amazon rainforest", "the Amazon basin": a body's name that is also a land's, before its
  // kind of land, is the land.)
  const land = single && /^\p{Lu}\p{Ll}/u.test(text) && GEO_HEADS.has(run.next[0] ?? '') && !run.after.trim();
  // ("Fed up with the delays, …": a verb's phrase, not the central bank.)
  if ((KNOWN_ORGS.has(text) || KNOWN_ORGS.has(text.replace(/^The /, ''))) && !(single && /^\s+up\b/.test(s.text.slice(offset + text.length)))) return [land ? { kind: 'place', text, sentence, offset, placeKind: 'region', locative: true } : { kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }];
  // "Doctors Without Borders Kenya", "Greenpeace UK", "Oxfam Tarvo": a known body's branch in a country or a place.
  const lastWord = tokens[tokens.length - 1];
  const placeLike = lookupCountry(lastWord.text) || lookupPlace(lastWord.text, 15_000) || (/^\p{Lu}\p{Ll}{2,}$/u.test(lastWord.text) && !isCommonWord(lastWord.text) && !isFirstName(lastWord.text) && !isTitleWord(lastWord.text));
  // ("the UN Tarvo office" is the UN's office in Tarvo.)
  const branchOf = tokens.length >= 2 && !lastWord.possessive && placeLike && !ORG_HEADS.has(run.next[0] ?? '') ? text.slice(0, text.lastIndexOf(' ')).replace(/^The /, '') : '';
  if (branchOf && KNOWN_ORGS.has(branchOf)) return [{ kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }];
  // "Kaduna State", "Borno State": a state the gazetteer knows, written with its noun capitalised.
  const stateOf = tokens.length >= 2 && tokens[tokens.length - 1].text === 'State' && !tokens[tokens.length - 1].possessive ? lookupRegionInContext(text.slice(0, text.lastIndexOf(' ')).replace(/['’]s$/, '')) : undefined;
  if (stateOf && !tokens[0].possessive) return [{ kind: 'place', text, sentence, offset, placeKind: 'region', canonical: stateOf.name }];
  // "a Unesco Global Geopark": a known body before words that name no body of its own (one
  // word after it may be the body's own service or branch: "UN Watch", "NHS Direct").
  const knownFirst = tokens[0].text;
  if (tokens.length >= 3 && (KNOWN_ORGS.has(knownFirst) || knownInTitleCase(knownFirst))
    && !tokens.slice(1).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || COMPANY_HEADS.has(t.text.toLowerCase()) || isTitleWord(t.text) || isFirstName(t.text))) {
    return [{ kind: 'organization', text: knownFirst, sentence, offset }, ...classifyRun(runFrom(run, 1), s, headline)];
  }
  // "Jastrzębska Spółka Węglowa (JSW)": a name whose initials the acronym in brackets after it
  // spells is a body's, in whatever language; so is one before a stock ticker ("Velmar Bau (VLB.DE)").
  const after = s.text.slice(offset + text.length);
  if (!single && (spellsAcronymAfter(text, after) || TICKER_AFTER.test(after))) return [{ kind: 'organization', text: text.replace(/^The /, ''), sentence, offset }];
  // "Chilean Red Cross", "Jordanian Red Crescent": a known body's national branch.
  if (tokens.length > 2 && DEMONYMS[tokens[0].text] && KNOWN_ORGS.has(tokens.slice(1).map((t) => t.text).join(' '))) return [{ kind: 'organization', text, sentence, offset }];
  // "off the coast of Brittany", "in Victoria": a region named like a given name, where the words before it place it.
  // "the Jewish state", "an Arab state": a word before "state" describes a country, names no region.
  const describedState = single && run.next[0] === 'state' && wordTags(text).has('Adjective') && /\b(?:the|an?)\s+$/i.test(s.text.slice(0, offset));
  // "across North and South America": a compass word sharing the name after "and" is half of that
  // name ("North America"), not a region called "North".
  const shared = single && COMPASS.test(text) ? SHARED_HEAD.exec(s.text.slice(offset + text.length)) : null;
  if (shared) {
    const whole = lookupPlace(`${text} ${shared[1]}`, 15_000);
    return whole ? [place(run, text, offset, sentence, whole)] : extra;
  }
  // ("Brits", "Danes": a nationality's plural is its people, not the town of that name; "Philippines" stays the country.)
  const found = DEMONYMS[text] || (DEMONYMS[text.replace(/s$/, '')] && !lookupCountry(text)) || GROUP_NOUNS.test(text) || describedState ? undefined
    : lookupPlace(text, single && atStart ? 100_000 : 15_000) ?? (single && PLACED_BEFORE.test(s.text.slice(0, offset)) ? lookupRegionInContext(text) : undefined);
  // "BRANTBY, Ontario —", "a plant in Harlow, Victoria.": after a town and its comma comes the town's
  // province or state, not a namesake city elsewhere (Ontario, California).
  // ("Norway, Victoria and Tarvo": after a country, a list.)
  const townBefore = (found?.kind === 'city' || found?.kind === 'country') && !TOWN_LIST_BEFORE.test(s.text.slice(0, offset)) ? TOWN_COMMA_BEFORE.exec(s.text.slice(0, offset)) : null;
  const namesakeState = townBefore && !lookupCountry(townBefore[1]) ? lookupStateOrProvince(text) : undefined;
  // ("Atlanta, Georgia": a country's namesake state, when the town lies in the state and not the country.)
  const townRegion = found?.kind === 'country' ? (namesakeState && lookupCityIn(townBefore![1], namesakeState) && !lookupCityIn(townBefore![1], found) ? namesakeState : undefined) : namesakeState;
  // "Obama" is also a town in Japan: a known person's name is a place only if it is a big city.
  // …unless the state or country follows it, as datelines and addresses write a town: "Eugene, Oregon".
  const stateAfter = /^,\s+(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)/u.exec(s.text.slice(offset + text.length));
  const placedByState = Boolean(stateAfter && (lookupCountry(stateAfter[1]) || lookupRegion(stateAfter[1])));
  // "SANTA ROSA, Calif.", "London, Ontario": the namesake in that state or country, not the most
  // populous one anywhere ("London, Lima, Madrid" is a list: no namesake there, nothing changed).
  const qualifiers = found?.kind === 'city' && !townRegion && stateAfter ? lookupQualifiers(stateAfter[1]) : [];
  const qualified = qualifiers.some((q) => liesIn(found!, q)) ? found : qualifiers.map((q) => lookupCityIn(text, q)).find(Boolean);
  const known = qualified ?? townRegion ?? found;
  // …or it closes a list of places after a place's preposition: "factories in Harlow and Everett".
  const listedPlace = /\b(?:in|at|near|from|between|across)\s+\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|or)\s+$/u.test(s.text.slice(0, offset)) && besideKnownPlace(s.text.slice(0, offset));
  const personName = single && (isKnownLastName(text) || isFirstName(text)) && known?.kind === 'city' && (known.population ?? 0) < 1_000_000 && !placedByState && !listedPlace;
  // "thank God", "the Bay": a small town named like a common word needs a locative ("in Sale").
  const wordTown = single && known?.kind === 'city' && (known.population ?? 0) < 100_000 && isCommonWord(text) && !LOCATIVE_BEFORE.test(s.text.slice(0, offset));
  // "Kishida said", "Draghi said": a lone name that speaks is a person, unless it is a big city
  // standing for its government ("Moscow said").
  const speaksNext = speechAfter(run);
  // "the mayor of Kutaisi told …": after a preposition the town is no subject, so it does not speak.
  const speaker = single && known?.kind === 'city' && (known.population ?? 0) < 300_000 && speaksNext && !/\b(?:of|in|from|for|near|at|to)\s+$/.test(s.text.slice(0, offset));
  // "Valdora state governor", "the governor of Valdora state": a name right before a region
  // noun is that region, even one named like a surname.
  // "the Coastal province of Velmar": an adjective before a region noun that "of" names is no name.
  // ("Tarvo prefecture of northern Velmar": "of" a country, or of lower-case words, places the region.)
  const ofWhat = run.next[1] === 'of' ? /^\s+\S+\s+of\s+([\p{L}'’-]+)/u.exec(s.text.slice(offset + text.length))?.[1] ?? '' : null;
  const ofNamesIt = ofWhat !== null && !(/^\p{Ll}/u.test(ofWhat) || lookupCountry(ofWhat));
  const regionNamed = single && REGION_AFTER.has(run.next[0] ?? '') && !run.after.trim() && !ofNamesIt && !tokens[0].possessive && !describedState ? (known?.kind === 'region' ? known : lookupRegionInContext(text)) : undefined;
  if (regionNamed) return [{ ...place(run, `${text} ${run.next[0]}`, offset, sentence, regionNamed), placeKind: 'region' }];
  // "The ship, the Calypso, …": a town's name never takes "the" alone ("the Tarvo region" is the region's);
  // a ship's, a hotel's or a band's does.
  // ("the 610-foot Velda", "the 300-metre Velda": a size written before the name is a vessel’s or a building’s.)
  const articled = single && known?.kind === 'city' && ((/\bthe\s+$/.test(s.text.slice(0, offset)) && /^\s*[,.;:)]/.test(run.after + (run.next.length ? '' : '.'))) || SIZED_BEFORE.test(s.text.slice(0, offset)));
  // "her younger brother Basel", "his daughter Florence": a name after one's kin is that relative's.
  const relative = single && KIN_BEFORE.test(s.text.slice(0, offset));
  if (known && !personName && !relative && !wordTown && !speaker && !articled && !(single && atStart && isCommonWord(text))) {
    // "Norway's state broadcaster", "Velmar state television": a country's own, not a region named "… state".
    if (REGION_AFTER.has(run.next[0] ?? '') && !run.after.trim() && !tokens[tokens.length - 1].possessive && known.kind !== 'country') {
      return [{ ...place(run, `${text} ${run.next[0]}`, offset, sentence, known), placeKind: known.kind === 'city' ? 'city' : 'region' }];
    }
    return [{ ...place(run, text, offset, sentence, known), ...(qualified ? { qualified: true } : {}) }, ...extra];
  }
  if (headline && isTitleCase(s.text)) return extra;
  // "NightLoom", "PayPal": one word with a capital inside is a brand, unless a surname prefix explains it ("MacLeod", "DeSantis").
  if (single && /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(text) && !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|Ben|Bin|Al|El|Abu)\p{Lu}/u.test(text)) return [{ kind: 'organization', text, sentence, offset }, ...extra];
  const split = splitAtPerson(run, s);
  if (split.length) return [...split, ...extra];
  const org = organizationMention(run, sentence, s.text);
  if (org) return [org, ...extra];
  // Peel titles and country adjectives off the front: "Polish Defence Minister Mariusz Blaszczak",
  // "U.S. Secretary of State Antony Blinken".
  let k = 0;
  // A name never starts with an acronym or an agency: "AP Angela Merkel", "Reuters Angela Merkel"
  // are a photo credit, then the name.
  const acronym = tokens.length >= 3 && isCredit(tokens[0].text) ? tokens[0] : null;
  if (acronym) {
    k = 1;
    if (KNOWN_ORGS.has(acronym.text) || AGENCIES.has(acronym.text)) extra.push({ kind: 'organization', text: acronym.text, sentence, offset: acronym.offset, agency: AGENCIES.has(acronym.text) || undefined });
  }
  // "First Minister", "Health Secretary": a word that only qualifies a title is one only before another ("First Choice", "Top Glove" are names).
  const peels = (j: number): boolean => (isTitleWord(tokens[j].text) && (!QUALIFIER_TITLES.has(tokens[j].text.toLowerCase()) || isTitleWord(tokens[j + 1].text) || CONNECTOR_IN_TITLE.has(tokens[j + 1].text))) || (tokens.length - j >= 3 && isResident(tokens[j].text))
    // "Miss Universe Jane Roe", "Miss Velmar Jane Roe": the pageant's title is two words.
    || (j > 0 && tokens[j - 1].text === 'Miss' && tokens.length - j >= 3);
  while (k < tokens.length - 1 && (peels(k) || (k > 0 && CONNECTOR_IN_TITLE.has(tokens[k].text) && isTitleWord(tokens[k + 1].text)))) k++;
  // "the MP for Brantby": a constituency after the member's title, not a person.
  if (k === 1 && /^(?:MP|MEP|MSP)$/.test(tokens[0].text) && tokens[1]?.text === 'for' && tokens.length > 2) {
    const seat = tokens.slice(2);
    return [{ kind: 'place', text: seat.map((t) => t.text).join(' '), sentence, offset: seat[0].offset, placeKind: 'region' }, ...extra];
  }
  // "Minister for Inland Waterways Jane Roe", "Minister of Culture and Sport Jane Roe": after the
  // title's "of" or "for", English words (not given names) name the portfolio, not the person.
  const ofOrFor = (t: Token): boolean => t.text === 'of' || t.text === 'for';
  if (k > 0 && tokens.slice(1, k + 1).some(ofOrFor)) {
    let j = ofOrFor(tokens[k]) ? k + 1 : k;
    while (j < tokens.length - 2 && !isFirstName(tokens[j].text) && (tokens[j].text === 'and' || isCommonWord(tokens[j].text) || isLexiconPlace(tokens[j].text))) j++;
    if (j > k && j > 1 && !ofOrFor(tokens[j - 1])) k = j;
  }
  // "Development Minister Adonis Georgiadis": words before a title noun are its portfolio.
  for (let j = tokens.length - 3; j >= k; j--) {
    if (TITLE_NOUNS.has(tokens[j].text.toLowerCase())) { k = j + 1; break; }
  }
  // "U.N. Secretary General Jane Roe": title words after the title noun are the title's too.
  while (k > 0 && k < tokens.length - 2 && peels(k)) k++;
  // "the Tarvo Superintendent of Police": an office and its portfolio, naming no one.
  if (k > 0 && k < tokens.length && ofOrFor(tokens[k]) && tokens.slice(k + 1).every((t) => isCommonWord(t.text))) return [...extra, ...countriesIn(tokens.slice(0, k), sentence)];
  // "the Duchess of Harlow", "the Archbishop of Tarvo": a title's domain, not the holder's name.
  const domainAt = k > 0 && ofOrFor(tokens[k]) ? k + 1 : k > 0 && ofOrFor(tokens[k - 1]) ? k : -1;
  if (domainAt > 0 && domainAt < tokens.length) {
    const domain = tokens.slice(domainAt).map((t) => t.text).join(' ');
    const known = lookupCountry(domain) ?? lookupRegion(domain) ?? lookupPlace(domain, 15_000);
    const title = countriesIn(tokens.slice(0, domainAt - 1), sentence);
    if (known) return [...extra, ...title, place(runFrom(run, domainAt), domain, tokens[domainAt].offset, sentence, known)];
    if (!tokens.slice(domainAt).some((t) => isFirstName(t.text))) return [...extra, ...title];
  }
  // ("his first Harlowdon title": a qualifier alone before a name is no title.)
  const prevWord = run.prev[run.prev.length - 1]?.text ?? '';
  const titled = (k > 0 && !(acronym && k === 1)) || (isTitleWord(prevWord) && !QUALIFIER_TITLES.has(prevWord) && /^\s+$/.test(run.before));
  let nameTokens = tokens.slice(k);
  // "Director of State of Play Jenna McWilliams": a person's name never spans "of"; it is what follows.
  const lastOf = nameTokens.map((t) => t.text).lastIndexOf('of');
  if (lastOf >= 0 && lastOf < nameTokens.length - 2 && nameTokens.slice(lastOf + 1).some((t) => isFirstName(t.text))) {
    const after = nameTokens.slice(lastOf + 1);
    const first = after.findIndex((t) => isFirstName(t.text));
    if (after.length - first >= 2) nameTokens = after.slice(first);
  }
  const cut = nameBeforeOf(run, nameTokens, s, headline, titled);
  nameTokens = cut.name;
  extra.push(...cut.after);
  // "UK for the G20": what follows a peeled country or title starts at its first capital.
  // ("Van der Berg": a family name's particles stay.)
  while (nameTokens.length > 1 && !isNameWord(nameTokens[0].text) && !(SURNAME_PARTICLES.has(nameTokens[0].text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(nameTokens[nameTokens.length - 1].text))) nameTokens = nameTokens.slice(1);
  extra.push(...countriesIn(tokens.slice(0, k), sentence));
  if (nameTokens.length === 1 && isTitleWord(nameTokens[0].text)) return extra;
  // "Lowland farmers said": an English word capitalised to open the sentence, before the
  // noun it describes, is that word, not the place compromise's lexicon knows by it.
  // "the FCO": the lexicon files some acronyms of bodies under places; a city's ("NYC") says so.
  const lexiconPlace = !relative && isLexiconPlace(text) && !isCommonWord(text) && !(/^\p{Lu}{3,}$/u.test(text) && !wordTags(text).has('City')) && !(single && atStart && isEnglishWord(text) && !run.after.trim() && /^\p{Ll}/u.test(run.next[0] ?? ''));
  if (single && !speaksNext && lexiconPlace) return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  if (PLACE_NOUNS.test(s.text.slice(offset + run.text.length)) && !isFirstName(tokens[0].text)) {
    return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  }
  const located = locatedPlace(run, s);
  if (located) return [located, ...extra];
  if (tokens.length >= 2 && (TOPONYM_PREFIXES.has(tokens[0].text) || (tokens[0].text === 'Greater' && lookupPlace(tokens.slice(1).map((t) => t.text).join(' '), 15_000)))) {
    return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  }
  // A peeled credit ("AP", "BST") is no part of the person's role.
  // "Harlow Holdings of Velmar said": a company's head before "of" names a company, not a person.
  const of = nameTokens.findIndex((t) => t.text === 'of');
  if (of > 0 && !isFirstName(nameTokens[0].text) && nameTokens.slice(1, of).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && COMPANY_HEADS.has(t.text.toLowerCase()))) {
    return [{ kind: 'organization', text: nameTokens.map((t) => t.text).join(' '), sentence, offset: nameTokens[0].offset }, ...extra];
  }
  // "AT&T", "P&O": capitals joined by an ampersand are a firm's initials, never a person's name
  // (nor are "R&D", "M&A", "Q&A": words).
  if (nameTokens.length === 1 && /^(?:R&B|M&A|Q&A|B&B|R&D|P&L|F&B|B&W|A&E|D&D|G&T|S&L|T&C|C&W)$/.test(nameTokens[0].text)) return extra;
  if (nameTokens.length === 1 && /^\p{Lu}{1,4}&\p{Lu}{1,4}$/u.test(nameTokens[0].text)) return [{ kind: 'organization', text: nameTokens[0].text, sentence, offset: nameTokens[0].offset }, ...extra];
  // "president of Harlow Commercial Airplanes", "according to Harlow Global Ratings": capitalised
  // words, everyday words after the first and no given name, that hold an office or are cited name a body.
  const cited = /\b(?:(?:president|chairman|chairwoman|chair|head|director|chief(?:\s+executive)?|executive|founder|owner|spokes(?:man|woman|person)|analysts?|economists?)\s+(?:of|at)|according\s+to)\s+$/i.test(s.text.slice(0, nameTokens[0].offset));
  if (cited && !titled && nameTokens.length >= 2 && nameTokens.length <= 5 && nameTokens.every((t) => /^\p{Lu}/u.test(t.text)) && !isFirstName(nameTokens[0].text)
    && nameTokens.slice(1).every((t) => isCommonWord(t.text)) && !lookupPlace(text, 15_000) && !lookupCountry(text)) {
    return [{ kind: 'organization', text: nameTokens.map((t) => t.text).join(' '), sentence, offset: nameTokens[0].offset }, ...extra];
  }
  // "Ilan Tessmer of the Velmar Institute": a body named after "of" vouches for the name before it.
  const ofBody = cut.after.some((m) => m.kind === 'organization');
  // "beating Ghana's Kwesi Tarvo", "Harlow's Mira Tessel-Dunn": two or three names a country,
  // a club or a firm owns are its citizen, player or officer, known given name or not
  // ("Harlow's Vision Pro" ends in a word, as a product's name may).
  const owner = COUNTRY_OWNER.exec(s.text.slice(0, nameTokens[0].offset))?.[1] ?? '';
  const countryOwned = /^\s+$/.test(run.before) && nameTokens.length >= 2 && nameTokens.length <= 3 && nameTokens.every((t) => !isCommonWord(t.text))
    && Boolean(owner) && (Boolean(lookupCountry(owner)) || owner.split(/\s/).some((w) => !isCommonWord(w)));
  // "the Velmar Star", "the Panama-flagged Velmar Star": a ship's or a building's name takes
  // "the"; a person's, with no title between, does not. A ship's is a named body of the story
  // where the sentence says it is a ship; elsewhere only if the story says so of that name.
  // "the Social Democrats", "the Velmar Democrats", "the Free Liberals": a party named for its members.
  if (!titled && nameTokens.length >= 2 && nameTokens.length <= 3 && PARTY_MEMBERS.test(nameTokens[nameTokens.length - 1].text) && nameTokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))
    && !MEMBERS_OF_A_HOUSE.test(nameTokens[0].text) && !/^\s+in\s+(?:the\s+)?(?:House|Senate|Congress|[Pp]arliament|Assembly|[Ll]egislature|[Cc]hamber)\b/.test(s.text.slice(nameTokens[nameTokens.length - 1].offset + nameTokens[nameTokens.length - 1].text.length))) {
    return [{ kind: 'organization', text: nameTokens.map((t) => t.text).join(' '), sentence, offset: nameTokens[0].offset }, ...extra];
  }
  const articledBefore = s.text.slice(0, nameTokens[0].offset);
  if (!titled && nameTokens.length >= 2 && ARTICLED_NAME.test(articledBefore)) {
    const vessel = VESSEL.test(s.text) || /-(?:flagged|registered)\s+$/.test(articledBefore);
    // "the National Grid Steward said", "according to the Grid Steward", "the Grid Steward (GS)":
    // no ship or building speaks, is cited or goes by initials in brackets; a body of everyday
    // words does (not "the Jane Roe said", nor "the Harlow Head of Sales", an office).
    const last = nameTokens[nameTokens.length - 1];
    const worded = !isFirstName(nameTokens[0].text) && nameTokens.some((t) => isCommonWord(t.text)) && !nameTokens.some((t, k) => nameTokens[k + 1]?.text === 'of' && isTitleWord(t.text));
    const body = worded && (speechAfter(run) || /\baccording\s+to\s+the\s+$/i.test(articledBefore) || /^\s*\(\p{Lu}{2,6}\)/u.test(s.text.slice(last.offset + last.text.length)));
    if (body && !vessel) return [{ kind: 'organization', text: nameTokens.map((t) => t.text).join(' '), sentence, offset: nameTokens[0].offset }, ...extra];
    // "the Ras al-Tarvo district", "the J. Harlow": a ship's name is capitalised words.
    if (!nameTokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return extra;
    return [{ kind: 'organization', text: nameTokens.map((t) => t.text).join(' '), sentence, offset: nameTokens[0].offset, ...(vessel ? {} : { tentative: true }) }, ...extra];
  }
  // "Rhian Tessel KC", "Jane Roe MP", "Tom Berg OBE": letters after a name are no part of it; an office's are her role.
  const lettersAfter = nameTokens.length >= 3 && POST_NOMINALS.test(nameTokens[nameTokens.length - 1].text) ? nameTokens[nameTokens.length - 1].text : '';
  const named = personMention(lettersAfter ? nameTokens.slice(0, -1) : nameTokens, acronym ? { ...run, tokens: tokens.slice(1), before: ' ', prev: [] } : run, s, titled || ofBody || countryOwned || Boolean(lettersAfter), atStart);
  const person = named && lettersAfter && !named.role && OFFICE_LETTERS.test(lettersAfter) ? { ...named, role: lettersAfter } : named;
  // "NHS Direct said", "BBC Verify": an acronym in a name with no given name names a body.
  const bodyName = nameTokens.filter((t) => /^\p{Lu}{3,}$/u.test(t.text)).length === 1 && nameTokens.some((t) => /^\p{Lu}{3,5}$/u.test(t.text) && !/^[IVXLC]+$/.test(t.text)) && nameTokens.some((t) => /\p{Ll}/u.test(t.text)) && !nameTokens.some((t) => isFirstName(t.text));
  if (person && bodyName) return [{ kind: 'organization', text: person.text, sentence, offset: person.offset }, ...extra];
  if (person) return [person, ...extra];
  if (lexiconPlace) return [{ kind: 'place', text, sentence, offset, placeKind: 'region' }, ...extra];
  // An unknown acronym ("IAEA") may be an organisation: tentative until the story spells out
  // a name with those initials (resolve/organizations.ts), dropped otherwise — unless it speaks
  // after "the" ("The HDU said") and no name in the story could be it.
  if (single && /^\p{Lu}{2,6}$/u.test(text) && !isCommonWord(text)) return [{ kind: 'organization', text, sentence, offset, tentative: true, ...(/\bthe\s+$/i.test(s.text.slice(0, offset)) && speechAfter(run) ? { speaks: true } : {}) }, ...extra];
  return extra;
}

/** What a body does, said of itself: "said it would cancel …", "said it had hired …". */
const BODY_DEEDS = /^(?:cancel(?:led)?|cut|close[ds]?|sell|sold|buy|bought|acquire[ds]?|hire[ds]?|invest(?:ed)?|suspend(?:ed)?|resume[ds]?|launch(?:ed)?|recall(?:ed)?|shut|reduce[ds]?|appeal(?:ed)?|comply|cooperate|refund(?:ed)?|lay|laid|raise[ds]?|lower(?:ed)?|delay(?:ed)?|halt(?:ed)?|open(?:ed)?|file[ds]?|fire[ds]?)$/;
const saysItOfItself = (next: string[]): boolean => next[1] === 'its' || (next[1] === 'it' && /^(?:would|will|had|has|was|is|could|plans?|planned)$/.test(next[2] ?? '') && BODY_DEEDS.test(next[3] ?? ''));

/** A group's kind and the words that give its name: "a group calling itself ", "the gang known as ". */
const SELF_NAMED_BODY = /\b(?:group|gang|organi[sz]ation|network|movement|collective|outfit|faction|cell|militia|crew|hackers|band)\s+(?:(?:calling|that calls|which calls|called)\s+(?:itself|themselves)|known as|named|dubbed)\s+$/i;

/** " shares fell", " stock jumped": a company's shares moving on the market. */
const SHARES_MOVED = /^\s+(?:shares|stock)\s+(?:(?:were|was|had|have)\s+)?(?:fell|rose|jumped|slid|slumped|dropped|climbed|gained|lost|tumbled|plunged|surged|soared|sank|rallied|closed|ended|traded|opened|edged|down|up)\b/;

/** "(VLB.DE)", "’s (GBFG.DE)": a company's stock ticker in brackets after its name. */
const TICKER_AFTER = /^(?:['’]s)?\s*\(\s*[A-Z0-9]{1,6}\.[A-Z]{1,3}\b/;
const NOT_A_BODY = /^(?:Regulations?|Products?|Reforms?|Agreements?|Framework|Act|Directive|Treaty|Law|Plan|Programme|Program|Strategy|Index|Rate|Scheme|Protocol|Policy|Standards?|Tax|Bill|Deal|Accord|Code|Model)$/;

/** Whether " (ACRONYM)" right after a name spells its initials. */
function spellsAcronymAfter(name: string, after: string): boolean {
  const acronym = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u.exec(after)?.[1];
  // "Gross Domestic Product (GDP)", "the Data Protection Regulation (GDPR)": a measure or a law, no body.
  if (!acronym || NOT_A_BODY.test(name.split(/\s+/).pop()!)) return false;
  return initialsOf(name) === acronym;
}

/** Whether "Name Of The Body (" comes right before the acronym `text` and spells it, and ")" after it. */
function spelledOutBefore(before: string, after: string, text: string): boolean {
  if (!/\(\s*$/.test(before) || !/^\s*\)/.test(after)) return false;
  const words = before.replace(/\s*\(\s*$/, '').split(/\s+/).slice(-10).filter((w) => !/^(?:of|and|for|the|on|de|du|des|la|le)$/i.test(w));
  for (let k = 2; k <= words.length; k++) {
    const name = words.slice(-k);
    if (name.every((w) => /^\p{Lu}/u.test(w)) && name.map((w) => w[0]).join('') === text.toUpperCase()) return true;
  }
  return false;
}

/** Offices of those who lead a body, as written between its name and theirs ("Velmora leader Ines Varga"). */
const LEADER_NOUN = /^(?:leader|president|chairman|chairwoman|chair|chief|boss|founder|spokesman|spokeswoman|spokesperson|secretary-general)$/;
/** Words that say a named thing is a ship. */
const VESSEL = /\b(?:tanker|ship|vessel|ferry|freighter|carrier|yacht|trawler|frigate|destroyer|cruiser|submarine|liner|barge|tug|tugboat)s?\b/i;
/** "the " right before a name, or "the Panama-flagged ": where no person's name stands. */
const ARTICLED_NAME = /(?:^|[^\p{L}])[Tt]he\s+(?:\p{Lu}[\p{L}-]*-(?:flagged|registered)\s+)?$/u;
/** Titles as AP style abbreviates them before a name ("Col. Jane Roe"); not "U.S.", which owns a body. */
const AP_TITLE = new RegExp(`^(?:${AP_TITLES})\\.$`);
/** A monarch's or a pope's title before a given name. */
const REGNAL_TITLES = new RegExp(`^(?:${GIVEN_NAME_TITLES})$`, 'i');

/** The run from its k-th token on, the tokens before it becoming words before the run. */
function runFrom(run: NameRun, k: number): NameRun {
  const rest = run.tokens.slice(k);
  return { ...run, tokens: rest, text: run.text.slice(rest[0].offset - run.tokens[0].offset), before: ' ', prev: [...run.prev, ...run.tokens.slice(0, k)] };
}

/** Trades only a company plies, which open a sentence before its name: "Retailer Brantwell", "Insurer Harlow Mutual". */
const COMPANY_TRADES = /^(?:Retailer|Lender|Insurer|Airline|Broadcaster|Supermarket|Grocer|Brewer|Miner|Conglomerate|Utility|Broker|Wholesaler|Exporter|Importer|Manufacturer|Shipper|Startup|Start-up)$/;
/** Services a state names after itself ("Transport Velmar", "Statistics Tarvo", "Sport Harlow") and flag carriers ("Air Velmar"). */
const NATIONAL_SERVICE = /^(?:Air|Transport|Statistics|Health|Public Health|Parks|Sport|Fisheries|Environment|Immigration|Tourism|Historic|Heritage|Visit|Invest|Export|Enterprise|Skills|Innovation|Rail|Post|Radio|Television)$/;
/** The members a party is named for: "Social Democrats", "Velmar Democrats", "Free Liberals". */
/** "Senate Republicans", "Many Democrats", "Young Conservatives": members of a chamber or a kind, not a party's name (nor are "Progressive Democrats in the House"). */
const MEMBERS_OF_A_HOUSE = /^(?:Senate|House|Congressional|Parliamentary|State|Party|Many|Some|Most|All|Few|Several|Young|Moderate|Rebel|Other|Fellow|Top|Leading|Senior|Junior|Former|New)$/;
const PARTY_MEMBERS = /^(?:Democrats|Republicans|Conservatives|Socialists|Liberals|Greens|Nationalists|Unionists|Progressives|Communists|Libertarians|Populists|Centrists)$/;
/** Nouns of trade that go before a company's name: "chipmaker", "retailer", "insurer", "lender". */
const TRADE_NOUN = /^\p{Lu}\p{Ll}+(?:maker|er|or)$/u;
/**
 * The place of "a Vienna-based charity", with the capitalised words the hyphen cut off before
 * it ("New York-based", "Hong Kong-based"): when those words make no known place, none.
 */
function locatedName(run: NameRun, sentence: string, stem: string): { name: string; offset: number; at: GazetteerPlace } | undefined {
  // "a Norwegian-born violinist": a nationality, which a gazetteer would only misspell into a town.
  if (isDemonym(stem)) return undefined;
  const lead: Token[] = [];
  let end = run.tokens[0].offset;
  for (let i = run.prev.length - 1; i >= 0 && lead.length < 2; i--) {
    const t = run.prev[i];
    if (!/^\p{Lu}/u.test(t.text) || /^(?:The|A|An)$/.test(t.text) || !/^\s+$/.test(sentence.slice(t.offset + t.text.length, end))) break;
    lead.unshift(t);
    end = t.offset;
  }
  for (let k = 0; k <= lead.length; k++) {
    const name = [...lead.slice(k).map((t) => t.text), stem].join(' ');
    const at = k === lead.length && lead.length ? undefined : lookupPlace(name, 15_000);
    if (at) return { name, offset: k < lead.length ? lead[k].offset : run.tokens[0].offset, at };
  }
  return undefined;
}

/** "Vienna-based", "Lyon-born": the adjectives among those that say where. */
const LOCATED_ADJECTIVE = /-(?:based|born|headquartered|registered)$/i;
/** "Oslo-based", "Saudi-led", "Panama-flagged", "Velmar-allied": a name made an adjective. */
const NAME_ADJECTIVE = /-(?:based|led|backed|born|owned|run|made|flagged|registered|headquartered|allied|aligned|linked|affiliated|funded|sponsored|inspired|held|occupied|controlled|style|related|era|educated|trained|speaking|language)$/i;
/** A capitalised name and a comma right before: the town a dateline or an address names first. */
const TOWN_COMMA_BEFORE = /(?:^|[^\s,]\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*),\s+$/u;
/** …but not the second name of a list ("Paris, Lyon, Victoria and …"). */
const TOWN_LIST_BEFORE = /,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+$/u;
/** Words that put what follows on a map: "in", "near", "off", "the coast of", "the north of". */
const PLACED_BEFORE = new RegExp(`${LOCATIVE_BEFORE.source}|\\b(?:off(?: the coast of)?|(?:coast|shores?|north|south|east|west|regions?|provinces?) of)\\s+$`, 'i');

const CONNECTOR_IN_TITLE = new Set(['of', 'for', 'the']);
/** Title words that qualify another ("First Lady", "Top Envoy", "Health Minister") and are no title alone. */
const QUALIFIER_TITLES = new Set(['first', 'top', 'senior', 'vice', 'prime', 'foreign', 'interior', 'finance', 'defence', 'defense', 'health', 'trade', 'energy', 'economy', 'economic', 'education', 'culture', 'sports', 'agriculture', 'transport', 'security', 'national', 'parliamentary', 'opposition', 'crown', 'press', 'council', 'intelligence', 'operating', 'financial', 'managing', 'presidential', 'majority', 'minority']);
/** Title nouns that end a title: what comes before them is the office ("Development Minister"). */
const TITLE_NOUNS = new Set(['minister', 'secretary', 'director', 'executive', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'commissioner', 'governor', 'president', 'chancellor', 'superintendent', 'collector']);
/**
 * Organisations: a head word anywhere in a longer name ("State Department", "International
 * Committee of the Red Cross", "People's Party"), a lower-case kind right after the name
 * ("Acme company", "Socialist party") or right before it ("separatist party Junts").
 */
function organizationMention(run: NameRun, sentence: number, text: string): Mention | null {
  // "Senior Defence Ministry official": a rank before a body ranks the official after it.
  if (run.tokens.length > 2 && RANK.test(run.tokens[0].text) && OFFICIAL_AFTER.test(run.next[0] ?? '')) return organizationMention(runFrom(run, 1), sentence, text);
  const tokens = run.tokens;
  // "Energy Minister Priya Raman": an office and a name after it are a person's, whatever the portfolio.
  if (tokens.some((t, i) => i > 0 && i < tokens.length - 2 && TITLE_NOUNS.has(t.text.toLowerCase()))) return null;
  const offset = tokens[0].offset;
  // "the International Monetary Fund's decision", "A Harlow Airways spokesman": the organisation, without the possessive or the article.
  const name = run.text.replace(/^(?:The|An?) /, '').replace(/['’]s$/, '');
  // "'The Government has …'": a kind of body capitalised alone names none in particular;
  // "RIVALS CLAIM POWER AS ARMY ADVANCES" is a headline in capitals, not a name.
  if (GENERIC_BODY.test(name) || (tokens.length >= 3 && tokens.every((t) => /^\p{Lu}{2,}$/u.test(t.text)))) return null;
  // A head word last makes an organisation even after a given name ("Carlyle Group").
  const lastWord = tokens[tokens.length - 1].text.toLowerCase();
  // A company head counts written as a name ("Harlow Power"), not in a headline's capitals ("X KEEPS POWER").
  const headLast = (ORG_HEADS.has(lastWord) && /^\p{Lu}/u.test(tokens[tokens.length - 1].text)) || (COMPANY_HEADS.has(lastWord) && /^\p{Lu}\p{Ll}/u.test(tokens[tokens.length - 1].text)) || LEGAL_FORM.test(tokens[tokens.length - 1].text)
    // "TD International", "Samsonite International": a two-word name ending so is a company's.
    || (tokens.length === 2 && tokens[1].text === 'International' && !isFirstName(tokens[0].text));
  const endHead = tokens.some((t, i) => END_HEADS.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text) && (i === tokens.length - 1 || tokens[i + 1].text === 'of'));
  if (tokens.length > 1 && (headLast || endHead || (tokens.some((t) => ORG_HEADS.has(t.text.toLowerCase())) && !isFirstName(tokens[0].text)))) {
    // "CEO of Harlow Systems": an office of the company, then the company.
    const of = tokens.findIndex((t) => t.text === 'of');
    // "(Senator) Jane Roe of the Green Party": a person of the body; the person's reading splits them.
    let named = 0;
    while (named < of && isTitleWord(tokens[named].text)) named++;
    if (personBeforeOf(tokens.slice(named), named > 0) > 0) return null;
    // ("the Council of Europe": a body's own head before "of" names that body, not an office in another.)
    if (of > 0 && tokens.slice(0, of).every((t) => (isTitleWord(t.text) || TITLE_WORDS.has(t.text.toLowerCase())) && !ORG_HEADS.has(t.text.toLowerCase())) && of < tokens.length - 1) {
      const rest = tokens.slice(of + 1);
      // "Chief of Staff Jane Roe", "Commissioner of Police Tom Berg": the office's field, then a
      // person, given name first, who holds it.
      const given = rest.findIndex((t, k) => k >= 1 && k < rest.length - 1 && isFirstName(t.text));
      if (given > 0) return { kind: 'person', text: rest.slice(given).map((t) => t.text).join(' '), sentence, offset: rest[given].offset, role: tokens.slice(0, of + 1 + given).map((t) => t.text).join(' ') };
      return { kind: 'organization', text: run.text.slice(rest[0].offset - offset).replace(/^the /i, '').replace(/['’]s$/, ''), sentence, offset: rest[0].offset };
    }
    return { kind: 'organization', text: name, sentence, offset };
  }
  const nextFollows = !run.after.trim();
  // "The group met", "an Islamist group" name nothing; a party is named by its creed ("the Socialist party").
  // "Aid group Oxfam …" at a sentence start: a word capitalised for the start, then its kind.
  const startWord = tokens.length === 1 && text.slice(0, offset).trim() === '' && isCommonWord(tokens[0].text.toLowerCase());
  if (ORG_AFTER.has(run.next[0] ?? '') && nextFollows && !isDemonym(run.text) && !startWord && !(describes(run) && run.next[0] !== 'party')) {
    // "the People's party" is the party of the People: the kind word joins only a plain name.
    const possessive = tokens[tokens.length - 1].possessive;
    const bare = possessive ? tokens.map((t) => t.text).join(' ').replace(/^The /, '') : name;
    // "United Auto Workers union": a name of several words ending in a plural names its members; the kind stays out.
    const members = tokens.length > 1 && /\p{Ll}s$/u.test(tokens[tokens.length - 1].text);
    return { kind: 'organization', text: ORG_NAME_HEADS.has(run.next[0]) && !possessive && !members ? `${name} ${run.next[0]}` : bare, sentence, offset };
  }
  // "Vestra shares fell", "Vestra's board", "Vestra chairman Jan Roe": a word only a company has
  // shares, a board or a chairman after it, unless it is known as a person's or a place's name.
  // ("Nordic shares", "Asian shares": a region's adjective, not a company).
  // ("Quillwork's co-founder and CEO", "shares of Quillwork", "agreed to buy rival Quillwork for": so
  // do a founder and a chief executive, shares of it, and a purchase.)
  // (Those say it even of a capitalised word inside the sentence: "shares of Orchard".)
  const strongCue = (OWNED_BY_FIRM.test(run.next[0] ?? '') && tokens[0].possessive) || SHARES_OF.test(text.slice(0, offset))
    || (BOUGHT.test(text.slice(0, offset)) && /^\s+for\s+(?:about\s+|some\s+|nearly\s+)?[$€£¥]?\d/.test(text.slice(offset + name.length)));
  const cue = (CORPORATE_AFTER.test(run.next[0] ?? '') && (nextFollows || tokens[0].possessive)) || strongCue;
  const corporate = tokens.length === 1 && cue && !isFirstName(tokens[0].text) && !isKnownLastName(tokens[0].text)
    && (!isCommonWord(tokens[0].text) || (strongCue && offset > 0)) && !lookupPlace(tokens[0].text, 15_000) && !lookupCountry(tokens[0].text) && !lookupRegion(tokens[0].text) && !DEMONYMS[tokens[0].text] && !/(?:ean|ian|ese|ish|ic)$/.test(tokens[0].text) && !GROUP_NOUNS.test(tokens[0].text);
  if (corporate) return { kind: 'organization', text: name, sentence, offset };
  // "the KTA safety bureau", "the engine maker, VTR,": an acronym its kind explains.
  if (tokens.length === 1 && ACRONYM.test(tokens[0].text) && nextFollows && run.next.slice(0, 2).some(isOrgKind)) return { kind: 'organization', text: name, sentence, offset };
  const before = run.prev[run.prev.length - 1]?.text;
  if (tokens.length === 1 && ACRONYM.test(tokens[0].text) && before && isOrgKind(before) && /^,\s*$/.test(run.before) && /^,/.test(run.after)) return { kind: 'organization', text: name, sentence, offset };
  // "The regulator, Tarnwell, said", "the operator, Norrland Freight,": a name set off by commas
  // right after "the <kind of body>" or "the port's operator" is that body.
  const determiner = run.prev[run.prev.length - 2]?.text;
  if (before && isOrgKind(before) && determiner && (/^(?:the|its|their)$/i.test(determiner) || /\p{L}['’]s\s+\p{Ll}+,\s*$/u.test(text.slice(0, offset))) && /^,\s*$/.test(run.before) && /^,/.test(run.after) && !isFirstName(tokens[0].text) && !isTitleWord(tokens[0].text)) {
    return { kind: 'organization', text: name, sentence, offset };
  }
  // "chief executive of Baltvia", "the founder of Kestrel Vantor": only a company has those.
  // ("chairman of Impressionist art": a word before a common noun describes the noun; no company.)
  const describesNoun = /^\s+$/.test(run.after) && /^\p{Ll}{3,}$/u.test(run.next[0] ?? '') && wordTags(run.next[0]).has('Noun') && !wordTags(run.next[0]).has('Verb');
  if (before === 'of' && CORPORATE_OFFICE.test(run.prev[run.prev.length - 2]?.text ?? '') && /^\s+$/.test(run.before) && !isFirstName(tokens[0].text) && !describesNoun) {
    return { kind: 'organization', text: name, sentence, offset };
  }
  // "an economist at Nordbank", "a spokeswoman at Velmora": the employer of a trade only firms hire.
  // ("analysts at Morgan Harrow": many of a trade work at a firm, never at a person, whatever its first word.)
  const trade = (run.prev[run.prev.length - 2]?.text ?? '').toLowerCase();
  const staff = /s$/.test(trade) && tokens.length >= 2 && !tokens[tokens.length - 1].possessive;
  if (before === 'at' && FIRM_TRADE.test(trade) && /^\s+$/.test(run.before) && (staff || (!isFirstName(tokens[0].text) && !isKnownLastName(tokens[0].text)))
    && !lookupPlace(text, 15_000) && !lookupCountry(text) && !lookupRegion(text) && !isCommonWord(tokens[0].text) && !isDemonym(tokens[0].text)) {
    return { kind: 'organization', text: name, sentence, offset };
  }
  // "the party's Youth Wing" is part of the party, not a body the kind word names.
  const ownedBy = run.prev[run.prev.length - 1]?.possessive;
  if (before && !ownedBy && kindOfBody(before) && /^\s+$/.test(run.before) && !isFirstName(tokens[0].text)) return { kind: 'organization', text: name, sentence, offset };
  // "Korvane Steel, the country's second-largest steelmaker,": an appositive says what kind of body it is.
  const last = tokens[tokens.length - 1];
  const appositive = ORG_APPOSITIVE.exec(text.slice(last.offset + last.text.length + (last.possessive ? 2 : 0)));
  // ("Te Whatu Ora, the health agency," "Harlow Nurses, the union,": public bodies too.)
  if (appositive && (ORG_KINDS.test(appositive[1]) || BUSINESS_KINDS.test(appositive[1]) || BODY_APPOSITIVE.test(appositive[1])) && !isFirstName(tokens[0].text)) return { kind: 'organization', text: name, sentence, offset };
  return null;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const FIRM_TAILS = 'Co|Sons|Partners|Associates|Company|Brothers';
const FOUNDERS_FIRM = new RegExp(`^[^&,.;]+&\\s*(?:${FIRM_TAILS})\\b`, 'u');
const FIRM_TAIL_ALONE = new RegExp(`^(?:${FIRM_TAILS})\\.?$`);
const UTILITY_PAIR = new RegExp(`^[^&,.;]*?\\b(?:${UTILITY_GOODS})\\s+(?:&|and)\\s+(?:${UTILITY_GOODS})\\b`, 'u');
const UTILITY_BEFORE = new RegExp(`\\b(?:${UTILITY_GOODS})\\s+(?:&|and)\\s+$`, 'u');
/** Offices only a company has, before "of" and its name: "chief executive of", "founder of". */
const CORPORATE_OFFICE = /^(?:executive|CEO|chairman|chairwoman|chairperson|founder|co-founder|cofounder|owner|co-owner|shareholders?)$/;
/** Trades a firm employs, before "at" and its name: "an economist at Nordbank". */
// ("a researcher at Velmarstad", "an allergist at Tarvohospitalet": hospitals and universities employ too.)
const FIRM_TRADE = /^(?:economist|analyst|strategist|trader|banker|executive|spokes(?:man|woman|person)|consultant|engineer|researcher|professor|lecturer|scientist|physician|surgeon|doctor|nurse|\p{Ll}+ologist|allergist|psychiatrist|paediatrician|pediatrician)s?$/u;
const CORPORATE_AFTER = /^(?:shares|stock|shareholders|stockholders|board|chairman|chairwoman|subsidiary|headquarters|factory|factories|plant|plants)$/;
/** Offices a firm has, after its possessive: "Quillwork's co-founder", "Quillwork's CEO". */
const OWNED_BY_FIRM = /^(?:co-?founder|ceo|cfo|coo)$/;
/** "shares of ", "a stake in ": what follows is a company. */
const SHARES_OF = /\b(?:shares|stock|a stake|stakes)\s+(?:of|in)\s+$/i;
/** "agreed to buy rival ", "acquire smaller ": a purchase, before the name it buys (then "for" a sum). */
const BOUGHT = new RegExp(String.raw`\b(?:${PURCHASE_VERBS}|takeover of|acquisition of|purchase of)\s+(?:(?:its\s+)?(?:smaller|larger|bigger|rival|fellow|struggling|troubled|loss-making|[a-z]+-based)\s+){0,3}$`, 'i');
/** Units a rank is named after ("Battalion Chief", "Brigade Commander", "Station Officer"): no body on their own. */
const RANKED_UNIT = /^(?:Battalion|Brigade|Regiment|Division|Platoon|Squadron|Unit|Station|Watch|Company)$/;
const GENERIC_BODY = /^(?:Government|Administration|Cabinet|Ministry|Department|Council|Committee|Commission|Police|Army|Court|Agency|Company|Group|Party|Union|Board|Office|Authority|Service)$/;
/** A lower-case word that says a name is an organisation's: "company", "bureau", "manufacturer". */
const isOrgKind = (w: string): boolean => /^\p{Ll}/u.test(w) && (kindOfBody(w) || ORG_HEADS.has(w));

/**
 * ", a construction firm", ", the country's largest lender": the noun that ends such an
 * appositive. Not across a preposition: ", a director of the company" is a person's.
 */
/** Businesses an appositive may name ("Bedner Growers, a Florida farm,"), and no one's trade ("a grower" may be a person). */
const BUSINESS_KINDS = /^(?:farm|distributor|wholesaler|packer|processor|cooperative|co-op|brewery|winery|distillery|bakery)$/;
const BODY_APPOSITIVE = /^(?:agency|body|union|association|federation|council|department|ministry|institute|foundation|trust|league|commission|committee|board|bureau)$/;
// (", a mid-sized company that …", ", a firm based in …": the noun may end before a clause about it.)
const ORG_APPOSITIVE = /^,\s+(?:an?|the|\p{Lu}[\p{L}.]*['’]s)\s+(?:(?!(?:of|for|at|in|with|from|to)\s)[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s*[,.;]|\s+(?:that|which|whose|based|founded|owned|headquartered)\b)/u;

/**
 * Words before "of" that read as a person's name: a known given name first, or two or three
 * words that are neither ordinary words nor a body's head ("Ilan Tessmer of the Velmar
 * Institute"; not "Bank of Harlow", "Friends of the Earth").
 */
function looksPersonal(words: Token[], wordsAllowed = false): boolean {
  if (isFirstName(words[0].text)) return true;
  return words.length >= 2 && words.length <= 3 && words.every((t) => (wordsAllowed || !isCommonWord(t.text)) && !ORG_HEADS.has(t.text.toLowerCase()) && !COMPANY_HEADS.has(t.text.toLowerCase()) && !lookupCountry(t.text) && !DEMONYMS[t.text]);
}

/**
 * Where "of" follows a person's name in a run ("Jane Roe of the Greens"): the index of "of" when
 * two or more name words before it look personal (or follow a title) and no given name comes
 * after it; else -1.
 */
function personBeforeOf(words: Token[], titled: boolean): number {
  const of = words.findIndex((t) => t.text === 'of');
  // ("Jane Roe of Harlow Trent University": a body's name ends in its head, whatever its words.)
  const after = words.slice(of + 1);
  const body = after.length > 1 && ORG_HEADS.has(after[after.length - 1].text.toLowerCase());
  // ("Rami Tarvani of the Velmar Rescue Committee": two or three names, one no word, before
  // "of the" and a body look personal too.)
  const beforeBody = after.length > 1 && after[0].text === 'the' && after.some((t) => ORG_HEADS.has(t.text.toLowerCase())) && of >= 2 && of <= 3 && words.slice(0, of).some((t) => !isCommonWord(t.text)) && looksPersonal(words.slice(0, of), true);
  // ("Queen Mary University of London": a body's head before "of" names the body, title or not.)
  if (of < 2 || ORG_HEADS.has(words[of - 1].text.toLowerCase()) || !(titled || beforeBody || looksPersonal(words.slice(0, of))) || !words.slice(0, of).every((t) => isNameWord(t.text))) return -1;
  return !body && after.some((t) => isFirstName(t.text)) ? -1 : of;
}

/**
 * "Senator Jane Roe of the Greens", "Jane Roe of Brantby": with no given name after "of", a
 * name that looks personal or follows a title ends before it, and what follows (her party, town or
 * employer, never another person) is read on its own.
 */
function nameBeforeOf(run: NameRun, nameTokens: Token[], s: Sentence, headline: boolean, titled: boolean): { name: Token[]; after: Mention[] } {
  const of = personBeforeOf(nameTokens, titled);
  if (of < 0) return { name: nameTokens, after: [] };
  const rest = nameTokens.slice(of + 1).filter((t) => isNameWord(t.text));
  const after = rest.length ? classifyRun(runFrom(run, run.tokens.indexOf(rest[0])), s, headline).filter((m) => m.kind !== 'person') : [];
  return { name: nameTokens.slice(0, of), after };
}

/** Last words of trophies, prizes, contests and shows, which are often named after people ("the Jane Roe Show"). */
const CONTEST_HEADS = /^(?:Cup|Trophy|Prize|Prix|Festival|Award|Awards|Medal|Championships?|Games|Classic|Marathon|Open|Stakes|Derby|Rally|Regatta|Memorial|Lecture|Show|Podcast)$/;

/** "Nigeria's " right before a name: the country, possessive. */
const COUNTRY_OWNER = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+$/u;

/** Lower-case people a body's name may be followed by ("a Senior Defence Ministry official"). */
const OFFICIAL_AFTER = /^(?:officials?|spokes(?:man|woman|person)|sources?|advisers?|aides?|officers?|commanders?|diplomats?|negotiators?)$/;

/** A lower-case office right after a name: "… port chief", "… mayor", "… bank executive". */
const OFFICE_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:chief|boss|head|mayor|minister|official|executive|director|manager|commander|governor|president|chairman|treasurer)\b/u;

/** Words that rank an office ("Chief", "Acting"), never the first word of a body's name. */
const RANK = /^(?:Chief|Acting|Deputy|Interim|Former|Vice|Assistant|Principal|Senior|Outgoing|Incoming)$/;

/**
 * "CIA Director William Burns", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani":
 * a known given name inside a run starts the person; the words before are the role, and
 * an organisation among them ("CIA") is a mention of its own.
 */
function splitAtPerson(run: NameRun, s: Sentence): Mention[] {
  const tokens = run.tokens;
  const opening = /^\s*["“‘(]?\s*$/.test(s.text.slice(0, tokens[0].offset));
  for (let k = 1; k < tokens.length - 1; k++) {
    const before = tokens[k - 1].text;
    // After a title abbreviated AP style ("Col.", "Sgt.", "Gov."), a name starts whatever its first word.
    const abbreviated = AP_TITLE.test(before) && isNameWord(tokens[k].text) && !isTitleWord(tokens[k].text);
    // "Jockey Jane Roe won", "City Clerk Jane Roe said": words of a trade, capitalised only to open
    // the sentence, describe the name after them; a role noun ("Lawyer", "Activist") whatever name follows.
    const trade = opening && tokens.slice(0, k).every((t) => (isCommonWord(t.text) && !isFunctionWord(t.text)) || isTitleWord(t.text));
    // …and a creed before one ("Leftist Mariela Ortiz", "Conservative Jane Roe").
    // ("Chief Party Secretary Jane Roe": a title noun further on ends the title there, not here.)
    const roleNoun = trade && k === 1 && tokens.length >= 3 && (ROLE_NOUNS.test(before) || /^\p{Lu}\p{Ll}+(?:ist|ive)$/u.test(before)) && isNameWord(tokens[k].text)
      && !TITLE_NOUNS.has(tokens[k + 1].text.toLowerCase());
    // Right after a title a given name that is also a word counts ("Fire Chief Ray Tull", "Police Chief Rose Tull").
    // …and so does an unknown word that, with one more name word, ends the run ("Labour MP Altaf
    // Hussain", "Detective Inspector Alun Harries": a surname may be spelled like a word).
    // (A nationality is no such title: "Danish Harlow Society".)
    const nameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_HEADS.has(t.text.toLowerCase()) && !COMPANY_HEADS.has(t.text.toLowerCase()) && !isTitleWord(t.text)
      && !lookupCountry(t.text) && !isDemonym(t.text) && !GROUP_NOUNS.test(t.text) && !lookupPlace(t.text, 15_000);
    const unknownGiven = k === tokens.length - 2 && TITLE_WORDS.has(before.toLowerCase().replace(/\.$/, '')) && nameWord(tokens[k]) && !isEnglishWord(tokens[k].text) && nameWord(tokens[k + 1]);
    const titledGiven = isTitleWord(before) && ((isRegisteredGivenName(tokens[k].text) && !isCommonWord(tokens[k + 1].text)) || unknownGiven);
    // A title is no given name ("Air Marshal Tom Reed": the name starts at "Tom").
    if (!(isFirstName(tokens[k].text) || abbreviated || roleNoun || titledGiven) || isTitleWord(tokens[k].text) || NAME_PARTICLES.has(before)) continue;
    // Only a title or an organisation splits off: "Andres Manuel Lopez Obrador" is one name.
    if (!trade && !isTitleWord(before) && !KNOWN_ORGS.has(before) && !/^\p{Lu}{2,6}$/u.test(before)) continue;
    const cut = nameBeforeOf(run, tokens.slice(k), s, false, true);
    // ("Prosecutor Rhian Tessel KC": letters after the name are no part of it.)
    const nameTokens = cut.name.length >= 3 && POST_NOMINALS.test(cut.name[cut.name.length - 1].text) ? cut.name.slice(0, -1) : cut.name;
    const core = nameTokens.filter((t) => !NAME_PARTICLES.has(t.text));
    if (core.length < 2 || core.length > 4 || nameTokens.some((t) => CONNECTOR_IN_TITLE.has(t.text))) continue;
    // "Dr. Jane Roe Hospital", "President Jane Roe Foundation": a body named after someone, title and all.
    const lastName = nameTokens[nameTokens.length - 1];
    if (ORG_HEADS.has(lastName.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(lastName.text) && !isFirstName(lastName.text)) continue;
    const prefix = tokens.slice(0, k);
    // "AP Jane Roe", "10.40 BST Jane Roe": a lone credit or time zone before the name
    // is neither the person's role nor, unless a known one, an organisation.
    const credit = prefix.length === 1 && isCredit(prefix[0].text);
    const roleRun = credit ? { ...run, tokens: nameTokens, before: ' ', prev: [] } : run;
    const out: Mention[] = [{ kind: 'person', text: nameTokens.map((t) => t.text).join(' '), sentence: s.index, offset: nameTokens[0].offset, role: personRole(s.text, roleRun, nameTokens) }];
    out.push(...cut.after);
    if (credit && !KNOWN_ORGS.has(prefix[0].text) && !AGENCIES.has(prefix[0].text)) return out;
    // ("Former Harlow County Treasurer": the county is "Harlow County".)
    let ranked = 0;
    while (ranked < prefix.length - 1 && RANK.test(prefix[ranked].text)) ranked++;
    out.push(...countriesIn(prefix.slice(ranked), s.index));
    let end = prefix.length;
    // Title words come off the end, but not an organisation's head ("Security Council President").
    while (end > 0 && isTitleWord(prefix[end - 1].text) && !(end < prefix.length && ORG_HEADS.has(prefix[end - 1].text.toLowerCase()))) end--;
    // …and off the start: "Acting CIA Director" names the CIA, "Chief Party Secretary" no body.
    let start = 0;
    while (start < end - 1 && RANK.test(prefix[start].text)) start++;
    const orgPart = prefix.slice(start, end);
    // "European Council President …", "Russian Defence Ministry spokesman …": an organisation's
    // head word keeps the country adjective in its name.
    const headed = orgPart.length > 1 && ORG_HEADS.has(orgPart[orgPart.length - 1].text.toLowerCase());
    if (orgPart.length && (headed || orgPart.every((t) => !DEMONYMS[t.text] && !lookupCountry(t.text)))) {
      const text = orgPart.map((t) => t.text).join(' ');
      // "Police Capt. Jane Doyle": a kind of body alone ("Police") names none in particular.
      // ("Energy Minister Priya Ramen": a portfolio alone names no body either.)
      // ("Battalion Chief Marco Ruiz": a unit's word alone is part of a rank, no body.)
      if (!GENERIC_BODY.test(text) && !RANKED_UNIT.test(text) && !(orgPart.length === 1 && isTitleWord(text)) && (KNOWN_ORGS.has(text) || /^\p{Lu}{2,6}$/u.test(text) || orgPart.some((t) => ORG_HEADS.has(t.text.toLowerCase())))) {
        out.unshift({ kind: 'organization', text, sentence: s.index, offset: orgPart[0].offset, agency: AGENCIES.has(text) || undefined });
      }
    }
    return out;
  }
  return [];
}

/**
 * "Taiwan's Ministry of National Defense", "the Liberation Army's Eastern Command": a name that owns
 * a body is a mention of its own, and the body is named without it. Not "People's Party".
 */
function ownerAndOwned(run: NameRun, s: Sentence): [NameRun, NameRun] | null {
  const tokens = run.tokens;
  let at = tokens.length - 2;
  while (at >= 0 && !tokens[at].possessive) at--;
  if (at < 0 || tokens.length - at - 1 < 2 || !tokens.slice(at + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()))) return null;
  // "Tigray People's Liberation Front": an owner ending in an English word that heads no body is part of the name.
  const ownerWord = tokens[at].text;
  if (isCommonWord(ownerWord) && !ORG_HEADS.has(ownerWord.toLowerCase())) return null;
  return splitRun(run, s, at + 1, at + 1);
}

/** A run cut in two: tokens before `end`, and tokens from `start` on (a joining word between them left out). */
function splitRun(run: NameRun, s: Sentence, end: number, start: number): [NameRun, NameRun] {
  const head = run.tokens.slice(0, end);
  const tail = run.tokens.slice(start);
  const textOf = (ts: Token[]): string => s.text.slice(ts[0].offset, ts[ts.length - 1].offset + ts[ts.length - 1].text.length + (ts[ts.length - 1].possessive ? 2 : 0));
  return [
    { tokens: head, text: textOf(head), before: run.before, prev: run.prev, after: ' ', next: run.tokens.slice(end, end + 4).map((t) => t.text.toLowerCase()) },
    { tokens: tail, text: textOf(tail), before: ' ', prev: [...run.prev, ...run.tokens.slice(0, start)].slice(-6), after: run.after, next: run.next },
  ];
}

/** "Odile Marsh and Kavi Tenno", "Kavi Tenno and Odile Marsh": joined by "and" to a full name with a known given name. */
function listedWithPerson(run: NameRun, sentence: string): boolean {
  // One lower-case word may describe the second: "Marta Olsen and nationalist Piet Grau".
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+ and (?:\p{Ll}+ )?$/u.exec(sentence.slice(0, run.tokens[0].offset));
  const last = run.tokens[run.tokens.length - 1];
  const after = /^ and (?:\p{Ll}+ )?(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+/u.exec(sentence.slice(last.offset + last.text.length));
  return Boolean((before && isFirstName(before[1])) || (after && isFirstName(after[1])));
}

/** Endings of family names in many traditions: Romanian, Georgian, Ukrainian, Slavic, Nordic, Greek, Turkish, Armenian. */
const SURNAME_ENDING = /\p{Ll}(?:escu|eanu|shvili|adze|idze|enko|chuk|czuk|ovich|evich|ović|ević|owski|ewski|inski|ynski|sson|poulos|akis|idis|oğlu|oglu|yan)$/u;
/** ", 71,", ", aged 34,": an age set off after a name. */
const AGE_APPOSITION = /^,\s*(?:aged\s+)?\d{1,3}\s*,/;

/** ", of the Harlow Fire Company,", ", from Tarvo,": an appositive naming someone's employer or home. */
const AFFILIATION_AFTER = /^,\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,;]*,/u;

/** An office written in lower case, after its owner's possessive if any: "envoy", "Tarvo's chief negotiator". */
const LOWER_OFFICE = /^(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?\p{Ll}/u;
/** Words that name a public service or utility, never a family. */
const SERVICE_WORD = /^(?:Fire|Police|Rescue|Ambulance|Energy|Water|Gas|Electric|Tech|Transit|Rail|Poly|Health|Airways|Airlines)$/;
/** "Val Fire spokesperson", "Val Fire crews": the service's own people after its name. */
const SERVICE_STAFF_AFTER = /^\s+(?:spokes(?:man|woman|person)|officials?|chief|crews|firefighters|officers|staff|engineers)\b/i;
function personMention(nameTokens: Token[], run: NameRun, s: Sentence, titled: boolean, atStart: boolean): Mention | null {
  const name = nameTokens.map((t) => t.text).join(' ');
  const offset = nameTokens[0].offset;
  const first = nameTokens[0].text;
  const last = nameTokens[nameTokens.length - 1].text;
  // "…, X said" and "…, said X": a speech verb right beside the name.
  const speaks = speechAfter(run) || speechBefore(run);
  // "Van der Berg", "De Gaulle": a family name with its particles, used alone — sure when it
  // speaks or has a title, else a guess the resolve stage keeps only if the story names them in full.
  if (nameTokens.length > 1 && nameTokens.slice(0, -1).every((t) => SURNAME_PARTICLES.has(t.text.toLowerCase())) && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) {
    return { kind: 'person', text: name, sentence: s.index, offset, tentative: !(speaks || titled), role: personRole(s.text, run, nameTokens) };
  }
  const core = nameTokens.filter((t) => !NAME_PARTICLES.has(t.text));
  if (core.length >= 2 && core.length <= 4) {
    // ("Airbus A-310", "Boeing 737": a model number is no part of a name.)
    // ("Luís Montenegro", "Maria Jordan": a surname that is also a country's name, after a given name, not a place's preposition.)
    const countrySurname = (i: number): boolean => i === nameTokens.length - 1 && core.length === 2 && isFirstName(first) && !lookupCountry(first) && !LOCATIVE_BEFORE.test(s.text.slice(0, offset));
    // ("Jordan Miller", "Chad Miller": a country that is also a given name, before a known surname, opens a name.)
    const countryGiven = (i: number): boolean => i === 0 && core.length === 2 && isRegisteredGivenName(first) && isKnownLastName(last) && !lookupPlace(last, 15_000) && !LOCATIVE_BEFORE.test(s.text.slice(0, offset));
    if (nameTokens.some((t, i) => (lookupCountry(t.text) && !countrySurname(i) && !countryGiven(i)) || /\p{N}/u.test(t.text) || GROUP_NOUNS.test(t.text))) return null;
    // "the Anna Tarvo Memorial Cup", "the Velmar Prize": a trophy or a contest named after someone.
    if (CONTEST_HEADS.test(last)) return null;
    const knownFirst = isFirstName(first);
    const role = personRole(s.text, run, nameTokens);
    // An appositive role (", the party's organisation secretary,") vouches for an unknown name.
    // "Hassan al-Turabi": a particle-joined family name marks a personal name.
    const particleName = PARTICLE_SURNAME.test(last) && !isCommonWord(first);
    // "Lai Ching-te", "Tsai Ing-wen": a romanised Chinese or Korean given name, hyphenated, after the family name.
    const hyphenatedGiven = core.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last);
    // "Dorin Vasilescu", "Giorgi Beridze": a family name's ending from a naming tradition.
    const suffixed = SURNAME_ENDING.test(last) && !isCommonWord(first) && !isCommonWord(last) && !DEMONYMS[last];
    // "Ivo Lind": a given name from a birth register vouches too, but only for a plain name of
    // distinct capitalised words ("Erdogan LOL", "Miu Miu" and "Ogilvy for Velmar" are not).
    const plainName = new Set(core.map((t) => t.text)).size === core.length && core.every((t) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(t.text));
    const listedFirst = !knownFirst && plainName && isListedGivenName(first);
    // "Tom Tull, of the Harlow Fire Company,": where someone works or lives, in apposition.
    const lastToken = nameTokens[nameTokens.length - 1];
    const affiliated = AFFILIATION_AFTER.test(s.text.slice(lastToken.offset + lastToken.text.length));
    const looksNamed = knownFirst || listedFirst || particleName || hyphenatedGiven || suffixed || isKnownLastName(last) || titled || speaks || Boolean(role) || affiliated || actsAsPerson(run) || listedWithPerson(run, s.text);
    // "Olaf Bird": a known first name vouches for a surname that is also a word.
    // A name may end in a word ("President Joyce Banda", "spokesman Wang Wenbin said"): a title,
    // a speech verb or a role in apposition vouches for it, and a title and a speech verb
    // together when the first word is a word too.
    // "Jean Morel, 71, said": only a person is given an age in apposition, whatever words the name is made of.
    const endOfName = nameTokens[nameTokens.length - 1];
    const aged = AGE_APPOSITION.test(s.text.slice(endOfName.offset + endOfName.text.length));
    // ("He met Jan van der Holm": a given name from a register and a family name's particles vouch too.)
    // ("The envoy, Piet Holm, said": a lower-case office in apposition vouches for a name of two words that are words too.)
    const appositiveOffice = Boolean(role && !titled && LOWER_OFFICE.test(role) && ROLE_NOUNS.test(role) && nameTokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)));
    // "Val Fire said", "Harlow Water": a given name before a public service's word names the service (no family is called "Fire").
    // ("the Tarn Fire", "Tarn Fire grows": a wildfire's name, unless it speaks or is cited as a service is.)
    if (core.length === 2 && SERVICE_WORD.test(last) && !titled && !aged) {
      const cited = speaks || /\baccording to\s+$/i.test(s.text.slice(0, offset)) || SERVICE_STAFF_AFTER.test(s.text.slice(lastToken.offset + last.length));
      return last !== 'Fire' || (cited && !/\bthe\s+$/i.test(s.text.slice(0, offset))) ? { kind: 'organization', text: name, sentence: s.index, offset } : null;
    }
    // ("Tarvo Mustangs said": a plural noun last names a team, a band or a firm that speaks; no family is "Mustangs".)
    // (Not after a given name that is no town's: "Joan Rivers", "Tom Hanks".)
    if (core.length === 2 && speaks && !titled && !aged && !role && (!isFirstName(first) || lookupPlace(first, 100_000)) && /\p{Ll}s$/u.test(last) && !isKnownLastName(last) && wordTags(last.toLowerCase()).has('Plural') && isEnglishWord(last.toLowerCase())) {
      return { kind: 'organization', text: name, sentence: s.index, offset };
    }
    if (aged || (looksNamed && (knownFirst || !isCommonWord(last) || ((speaks || titled || role) && !isCommonWord(first)) || (speaks && titled) || appositiveOffice || (listedFirst && core.length < nameTokens.length)))) return { kind: 'person', text: name, sentence: s.index, offset, role };
    return null;
  }
  // "Al-Mansoori" is a family name with its particle; other hyphenated words ("Pro-Kremlin") are not names.
  const particled = PARTICLE_SURNAME.exec(first);
  // "Queen Marie-Amélie": two given names joined by a hyphen are one name.
  const compoundGiven = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(first);
  // "Marchand-Roy, 44, said": a double-barrelled surname alone, vouched for by an age or a saying.
  const vouched = speaks || titled || AGE_APPOSITION.test(s.text.slice(offset + first.length));
  // ("Coca-Cola said" ends in a word, as no family name does.)
  const doubleBarrelled = Boolean(compoundGiven) && vouched && !isCommonWord(first.split('-')[1]);
  const surname = NOT_A_SURNAME.test(first) ? (Boolean(particled) && !NOT_A_SURNAME.test(particled![1])) || Boolean(compoundGiven && isFirstName(compoundGiven[1])) || doubleBarrelled : true;
  // Two letters make a name only as a Chinese or Korean family name that speaks ("Xi said", "Oh told").
  if (nameTokens.length !== 1 || first.length < (speaks && EAST_ASIAN_FAMILY_NAMES.has(first) ? 2 : 3) || /^\p{Lu}+s?$/u.test(first) || /\d/.test(first) || first.includes('.') || !surname || isDemonym(first) || GROUP_NOUNS.test(first)) return null;
  // A word that opens the sentence may be capitalised for that alone; after "Mr" it is a name.
  const nameAtStart = atStart && nameTokens[0].offset === run.tokens[0].offset;
  // A word that speaks ("Bird said", "Xi said") may be the family name of someone the story
  // names in full: a guess the resolve stage keeps only if it finds that person.
  // Only an office vouches for a word as a name: "Swedish Crowns", "German Frigate" name no one.
  // ("the MS Word file": a courtesy title is written "Ms", not in capitals.)
  const before = run.tokens.slice(0, Math.max(0, run.tokens.indexOf(nameTokens[0])));
  const peeled = before.filter((t) => !/^(?:MR|MRS|MS|DR)\.?$/.test(t.text)).map((t) => t.text.toLowerCase().replace(/\.$/, ''));
  // ("the Miss World contest": before an ordinary word "Miss" names a pageant, not a woman.)
  const office = peeled.length ? peeled.some((w) => TITLE_WORDS.has(w) && !QUALIFIER_TITLES.has(w) && w !== 'miss') : titled && !before.length;
  // ("Having said that, …": an auxiliary's participle opening the sentence is no one's name.)
  // ("Roe, 51, previously ran …": an age in apposition vouches for a word as someone's name too.)
  if (isCommonWord(first) && !(office && !nameAtStart)) return (speaks || AGE_APPOSITION.test(s.text.slice(offset + first.length))) && !isFunctionWord(first) && !(nameAtStart && /^(?:Having|Being)$/.test(first)) ? { kind: 'person', text: first, sentence: s.index, offset, tentative: true, wordAsName: true } : null;
  // A lone surname is only sure with a title or a known name; otherwise it waits for
  // the resolve stage to find the full name elsewhere in the story.
  // A lone given name ("Saad") is never sure: it must meet its full name, unless a monarch's or
  // a pope's title goes before it ("Empress Adela", "Pope Linus"): that is their whole name.
  const titleBefore = run.tokens[run.tokens.indexOf(nameTokens[0]) - 1] ?? (/^\s+$/.test(run.before) ? run.prev[run.prev.length - 1] : undefined);
  const regnal = REGNAL_TITLES.test(titleBefore?.text ?? '');
  const sure = regnal || ((titled || isKnownLastName(first) || speaks) && !(isFirstName(first) && !isKnownLastName(first)));
  return { kind: 'person', text: first, sentence: s.index, offset, tentative: !sure, role: personRole(s.text, run, nameTokens) };
}

/** "Nato", "Unesco": a known body's acronym written in title case, as British papers do (not a word: "Who"). */
const knownInTitleCase = (word: string): boolean => /^\p{Lu}\p{Ll}{1,5}$/u.test(word) && KNOWN_ORGS.has(word.toUpperCase()) && !isCommonWord(word);

/** Letters written after a name: offices ("MP", "KC") and honours ("OBE", "PhD"). */
const POST_NOMINALS = /^(?:KC|QC|SC|MP|MEP|MSP|MS|MLA|TD|AM|OBE|MBE|CBE|KBE|DBE|PhD|JP|FRS)$/;
const OFFICE_LETTERS = /^(?:KC|QC|SC|MP|MEP|MSP|MS|MLA|TD|AM)$/;

/** Acronyms that are everyday nouns or units, never a body's name. */
const COMMON_ACRONYMS = new Set(['TV', 'AM', 'PM', 'PC', 'GDP', 'CEO', 'CFO', 'COO', 'DNA', 'IT', 'PR', 'VIP', 'SUV', 'ATM', 'ID', 'IQ', 'UFO', 'GPS', 'ICU', 'IVF', 'HIV', 'AIDS', 'TB', 'OK', 'USB', 'LED', 'HQ', 'FAQ', 'ETA', 'DIY', 'PPE', 'MRI', 'CPR', 'AI']);

/** "her younger brother ", "his wife ": one's kin, named next. */
const KIN_BEFORE = new RegExp(`\\b(?:his|her|their|my|our|your)\\s+(?:(?:elder|older|younger|eldest|youngest|late|twin|baby|infant|teenage|adult)\\s+)?(?:${KIN_NOUNS}|partner)\\s+$`, 'i');
/** A compass word that opens a region's name ("North America", "Central Asia"). */
const COMPASS_WORDS = 'North|South|East|West|Central|Northern|Southern|Eastern|Western';
const COMPASS = new RegExp(`^(?:${COMPASS_WORDS})$`);
/** "… and Central America": the second half of two names that share their last word. */
const SHARED_HEAD = new RegExp(`^\\s+(?:and|or)\\s+(?:${COMPASS_WORDS})\\s+(\\p{Lu}\\p{L}+)`, 'u');

/** "Ann Corwin, D-Wash.,", "(R-Tex.)": American news tags a lawmaker with party and state. */
const PARTY_STATE = /(?<=[,(]\s?)[DRI]-([A-Z][a-z]{1,4}\.?)(?=[,)])/g;

function partyStates(s: Sentence): Mention[] {
  return [...s.text.matchAll(PARTY_STATE)].flatMap((m) => {
    const state = lookupStateAbbreviation(m[1]);
    return state ? [{ kind: 'place' as const, text: m[1], sentence: s.index, offset: m.index! + 2, placeKind: state.kind, canonical: state.name }] : [];
  });
}

/**
 * Where "TARVO, May 3 (Harbour Press) -" names the outlet itself: the article's source, credited
 * there, not a body the story tells of. A wire agency's name stays a mention (credited as one).
 */
function ownOutlet(sentence: string): [number, number] | null {
  const dateline = DATELINE_OUTLET.exec(sentence);
  const outlet = outletOf(dateline);
  if (!dateline || !outlet || AGENCIES.has(outlet.trim())) return null;
  const start = dateline.index + dateline[0].lastIndexOf(`(${outlet})`) + 1;
  return [start, start + outlet.length];
}

/** Every person, place and organization mention in the article's sentences. */
export function extractEntities(sentences: Sentence[], headingSentences: Set<number>): Mention[] {
  return entitiesAndUnread(sentences, headingSentences).mentions;
}

/**
 * The mentions, and the runs of two or more capitalised words that no rule could read
 * ("Minera Altiplano faces lawsuits"): another article may say what such a name is.
 */
export function entitiesAndUnread(sentences: Sentence[], headingSentences: Set<number>): { mentions: Mention[]; unread: UnreadName[] } {
  const mentions: Mention[] = [];
  const unread: UnreadName[] = [];
  // "the Valdora Department of Forestry and Fire Protection (Val Fire)": a short name in brackets
  // right after a body's name, made of the starts of its words, is that body's, there and wherever
  // the article uses it after ("Val Fire said"), whatever its words look like alone.
  const shortNames = new Set<string>();
  for (const s of sentences) {
    const paired = pairedWaterways(s);
    mentions.push(...paired, ...partyStates(s));
    const outlet = ownOutlet(s.text);
    let coveredTo = -1;
    for (const run of nameRuns(s.text)) {
      if (run.tokens[0].offset < coveredTo) continue;
      if (outlet && run.tokens[0].offset >= outlet[0] && run.tokens[0].offset < outlet[1]) continue;
      if (paired.some((p) => p.offset <= run.tokens[0].offset && run.tokens[0].offset < p.offset + p.text.length + 40 && p.text === run.tokens[0].text)) continue;
      const short = shortNameOf(run, s, mentions[mentions.length - 1], shortNames);
      if (short) { mentions.push(short); continue; }
      const read = classifyRun(run, s, headingSentences.has(s.index));
      const words = run.tokens.filter((t) => isNameWord(t.text));
      // ("Tomas and Ines Harlow": a couple’s second name; its surname is both partners’.)
      const couple = GIVEN_AND.exec(s.text.slice(0, run.tokens[0].offset));
      if (!read.length && words.length >= 2 && !headingSentences.has(s.index) && !(couple && isFirstName(couple[1]))) unread.push({ text: run.tokens.map((t) => t.text).join(' '), sentence: s.index, offset: run.tokens[0].offset });
      for (const m of read) {
        const listed = listedFields(m, s.text);
        // The runs of the listed fields are read as part of the body, not again on their own.
        if (listed) coveredTo = m.offset + m.text.length + listed.length;
        // ("Harlow Holdings (HHL.N)": a ticker's exchange suffix may end the sentence as split.)
        const bracketed = m.kind === 'organization' && /\(\s*$/.test(s.text.slice(0, m.offset)) && /^(?:\s*\)|\.?\s*$)/.test(s.text.slice(m.offset + m.text.length));
        mentions.push(listed ? { ...m, text: m.text + listed } : bracketed ? { ...m, inBrackets: true } : m);
      }
    }
  }
  const all = withNamedBodies(withNicknames(withVouchedSurnames(withJointServices(mentions, sentences), sentences), sentences), sentences);
  const covered = (u: UnreadName): boolean => all.some((m) => m.sentence === u.sentence && m.offset < u.offset + u.text.length && u.offset < m.offset + m.text.length);
  return { mentions: all, unread: unread.filter((u) => !covered(u)) };
}

/** "shelled ", "pounded ": what armies and storms do to a town, right before its name. */
const STRUCK_TOWN = /\b(?:shelled|bombed|bombarded|pounded|besieged|flattened|entered|stormed|evacuated|flooded|struck)\s+$/i;

/** "Iain and ", right before a name: perhaps a given name sharing the surname that follows. */
const GIVEN_AND = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+and\s+$/u;

/** "the 610-foot ", "a 300-metre-long ": a size before a name, which a ship or a building has, and no town. */
const SIZED_BEFORE = /\b(?:the|a|an)\s+[\d,.]+-(?:foot|feet|ft|metre|meter|m|tonne|ton)(?:-(?:long|tall|high))?\s+$/i;

/** "… an environmental group said on Wednesday": a body that speaks before the story names it. */
const UNNAMED_BODY_SAID = /,\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|charity|NGO|watchdog|campaign|company|firm|union|agency|body)\s+(?:said|says|warned|claimed|estimated)\b/i;

/**
 * "The spill is larger than officials say, an environmental group said. Oceana said …": a lone
 * name that opens the next sentence and speaks is that body, not a person of that surname.
 */
function withNamedBodies(mentions: Mention[], sentences: Sentence[]): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== 'person' || m.text.includes(' ') || m.offset > 0 || !UNNAMED_BODY_SAID.test(sentences[m.sentence - 1]?.text ?? '')) return m;
    if (!/^\s+(?:said|says|has said|had said|warned|estimated)\b/.test((sentences[m.sentence]?.text ?? '').slice(m.text.length)) || isFirstName(m.text) || isKnownLastName(m.text)) return m;
    return { kind: 'organization', text: m.text, sentence: m.sentence, offset: m.offset };
  });
}

/** ", known as ", "(also known as ": what comes between a long name and the short name it goes by. */
const KNOWN_AS = /^(?:,\s*|\s*\(\s*)(?:(?:also|better|commonly|widely|locally)\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?$/i;
/** The body a run names as its short name in brackets, or as one the article gave in brackets before. */
function shortNameOf(run: NameRun, s: Sentence, last: Mention | undefined, shortNames: Set<string>): Mention | null {
  const text = run.tokens.map((t) => t.text).join(' ');
  const offset = run.tokens[0].offset;
  // "the Valdora Department of Forestry and Fire Protection, known as Val Fire": a short name given after its long one.
  const lastEnd = last && last.sentence === s.index ? last.offset + last.text.length : -1;
  const knownAs = lastEnd >= 0 && lastEnd < offset && KNOWN_AS.test(s.text.slice(lastEnd, offset));
  const inBrackets = (s.text.slice(offset - 2, offset) === ' (' && s.text[offset + text.length] === ')') || knownAs;
  const gap = knownAs ? offset - lastEnd : 2;
  // ("the National Civil Defence Institute (Velindeci)": a one-word short name in brackets, spelled from
  // the body's name in its own language, is the body's too, unless it names a place or a person.)
  const oneWord = run.tokens.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(text) && !AGENCIES.has(text) && !isFirstName(text) && !isKnownLastName(text) && !isCommonWord(text) && !lookupPlace(text, 15_000) && !lookupCountry(text);
  const introduced = inBrackets && last?.kind === 'organization' && lastEnd + gap === offset && ((run.tokens.length >= 2 && shortens(last.text, text)) || (oneWord && !knownAs));
  if (introduced) shortNames.add(text);
  return introduced || shortNames.has(text) ? { kind: 'organization', text, sentence: s.index, offset, ...(inBrackets ? { inBrackets: true, ...(gap !== 2 ? { namedAfter: gap } : {}) } : {}) } : null;
}

/**
 * "Velmar and Tarvo Police", "the Fire and Rescue Services": a service two areas or two trades
 * share is one body, named with both; the name before "and" is no person or place of its own.
 */
function withJointServices(mentions: Mention[], sentences: Sentence[]): Mention[] {
  const joined = new Map<Mention, Mention>();
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || !JOINT_SERVICE.test(m.text)) continue;
    const text = sentences[m.sentence]?.text ?? '';
    const before = NAME_AND.exec(text.slice(0, m.offset));
    if (!before) continue;
    const at = before.index + before[0].indexOf(before[1]);
    joined.set(m, { ...m, text: `${before[1]} and ${m.text}`, offset: at });
    for (const x of mentions) if (x !== m && x.sentence === m.sentence && x.offset >= at && x.offset < m.offset) dropped.add(x);
  }
  if (!joined.size) return mentions;
  return mentions.filter((m) => !dropped.has(m)).map((m) => joined.get(m) ?? m);
}
/** Bodies that serve an area or a trade and may be shared by two: police forces, fire and health services. */
const JOINT_SERVICE = /\b(?:Police|Constabulary|Services?|Council|Authority|Trust|Board)$/;
/** "Velmar and ", "Upper Tarvo and ", "Fire and ": one or two capitalised words and "and", right before a name. */
const NAME_AND = /(?:^|[^\p{L}'’-])(?!(?:The|A|An)\s)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+and\s+$/u;

/**
 * "Kwame Lantern won …" then "said Lantern, 23": a given name before a word the article takes
 * for someone's name elsewhere (saying something, aged, titled) is that person's full name, though
 * the word is an everyday one and the given name one only a register lists.
 */
function withVouchedSurnames(mentions: Mention[], sentences: Sentence[]): Mention[] {
  const lone = new Set(mentions.filter((m) => m.kind === 'person' && !m.text.includes(' ')).map((m) => m.text));
  if (!lone.size) return mentions;
  const found: Mention[] = [];
  for (const s of sentences) {
    for (const pair of s.text.matchAll(GIVEN_THEN_WORD)) {
      const at = pair.index!;
      if (!lone.has(pair[2]) || !isCommonWord(pair[2]) || !(isFirstName(pair[1]) || isListedGivenName(pair[1]))) continue;
      if (mentions.some((m) => m.sentence === s.index && m.offset < at + pair[0].length && m.offset + m.text.length > at)) continue;
      found.push({ kind: 'person', text: pair[0], sentence: s.index, offset: at });
    }
  }
  if (!found.length) return mentions;
  return [...mentions, ...found].sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
}
const GIVEN_THEN_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;

/**
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives": the rest of the fields a body's name
 * lists after "of", as the sentence goes on. Fields are things written as words ("Tobacco",
 * "Fisheries"), not other names ("the Bank of Harlow, Velmar and Tarvo").
 */
function listedFields(m: Mention, text: string): string | null {
  const field = m.kind === 'organization' ? /\bof (\p{Lu}\p{L}+)$/u.exec(m.text) : null;
  const fields = field && isCommonWord(field[1]) ? LISTED_FIELDS.exec(text.slice(m.offset + m.text.length)) : null;
  return fields && (fields[0].match(/\p{Lu}\p{L}+/gu) ?? []).every(isCommonWord) ? fields[0] : null;
}
const LISTED_FIELDS = /^(?:,\s+\p{Lu}\p{L}+)+,?\s+and\s+\p{Lu}\p{L}+/u;

/** ", widely known as Lulu", " (nicknamed "the Bulldozer")": the name after it is the same person's. */
// ("Xi Jinping called Kim": without a comma or a word like "also", "called" is a phone call.)
const NICKNAME = /^(?:,\s*(?:(?:widely|popularly|better|commonly|also|often)\s+)?(?:known\s+as|called|nicknamed|dubbed)|\s*(?:(?:widely|popularly|better|commonly|also|often)\s+)?(?:known\s+as|nicknamed)|\s*(?:widely|popularly|better|commonly|also|often)\s+(?:called|dubbed))\s+["“]?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)["”]?/u;

/** Each nickname a sentence gives a person becomes a mention of that person, replacing what the run made of it. */
function withNicknames(mentions: Mention[], sentences: Sentence[]): Mention[] {
  const out = mentions.slice();
  const byIndex = new Map(sentences.map((x) => [x.index, x]));
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.text.includes(' ')) continue;
    const s = byIndex.get(m.sentence);
    const after = s?.text.slice(m.offset + m.text.length) ?? '';
    const nick = NICKNAME.exec(after);
    if (!nick) continue;
    const offset = m.offset + m.text.length + nick.index + nick[0].length - nick[1].length - (/["”]$/.test(nick[0]) ? 1 : 0);
    const at = out.findIndex((x) => x.sentence === m.sentence && x.offset === offset);
    if (at >= 0) out.splice(at, 1);
    out.push({ kind: 'person', text: nick[1], sentence: m.sentence, offset, aliasOf: m.text });
  }
  return out;
}
