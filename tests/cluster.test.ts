import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterDay, cosine, type Vector } from '../src/timeline/cluster.js';

/** The plain algorithm (same arithmetic): every statement compared with every group's centroid. */
function naive(indices: number[], vectors: Vector[], threshold: number): number[][] {
  const groups: { members: number[]; sum: Vector; norm: number }[] = [];
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0));
  for (const i of indices) {
    let best = -1;
    let bestSim = threshold;
    groups.forEach((g, gi) => {
      const sim = cosine(vectors[i], g.sum) / (g.norm || 1);
      if (sim >= bestSim) { bestSim = sim; best = gi; }
    });
    if (best >= 0) {
      const g = groups[best];
      g.members.push(i);
      let sq = g.norm * g.norm;
      for (const [k, x] of vectors[i]) { const before = g.sum.get(k) ?? 0; sq += (before + x) ** 2 - before ** 2; g.sum.set(k, before + x); }
      g.norm = Math.sqrt(Math.max(sq, 0));
    } else groups.push({ members: [i], sum: new Map(vectors[i]), norm: norm(vectors[i]) });
  }
  return groups.map((g) => g.members);
}

describe('timeline: clustering one day through a term index', () => {
  it('groups exactly as comparing every statement with every group does', () => {
    const vector = fc.dictionary(fc.constantFrom('talks', 'geneva', 'ceasefire', 'shelling', 'e:kyiv', 'e:un', 'grain', 'port'), fc.double({ min: 0.1, max: 1, noNaN: true }), { minKeys: 1, maxKeys: 4 })
      .map((o) => { const v: Vector = new Map(Object.entries(o)); const n = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)); for (const [k, x] of v) v.set(k, x / n); return v; });
    fc.assert(fc.property(fc.array(vector, { minLength: 1, maxLength: 25 }), fc.constantFrom(0.05, 0.22, 0.5), (vectors, threshold) => {
      const indices = vectors.map((_, i) => i);
      const grouped = clusterDay(indices, vectors, threshold);
      expect(grouped).toEqual(naive(indices, vectors, threshold));
    }), { numRuns: 300 });
  });
});
