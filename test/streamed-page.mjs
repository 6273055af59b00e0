// Test-server middleware: a page whose HTML really streams (src/hostile/streamed.test.ts).
//
//   GET /test/streamed/page.html?id=<id>   answers the first chunk at once and keeps the response open
//   GET /test/streamed/next?id=<id>        sends that page its next chunk (the last one ends it); 204
//
// The test sends each next chunk once the widgets of the previous one have
// upgraded: the widgets' scripts (async modules in <head>) have run while the
// page is still arriving, and their JSON children come after, in a later chunk.
import {PassThrough} from 'node:stream';

const TRAP =
  '<script>window.__errors=[];window.__warnings=[];addEventListener("error",e=>__errors.push(String(e.message)));addEventListener("unhandledrejection",e=>__errors.push(String(e.reason)));const w=console.warn;console.warn=(...a)=>{__warnings.push(a.map(String).join(" "));w.apply(console,a)}</script>';

const chunks = (id) => [
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>${TRAP}
<script type="module" async src="/src/components/consent-banner/define.ts"></script>
<script type="module" async src="/src/components/referral-options/define.ts"></script>
</head><body>
<pv-consent-banner policy-url="/privacy" categories="analytics video">`,
  `<script type="application/json">{"categories": {"video": {"en": {"label": "Interview videos", "purpose": "Shows the interviews we host on a video site."}}}}</script></pv-consent-banner>
<main><h1>Second opinions</h1>
<pv-referral-options province="ON">`,
  `<script type="application/json">{"provinces": {"ON": {"healthLine": {"name": {"en": "Our Line", "fr": "Notre ligne"}, "phones": [{"number": "1-555-010-0000"}], "checked": "2026-10-01"}}}}</script></pv-referral-options>
<iframe id="video" data-pv-consent="video" data-pv-src="/__probe/${id}/video.html" title="Interview"></iframe>
</main>`,
  `</body></html>`,
];

const open = new Map();

export function streamedPage(ctx, next) {
  if (ctx.path !== '/test/streamed/page.html' && ctx.path !== '/test/streamed/next') return next();
  const id = String(ctx.query.id ?? '').replace(/[^\w-]/g, '');
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/test/streamed/next') {
    const page = open.get(id);
    if (!page) return void (ctx.status = 404);
    page.body.write(page.chunks[page.sent++]);
    if (page.sent === page.chunks.length) {
      page.body.end();
      open.delete(id);
    }
    return void (ctx.status = 204);
  }
  const body = new PassThrough();
  const page = {body, chunks: chunks(id), sent: 1};
  body.write(page.chunks[0]);
  open.set(id, page);
  ctx.type = 'text/html';
  ctx.body = body;
  return undefined;
}
