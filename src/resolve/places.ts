import { DEMONYMS } from '../extract/demonyms.js';
import { REGION_NOUNS } from '../extract/lexicon.js';
import { mostFrequent, type Cluster, type Located } from './group-names.js';
import { distance } from 'fastest-levenshtein';
import { plainKey, skeletonKey } from './alias-key.js';

const REGION_SUFFIX = new RegExp(` (?:${REGION_NOUNS.join('|')})$`, 'i');
/** Written in lower case after the name ("Tanahunkot district"), not part of it ("Tarvo Province" may be). */
const LOWER_REGION_SUFFIX = new RegExp(` (?:${REGION_NOUNS.join('|')})$`);
/** "Harlow County": a county written with its name. */
const COUNTY = / County$/;
/** "the Zagros mountains", "Tarvo island": a lower-case landform noun after a name is not part of it. */
const LANDFORM_SUFFIX = / (mountains|hills|valley|desert|coast|highlands|plains|steppe|islands?|glacier|volcano|massif|archipelago|atoll|lagoon|fjord|gorge|canyon)$/;

/**
 * Clusters place mentions: by gazetteer name when the gazetteer knew the place
 * (so Grodno, Hrodna and "Grodno region" meet at one GeoNames city), else by
 * romanisation key. Countries show their gazetteer name; other places the spelling
 * the articles use most.
 */
export function clusterPlaces(mentions: Located[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    // One namespace for gazetteer names and written names, so "Syria" found either way meets.
    // ("Harlow County" is not the town of Harlow, and often an ocean away from the one the gazetteer knows.)
    const key = plainKey(m.mention.canonical ?? (COUNTY.test(m.mention.text) ? m.mention.text : m.mention.text.replace(REGION_SUFFIX, '').replace(LANDFORM_SUFFIX, '')));
    let c = byKey.get(key);
    if (!c) {
      c = { kind: 'place', members: [], placeKind: m.mention.placeKind, extraAliases: [] };
      if (m.mention.lat !== undefined) { c.lat = m.mention.lat; c.lon = m.mention.lon; }
      byKey.set(key, c);
      clusters.push(c);
    }
    c.members.push(m);
  }
  const merged = mergeFirstWords(mergeShortFacilityNames(mergeSpellingVariants(clusters)));
  for (const c of merged) {
    const first = c.members[0].mention;
    // Datelines shout ("BEIRUT"): prefer any spelling that does not.
    // "Calif." for California: an abbreviation the gazetteer expanded is no name to show.
    const abbreviated = (m: Located): boolean => Boolean(m.mention.canonical && m.mention.text.length <= 5 && (m.mention.text.endsWith('.') || m.mention.canonical.length > m.mention.text.length + 2));
    // "Marekot district" alone is named as written, "Marekot", not with the gazetteer's diacritics.
    const spelledAll = c.members.filter((m) => !abbreviated(m)).map((m) => m.mention.text.replace(LANDFORM_SUFFIX, '')).filter((t) => !DEMONYMS[t]);
    const unsuffixed = spelledAll.filter((t) => !REGION_SUFFIX.test(t));
    const spelled = unsuffixed.length ? unsuffixed : spelledAll.filter((t) => LOWER_REGION_SUFFIX.test(t)).map((t) => t.replace(LOWER_REGION_SUFFIX, ''));
    // ("SVIMS hospital": an acronym no gazetteer knows is written as it is, not "Svims".)
    const known = c.members.some((m) => m.mention.canonical);
    const quiet = spelled.filter((t) => t !== t.toUpperCase() || t.includes('.') || t.length <= 3 || (!known && /^\p{Lu}{2,6}$/u.test(t)));
    const writtenAll = quiet.length ? quiet : spelled.map(titleCase);
    const full = writtenAll.filter((t) => !c.shortForms?.includes(t));
    const written = full.length ? full : writtenAll;
    // ("Santa Rosa" and "SANTA ROSA, Calif.": the town its state places.)
    const gazetteer = (c.members.find((m) => m.mention.qualified) ?? c.members.find((m) => m.mention.canonical))?.mention;
    if (gazetteer?.placeKind === 'country' && gazetteer.canonical) c.name = gazetteer.canonical;
    else if (written.length) c.name = mostFrequent(written);
    // "Tanahunkot district" alone: the place is Tanahunkot; the district noun stays an alias.
    else c.name = first.canonical ?? mostFrequent(c.members.map((m) => m.mention.text.replace(LOWER_REGION_SUFFIX, '')));
    // "from Valmont museum" once and "in Valmont" twice: a name that reads as a facility only
    // before a facility noun, and as a settlement otherwise, is the settlement.
    if (!gazetteer && c.placeKind === 'facility') c.placeKind = settlementOverFacility(c.members.map((m) => m.mention.placeKind));
    if (gazetteer) {
      c.placeKind = gazetteer.placeKind;
      if (gazetteer.lat !== undefined) { c.lat = gazetteer.lat; c.lon = gazetteer.lon; }
      if (gazetteer.canonical && gazetteer.canonical !== c.name) c.extraAliases!.push(gazetteer.canonical);
    }
    c.hiddenSpellings = c.members.map((m) => m.mention.text).filter((t) => DEMONYMS[t]);
  }
  return merged;
}

/** The other kind its mentions give a name, when at least as many give it as call it a facility. */
function settlementOverFacility(kinds: (string | undefined)[]): string {
  const facility = kinds.filter((k) => k === 'facility').length;
  const others = kinds.filter((k): k is string => Boolean(k) && k !== 'facility');
  return others.length >= facility ? mostFrequent(others) : 'facility';
}

/**
 * "Point Bridge" after "Tellmark Point Bridge": a structure's short name (two words or more)
 * that ends the full name of exactly one other structure in the story is that structure.
 */
function mergeShortFacilityNames(clusters: Cluster[]): Cluster[] {
  const facilities = clusters.filter((c) => c.placeKind === 'facility');
  const absorbed = new Set<Cluster>();
  const words = (text: string): string => ` ${text.split(/\s+/).map(plainKey).join(' ')}`;
  for (const c of facilities) {
    const short = words(c.members[0].mention.text);
    if (short.trim().split(' ').length < 2) continue;
    const longer = facilities.filter((o) => o !== c && !absorbed.has(o) && o.members.some((m) => words(m.mention.text).endsWith(short) && words(m.mention.text) !== short));
    if (longer.length !== 1) continue;
    longer[0].members.push(...c.members);
    absorbed.add(c);
  }
  return clusters.filter((c) => !absorbed.has(c));
}

/**
 * "the people of Ostrowik" after "near the town of Ostrowik Wielki": a one-word place the
 * gazetteer does not know that opens the name of exactly one other place in the story is that place
 * called short.
 */
function mergeFirstWords(clusters: Cluster[]): Cluster[] {
  const byFirst = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const text of new Set(c.members.map((m) => m.mention.text))) {
      const words = text.split(/\s+/);
      if (words.length < 2) continue;
      const first = plainKey(words[0]);
      const list = byFirst.get(first) ?? byFirst.set(first, []).get(first)!;
      if (!list.includes(c)) list.push(c);
    }
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const texts = new Set(c.members.map((m) => m.mention.text));
    if (texts.size !== 1 || [...texts][0].includes(' ') || c.members.some((m) => m.mention.canonical)) continue;
    const longer = (byFirst.get(plainKey([...texts][0])) ?? []).filter((o) => o !== c && !absorbed.has(o));
    if (longer.length !== 1) continue;
    longer[0].members.push(...c.members);
    longer[0].shortForms = [...(longer[0].shortForms ?? []), ...texts];
    absorbed.add(c);
  }
  return clusters.filter((c) => !absorbed.has(c));
}

/** Letters two spellings of one place may differ by ("Misurata", "Misrata"). */
const VARIANT_EDITS = 2;

/**
 * A place the gazetteer does not know, spelled like one it knows in the same story, is that
 * place in another romanisation. Both must be long enough for the match to mean something, and
 * the known place must be the only candidate.
 */
function mergeSpellingVariants(clusters: Cluster[]): Cluster[] {
  const known = new Map<string, Cluster[]>();
  // A province known only by name ("Tarvo" is also a district) may still be a city's other spelling.
  const isKnown = (c: Cluster): boolean => c.members.some((m) => m.mention.lat !== undefined || (m.mention.canonical && m.mention.placeKind !== 'region'));
  for (const c of clusters) {
    if (!isKnown(c)) continue;
    for (const text of new Set(c.members.map((m) => m.mention.text))) {
      const k = skeletonKey(text);
      if (!known.has(k)) known.set(k, []);
      if (!known.get(k)!.includes(c)) known.get(k)!.push(c);
    }
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    if (isKnown(c)) continue;
    const text = c.members[0].mention.text;
    if (plainKey(text).length < 5) continue;
    const near = (known.get(skeletonKey(text)) ?? []).filter((k) => k.members.some((m) => distance(plainKey(m.mention.text), plainKey(text)) <= VARIANT_EDITS));
    if (near.length !== 1) continue;
    near[0].members.push(...c.members);
    absorbed.add(c);
  }
  return clusters.filter((c) => !absorbed.has(c));
}

export const titleCase = (t: string): string => t.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
