import { DEMONYMS } from '../extract/demonyms.js';
import { mostFrequent, type Cluster, type Located } from './group-names.js';
import { plainKey } from './alias-key.js';

const REGION_SUFFIX = / (region|oblast|province|state|county|district|governorate|prefecture)$/i;

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
    const key = plainKey(m.mention.canonical ?? m.mention.text.replace(REGION_SUFFIX, ''));
    let c = byKey.get(key);
    if (!c) {
      c = { kind: 'place', members: [], placeKind: m.mention.placeKind, extraAliases: [] };
      if (m.mention.lat !== undefined) { c.lat = m.mention.lat; c.lon = m.mention.lon; }
      byKey.set(key, c);
      clusters.push(c);
    }
    c.members.push(m);
  }
  for (const c of clusters) {
    const first = c.members[0].mention;
    // Datelines shout ("BEIRUT"): prefer any spelling that does not.
    const spelled = c.members.map((m) => m.mention.text).filter((t) => !DEMONYMS[t] && !REGION_SUFFIX.test(t));
    const quiet = spelled.filter((t) => t !== t.toUpperCase() || t.includes('.') || t.length <= 3);
    const written = quiet.length ? quiet : spelled.map(titleCase);
    const gazetteer = c.members.find((m) => m.mention.canonical)?.mention;
    if (gazetteer?.placeKind === 'country' && gazetteer.canonical) c.name = gazetteer.canonical;
    else if (written.length) c.name = mostFrequent(written);
    else c.name = first.canonical ?? mostFrequent(c.members.map((m) => m.mention.text));
    if (gazetteer) {
      c.placeKind = gazetteer.placeKind;
      if (gazetteer.lat !== undefined) { c.lat = gazetteer.lat; c.lon = gazetteer.lon; }
      if (gazetteer.canonical && gazetteer.canonical !== c.name) c.extraAliases!.push(gazetteer.canonical);
    }
    c.hiddenSpellings = c.members.map((m) => m.mention.text).filter((t) => DEMONYMS[t]);
  }
  return clusters;
}

const titleCase = (t: string): string => t.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
