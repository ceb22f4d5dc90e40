import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder, writeSite } from '../src/write.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'storyline-write-'));

describe('write', () => {
  it('replaces the output folder only when the whole site was written', () => {
    const dir = tmp();
    const out = join(dir, 'dist');
    writeSite(out, new Map([['index.html', 'one']]), join(dir, 'no-public'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('one');
    expect(() => writeSite(out, new Map([['a.html', 'two'], ['../../escape.html', 'x']]), join(dir, 'no-public'))).toThrow(/outside the output folder/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('copies public/ into assets/', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'public'));
    writeFileSync(join(dir, 'public', 'style.css'), 'body{}');
    writeSite(join(dir, 'dist'), new Map(), join(dir, 'public'));
    expect(existsSync(join(dir, 'dist', 'assets', 'style.css'))).toBe(true);
  });

  it('refuses output folders that would destroy the input or the project', () => {
    const dir = tmp();
    expect(() => checkOutputFolder(join(dir, 'seeds'), join(dir, 'seeds'), dir)).toThrow(/input folder/);
    expect(() => checkOutputFolder(dir, join(dir, 'seeds'), dir)).toThrow(/project root|input folder/);
    expect(() => checkOutputFolder('/', join(dir, 'seeds'), dir)).toThrow(/root|input/);
    expect(() => checkOutputFolder(join(dir, 'dist'), join(dir, 'seeds'), dir)).not.toThrow();
  });
});
