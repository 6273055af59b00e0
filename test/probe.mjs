// Test-server middleware that records what pages fetch, so that browser tests
// can show that nothing gated is requested before consent (and what is, after).
//
//   GET /__probe/<page>/<name>  answers a tiny resource of the name's type and records <name>
//   GET /__probe-log/<page>     answers the names <page> requested so far, in order (JSON)
const log = new Map();

// A 1×1 transparent GIF.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const BODIES = {
  gif: ['image/gif', GIF],
  css: ['text/css', '/* probe */'],
  vtt: ['text/vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nProbe\n'],
  svg: ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'],
  html: ['text/html', '<!doctype html><title>probe</title>'],
  js: ['text/javascript', ''],
};

export async function probe(ctx, next) {
  const hit = /^\/__probe\/([\w-]+)\/([\w.-]+)$/.exec(ctx.path);
  if (hit) {
    const [, page, name] = hit;
    if (!log.has(page)) log.set(page, []);
    log.get(page).push(name);
    ctx.set('Cache-Control', 'no-store');
    const body = BODIES[name.split('.').pop()];
    // Media and anything unknown: an empty answer; the request is what counts.
    if (!body) return void (ctx.status = 204);
    [ctx.type, ctx.body] = body;
    return;
  }
  const read = /^\/__probe-log\/([\w-]+)$/.exec(ctx.path);
  if (read) {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log.get(read[1]) ?? []);
    return;
  }
  return next();
}
