import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.js';
import { startDev } from '../src/dev.js';

const root = resolve(import.meta.dirname, '..');

describe('npm run dev', () => {
  it('rebuilds when an article changes, tells open pages to reload, and keeps the reload script out of the built files', async () => {
    const base = mkdtempSync(join(tmpdir(), 'storyline-dev-'));
    const input = join(base, 'seeds');
    cpSync(join(root, 'tests/fixtures/overrides'), input, { recursive: true });
    const out = join(base, 'dist');
    const lines: string[] = [];
    const dev = await startDev({ ...defaultConfig(root), input, out, cacheDir: join(base, 'cache') }, 0, (l) => lines.push(l));
    try {
      const url = `http://127.0.0.1:${(dev.server.address() as AddressInfo).port}`;
      const page = async () => (await fetch(`${url}/articles/a.html`)).text();
      const first = await page();
      expect(first).toContain('Port director');
      expect(first).toContain('<script src="/__storyline/reload.js" defer></script>');
      expect(readFileSync(join(out, 'articles', 'a.html'), 'utf8')).not.toContain('__storyline');

      const events = await fetch(`${url}/__storyline/events`);
      const reader = events.body!.getReader();
      await reader.read(); // ": connected"

      const rebuilt = dev.nextBuild();
      writeFileSync(join(input, 'a.md'), readFileSync(join(input, 'a.md'), 'utf8').replace('Port director', 'Harbour chief'));
      await rebuilt;
      const message = new TextDecoder().decode((await reader.read()).value);
      expect(message).toContain('data: reload');
      expect(await page()).toContain('Harbour chief');
      expect(lines.some((l) => /rebuilt 2 articles in \d+ ms \(cache: 1 hits, 1 extracted\)/.test(l))).toBe(true);
      await reader.cancel();
    } finally {
      await dev.close();
    }
  }, 60_000);
});
