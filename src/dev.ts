import { watch, type FSWatcher } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from './build.js';
import type { Config } from './config.js';
import { applyConfigFile } from './config-file.js';
import { formatMessage } from './messages.js';
import { staticHandler } from './preview.js';

const RELOAD_JS = "new EventSource('/__storyline/events').onmessage = () => location.reload();\n";

export interface DevServer {
  server: Server;
  /** Resolves after the next rebuild finishes (for tests and scripts). */
  nextBuild: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * `npm run dev`: build, serve on localhost, rebuild when an article, a template, an asset or
 * the config changes (the article cache makes that incremental) and tell open pages to
 * reload over server-sent events. The reload script is injected by the server only: the
 * built files stay exactly what `npm run build` writes.
 */
export async function startDev(config: Config, port: number, log: (line: string) => void = console.error): Promise<DevServer> {
  const clients = new Set<ServerResponse>();
  const waiters: (() => void)[] = [];
  let building = false;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (building) { again = true; return; }
    building = true;
    const t0 = performance.now();
    try {
      const fresh = { ...config };
      applyConfigFile(fresh);
      const result = await build({ ...fresh, input: config.input, out: config.out, search: false, quiet: true });
      for (const m of result.messages) if (m.severity !== 'info') log(formatMessage(m));
      log(`${result.upToDate ? 'up to date,' : 'rebuilt'} ${result.summary.articles} articles in ${Math.round(performance.now() - t0)} ms (cache: ${result.cache?.hits ?? 0} hits, ${result.cache?.misses ?? 0} extracted)`);
      for (const c of clients) c.write('data: reload\n\n');
    } catch (err) {
      log(`build failed, keeping the previous site: ${(err as Error).message}`);
    } finally {
      building = false;
      waiters.splice(0).forEach((w) => w());
      if (again) { again = false; void rebuild(); }
    }
  };
  await rebuild();
  const serveSite = staticHandler(config.out, '/', '<script src="/__storyline/reload.js" defer></script>');
  const server = createServer((req, res) => {
    if (req.url === '/__storyline/reload.js') { res.writeHead(200, { 'content-type': 'text/javascript' }).end(RELOAD_JS); return; }
    if (req.url === '/__storyline/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveSite(req, res);
  }).listen(port, '127.0.0.1');
  await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => { clearTimeout(timer); timer = setTimeout(() => void rebuild(), 150); };
  const watchers: FSWatcher[] = [config.input, join(config.root, 'templates'), join(config.root, 'public')]
    .map((dir) => watch(dir, { recursive: true }, schedule));
  watchers.push(watch(config.root, (_, name) => { if (name === 'storyline.config.json') schedule(); }));
  log(`Storyline dev server on http://localhost:${port}/ — watching ${config.input}, templates/, public/ and storyline.config.json`);
  return {
    server,
    nextBuild: () => new Promise((r) => waiters.push(r)),
    close: async () => {
      clearTimeout(timer);
      watchers.forEach((w) => w.close());
      for (const c of clients) c.end();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
