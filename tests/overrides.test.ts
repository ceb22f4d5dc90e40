import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type SiteBuild } from '../src/build.js';
import { defaultConfig } from '../src/config.js';
import { formatMessage } from '../src/messages.js';
import { parseOverrides } from '../src/overrides/parse-overrides.js';

const root = resolve(import.meta.dirname, '..');

describe('editorial overrides (seeds/_overrides.yml)', () => {
  let r: SiteBuild;
  let said: string[];
  beforeAll(async () => {
    r = await build({ ...defaultConfig(root), input: join(root, 'tests/fixtures/overrides'), out: join(mkdtempSync(join(tmpdir(), 'storyline-ov-')), 'out'), search: false, cache: false });
    said = r.messages.filter((m) => m.id.startsWith('overrides')).map(formatMessage);
  }, 60_000);
  const people = () => Object.fromEntries(r.timeline!.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases]));

  it('merges two people, keeps two spellings apart and renames', () => {
    expect(people()['Anna Lindqvist']).toEqual(expect.arrayContaining(['Anna Lind', 'Annie Lind']));
    expect(people()['Piet Vos']).toBeDefined();
    expect(people()['Pieter Vos']).not.toContain('Piet Vos');
  });

  it("sets an article's outlet and date, and an event's title", () => {
    expect(r.timeline!.articles.find((a) => a.id === 'b')).toMatchObject({ source: 'Port Gazette', published: '2023-04-05', publishedHow: 'front-matter' });
    expect(r.timeline!.events.find((e) => e.id.startsWith('2023-04-03-port-director'))?.title).toBe('Port and union meet in Rotterdam');
  });

  it('hides a claim and marks a figure as disputed', () => {
    expect(r.timeline!.claims.some((c) => c.id === 'a-c2')).toBe(false);
    expect(r.timeline!.events.some((e) => e.claims.includes('a-c2'))).toBe(false);
    expect(r.timeline!.discrepancies.map((d) => d.topic)).toContain('At least 300 workers (disputed by the editors)');
  });

  it('lists each applied override and warns, with its line, about one that matches nothing', () => {
    expect(said.filter((l) => l.includes('[overrides/applied]'))).toHaveLength(7);
    expect(said).toContain('tests/fixtures/overrides/_overrides.yml:3 warning Override matches nothing: merge Nobody Here + Anna Lind  [overrides/unmatched]');
  });

  it('reports a malformed overrides file with line and column', () => {
    const { messages } = parseOverrides('o.yml', 'merge:\n  - [a, b]\nrenam:\n  x: y\nhideClaims: nope\n');
    expect(messages.map(formatMessage)).toEqual([
      'o.yml:3:1 error   Bad editorial override: unknown section "renam" (known: merge, keepApart, rename, articles, events, hideClaims, disputedFigures)  [overrides/invalid]',
      'o.yml:5:13 error   Bad editorial override: hideClaims takes a list  [overrides/invalid]',
    ]);
  });
});
