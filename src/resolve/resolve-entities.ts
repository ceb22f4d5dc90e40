import type { ArticleRecord, ResolvedCorpus } from '../model.js';
import { toEntities, type Cluster, type Located } from './group-names.js';
import { clusterPeople } from './people.js';
import { clusterOrganizations, clusterPlaces } from './places.js';

/** Merges the mentions of all articles into people, places and organizations with stable ids. */
export function resolveEntities(records: ArticleRecord[]): ResolvedCorpus {
  const located: Located[] = records.flatMap((r) => r.mentions.map((mention, index) => ({ article: r.id, index, mention })));
  const of = (kind: string): Located[] => located.filter((l) => l.mention.kind === kind);
  const people = clusterPeople(of('person'));
  const clusters: Cluster[] = [...people.clusters, ...clusterPlaces(of('place')), ...clusterOrganizations(of('organization'))];
  const { entities, ids } = toEntities(clusters, new Set());
  const mentionEntity: Record<string, string[]> = Object.fromEntries(records.map((r) => [r.id, r.mentions.map(() => '')]));
  clusters.forEach((c, i) => {
    for (const m of c.members) mentionEntity[m.article][m.index] = ids[i];
  });
  return { articles: records, entities, mentionEntity, warnings: people.warnings };
}
