import type { ArticleRecord } from '../model.js';

/**
 * Groups articles into independent sources: articles of one outlet are one source,
 * and so are articles that credit the same agency (two papers running the same Reuters
 * copy confirm nothing to each other). Union-find over outlets and agencies: linear.
 */
export function independentSources(articles: ArticleRecord[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [find(a), find(b)].sort();
    parent.set(rb, ra);
  };
  for (const a of articles) {
    const outlet = a.source === 'Unknown source' ? `article:${a.id}` : `outlet:${a.source}`;
    union(`article:${a.id}`, outlet);
    for (const agency of a.credits) union(outlet, `agency:${agency}`);
  }
  return new Map(articles.map((a) => [a.id, find(`article:${a.id}`)]));
}

/** How many independent sources a set of articles amounts to. */
export function countIndependent(articleIds: string[], groups: Map<string, string>): number {
  return new Set(articleIds.map((id) => groups.get(id) ?? id)).size;
}
