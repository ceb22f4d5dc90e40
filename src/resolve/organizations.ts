import { DEMONYMS } from '../extract/demonyms.js';
import { lookupCountry, lookupRegionInContext } from '../extract/gazetteer.js';
import { isCommonWord } from '../extract/word-tags.js';
import { CLUB_PREFIXES, COMPANY_HEADS, initialsOf, LEGAL_FORMS, ORG_ACRONYMS, PUBLIC_SERVICE_HEADS, shortens } from '../extract/lexicon.js';
import { dropAbsorbed, mostFrequent, type Cluster, type Located } from './group-names.js';
import { plainKey } from './alias-key.js';

/** "Carvana Motors Inc.", "Harlow Bau GmbH": the legal form after a company's name. */
export const LEGAL_FORM_AFTER = new RegExp(`,?\\s+(?:Inc|Corp|Ltd|plc|S\\.A|Co|${LEGAL_FORMS})\\.?$`);

/** "Russian", "U.S.", "UN": a word naming whose body it is, dropped from the key. */
const ownerWord = (word: string): boolean => Boolean(DEMONYMS[word] || lookupCountry(word) || /^(?:UN|U\.N\.|EU|E\.U\.)$/.test(word));

/** Heads of the public bodies a state or province may own by name ("Velmar Department of …"). */
const PUBLIC_HEADS = new RegExp(`^(?:${PUBLIC_SERVICE_HEADS}|Services)$`);

/** Owners written in two words, dropped from a body's key as "UN" and "EU" are. */
const OWNER_PHRASE = /^(?:United Nations|European Union|United States)$/;

/** "French National Assembly" and "National Assembly", "U.S. State Department" and "State Department", "EU" and "European Union": one key. */
function orgKey(text: string): string {
  // "Carvana Motors Inc." is Carvana Motors: a legal form says nothing of which company.
  // ("Velmar Gas & Electric" is "Velmar Gas and Electric".)
  const words = text.replace(/^the /i, '').replace(LEGAL_FORM_AFTER, '').replace(/ & /g, ' and ').split(' ');
  const bare = splitOwner(words)?.rest ?? words.join(' ');
  return plainKey(usSpelling(ORG_ACRONYMS[bare] ?? bare).replace(HEAD_OF_FIELD, '$2 $1'));
}
/** "Ministry of Education" is the "Education Ministry": the field before the head, as the short form writes it. */
const HEAD_OF_FIELD = /^(Ministry|Department|Directorate) of (?:the )?(.+)$/i;

/**
 * One spelling for a body's name written British or American ("Velmar Centres for Health Research",
 * "Centers", "Center"; "Organisation", "Organization"; "Defence", "Defense"; "Labour", "Labor").
 */
const usSpelling = (name: string): string => name.replace(/\bcent(?:re|er)s?\b/gi, 'center').replace(/\b(\p{L}+)isation\b/giu, '$1ization')
  .replace(/\bdefence\b/gi, 'defense').replace(/\bprogramme\b/gi, 'program').replace(/\b(lab|harb|hon|neighb|col|fav)our\b/gi, '$1or');

/**
 * The country that owns the body, before its name or after "of", and the name without it:
 * "French National Assembly" → French, "National Assembly"; "Central Bank of Peru" → Peru,
 * "Central Bank". Null when none is named (or when too little would be left: "Bank of England"
 * stays whole).
 */
function splitOwner(words: string[]): { owner: string; rest: string } | null {
  // "American Airlines", "British Gas": a nationality before a lone trade word is the company's own name.
  if (words.length === 2 && COMPANY_HEADS.has(words[1].toLowerCase())) return null;
  if (words.length > 1 && ownerWord(words[0])) return { owner: words[0], rest: words.slice(1).join(' ') };
  // "United Nations Security Council" is the "UN Security Council", the "Security Council".
  if (words.length > 2 && OWNER_PHRASE.test(words.slice(0, 2).join(' '))) return { owner: words.slice(0, 2).join(' '), rest: words.slice(2).join(' ') };
  if (words.length > 3 && words[words.length - 2] === 'of' && lookupCountry(words[words.length - 1])) return { owner: words[words.length - 1], rest: words.slice(0, -2).join(' ') };
  // "Velmar Department of Roads" is the "Department of Roads": a state or province owns a
  // public body as a country does (not "Velmar Motors").
  if (words.length > 2 && !isCommonWord(words[0]) && lookupRegionInContext(words[0]) && words.slice(1).some((w) => PUBLIC_HEADS.test(w))) return { owner: words[0], rest: words.slice(1).join(' ') };
  return null;
}

/**
 * Organisations group by a key that drops a leading country adjective and expands
 * well-known acronyms; credited news agencies with no mention in the text are
 * organizations too, flagged as agencies.
 */
export function clusterOrganizations(all: Located[], credits: string[], placesIn: Map<string, Set<string>> = new Map()): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const mentions = all.filter((m) => !m.mention.tentative);
  const keyOf = ownedKeys(mentions, placesIn);
  for (const m of mentions) {
    const key = keyOf(m);
    let c = byKey.get(key);
    if (!c) { c = { kind: 'organization', members: [], extraAliases: [] }; byKey.set(key, c); clusters.push(c); }
    c.members.push(m);
    if (m.mention.agency) c.agency = true;
    const words = m.mention.text.replace(/^the /i, '').split(' ');
    // "French National Assembly" is also written "National Assembly"; "Central Bank of Peru" joins
    // "Central Bank" by its key when the story writes that, and gains no unwritten alias.
    const bare = words.length > 1 && ownerWord(words[0]) && splitOwner(words) ? words.slice(1).join(' ') : null;
    for (const alias of [ORG_ACRONYMS[words.join(' ')], bare]) {
      if (alias && !c.extraAliases!.includes(alias)) c.extraAliases!.push(alias);
    }
  }
  // "WHO" twice and "World Health Organization" once: the spelled-out name shows, as below.
  for (const c of clusters) {
    const spelled = c.members.map((m) => m.mention.text.replace(/^the /i, '')).filter((t) => !ORG_ACRONYMS[t]);
    if (spelled.length && spelled.length < c.members.length) c.name ??= mostFrequent(spelled);
  }
  mergeAcronyms(clusters, byKey, all.filter((m) => m.mention.tentative));
  mergeShortNames(clusters);
  mergeNamesCutBeforeAnd(clusters);
  mergeNamesWithoutTheirPlace(clusters);
  for (const credit of credits) {
    const key = orgKey(credit);
    const c = byKey.get(key);
    if (c) { c.agency = true; continue; }
    const created: Cluster = { kind: 'organization', members: [], name: credit, agency: true, extraAliases: [] };
    byKey.set(key, created);
    clusters.push(created);
  }
  return clusters;
}

/** The country (or union of countries) a body's name says owns it: "Russian", "U.S.", "of Peru", "UN". */
function ownerOf(text: string): string | null {
  const owner = splitOwner(text.replace(/^the /i, '').split(' '))?.owner;
  if (!owner) return null;
  if (/^(?:UN|U\.N\.)$/.test(owner)) return 'United Nations';
  if (/^(?:EU|E\.U\.)$/.test(owner)) return 'European Union';
  return DEMONYMS[owner] ?? lookupCountry(owner)?.name ?? owner;
}

/**
 * Keys that keep two countries' bodies of one name apart: the "Chinese Foreign Ministry" and the
 * "French Foreign Ministry" are two ministries. Where the story names several owners of a name,
 * the owner joins the key, and a mention with no owner ("the Foreign Ministry") goes with the one
 * owner its own article names, or stays apart when its article names none or several.
 */
function ownedKeys(mentions: Located[], placesIn: Map<string, Set<string>>): (m: Located) => string {
  const owners = new Map<string, Set<string>>();
  const inArticle = new Map<string, Set<string>>();
  for (const m of mentions) {
    const owner = ownerOf(m.mention.text);
    if (!owner) continue;
    const key = orgKey(m.mention.text);
    for (const [k, map] of [[key, owners], [`${key}|${m.article}`, inArticle]] as const) {
      if (!map.has(k)) map.set(k, new Set());
      map.get(k)!.add(owner);
    }
  }
  // A state or province owns only what articles naming it name: a story's one "Velmar Supreme
  // Court" leaves an article's "Supreme Court" alone unless that article is about Velmar too,
  // where a country's body would not.
  const regional = (key: string): boolean => [...(owners.get(key) ?? [])].some((o) => !lookupCountry(o) && !/^(?:United Nations|European Union)$/.test(o));
  return (m) => {
    const key = orgKey(m.mention.text);
    if ((owners.get(key)?.size ?? 0) < 2 && !regional(key)) return key;
    const local = inArticle.get(`${key}|${m.article}`);
    const placed = [...(owners.get(key) ?? [])].filter((o) => placesIn.get(m.article)?.has(plainKey(o)));
    const owner = ownerOf(m.mention.text) ?? (local?.size === 1 ? [...local][0] : placed.length === 1 ? placed[0] : '');
    return `${key}|${owner}`;
  };
}

/**
 * "IAEA" and "International Atomic Energy Agency" in one story are one organisation when the story
 * has exactly one long name with those initials (two would make the acronym ambiguous) and
 * some article uses both, the way an acronym is introduced ("the Canadian Broadcasting Corporation
 * (CBC)"): a story that only ever says "CBC" may mean the broadcaster. Keyed by initials, so
 * linear in clusters.
 */
function mergeAcronyms(clusters: Cluster[], byKey: Map<string, Cluster>, tentative: Located[]): void {
  const longByInitials = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const text = c.members[0]?.mention.text;
    // "Directorate for Velmar Marine Safety and Standards" goes by "DVMS": the initials before its last "and" too.
    const and = text?.lastIndexOf(' and ') ?? -1;
    for (const initials of new Set([text ? initialsOf(text) : null, and > 0 ? initialsOf(text!.slice(0, and)) : null])) {
      if (!initials || initials.length < 2) continue;
      if (!longByInitials.has(initials)) longByInitials.set(initials, []);
      if (!longByInitials.get(initials)!.includes(c)) longByInitials.get(initials)!.push(c);
    }
  }
  // "the International Federation of Red Cross and Red Crescent Societies (IFRC)": a name with
  // its acronym in brackets right after it spells the acronym out, whatever its initials.
  const endingAt = new Map<string, Cluster>();
  for (const c of clusters) for (const m of c.members) endingAt.set(`${m.article}|${m.mention.sentence}|${m.mention.offset + m.mention.text.length}`, c);
  const bracketed = (members: Located[]): Cluster | null => {
    // Only a mention in brackets: "the Harlow Fund, Velmar Agency" lists two bodies.
    for (const m of members.filter((x) => x.mention.inBrackets)) {
      const c = endingAt.get(`${m.article}|${m.mention.sentence}|${m.mention.offset - (m.mention.namedAfter ?? 2)}`);
      if (c && !/^\p{Lu}{2,6}$/u.test(c.members[0].mention.text)) return c;
    }
    return null;
  };
  const longFor = (acronym: string, members: Located[]): Cluster | null => {
    const long = longByInitials.get(acronym);
    if (!long || long.length !== 1) return bracketed(members);
    const articles = new Set(long[0].members.map((m) => m.article));
    return members.some((m) => articles.has(m.article)) ? long[0] : null;
  };
  const absorb = (long: Cluster, acronym: string, members: Located[], aliases: string[]): void => {
    // The spelled-out name shows, however often the acronym is used.
    long.name ??= mostFrequent(long.members.map((m) => m.mention.text.replace(/^the /i, '')));
    long.members.push(...members);
    for (const a of [acronym, ...aliases]) if (!long.extraAliases!.includes(a)) long.extraAliases!.push(a);
  };
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const text = c.members[0]?.mention.text ?? '';
    // "Nrs" is an acronym where the story spells it out in brackets ("… Rescue Service (Nrs)"),
    // not a name after any other ("Velmar, Harlow").
    // …nor is "Val Fire" one, in brackets after the "Valdora Department of Forestry and Fire Protection".
    const spelled = bracketed(c.members)?.members[0].mention.text ?? '';
    // ("VG&E": an ampersand between initials stands for the long name's "and" or "&".)
    const letters = /^\p{Lu}+&\p{Lu}+$/u.test(text) ? text.replace('&', '') : text;
    // ("the Velmar Coastal Rescue Agency (Tarvonas)": a one-word name in brackets after the long
    // one is its short name, spelled from its own language's words.)
    // (Not a wire's name after a dateline's place: "UNITED NATIONS (Reuters) -".)
    const oneWord = /^\p{Lu}\p{Ll}+$/u.test(text) && Boolean(spelled) && !c.agency;
    if (!/^\p{Lu}{2,6}$/u.test(letters) && !(/^\p{Lu}\p{Ll}{1,5}$/u.test(text) && initialsOf(spelled) === text.toUpperCase()) && !(text.includes(' ') && shortens(spelled, text)) && !oneWord) continue;
    // The article that introduces the acronym may have it only as a guess ("the RNF said" there,
    // "the RNF committee" here): every mention of the acronym counts for that.
    const long = longFor(letters, [...c.members, ...tentative.filter((m) => m.mention.text === text)]);
    if (!long || long === c) continue;
    absorb(long, text, c.members, c.extraAliases ?? []);
    if (c.agency) long.agency = true;
    absorbed.add(c);
    for (const m of c.members) byKey.set(orgKey(m.mention.text), long);
  }
  dropAbsorbed(clusters, absorbed);
  // An unknown acronym joins the organisation it abbreviates, or one that the story names
  // by exactly this acronym elsewhere; otherwise it is dropped — unless it speaks ("The HDU
  // said") and no name in the story has initials that start with it (the "Harlow Dockers'
  // Union of Tarvo and Brantby" may be the HDU): a body of its own.
  const byText = new Map<string, Located[]>();
  for (const m of tentative) byText.set(m.mention.text, [...(byText.get(m.mention.text) ?? []), m]);
  const initials = [...longByInitials.keys()];
  for (const [acronym, members] of byText) {
    const known = byKey.get(plainKey(acronym));
    const target = longFor(acronym, members) ?? (known?.members.some((m) => m.mention.text === acronym) ? known : null);
    if (target) absorb(target, acronym, members, []);
    else if (members.some((m) => m.mention.speaks) && !initials.some((i) => i.startsWith(acronym))) {
      const own: Cluster = { kind: 'organization', members, extraAliases: [] };
      byKey.set(plainKey(acronym), own);
      clusters.push(own);
    }
  }
}

/**
 * "Korvane" alone joins "Korvane Steel" when that is the only longer name it starts, "Korvane
 * Central" joins "Korvane Central Railroad" when that is the only one it is without its trade
 * word, and "Ribera" joins "Atletico Ribera": a club goes by its town, after the word its name opens with.
 */
function mergeShortNames(clusters: Cluster[]): void {
  const byFirst = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const text = c.members[0]?.mention.text ?? '';
    if (!text.includes(' ')) continue;
    const words = text.replace(/^the /i, '').split(' ');
    const first = plainKey(words.length === 2 && CLUB_PREFIXES.has(words[0]) ? words[1] : words[0]);
    if (!byFirst.has(first)) byFirst.set(first, []);
    if (!byFirst.get(first)!.includes(c)) byFirst.get(first)!.push(c);
  }
  // "Korvane Central" joins "Korvane Central Railroad": a company's name without its trade word.
  const byStem = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const words = (c.members[0]?.mention.text ?? '').replace(/^the /i, '').split(' ');
    if (words.length < 3 || !COMPANY_HEADS.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''))) continue;
    const stem = plainKey(words.slice(0, -1).join(' '));
    if (!byStem.has(stem)) byStem.set(stem, []);
    if (!byStem.get(stem)!.includes(c)) byStem.get(stem)!.push(c);
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const text = c.members[0]?.mention.text ?? '';
    if (/^\p{Lu}{2,6}$/u.test(text)) continue;
    const long = text.includes(' ') ? byStem.get(plainKey(text.replace(/^the /i, ''))) : byFirst.get(plainKey(text));
    if (!long || long.length !== 1 || long[0] === c || absorbed.has(long[0])) continue;
    // The full name shows, however often the short one is used.
    long[0].name ??= mostFrequent(long[0].members.map((m) => m.mention.text.replace(/^the /i, '')).filter((t) => t.includes(' ')));
    long[0].members.push(...c.members);
    if (!long[0].extraAliases!.includes(text)) long[0].extraAliases!.push(text);
    absorbed.add(c);
  }
  dropAbsorbed(clusters, absorbed);
}

/**
 * "People's Party" joins "Velmar People's Party" where an article names both: a body's name
 * without the proper name that opens it (a place's, a founder's), when only one longer name so
 * ends and the short one's article writes it out too.
 */
function mergeNamesWithoutTheirPlace(clusters: Cluster[]): void {
  const byTail = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const m of c.members) {
      const words = m.mention.text.replace(/^the /i, '').split(' ');
      if (words.length < 3 || isCommonWord(words[0]) || !/^\p{Lu}\p{Ll}/u.test(words[0])) continue;
      const tail = plainKey(words.slice(1).join(' '));
      const list = byTail.get(tail) ?? [];
      if (!list.includes(c)) list.push(c);
      byTail.set(tail, list);
    }
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const long = byTail.get(plainKey((c.members[0]?.mention.text ?? '').replace(/^the /i, '')));
    if (!long || long.length !== 1 || long[0] === c || absorbed.has(long[0]) || absorbed.has(c)) continue;
    const articles = new Set(long[0].members.map((m) => m.article));
    if (!c.members.every((m) => articles.has(m.article))) continue;
    long[0].members.push(...c.members);
    const text = c.members[0].mention.text.replace(/^the /i, '');
    if (!long[0].extraAliases!.includes(text)) long[0].extraAliases!.push(text);
    absorbed.add(c);
  }
  dropAbsorbed(clusters, absorbed);
}

/**
 * "Institute for Harbour Studies" joins "Institute for Harbour Studies and Planning" when that is
 * the only longer name that runs on from it with "and": writers drop a name's last words.
 */
function mergeNamesCutBeforeAnd(clusters: Cluster[]): void {
  const byStem = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const m of c.members) {
      const at = m.mention.text.lastIndexOf(' and ');
      if (at < 0) continue;
      const stem = orgKey(m.mention.text.slice(0, at));
      const list = byStem.get(stem) ?? [];
      if (!list.includes(c)) list.push(c);
      byStem.set(stem, list);
    }
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const long = byStem.get(orgKey(c.members[0]?.mention.text ?? ''));
    if (!long || long.length !== 1 || long[0] === c || absorbed.has(long[0])) continue;
    long[0].name ??= mostFrequent(long[0].members.map((m) => m.mention.text.replace(/^the /i, '')));
    long[0].members.push(...c.members);
    for (const a of c.extraAliases ?? []) if (!long[0].extraAliases!.includes(a)) long[0].extraAliases!.push(a);
    absorbed.add(c);
  }
  dropAbsorbed(clusters, absorbed);
}
