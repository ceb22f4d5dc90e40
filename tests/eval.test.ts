import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAgainstGold, type Gold } from '../src/eval/score.js';
import { timelineOf } from './helpers.js';

const unseen = join(import.meta.dirname, 'fixtures', 'unseen');

describe('eval: scoring against a gold file', () => {
  it('counts precision, recall and merged spellings per kind', () => {
    const tl = timelineOf({ a: 'Talks\n\nPublished: 2 May 2022\n\nForeign Minister Ara Ayvazyan met Josep Borrell in Brussels. "We are ready," Ayvazyan said.' });
    const gold: Gold = {
      articles: { a: { published: '2022-05-02' } },
      people: [{ name: 'Ara Ayvazyan', aliases: ['Ayvazyan'] }, { name: 'Josep Borrell' }, { name: 'Charles Michel' }],
      places: [{ name: 'Brussels' }],
      quotes: [{ speaker: 'Ara Ayvazyan', text: 'We are ready', article: 'a' }],
    };
    const s = scoreAgainstGold(tl, gold);
    expect(s.people).toMatchObject({ precision: 1, found: 2, gold: 3, output: 2 });
    expect(s.people.recall).toBeCloseTo(2 / 3);
    expect(s.places.f1).toBe(1);
    expect(s.quotes).toMatchObject({ found: 1, gold: 1 });
    expect(s.dates).toMatchObject({ found: 1, gold: 1 });
  });
});

describe('eval: nothing to find', () => {
  it('scores a kind with no gold entries and no output as perfect, and any output against none as wrong', () => {
    const tl = timelineOf({ a: 'Flood\n\nPublished: 2 May 2022\n\nThe river rose in Brussels on Monday.' });
    expect(scoreAgainstGold(tl, { articles: { a: { published: '2022-05-02' } }, people: [], places: [{ name: 'Brussels' }], organizations: [] }).organizations.f1).toBe(1);
    expect(scoreAgainstGold(tl, { articles: { a: { published: '2022-05-02' } }, people: [], places: [], organizations: [] }).places.precision).toBe(0);
  });
});

// Articles about other stories, with hand-made gold files: the rules must generalise.
describe.each(readdirSync(unseen))('eval: unseen story %s', (story) => {
  const dir = join(unseen, story);
  const texts = Object.fromEntries(readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => [f.replace(/\.(txt|md)$/, ''), readFileSync(join(dir, f), 'utf8')]));
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const s = scoreAgainstGold(timelineOf(texts), gold);

  it('finds people and places with F1 of at least 0.85', () => {
    expect(s.people.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.places.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('dates every article and attributes every gold quote', () => {
    expect(s.dates.recall).toBe(1);
    expect(s.quotes.recall).toBe(1);
  });

  it('finds most gold figures and organizations', () => {
    expect(s.figures.recall).toBeGreaterThanOrEqual(0.75);
    expect(s.organizations.f1).toBeGreaterThanOrEqual(0.75);
  });
});
