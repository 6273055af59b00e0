// A small static server for the scripts that drive a browser (reservations,
// bench:pages): files under the project, pages given in memory, and
// `/__slow/<ms>/<path>` to answer a file after a delay. No caching.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, resolve} from 'node:path';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json'};

/** Serves `root`; `pages` maps a path to an HTML string. Resolves to {url, close}. */
export async function serve(root, pages = new Map()) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(path);
    if (slow) {
      await new Promise((r) => setTimeout(r, Number(slow[1])));
      path = slow[2];
    }
    const headers = {'cache-control': 'no-store'};
    if (pages.has(path)) {
      res.writeHead(200, {...headers, 'content-type': TYPES['.html']});
      return res.end(pages.get(path));
    }
    const file = join(resolve(root), path);
    if (!file.startsWith(resolve(root))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r))};
}
