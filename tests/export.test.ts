import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../src/export/timeline-json.js';

describe('export: timeline.json written piece by piece', () => {
  it('is byte for byte what JSON.stringify(…, null, 2) writes, empty and nested sections included', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
    const item = fc.dictionary(fc.string({ minLength: 1 }), value, { maxKeys: 4 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.array(item, { maxLength: 4 })), { minLength: 1, maxLength: 4 }), (raw) => {
      // Unique keys that are not array indexes (an object would reorder those; ours are fixed words).
      const sections = [...new Map(raw.map(([k, items]) => [`k${k}`, items])).entries()];
      const expected = `${JSON.stringify(Object.fromEntries(sections.map(([k, items]) => [k, items])), null, 2)}\n`;
      expect(prettyJson(sections.map(([k, items]) => [k, items, (x: unknown) => x])).toString('utf8')).toBe(expected);
    }), { numRuns: 300 });
  });

  it('stays identical across the batches it stringifies in and the buffer it grows (1,201 items, multibyte text)', () => {
    const items = Array.from({ length: 1201 }, (_, i) => ({ id: `e${i}`, text: `“quoted” Wrocław 𝄞 ${i}\nline`, tags: i % 3 ? [] : ['a', 'b'], nested: { n: i } }));
    const expected = `${JSON.stringify({ events: items, rounds: [] }, null, 2)}\n`;
    expect(prettyJson([['events', items, (x: unknown) => x], ['rounds', [], (x: unknown) => x]]).toString('utf8')).toBe(expected);
  });
});
