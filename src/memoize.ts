/**
 * A one-argument string function, memoised: names and sentences repeat across thousands of
 * articles, and their keys and terms are pure. The table is dropped when it grows past
 * `limit`, so a long `npm run dev` session never holds more than that. Results are shared:
 * callers must not mutate them.
 */
export function memoize<T>(fn: (s: string) => T, limit = 200_000): (s: string) => T {
  const table = new Map<string, T>();
  return (s) => {
    let v = table.get(s);
    if (v === undefined) {
      if (table.size >= limit) table.clear();
      v = fn(s);
      table.set(s, v);
    }
    return v;
  };
}
