import { DEMONYMS } from '../extract/demonyms.js';
import { mostFrequent, type Cluster, type Located } from './group-names.js';
import { plainKey, romanisationKey } from './alias-key.js';

const REGION_SUFFIX = / (region|oblast|province|state|county|district|governorate|prefecture)$/i;

/**
 * Clusters place mentions: by gazetteer name when the gazetteer knew the place
 * (so Gomel, Homel and "Gomel region" meet at GeoNames' Homyel'), else by
 * romanisation key. Countries show their gazetteer name; other places the spelling
 * the articles use most.
 */
export function clusterPlaces(mentions: Located[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const key = m.mention.canonical ? `g:${plainKey(m.mention.canonical)}` : `r:${romanisationKey(m.mention.text.replace(REGION_SUFFIX, ''))}`;
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
    const written = c.members.map((m) => m.mention.text).filter((t) => !DEMONYMS[t] && !REGION_SUFFIX.test(t));
    if (first.placeKind === 'country' && first.canonical) c.name = first.canonical;
    else if (written.length) c.name = mostFrequent(written);
    else c.name = first.canonical ?? mostFrequent(c.members.map((m) => m.mention.text));
    if (first.canonical && first.canonical !== c.name) c.extraAliases!.push(first.canonical);
    c.hiddenSpellings = c.members.map((m) => m.mention.text).filter((t) => DEMONYMS[t]);
  }
  return clusters;
}

/** Organisations group by their plain key ("The Kremlin" = "Kremlin"). */
export function clusterOrganizations(mentions: Located[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const key = plainKey(m.mention.text.replace(/^the /i, ''));
    let c = byKey.get(key);
    if (!c) { c = { kind: 'organization', members: [] }; byKey.set(key, c); clusters.push(c); }
    c.members.push(m);
  }
  return clusters;
}
