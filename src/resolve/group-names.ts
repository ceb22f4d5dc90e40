import type { Entity, EntityKind, Mention, Provenance } from '../model.js';
import { slugify } from '../load/slug.js';

/** One mention with the article it came from. */
export interface Located {
  article: string;
  index: number;
  mention: Mention;
}

/** A set of mentions judged to name one entity, before it gets an id. */
export interface Cluster {
  kind: EntityKind;
  members: Located[];
  /** Display name chosen by the kind's own rule; the most frequent spelling by default. */
  name?: string;
  extraAliases?: string[];
  /** Spellings that are not names of the entity (the adjective "Polish" for Poland). */
  hiddenSpellings?: string[];
  /** Short forms the entity was merged under ("Ostrowik" of "Ostrowik Wielki"): aliases, never its name while a full one is written. */
  shortForms?: string[];
  placeKind?: string;
  /** A news agency: credited for reporting, a source rather than an actor. */
  agency?: boolean;
  lat?: number;
  lon?: number;
}

/** Takes the clusters merged into others out of the list, in place (callers hold the array). */
export function dropAbsorbed(clusters: Cluster[], absorbed: Set<Cluster>): void {
  if (absorbed.size) clusters.splice(0, clusters.length, ...clusters.filter((c) => !absorbed.has(c)));
}

/** The most frequent spelling; ties go to the longer, then the first seen. */
export function mostFrequent(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/** A courtesy title alone ("Mr", "Dr.", "Prince") says how a person is addressed, not what they do. */
const COURTESY_ONLY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Prince|Princess|Sheikh|Sheikha|Rev)\.?$/i;
const cleanRole = (r: string): string => {
  const role = r.replace(/^(the|a|an)\s+/i, '').trim();
  return COURTESY_ONLY.test(role) ? '' : role;
};

/** Turns clusters into entities with unique, stable ids (slug of the display name). */
export function toEntities(clusters: Cluster[], taken: Set<string>): { entities: Entity[]; ids: string[] } {
  const entities: Entity[] = [];
  const ids: string[] = [];
  for (const c of clusters) {
    const spellings = c.members.map((m) => m.mention.text);
    const name = c.name ?? mostFrequent(spellings.length ? spellings : [c.kind]);
    let id = slugify(name, c.kind);
    for (let n = 2; taken.has(id); n++) id = `${slugify(name, c.kind)}-${n}`;
    taken.add(id);
    // "JAKARTA" in a dateline is the name in capitals, not another spelling of it, nor of any
    // spelling written in ordinary case ("BENGALURU" beside "Bengaluru" and "Bangalore").
    const written = new Set([...spellings, ...(c.extraAliases ?? [])].filter((s) => s !== s.toUpperCase()).map((s) => s.toLowerCase()));
    const inCapitals = (s: string): boolean => s === s.toUpperCase() && written.has(s.toLowerCase());
    const aliases = [...new Set([...spellings, ...(c.extraAliases ?? [])])].filter((s) => s.toLowerCase() !== name.toLowerCase() && !inCapitals(s) && !c.hiddenSpellings?.includes(s)).sort();
    const roles: string[] = [];
    for (const m of c.members) {
      for (const r of (m.mention.role ?? '').split('; ').map(cleanRole).filter(Boolean)) {
        if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
      }
    }
    const seen = new Set<string>();
    const mentions: Provenance[] = [];
    for (const m of c.members) {
      const key = `${m.article}#${m.mention.sentence}`;
      if (!seen.has(key)) { seen.add(key); mentions.push({ article: m.article, sentence: m.mention.sentence, offset: m.mention.offset }); }
    }
    const entity: Entity = { id, kind: c.kind, name, aliases, roles, mentions };
    if (c.placeKind) entity.placeKind = c.placeKind;
    if (c.agency) entity.agency = true;
    if (c.lat !== undefined && c.lon !== undefined) { entity.lat = c.lat; entity.lon = c.lon; }
    entities.push(entity);
    ids.push(id);
  }
  return { entities, ids };
}
