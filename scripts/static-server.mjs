// A small static server for the scripts that drive a browser (reservations,
// bench:pages): files under the project, pages given in memory, and
// `/__slow/<ms>/<path>` to answer a file after a delay. No caching; brotli
// (quality 11) when the browser accepts it, as a static host would send it.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json'};

/** Serves `root`; `pages` maps a path to an HTML string. Resolves to {url, close}. */
export async function serve(root, pages = new Map()) {
  const packed = new Map();
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(path);
    if (slow) {
      await new Promise((r) => setTimeout(r, Number(slow[1])));
      path = slow[2];
    }
    const headers = {'cache-control': 'no-store'};
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (type, body) => {
      if (br) {
        // Compressed once per path and content.
        const key = `${path}\n${body.length}`;
        if (!packed.has(key)) packed.set(key, brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}));
        res.writeHead(200, {...headers, 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding'});
        return res.end(packed.get(key));
      }
      res.writeHead(200, {...headers, 'content-type': type});
      return res.end(body);
    };
    if (pages.has(path)) return send(TYPES['.html'], pages.get(path));
    const file = join(resolve(root), path);
    if (!file.startsWith(resolve(root))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      return send(TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r))};
}
