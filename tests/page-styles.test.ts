import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.js';

// Five pages about one story, each scraped with the furniture of a different kind of news
// site (written for these tests): where the date, the byline and the outlet sit differs.
const dir = join(import.meta.dirname, 'fixtures', 'page-styles');
const texts = Object.fromEntries(readdirSync(dir).map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')]));
const tl = timelineOf(texts);
const article = (id: string) => tl.articles.find((a) => a.id === id)!;

describe('scraped page styles', () => {
  it('dates every page from its own stamp, whatever its shape', () => {
    expect(Object.fromEntries(tl.articles.map((a) => [a.id, a.published]))).toEqual({
      aljaz: '2024-02-06', ap: '2024-02-07', bbc: '2024-02-04', cnn: '2024-02-05', guardian: '2024-02-07',
    });
  });

  it('finds the outlet by the byline, under it, or in the copyright line', () => {
    expect(article('bbc').source).toBe('BBC News');
    expect(article('cnn').source).toBe('CNN');
    expect(article('ap').source).toBe('The Associated Press');
  });

  it('keeps bylines, correspondents included, out of the people of the story', () => {
    expect(article('ap').byline).toBe('Eva Vergara');
    expect(article('guardian').byline).toBe('John Bartlett in Santiago');
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('John Bartlett');
  });

  it('leaves no buttons, labels or bare date lines in the story text', () => {
    const text = tl.articles.flatMap((a) => a.sentences.map((s) => s.text));
    for (const junk of ['Firefighters battled the flames in the hills above Viña del Mar on Saturday', 'Share', 'Listen to this article', '3 min', 'Ad Feedback', 'Image caption,', 'Related Topics', '6 Feb 2024', 'Wed 7 Feb 2024 18.02 GMT', 'Explore more on these topics']) {
      expect(text).not.toContain(junk);
    }
    expect(article('bbc').credits).toContain('Reuters');
  });

  it('takes the claim before a closing "X said on Sunday, warning …", and no dateline for a speaker', () => {
    const claims = tl.claims.filter((c) => c.kind !== 'figure');
    expect(claims.find((c) => c.article === 'bbc' && c.kind === 'paraphrase')?.text).toBe('At least 99 people have died in wildfires in central Chile');
    expect(claims.find((c) => c.article === 'ap' && c.kind === 'paraphrase')?.speakerName).toBe('Chilean authorities');
  });
  it('titles events without the dateline in front of the lead', () => {
    const shown = tl.events.flatMap((e) => [e.title, e.summary]);
    expect(shown.some((t) => t.includes('Chilean authorities said Wednesday they had detained a man'))).toBe(true);
    expect(shown.some((t) => /VIÑA DEL MAR|\(AP\)/.test(t))).toBe(false);
  });
  it('links "Mr Boric" to President Gabriel Boric, with no courtesy title for a role', () => {
    const boric = tl.entities.find((e) => e.name === 'Gabriel Boric')!;
    expect(boric.aliases).toContain('Boric');
    expect(boric.roles).not.toContain('Mr');
    expect(tl.claims.filter((c) => c.article === 'bbc' && c.kind === 'quote').map((c) => c.speaker)).toEqual([boric.id]);
  });
});
