import type { ArticleRecord, ResolvedCorpus } from '../model.js';
import { toEntities, type Cluster, type Located } from './group-names.js';
import { clusterPeople } from './people.js';
import { clusterOrganizations, LEGAL_FORM_AFTER } from './organizations.js';
import { clusterPlaces } from './places.js';
import { plainKey } from './alias-key.js';
import { DEMONYMS } from '../extract/demonyms.js';
import { lookupCountry } from '../extract/gazetteer.js';
import { CLUB_PREFIXES, COMPANY_HEADS, REGION_NOUNS } from '../extract/lexicon.js';
import { titleKey } from '../extract/work-titles.js';

/** Merges the mentions of all articles into people, places and organizations with stable ids. */
export function resolveEntities(records: ArticleRecord[]): ResolvedCorpus {
  // A work's title one article marks ("the film "The Salt Road"") names no road in another.
  const works = new Set(records.flatMap((r) => r.works.map(titleKey)));
  const located: Located[] = records.flatMap((r) => r.mentions.map((mention, index) => ({ article: r.id, index, mention })))
    .filter((l) => l.mention.kind === 'person' || !works.has(titleKey(l.mention.text)));
  reclassifyByStory(located);
  const of = (kind: string): Located[] => located.filter((l) => l.mention.kind === kind);
  const people = clusterPeople(of('person'));
  // The places each article names, by key: a state owns "the Supreme Court" of articles about it.
  const placesIn = new Map<string, Set<string>>();
  for (const l of of('place')) {
    if (!placesIn.has(l.article)) placesIn.set(l.article, new Set());
    placesIn.get(l.article)!.add(plainKey(l.mention.canonical ?? l.mention.text));
  }
  const clusters: Cluster[] = [...people.clusters, ...clusterPlaces(of('place')), ...clusterOrganizations(of('organization'), [...new Set(records.flatMap((r) => r.credits))].sort(), placesIn)];
  const { entities, ids } = toEntities(clusters, new Set());
  const mentionEntity: Record<string, string[]> = Object.fromEntries(records.map((r) => [r.id, r.mentions.map(() => '')]));
  clusters.forEach((c, i) => {
    for (const m of c.members) mentionEntity[m.article][m.index] = ids[i];
  });
  return { articles: records, entities, mentionEntity, warnings: people.warnings };
}

/**
 * A name taken for a person that the story elsewhere names as a place is that place: a lone
 * word ("floods reached Tewkesbury" after "the town of Tewkesbury") unless a full name ends in
 * it, and a full name ("floods reached Upton Grey" after "the village of Upton Grey"). The
 * other way round, a lone "place" that is the surname of someone named in full and used
 * alone for them elsewhere is that person.
 */
function reclassifyByStory(located: Located[]): void {
  const places = new Map<string, Located['mention']>();
  const orgs = new Set<string>();
  const oneWordOrgs = new Set<string>();
  for (const l of located) {
    if (l.mention.kind === 'place') {
      places.set(plainKey(l.mention.text), l.mention);
      // "the coast of Tarvo" after "Tarvo prefecture": the region by its name alone.
      const bare = l.mention.text.replace(REGION_NOUN_AFTER, '');
      if (bare !== l.mention.text && !places.has(plainKey(bare))) places.set(plainKey(bare), l.mention);
    }
    // "Harlow Mode SpA" is called "Harlow Mode" too: its name without the legal form counts.
    if (l.mention.kind === 'organization' && !l.mention.tentative) {
      for (const name of new Set([l.mention.text, l.mention.text.replace(LEGAL_FORM_AFTER, '')])) (name.includes(' ') ? orgs : oneWordOrgs).add(plainKey(name));
    }
  }
  // "Hassan al-Turabi" has the surname "Turabi" too.
  const surnames = new Set(located.filter((l) => l.mention.kind === 'person' && l.mention.text.includes(' '))
    .flatMap((l) => { const last = l.mention.text.split(' ').pop()!; return [plainKey(last), plainKey(last.replace(/^(?:al|el|bin|ibn|abu)-/i, ''))]; }));
  const surnamesIn = new Map<string, Set<string>>();
  for (const l of located) {
    if (l.mention.kind !== 'person' || !l.mention.text.includes(' ')) continue;
    if (!surnamesIn.has(l.article)) surnamesIn.set(l.article, new Set());
    surnamesIn.get(l.article)!.add(plainKey(l.mention.text.split(' ').pop()!));
  }
  const lonePeople = new Set(located.filter((l) => l.mention.kind === 'person' && !l.mention.text.includes(' ')).map((l) => plainKey(l.mention.text)));
  const shortOrgs = shortOrganizationNames(located);
  // "the airline Korvane" and "shares in Korvane": a small place of a company's one-word name is
  // the company, so that name lends no place to a guessed person either.
  for (const [key, place] of places) {
    if (oneWordOrgs.has(key) && !key.includes(' ') && place.placeKind === 'city' && !surnames.has(key) && (place.population ?? 0) < SMALL_TOWN) places.delete(key);
  }
  for (const l of located) {
    const key = plainKey(l.mention.text);
    const place = places.get(key);
    const lone = !l.mention.text.includes(' ');
    // "Shares in Korvane jumped" after "Korvane Steel" or "the airline Korvane": the company by
    // its (first) word, not a village of that name. Countries and cities of some size keep their own name.
    // A province the gazetteer knows keeps its name ("Ohio" of "Ohio Valley Power").
    // "Grey Basin, which first appeared in 2023," after "a group calling itself Grey Basin": a
    // name the gazetteer does not know, read as a place for its last word, is the group.
    if (l.mention.kind === 'place' && !lone && !l.mention.canonical && orgs.has(key)) {
      l.mention = { kind: 'organization', text: l.mention.text, sentence: l.mention.sentence, offset: l.mention.offset };
      continue;
    }
    const placeOrGuess = l.mention.kind === 'place' ? l.mention.placeKind === 'city' || (l.mention.placeKind === 'region' && !l.mention.canonical) : l.mention.kind === 'person' && l.mention.tentative;
    if (placeOrGuess && lone && !l.mention.locative && (shortOrgs.has(key) || (oneWordOrgs.has(key) && l.mention.kind === 'place')) && !surnames.has(key) && (place?.population ?? l.mention.population ?? 0) < SMALL_TOWN) {
      l.mention = { kind: 'organization', text: l.mention.text, sentence: l.mention.sentence, offset: l.mention.offset };
      continue;
    }
    // "policy toward Turabi", "a rally in Clinton": a lone word that is the surname of someone the
    // story names in full, and that the story also uses alone for that person, is the person.
    // A country that is the surname of someone the same article names in full ("Eddie
    // Jordan … Jordan said") is that person there.
    // So is a town or region below a big city's size: "Tarvo wrote" after "Ines Tarvo"; and a
    // big city opening a sentence there ("Lagos denied the charges" after "Jorge Lagos").
    const sameArticleSurname = l.mention.kind === 'place' && lone && surnamesIn.get(l.article)?.has(key);
    const placeAsSurname = sameArticleSurname && (l.mention.placeKind === 'country' || ((l.mention.placeKind === 'city' || l.mention.placeKind === 'region') && ((l.mention.population ?? 0) < BIG_CITY || l.mention.offset === 0)));
    if (placeAsSurname || (l.mention.kind === 'place' && lone && (l.mention.placeKind === 'city' || l.mention.placeKind === 'region') && surnames.has(key) && lonePeople.has(key))) {
      l.mention = { ...l.mention, kind: 'person', placeKind: undefined, canonical: undefined, lat: undefined, lon: undefined, tentative: true };
      continue;
    }
    // "Le Monde says": a two-word "person" that the story calls a paper elsewhere is that paper;
    // "Corvix said" after "the software company Corvix" is the company, and so is "Korvane said"
    // after "Korvane Inc", even where a headline made "Korvane" a place.
    const namedAsOrganization = !place && ((!lone && orgs.has(key)) || (lone && oneWordOrgs.has(key) && !surnames.has(key)));
    const companyWord = lone && shortOrgs.has(key) && !surnames.has(key) && (place?.population ?? 0) < SMALL_TOWN;
    if (l.mention.kind === 'person' && (namedAsOrganization || companyWord)) {
      l.mention = { ...l.mention, kind: 'organization', tentative: undefined, role: undefined };
      continue;
    }
    if (l.mention.kind === 'person' && place && (!lone || !surnames.has(key))) {
      l.mention = { ...l.mention, kind: 'place', placeKind: place.placeKind, canonical: place.canonical, lat: place.lat, lon: place.lon, tentative: undefined, role: undefined };
    }
  }
}

/** "… prefecture", "… region": the kind of subdivision written after a region's name. */
const REGION_NOUN_AFTER = new RegExp(`\\s+(?:${REGION_NOUNS.join('|')})$`, 'i');

/** A city this big keeps its name beside a namesake ("Paris" beside "Paris Hilton"). */
const BIG_CITY = 1_000_000;

/** A town smaller than this that shares its name with a company in the story is the company. */
const SMALL_TOWN = 100_000;

/**
 * First words of the story's company names ("Korvane" of "Korvane Steel" and "Korvane Mining").
 * Public bodies named after their town ("Tarvo District Hospital") leave the town a town.
 */
export function shortOrganizationNames(located: Located[]): Set<string> {
  const firsts = new Set<string>();
  for (const l of located) {
    if (l.mention.kind !== 'organization' || l.mention.tentative || !l.mention.text.includes(' ')) continue;
    const words = l.mention.text.replace(/^the /i, '').split(' ');
    // "Atletico Ribera", "Real Velno": a club is called by its town after the word its name opens with.
    if (words.length === 2 && CLUB_PREFIXES.has(words[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]) && !lookupCountry(words[1])) firsts.add(plainKey(words[1]));
    const first = words[0];
    // "Kessa People's Liberation Front": a word before "People's" names where, not the body.
    if (/['’]s?$/.test(words[1] ?? '') || !COMPANY_HEADS.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''))) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || DEMONYMS[first] || lookupCountry(first)) continue;
    firsts.add(plainKey(first));
  }
  return firsts;
}
