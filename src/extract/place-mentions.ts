import type { Mention, Sentence } from '../model.js';
import { DEMONYMS } from './demonyms.js';
import { lookupCountry, lookupPlace, lookupRegion, lookupRegionInContext, type GazetteerPlace } from './gazetteer.js';
import { COMPANY_HEADS, GEO_HEADS, GROUP_NOUNS, kindOfBody, MONTH, ORG_HEADS } from './lexicon.js';
import { isFirstName, isFunctionWord, type NameRun, type Token } from './name-runs.js';
import { isCommonWord, isKnownLastName } from './word-tags.js';

const HEAD_OF_STATE = /^(President|Prime Minister|Chancellor|King|Queen|Crown Prince|Emir|Sultan|government|Foreign Minister)\b/;

/**
 * A lone word that describes rather than names what a kind word after it is: a determiner
 * ("The group met", "A hospital"), a country adjective or a creed ("the Scottish hospital",
 * "an Islamist group", "a Shi'ite militia").
 */
export const describes = (run: NameRun): boolean => {
  if (run.tokens.length !== 1) return false;
  const word = run.tokens[0].text;
  return isFunctionWord(word) || Boolean(DEMONYMS[word]) || /(?:ist|ite|ic|ish|ese|ian)$/.test(word);
};

// Places as the text names them: by the gazetteer, by a head word ("Gulf of …", "… Bridge"),
// by the words around them ("the town of …", "fled to …"), inside titles ("Maryland Gov."),
// and by country adjectives ("the Franco-Spanish border").

const WATER = /^(?:(Sea|Gulf|Bay|Strait|Straits|Lake) of \S.*|.+ (Sea|Ocean|Strait|Straits|River|Lake|Gulf|Bay|Channel|Canal|Reservoir|Creek))$/;
/** Water named by a head word that is another's kind: a reservoir is a lake, a creek a river. */
const WATER_KIND: Record<string, string> = { reservoir: 'lake', creek: 'river' };
const WATER_AFTER = /^(sea|ocean|strait|straits|river|lake|gulf|bay)$/;

/** Lower-case facility words after a name make it a place: "Rikers prison", "Heathrow airport". */
const STREET_HEADS = new Set(['street', 'avenue', 'square', 'boulevard', 'road', 'highway', 'lane', 'plaza', 'prospekt']);
const FACILITY_AFTER = /^(prison|jail|airport|hotel|airbase|hospital|stadium|square|mosque|cathedral|palace|refinery|plant|reactor|crossing|checkpoint|centre|center|hall|library|museum|bridge|dam)$/;
/** A structure's kind written as the last word of its name: "Key Bridge", "Tarbela Dam". */
const FACILITY_HEADS = /^(?:Bridge|Airport|Stadium|Arena|Velodrome|Racecourse|Dam|Tunnel|Prison|Cathedral|Mosque|Abbey|Basilica|Church|Chapel|Synagogue|Temple|Monastery|Castle|Palace|Refinery|Airbase|Pipeline|Theatre|Theater|Amphitheatre|Auditorium|Lighthouse)$/;
/** Words that name a church as a denomination: "the Roman Catholic Church", "the Orthodox Church". */
const DENOMINATIONS = /^(?:Catholic|Orthodox|Anglican|Evangelical|Protestant|Methodist|Lutheran|Presbyterian|Baptist|Pentecostal|Episcopal|Reformed|Coptic|Apostolic|Adventist|Mormon)$/;
/** What a facility is for, between its name and its kind: "training centre", "memorial hospital". */
const FACILITY_KIND = /^(training|conference|convention|memorial|medical|research|detention|sports|exhibition|power|nuclear|international|military|cultural|community)$/;

export function place(run: NameRun, text: string, offset: number, sentence: number, p: GazetteerPlace): Mention {
  const head = offset === run.tokens[0]?.offset && /^\s+$/.test(run.before) ? `${run.prev.slice(-3).map((t) => t.text).join(' ')} ` : '';
  return { kind: 'place', text, sentence, offset, placeKind: p.kind, canonical: p.name, lat: p.lat, lon: p.lon, ...(p.population ? { population: p.population } : {}), ...(onTheMap(head) ? { locative: true } : {}) };
}

/** Places named by country adjectives: "the Franco-Spanish border", "French President". */
export function demonymPlaces(run: NameRun, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const t of run.tokens) {
    const parts = t.text.split('-');
    // "the French-speaking parties", "a Russian-language daily": a language, not a country.
    if (parts.length < 2 || /-(?:speaking|speakers?|language)$/i.test(t.text)) continue;
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

/**
 * "the town of Wrexham", a capital or port named right after its noun ("the capital, Vellmora",
 * "Norrland's capital Quenby"; not "once in port, Roe said"), "the MP for Brantby".
 */
const PLACE_OF = /\b(city|town|village|province|region|district|port|capital|suburb|neighbourhood|neighborhood|governorate|county|township|borough|state|resort|island|enclave|oasis|municipality|coast|coasts|shores)\s+of\s+$|(?:\b(?:the|its|their)|['’]s)\s+(?:[a-z-]+\s+)?(capital|port),?\s+$|\b(?:MP|MEP|MSP|member|senator|congressman|congresswoman)\s+(for)\s+$/i;
/** Services a district body gives: "Public Health District", "School District", "Water District". */
const SERVICE_WORDS = /^(?:Health|School|Schools|Water|Fire|Hospital|Sanitation|Irrigation|Transit|Utility|Utilities|Sewer|Park|Parks|Library|College)$/;
/** A settlement's noun after its name, or after a second name joined to it: "Velmara and Tarvona villages". */
const SETTLEMENT_AFTER = /^\s+(?:and\s+\p{Lu}[\p{L}'’-]+\s+)?(?:villages?|towns?|hamlets?|townships?|settlements?)\b/u;
/** "the villages of Velmara and ", "the towns of Harlow, ": the plural noun before a list of names. */
const SETTLEMENTS_OF = /\b(?:villages|towns|cities|hamlets|townships|settlements|districts|provinces|regions|counties|islands|resorts|suburbs|neighbourhoods|neighborhoods)\s+of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+|,\s+|\s+and\s+))*$/u;
const MONTH_SPAN = new RegExp(`^(?:${MONTH})-(?:${MONTH})$`);
/** "el-Sheikh", "ash-Shaykh", "ez-Zor": a word joined to the Arabic article, as written in English. */
const ARTICLE_JOINED = /^(?:al|el|ad|ash|as|at|az|ez|es|an|ar|ul)-\p{Lu}/iu;
const COMPASS_PART = String.raw`(?:(?:north|south)-?(?:east|west)?(?:ern)?|eastern|western|central|northern|southern)`;
// ("in eastern Velmar", "across north-western Tarvo": a part of the place named by its compass point.)
export const LOCATIVE_BEFORE = new RegExp(String.raw`\b(in|near|outside|around|across|into|towards?)\s+(?:${COMPASS_PART}\s+)?$`, 'i');
/** "residents of Brantby", "the outskirts of Tarvo": who live in a place, or its parts, before its name. */
export const DWELLERS_OF = /\b(?:residents|inhabitants|villagers|townspeople|citizens|people|outskirts|suburbs|streets|mayor)\s+of\s+$/i;
/** "sank off Tarvosh", "waters off Velmoria": at sea near a place, where "off" is no particle of a verb. */
const AT_SEA_OFF = /\b(?:sank|sunk|sinking|capsized|capsizing|aground|anchored|moored|stranded|rescued|spotted|intercepted|seized|fishing|waters|shipwreck|wreck|drowned|collided|foundered)\s+off\s+$/i;
/** "spread to Ituri", "fled to Goma": verbs of motion make "to" locative. */
const MOTION_TO = /\b(?:(?:fled|flew|fly|travell?ed|spread|spreading|moved|returned|headed|went|deployed|sent|advanced)\s+(?:back\s+)?to|reach(?:ed|ing)?)\s+$/i;
/** "the central prison at Harran", "the air base at Tarvik": a site "at" a name is at a place ("worked at Harlow" need not be). */
const SITE_AT = /\b(?:prison|jail|camp|base|airport|airfield|port|harbou?r|refinery|plant|mine|checkpoint|crossing|barracks|hospital|station|depot|dam)\s+at\s+$/i;

/** What an office does that its street is said to do: "Harlow Street said", "… urged calm". */
const STREET_SPEAKS = /^(?:said|says|urged|warned|announced|confirmed|denied|insisted|told|declined|refused|rejected|responded|briefed)$/;
/** "Schools in Brantby and ": a name joined by "and" to one a locative places is a place too. */
const PLACE_PAIR_BEFORE = /\b(?:in|near|across|between|outside|around)\s+\p{Lu}[\p{L}'’-]+\s+(?:and|or)\s+$/u;
/** The words before a side a team plays: "against", "beat", "lost to", "drew with". */
const OPPONENT_BEFORE = /(?:^|\s)(?:against|beat|beating|defeated|face|faces|facing|host|hosts|hosting|lost to|drew with|v|vs)$/i;

/** "Goma and Ituri": a name joined to a place the gazetteer knows is a place too. */
/** "… near Kafr al-Qasr", "… north of the capital": where a place lies, said of the name before it. */
/** "north of", "south-east of", "west of": a compass point from a place. */
const COMPASS_OF = String.raw`(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of`;
/** ", about 12 miles northwest of Harlow", ", 40 km from Tarvo": a distance from a place after a name puts it on the map. */
const DISTANCE_FROM = new RegExp(String.raw`^,\s+(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?\d[\d.,]*\s*(?:-\s*)?(?:miles?|mi|km|kilometres?|kilometers?)\s+(?:\([^)]{1,20}\)\s+)?(?:${COMPASS_OF}|from)\s+\p{Lu}`, 'u');
const PLACED_NEAR = new RegExp(String.raw`^\s+(?:near|outside|${COMPASS_OF})\s+\p{Lu}`, 'u');

/** "north of Tarvo", "near Tarvo", "outside Tarvo": a spot on the map, which no company is. ("in Tarvo" may be a company's shares.) */
/** "the national stadium in ", "a hospital at ": a building's place, never a company's shares. */
const BUILDING_IN = /\b(?:stadium|arena|airport|hospital|prison|camp|base|hotel|school|university|court|embassy|port|harbou?r|station|square|headquarters)\s+(?:in|at)\s+$/i;
/** A spot on the map, whatever else bears its name. */
const onTheMap = (head: string): boolean => ON_THE_MAP.test(head) || BUILDING_IN.test(head);
const ON_THE_MAP = new RegExp(String.raw`\b(?:${COMPASS_OF}|near|outside|outskirts\s+of|(?:miles|km|kilometres|kilometers)\s+from)\s+$`, 'i');

const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*`;
/** "in Harlow, Tarvo and ": a list of three names or more after a locative, open at its last ("to Harlow and Jane Roe met" may be no list). */
const PLACE_LIST_BEFORE = new RegExp(String.raw`\b(?:in|at|near|from|across|to)\s+(${LISTED_NAME}(?:,\s+${LISTED_NAME})+),?\s+(?:and|or)\s+$`, 'u');

export function besideKnownPlace(head: string): boolean {
  const m = /(\p{Lu}[\p{L}'’-]+)\s+(?:and|or)\s+$/u.exec(head);
  return Boolean(m && lookupPlace(m[1], 15_000));
}

/**
 * A name the gazetteer lacks, placed by its context: "the northern town of Wrexham",
 * "flooding in Tewkesbury". Known person names and English words are not taken.
 */
export function locatedPlace(run: NameRun, s: Sentence): Mention | null {
  const head = s.text.slice(0, run.tokens[0].offset);
  const placeOf = PLACE_OF.exec(head);
  // "the MP for Thornbury": a constituency, a region of its own.
  const kind = (placeOf?.[1] ?? placeOf?.[2] ?? (placeOf?.[3] ? 'region' : undefined))?.toLowerCase();
  const single = run.tokens.length === 1 ? run.tokens[0].text : null;
  // Not "in Q2", "in April-June", "type Ia", "against Israelis", "outside DVD stores": codes, spans of
  // months, peoples and acronyms are no places.
  const nameLike = single && single.length >= 3 && !/\d/.test(single) && !/^\p{Lu}+$/u.test(single) && !MONTH_SPAN.test(single) && !isCommonWord(single) && !isFirstName(single) && !isKnownLastName(single)
    && !DEMONYMS[single] && !DEMONYMS[single.replace(/s$/, '')] && !GROUP_NOUNS.test(single);
  // "in Sharm el-Sheikh": a name closed by a word joined to an Arabic article, after a locative and
  // with no given name, is a place the gazetteer spells otherwise ("in Hassan al-Turabi's …" has one).
  const last = run.tokens[run.tokens.length - 1];
  // "Aleppo and Tarvo al-Harim", "Tarvo al-Harim near Kafr al-Qasr": beside a known place, or placed near one, too.
  const tail = s.text.slice(last.offset + last.text.length);
  const placed = LOCATIVE_BEFORE.test(head) || besideKnownPlace(head) || PLACED_NEAR.test(tail);
  const articled = run.tokens.length >= 2 && ARTICLE_JOINED.test(last.text) && !run.tokens.some((t) => isFirstName(t.text)) && placed && !/^['’]s/.test(tail);
  // "Harlu village", "the Velmara and Tarvona villages", "the villages of Velmara and Tarvona".
  // ("a largely Christian Velmari village" is a people's.)
  const namesOnly = run.tokens.length > 1 && !isFirstName(run.tokens[0].text) && !run.tokens.some((t) => GROUP_NOUNS.test(t.text) || DEMONYMS[t.text]);
  // ("in the Tarvosh area": "the" before the name and "area" after it make a locality.)
  const settlement = (nameLike || namesOnly) && (SETTLEMENT_AFTER.test(tail) || SETTLEMENTS_OF.test(head) || (/^\s+area\b/.test(tail) && /\bthe\s+$/.test(head)));
  // "in Santa Rosa, Kenwood and Glen Ellen": a name closing a list of places after a locative is one, given names or not.
  // ("its alumni include Tomas Berg, Jane Roe and …": every name before it must be a known place.)
  const list = run.tokens.length <= 3 && run.tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? PLACE_LIST_BEFORE.exec(head) : null;
  const closesPlaceList = Boolean(list && list[1].split(/,\s+|\s+(?:and|or)\s+/).every((name) => lookupPlace(name.trim(), 15_000)));
  const distanced = run.tokens.length <= 3 && !isFirstName(run.tokens[0].text) && DISTANCE_FROM.test(tail);
  // ("Jane Roe, 40, from Tarvo, said": a home set off after a person, where "from" names no sender.)
  const home = Boolean(nameLike) && /,\s+from\s+$/.test(head) && /^\s*(?:[,.;]|$)/.test(tail);
  // What a plain name needs before it to be a place: a locative, a motion to it, a site at it, a known
  // place beside it, a ship's mishap off it, or people who live in it.
  const placedBefore = (): boolean => LOCATIVE_BEFORE.test(head) || MOTION_TO.test(head) || SITE_AT.test(head) || besideKnownPlace(head) || PLACE_PAIR_BEFORE.test(head) || ON_THE_MAP.test(head) || AT_SEA_OFF.test(head) || DWELLERS_OF.test(head);
  if (kind || articled || settlement || closesPlaceList || distanced || home || (nameLike && placedBefore())) {
    return { kind: 'place', text: run.tokens.map((t) => t.text).join(' '), sentence: s.index, offset: run.tokens[0].offset, placeKind: kind && kind !== 'capital' && kind !== 'port' ? (kind === 'town' || kind === 'village' || kind === 'suburb' ? 'city' : kind === 'city' ? 'city' : 'region') : 'city',
      ...(onTheMap(head) ? { locative: true } : {}) };
  }
  return null;
}

/**
 * A country, state or province named inside a title ("U.S. Secretary of State", "Valdora Gov.",
 * "New Valdora Premier") is a mention of it. A state's name is read whole before its words (a
 * country's name inside a longer state name is no country).
 */
export function countriesIn(tokens: Token[], sentence: number): Mention[] {
  for (let end = tokens.length; end > 0; end--) {
    const text = tokens.slice(0, end).map((t) => t.text).join(' ');
    // "Blair County Emergency Director": a county or township named before an office, gazetteer or not.
    if (end >= 2 && ADMIN_HEAD.test(tokens[end - 1].text) && tokens.slice(0, end - 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ADMIN_HEAD.test(t.text))) {
      return [{ kind: 'place', text, sentence, offset: tokens[0].offset, placeKind: 'region' }, ...countriesIn(tokens.slice(end), sentence)];
    }
    // Several words together name a region in context; one word must not be a word or a surname too.
    const region = lookupCountry(text) ? undefined : end > 1 ? lookupRegionInContext(text) : lookupRegion(text);
    if (region) return [{ kind: 'place', text, sentence, offset: tokens[0].offset, placeKind: 'region', canonical: region.name }, ...countriesIn(tokens.slice(end), sentence)];
  }
  return tokens.flatMap((t) => {
    const country = lookupCountry(t.text);
    return country ? [{ kind: 'place' as const, text: t.text, sentence, offset: t.offset, placeKind: 'country', canonical: country.name }] : [];
  });
}

/** Subdivisions a local office is named after. */
const ADMIN_HEAD = /^(?:County|Township|Borough|Parish|District|Prefecture|Governorate|Municipality)$/;

/** Seas, straits, rivers, strips, corridors: geography named by its head word. */
export function geographicMention(run: NameRun, text: string, sentence: number): Mention | null {
  const offset = run.tokens[0].offset;
  const nextFollows = !run.after.trim();
  // "The river wends …": a determiner opening the sentence names no river.
  if (WATER.test(text) || (WATER_AFTER.test(run.next[0] ?? '') && nextFollows && !describes(run))) {
    const head = (/(Sea|Ocean|Strait|River|Lake|Gulf|Bay|Channel|Canal|Reservoir|Creek)/.exec(text)?.[1] ?? run.next[0] ?? 'sea').toLowerCase().replace(/s$/, '');
    const kind = WATER_KIND[head] ?? head;
    return { kind: 'place', text, sentence, offset, placeKind: kind };
  }
  const last = run.tokens[run.tokens.length - 1].text.toLowerCase();
  // "the law firm Velmar Row": a name its kind of body introduces is that body's, whatever its last word.
  if (kindOfBody(run.prev[run.prev.length - 1]?.text ?? '') && /^\s+$/.test(run.before)) return null;
  // "the Movement for the Emancipation of the Velmar Delta": a body named "for"/"of" a place is the body.
  const head = run.tokens.find((t) => t.text !== 'The')?.text.toLowerCase() ?? '';
  const bodyOf = run.tokens.length > 2 && ORG_HEADS.has(head) && run.tokens.some((t) => t.text === 'of' || t.text === 'for');
  // "the Harlow Public Health District", "Tarvo Unified School District": a body that serves a district.
  if (run.tokens.length > 1 && last === 'district' && run.tokens.some((t) => SERVICE_WORDS.test(t.text))) return { kind: 'organization', text: text.replace(/^The /, ''), sentence, offset };
  if (run.tokens.length > 1 && GEO_HEADS.has(last) && !bodyOf) return { kind: 'place', text, sentence, offset, placeKind: 'region' };
  // "Liberty Square", "Nadira Avenue": a named street or square.
  // ("Harlow Street urged calm": a street that speaks stands for the office on it.)
  if (run.tokens.length > 1 && STREET_HEADS.has(last) && !/^(?:The|A)$/.test(run.tokens[0].text)) {
    return STREET_SPEAKS.test(run.next[0] ?? '') && !run.after.trim() ? { kind: 'organization', text, sentence, offset } : { kind: 'place', text, sentence, offset, placeKind: 'street' };
  }
  // "at Albert Park", "in Velmar Gardens": a park after "at" or "in" is the park; elsewhere
  // "Park" may be a family name ("Jane Park said").
  if (run.tokens.length > 1 && /^(?:Park|Gardens)$/.test(run.tokens[run.tokens.length - 1].text) && /^(?:at|in|near|into|outside|through|across|around)$/i.test(run.prev[run.prev.length - 1]?.text ?? '') && /^\s+$/.test(run.before)) return { kind: 'place', text: text.replace(/^The /, ''), sentence, offset, placeKind: 'facility' };
  // "Tellmark Point Bridge", "Oskarby International Airport": a structure named with its kind.
  // ("the Tarvo Opera House": a house of opera is a building too.)
  if (run.tokens.length > 1 && (FACILITY_HEADS.test(run.tokens[run.tokens.length - 1].text) || /^Opera House$/.test(run.tokens.slice(-2).map((t) => t.text).join(' ')))) {
    // "the Catholic Church", "the Evangelical Lutheran Church": a denomination is a body, not a building.
    if (run.tokens[run.tokens.length - 1].text === 'Church' && run.tokens.some((t) => DENOMINATIONS.test(t.text))) return { kind: 'organization', text: text.replace(/^The /, ''), sentence, offset };
    // ("his debut against Crystal Palace at Villa Park": a side played against is a club, wherever its name comes from.)
    if (OPPONENT_BEFORE.test(run.prev.slice(-2).map((t) => t.text).join(' ')) && /^\s+$/.test(run.before)) return { kind: 'organization', text, sentence, offset };
    return { kind: 'place', text: text.replace(/^The /, ''), sentence, offset, placeKind: 'facility' };
  }
  // ("the chief Velmari center of Tarvo": a centre "of" a place is a hub, not a building.)
  if (FACILITY_AFTER.test(run.next[0] ?? '') && !(/^cent(?:er|re)$/.test(run.next[0] ?? '') && run.next[1] === 'of') && nextFollows && !describes(run) && !run.tokens[run.tokens.length - 1].possessive && !lookupPlace(text, 15_000)) {
    // ("the Velmar Chemicals plant": a company's name before its site names the company.)
    if (run.tokens.length > 1 && COMPANY_HEADS.has(run.tokens[run.tokens.length - 1].text.toLowerCase())) return { kind: 'organization', text: text.replace(/^The /, ''), sentence, offset };
    return { kind: 'place', text, sentence, offset, placeKind: 'facility' };
  }
  // "the George Shultz training centre": a building named after someone is the building.
  if (FACILITY_KIND.test(run.next[0] ?? '') && FACILITY_AFTER.test(run.next[1] ?? '') && nextFollows && !run.tokens[run.tokens.length - 1].possessive) {
    return { kind: 'place', text: `${text} ${run.next[0]} ${run.next[1]}`, sentence, offset, placeKind: 'facility' };
  }
  // "the Tamil region", "a rebel-held province", "Northern province": adjectives, not names.
  const lastWord = run.tokens[run.tokens.length - 1].text;
  const adjective = DEMONYMS[text] || describes(run) || GROUP_NOUNS.test(lastWord) || /-(?:dominated|controlled|held|run|majority|speaking)$/i.test(lastWord) || (run.tokens.length === 1 && isCommonWord(text));
  // "Lisbon Falls" is a town, but "Supporting X falls into …" is a verb.
  // ("the union's district leader": what a name owns is no part of a place's name.)
  if (GEO_HEADS.has(run.next[0] ?? '') && !/^(?:falls|springs)$/.test(run.next[0]) && nextFollows && !run.tokens[run.tokens.length - 1].possessive && !lookupPlace(text, 15_000) && !adjective) {
    return { kind: 'place', text: `${text} ${run.next[0]}`, sentence, offset, placeKind: 'region' };
  }
  return null;
}

/** "the Bosphorus and Dardanelles straits": two names sharing one lower-case head. */
export function pairedWaterways(s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(/\b(\p{Lu}\p{L}+) and (\p{Lu}\p{L}+) (straits|seas|rivers|lakes)\b/gu)) {
    const kind = m[3].replace(/s$/, '');
    out.push({ kind: 'place', text: m[1], sentence: s.index, offset: m.index ?? 0, placeKind: kind });
    out.push({ kind: 'place', text: m[2], sentence: s.index, offset: (m.index ?? 0) + m[1].length + 5, placeKind: kind });
  }
  return out;
}
