/**
 * Buckets items by a small integer key (sentence or paragraph index), keeping their
 * order and original index: one pass, so per-sentence lookups stay linear in article size.
 */
export function groupByIndex<T>(items: readonly T[], key: (item: T) => number, size: number): { item: T; index: number }[][] {
  const out: { item: T; index: number }[][] = Array.from({ length: size }, () => []);
  items.forEach((item, index) => {
    const k = key(item);
    if (k >= 0 && k < size) out[k].push({ item, index });
  });
  return out;
}
