import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/**
 * Serves a built site from `dir` under `base`. `inject` is appended to every HTML page
 * (the dev server's reload script); the files on disk are never changed.
 */
export function staticHandler(dir: string, base = '/', inject = ''): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  return (req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!url.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    let path = normalize(join(root, url.slice(base.length)));
    if (!path.startsWith(root + sep) && path !== root) { res.writeHead(403).end(); return; }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const html = (file: string, status: number): void => {
      res.writeHead(status, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(inject ? readFileSync(file, 'utf8').replace('</body>', `${inject}</body>`) : readFileSync(file));
    };
    if (!existsSync(path)) {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) html(notFound, 404); else res.writeHead(404).end('not found');
      return;
    }
    if (extname(path) === '.html') { html(path, 200); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  };
}

/** A small static server for the built site; `base` serves it under a sub-path such as /storyline/. */
export function serveStatic(dir: string, port: number, base = '/'): Server {
  return createServer(staticHandler(dir, base)).listen(port, '127.0.0.1');
}
