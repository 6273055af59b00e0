// Test-server middleware: attacker pages for the consent gate (src/hostile/gate.test.ts).
//
//   GET /test/gate-csp/page.html?probe=<id>[&tt=1][&nonce-on=banner][&cdn=1]
//   GET /test/gate-csp/sub/page.html?probe=<id>   the same page on a sub-path, with no CSP (cookie tests)
//
// answers a site page served with a nonce + 'strict-dynamic' policy (Google's
// strict CSP; with tt=1 also Trusted Types), holding the site's own gated
// scripts (with the nonce) and markup an attacker injected (without it).
// Scripts fetch /__probe/<id>/<name>.js (test/probe.mjs records it) or push
// their name into window.__ran. (No images in the templates: Firefox's
// speculative parser fetches an <img src> even inside an inert <template>.)
export const GATE_NONCE = 'r4nd0mN0nce';

export function gateCspPolicy(tt) {
  return [
    `script-src 'nonce-${GATE_NONCE}' 'strict-dynamic'`,
    "object-src 'none'",
    "base-uri 'self'",
    ...(tt ? ["require-trusted-types-for 'script'", 'trusted-types lit-html pv-consent'] : []),
  ].join('; ');
}

function page(id, bannerNonce, cdn) {
  const n = `nonce="${GATE_NONCE}"`;
  const p = `/__probe/${id}`;
  const ran = (name) => `(window.__ran = window.__ran || []).push('${name}')`;
  // The banner's module: its own script tag, or (nonce-on=banner) an inline nonced import, so only the banner's attribute tells the nonce.
  // (cdn=1: the built one-file script, whose rest loads from dist/cdn/lazy/.)
  const src = cdn ? '/dist/cdn/consent-banner.js' : '/src/components/consent-banner/define.ts';
  const load = bannerNonce
    ? `<script type="module" ${n}>import('${src}')</script>`
    : `<script type="module" ${n} src="${src}"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<script ${n}>window.__ran=[];window.__warnings=[];window.__errors=[];addEventListener("error",e=>__errors.push(String(e.message)));const w=console.warn;console.warn=(...a)=>{__warnings.push(a.map(String).join(" "));w.apply(console,a)}</script>
</head><body>
<pv-consent-banner ${bannerNonce ? n : ''}></pv-consent-banner>
<main><h1>Second opinions</h1>
<!-- The site's own trackers, with the page's nonce. -->
<script type="text/plain" data-pv-consent="analytics" ${n}>${ran('site-inline')}</script>
<script type="text/plain" data-pv-consent="analytics" ${n} src="${p}/site.js"></script>
<script type="text/plain" data-pv-consent="analytics" data-pv-type="module" ${n} src="${p}/site-module.js"></script>
<template data-pv-consent="analytics"><script ${n}>${ran('site-template')}</script></template>
<!-- Injected by an attacker into a comment, a profile field… -->
<div class="comment">
<script type="text/plain" data-pv-consent="necessary" src="${p}/evil-necessary.js"></script>
<script type="text/plain" data-pv-consent="necessary">${ran('evil-necessary-inline')}</script>
<script type="text/plain" data-pv-consent="analytics" src="${p}/evil-src.js"></script>
<script type="text/plain" data-pv-consent="analytics">${ran('evil-inline')}</script>
<script type="text/plain" data-pv-consent="analytics" nonce="guessed">${ran('evil-guessed-nonce')}</script>
<script type="text/plain" data-pv-consent="analytics" data-pv-type="module">${ran('evil-module-inline')}</script>
<script type="text/plain" data-pv-consent="analytics" data-pv-type="module" src="${p}/evil-module.js"></script>
<template data-pv-consent="necessary"><script>${ran('evil-template-necessary')}</script><script src="${p}/evil-template-necessary.js"></script></template>
<template data-pv-consent="analytics"><script>${ran('evil-template')}</script><script src="${p}/evil-template.js"></script></template>
<template data-pv-consent="analytics"><script type="module" src="${p}/evil-template-module.js"></script></template>
</div>
</main>
${load}
</body></html>`;
}

export function gateCsp(ctx, next) {
  const sub = ctx.path === '/test/gate-csp/sub/page.html';
  if (ctx.path !== '/test/gate-csp/page.html' && !sub) return next();
  const id = String(ctx.query.probe ?? 'none').replace(/[^\w-]/g, '');
  if (!sub) ctx.set('Content-Security-Policy', gateCspPolicy(ctx.query.tt === '1'));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = page(id, ctx.query['nonce-on'] === 'banner', ctx.query.cdn === '1');
  return undefined;
}
