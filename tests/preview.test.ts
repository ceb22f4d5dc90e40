import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../src/preview.js';

describe('preview server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-preview-'));
  mkdirSync(join(dir, 'events'));
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'events', 'a.html'), '<h1>event</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');
  const server = serveStatic(dir, 0, '/storyline/');
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the site under a sub-path with the right content type', async () => {
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    const res = await fetch(url('/storyline/events/a.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toBe('<h1>event</h1>');
    expect(await (await fetch(url('/storyline/'))).text()).toBe('<h1>home</h1>');
  });

  it('answers 404 with the site 404 page and never serves files outside the folder', async () => {
    const missing = await fetch(url('/storyline/nope.html'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>missing</h1>');
    expect((await fetch(url('/storyline/..%2f..%2fetc%2fpasswd'))).status).not.toBe(200);
  });
});
