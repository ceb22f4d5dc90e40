import { describe, expect, it } from 'vitest';
import { extractTexts } from '../helpers.js';

describe('source and credits', () => {
  it('takes the outlet from front matter', () => {
    const [r] = extractTexts({ a: '---\ntitle: T\nsource: Harbour Times\ndate: 2022-01-02\n---\nThe port reopened.' });
    expect(r.source).toBe('Harbour Times');
  });

  it('finds an outlet that names itself and the agencies it credits', () => {
    const [r] = extractTexts({
      a: 'Port reopens\n\nPublished: 2 January 2022\n\nNORDWIRE learnt that the port reopened. The talks began at noon, CNN reported.\n\nFor all of NordWire\'s coverage, click here.\n\nWith reporting by Reuters, AP and AFP',
    });
    expect(r.source).toBe('NordWire');
    expect(r.credits).toEqual(['Reuters', 'AP', 'AFP', 'CNN']);
  });

  it('keeps a byline on the article, not among people', () => {
    const [r] = extractTexts({ a: 'Port reopens\n\nPublished: 2 January 2022\n\nThe port reopened on Sunday.\n\nMaria Lopez contributed to this report.' });
    expect(r.byline).toBe('Maria Lopez contributed to this report.');
    expect(r.mentions.filter((m) => m.kind === 'person')).toEqual([]);
    expect(r.source).toBe('Unknown source');
  });
});
