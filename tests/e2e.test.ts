import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('end to end: the seeds', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'storyline-e2e-')), 'site');
  let tl: any;
  beforeAll(() => {
    const run = cli(['build', '--input', 'seeds', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    tl = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8'));
  });

  it('dates every seed article', () => {
    const dates = Object.fromEntries(tl.articles.map((a: any) => [a.file.split('/').pop().slice(0, 3), a.published]));
    expect(dates).toEqual({ '000': '2022-02-28', '001': '2022-02-28', '002': '2022-03-01', '003': '2022-03-04', '004': '2022-02-28' });
  });

  it('writes only ids that resolve', () => {
    const ids = (list: any[]) => new Set(list.map((x) => x.id));
    const people = ids(tl.people); const places = ids(tl.places); const orgs = ids(tl.organizations);
    const articles = ids(tl.articles); const claims = ids(tl.claims); const events = ids(tl.events);
    for (const e of tl.events) {
      e.people.forEach((p: string) => expect(people.has(p)).toBe(true));
      e.places.forEach((p: string) => expect(places.has(p)).toBe(true));
      e.claims.forEach((c: string) => expect(claims.has(c)).toBe(true));
      e.sources.forEach((a: string) => expect(articles.has(a)).toBe(true));
    }
    for (const c of tl.claims) {
      expect(articles.has(c.article)).toBe(true);
      if (c.speaker) expect(people.has(c.speaker) || orgs.has(c.speaker)).toBe(true);
    }
    for (const r of tl.rounds) {
      r.events.forEach((e: string) => expect(events.has(e)).toBe(true));
      if (r.place) expect(places.has(r.place)).toBe(true);
      Object.values(r.delegations).flat().forEach((p) => expect(people.has(p as string)).toBe(true));
    }
    for (const d of tl.discrepancies) if (d.event) expect(events.has(d.event)).toBe(true);
  });

  it('copies every sentence verbatim from the cleaned article', () => {
    const pages = new Map(tl.articles.map((a: any) => [a.id, readFileSync(join(out, 'articles', `${a.id}.html`), 'utf8')]));
    for (const p of tl.people) for (const m of p.mentions) expect(m.sentence.length).toBeGreaterThan(0);
    const claim = tl.claims.find((c: any) => c.kind === 'quote');
    expect(pages.get(claim.article)).toContain(`id="${claim.anchor}"`);
  });

  it('is deterministic: a second build writes the same timeline.json', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'storyline-e2e-')), 'site');
    expect(cli(['build', '--input', 'seeds', '--out', again]).status).toBe(0);
    expect(readFileSync(join(again, 'data', 'timeline.json'), 'utf8')).toBe(readFileSync(join(out, 'data', 'timeline.json'), 'utf8'));
  });

  it('fails with exit code 2 and a message naming the folder when the input does not exist', () => {
    const run = cli(['build', '--input', 'no-such-folder', '--out', join(out, '..', 'x')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-folder');
    expect(run.stderr).toContain('[load/no-input]');
  });
});

describe('end to end: small fixtures', () => {
  it('builds Markdown, scraped text and an undated file, warning about the date by file name', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'storyline-fx-')), 'site');
    const input = mkdtempSync(join(tmpdir(), 'storyline-in-'));
    for (const f of ['load/front-matter.md', 'load/no-date.txt', 'clean/boilerplate.txt']) {
      writeFileSync(join(input, f.split('/')[1]), readFileSync(join(root, 'tests/fixtures', f)));
    }
    const run = cli(['build', '--input', input, '--out', out, '--verbose']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/no-date\.txt:1:1 warning +No publication date found {2}\[extract\/no-date\]/);
    expect(run.stderr).toMatch(/boilerplate\.txt:5 info +Removed boilerplate: video fallback/);
    const tl = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8'));
    expect(tl.articles.map((a: any) => [a.id, a.published, a.publishedHow])).toEqual([
      ['boilerplate', '2023-07-11', 'inferred'], ['front-matter', '2023-07-14', 'front-matter'], ['no-date', null, 'unknown'],
    ]);
    expect(existsSync(join(out, 'articles', 'front-matter.html'))).toBe(true);
  });

  it('fails a --strict build that has warnings, and leaves the previous site in place', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'storyline-st-')), 'site');
    const input = mkdtempSync(join(tmpdir(), 'storyline-in-'));
    writeFileSync(join(input, 'a.md'), readFileSync(join(root, 'tests/fixtures/load/front-matter.md')));
    expect(cli(['build', '--input', input, '--out', out, '--strict']).status).toBe(0);
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    writeFileSync(join(input, 'b.txt'), readFileSync(join(root, 'tests/fixtures/load/no-date.txt')));
    const run = cli(['build', '--input', input, '--out', out, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[build/strict]');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
  });
});
