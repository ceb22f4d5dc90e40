import { existsSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { defaultConfig } from '../src/config.js';
import { serveStatic } from '../src/preview.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const available = existsSync(CHROMIUM);
if (!available) {
  // CI always installs Chromium (.ci/run): there, a missing browser is a failure, not a skip.
  if (process.env.CI) throw new Error(`browser tests need ${CHROMIUM}; .ci/run installs it`);
  console.warn(`\n*** BROWSER TESTS SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium) ***\n`);
}

describe.skipIf(!available)('in a real browser', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'storyline-browser-')), 'site');
  const hostileOut = join(mkdtempSync(join(tmpdir(), 'storyline-hostile-')), 'site');
  let browser: Browser;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    await build({ ...defaultConfig(root), out, quiet: true });
    const hostileIn = mkdtempSync(join(tmpdir(), 'storyline-hostile-in-'));
    writeFileSync(join(hostileIn, 'hostile.md'), readFileSync(join(root, 'tests/fixtures/site/hostile.md')));
    await build({ ...defaultConfig(root), input: hostileIn, out: hostileOut, quiet: true, search: false });
    server = serveStatic(out, 0, '/storyline/');
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/storyline/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  const open = async (url: string, width = 1280): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  it('walks home → round 2 → a delegate → an event → the reporting sentence, highlighted', async () => {
    const page = await open(`${base}index.html`);
    await page.getByRole('link', { name: 'Round 2', exact: true }).first().click();
    expect(await page.locator('h1').textContent()).toContain('Round 2');
    await page.locator('.side-by-side a').filter({ hasText: 'Podolyak' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Mykhailo Podolyak');
    await page.locator('main h2:has-text("Events") + ul a').first().click();
    expect(page.url()).toContain('/events/');
    const sentenceLink = page.locator('ul.reported a').first();
    const href = await sentenceLink.getAttribute('href');
    await sentenceLink.click();
    const anchor = href!.split('#')[1];
    expect(page.url()).toContain(`/articles/`);
    const target = page.locator(`#${anchor}`);
    await target.waitFor({ state: 'visible' });
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('finds a person by a spelling variant with the search box', async () => {
    const page = await open(`${base}search.html`);
    await page.locator('.pagefind-ui__search-input').fill('Zelenskiy');
    const result = page.locator('.pagefind-ui__result-link').filter({ hasText: 'Volodymyr Zelenskyy' });
    await result.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await result.first().getAttribute('href')).toContain('people/volodymyr-zelenskyy.html');
    await page.context().close();
  });

  it('takes screenshots of home, an event, a round and a person at 1280 and 375 px', async () => {
    const dir = join(root, 'screenshots');
    mkdirSync(dir, { recursive: true });
    const event = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')).events.find((e: any) => e.round === 1).id;
    for (const [name, path] of [['home', 'index.html'], ['event', `events/${event}.html`], ['round', 'rounds/1.html'], ['person', 'people/mykhailo-podolyak.html']]) {
      for (const width of [1280, 375]) {
        const page = await open(`${base}${path}`, width);
        const file = join(dir, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // Nothing wider than the screen on a phone.
        if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await page.context().close();
        expect(existsSync(file)).toBe(true);
      }
    }
  }, 120_000);

  it('has no accessibility violations on any page kind (axe)', async () => {
    const event = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')).events[0].id;
    const kinds = ['index.html', `events/${event}.html`, 'rounds/1.html', 'rounds/3.html', 'people/mykhailo-podolyak.html', 'places/kyiv.html',
      'organizations/index.html', 'sources/index.html', 'articles/001-be07c432dae3cefd.html', 'discrepancies.html', 'map.html', 'search.html', '404.html'];
    const violations: string[] = [];
    for (const path of kinds) {
      const page = await open(`${base}${path}`);
      const result = await new AxeBuilder({ page }).analyze();
      violations.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`));
      await page.context().close();
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it('runs no script from a hostile article and keeps its JSON-LD intact', async () => {
    const dialogs: string[] = [];
    for (const path of ['index.html', 'articles/hostile.html', 'sources/index.html']) {
      const page = await open(`file://${join(hostileOut, path)}`);
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.waitForLoadState('load');
      expect(await page.locator('main img, main b, main script:not([type="application/ld+json"])').count()).toBe(0);
      if (path.startsWith('articles/')) {
        const jsonld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
        expect(jsonld.headline).toContain("<script>alert('title')</script>");
        expect(await page.locator('h1').textContent()).toContain('<script>');
        expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      }
      await page.context().close();
    }
    expect(dialogs).toEqual([]);
  });
});
