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

/** Scales a vector to unit length in place (an empty one stays empty). */
export function normalise(v: Vector): Vector {
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

function norm(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return Math.sqrt(n);
}

/** Adds v into sum and returns the new norm, updating only the touched terms. */
function addTracked(sum: Vector, v: Vector, oldNorm: number): number {
  let sq = oldNorm * oldNorm;
  for (const [k, x] of v) {
    const before = sum.get(k) ?? 0;
    sq += (before + x) ** 2 - before ** 2;
    sum.set(k, before + x);
  }
  return Math.sqrt(Math.max(sq, 0));
}

function add(into: Vector, v: Vector): void {
  for (const [k, x] of v) into.set(k, (into.get(k) ?? 0) + x);
}

/**
 * Statements that lead their articles on the articles' news day, and the lower similarity at
 * which two of them join: outlets open with the day's news in their own words, so their first
 * sentences share fewer words than two reports of one detail do.
 */
export interface Lead { of: Set<number>; threshold: number }
const NO_LEADS: Lead = { of: new Set(), threshold: 1 };

/**
 * Groups the statements of one day: each joins the most similar group when the
 * cosine to its centroid reaches `threshold`, else starts a new one. Linear in
 * statements × groups of that day; days never meet, so the corpus never pairs all.
 * `seed` groups (a round of talks) are filled first and stay together.
 */
export function clusterDay(indices: number[], vectors: Vector[], threshold: number, seeds: number[][] = [], leads: Lead = NO_LEADS): number[][] {
  const groups: { members: number[]; sum: Vector; norm: number; lead: boolean }[] = [];
  // term → groups whose sum has it: a group sharing no term has cosine 0, below any threshold,
  // so only groups found here are compared (same arithmetic, in the same group order).
  const postings = new Map<string, number[]>();
  const index = (gi: number, v: Vector): void => {
    for (const k of v.keys()) {
      const list = postings.get(k);
      if (!list) postings.set(k, [gi]);
      else if (list[list.length - 1] !== gi) list.push(gi);
    }
  };
  for (const members of seeds) {
    const sum: Vector = new Map();
    members.forEach((i) => add(sum, vectors[i]));
    groups.push({ members: [...members], sum, norm: norm(sum), lead: members.some((i) => leads.of.has(i)) });
    index(groups.length - 1, sum);
  }
  const seeded = new Set(seeds.flat());
  for (const i of indices) {
    if (seeded.has(i)) continue;
    const candidates = new Set<number>(threshold > 0 ? [] : groups.keys());
    for (const k of vectors[i].keys()) for (const gi of postings.get(k) ?? []) candidates.add(gi);
    let best = -1;
    let bestSim = -Infinity;
    const lead = leads.of.has(i);
    for (const gi of [...candidates].sort((a, b) => a - b)) {
      const g = groups[gi];
      // cosine with the (unnormalised) sum, divided by its norm: the centroid's cosine without copying it.
      const sim = cosine(vectors[i], g.sum) / (g.norm || 1);
      const needed = lead && g.lead ? Math.min(threshold, leads.threshold) : threshold;
      if (sim >= needed && sim >= bestSim) { bestSim = sim; best = gi; }
    }
    if (best >= 0) {
      const g = groups[best];
      g.members.push(i);
      g.norm = addTracked(g.sum, vectors[i], g.norm);
      g.lead ||= lead;
      index(best, vectors[i]);
    } else {
      groups.push({ members: [i], sum: new Map(vectors[i]), norm: norm(vectors[i]), lead });
      index(groups.length - 1, vectors[i]);
    }
  }
  return groups.map((g) => g.members);
}
