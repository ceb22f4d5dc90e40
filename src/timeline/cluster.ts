import type { Statement } from './statements.js';

export type Vector = Map<string, number>;

/** TF-IDF vectors of statements: names weigh double, words every statement shares weigh little. */
export function vectorize(statements: Statement[]): Vector[] {
  const df = new Map<string, number>();
  const features = statements.map((s) => [...s.terms, ...s.entities.map((e) => `e:${e}`)]);
  for (const f of features) for (const x of new Set(f)) df.set(x, (df.get(x) ?? 0) + 1);
  const n = statements.length;
  return features.map((f) => {
    const v: Vector = new Map();
    for (const x of f) v.set(x, (x.startsWith('e:') ? 2 : 1) * Math.log(1 + n / (df.get(x) ?? 1)));
    return normalise(v);
  });
}

function normalise(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) dot += x * (large.get(k) ?? 0);
  return dot;
}

function add(into: Vector, v: Vector): void {
  for (const [k, x] of v) into.set(k, (into.get(k) ?? 0) + x);
}

/**
 * Groups the statements of one day: each joins the most similar group when the
 * cosine to its centroid reaches `threshold`, else starts a new one. Linear in
 * statements × groups of that day; days never meet, so the corpus never pairs all.
 * `seed` groups (a round of talks) are filled first and stay together.
 */
export function clusterDay(indices: number[], vectors: Vector[], threshold: number, seeds: number[][] = []): number[][] {
  const groups: { members: number[]; sum: Vector }[] = seeds.map((members) => {
    const sum: Vector = new Map();
    members.forEach((i) => add(sum, vectors[i]));
    return { members: [...members], sum };
  });
  const seeded = new Set(seeds.flat());
  for (const i of indices) {
    if (seeded.has(i)) continue;
    let best = -1;
    let bestSim = threshold;
    groups.forEach((g, gi) => {
      const sim = cosine(vectors[i], normalise(new Map(g.sum)));
      if (sim >= bestSim) { bestSim = sim; best = gi; }
    });
    if (best >= 0) { groups[best].members.push(i); add(groups[best].sum, vectors[i]); }
    else groups.push({ members: [i], sum: new Map(vectors[i]) });
  }
  return groups.map((g) => g.members);
}
