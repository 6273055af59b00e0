#!/usr/bin/env node
/* global window */ // page.evaluate() and waitForFunction() callbacks run in the page
// `npm run bench` (builds first; `node bench/run.mjs` alone reuses dist/): loads three equivalent pages —
// our <pv-consent-banner>, vanilla-cookieconsent 3.1.0 and orejime 3.2.1 —
// in headless Chromium, interleaved (A B C A B C …), without and with 4× CPU
// throttling, and prints per library the median and spread (p25–p75) of:
// time to the banner's "Accept all" button being visible, main-thread script
// time (the DevTools protocol's ScriptDuration), bytes transferred (brotli, as a server would send them),
// the library's JS and CSS bytes loaded by the time the button is visible (what the first layer costs) and
// cumulative layout shift, with our ratio to each peer from the same run.
// Then times our inline widgets from script start to first render.
//
//   BENCH_RUNS=25 npm run bench   (the default; more runs, narrower medians)
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {pages} from './pages/config.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 25;
const root = resolve('.');
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!existsSync('dist/cdn/patient-voice.js')) throw new Error('run `npm run build` first (`npm run bench` does)');
if (!chrome) throw new Error('no Chromium found (apt-get install chromium, or set CHROME_PATH)');

// --- a small static server: brotli when asked, no caching between runs ---
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
const cache = new Map();
const skeleton = await readFile('bench/pages/_skeleton.html', 'utf8');
const inline = (tag) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title></head><body>
<main><${tag}></${tag}></main>
<script type="module" src="/dist/cdn/patient-voice.js"></script>
<script>window.__renderedPromise = new Promise((r) => (window.__renderedDone = r));</script>
<script type="module">
const el = document.querySelector('${tag}');
await customElements.whenDefined('${tag}');
await el.updateComplete;
const start = performance.getEntriesByName(new URL('/dist/cdn/patient-voice.js', location).href)[0];
window.__rendered = {at: performance.now(), fromScriptStart: performance.now() - start.responseEnd};
window.__renderedDone();
</script></body></html>`;
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let body;
  let type = 'text/html; charset=utf-8';
  const page = /^\/bench\/page\/(\w+)$/.exec(url.pathname);
  const inlinePage = /^\/bench\/inline\/([a-z-]+)$/.exec(url.pathname);
  if (page && pages[page[1]]) {
    body = Buffer.from(skeleton.replace('{{LIB}}', page[1]).replace('{{PROBE}}', JSON.stringify(pages[page[1]].button)).replace('{{HEAD}}', pages[page[1]].head).replace('{{BODY}}', pages[page[1]].body));
  } else if (inlinePage) {
    body = Buffer.from(inline(inlinePage[1]));
  } else if (url.pathname === '/privacy') {
    body = Buffer.from('<!doctype html><title>Privacy</title><p>Privacy policy</p>');
  } else {
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    body = await readFile(file);
    type = types[extname(file)] ?? 'application/octet-stream';
  }
  const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  if (br) {
    const key = `${url.pathname}:${body.length}`;
    if (!cache.has(key)) cache.set(key, brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}));
    body = cache.get(key);
  }
  res.writeHead(200, {'content-type': type, 'cache-control': 'no-store', ...(br ? {'content-encoding': 'br'} : {})});
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--no-default-browser-check'],
});

async function measure(path, throttle, done) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.setViewport({width: 1280, height: 800});
  await page.goto(origin + path, {waitUntil: 'load'});
  // Waits on a promise the page resolves: polling from here would run script
  // in the page every frame, charged to whichever library shows last.
  await page.evaluate(done);
  // Script time so far: what showing the button cost (read a moment after it is visible).
  const early = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS) || 300)); // late layout shifts, last requests
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const result = await page.evaluate(() => ({visible: window.__visibleAt, cls: window.__cls, rendered: window.__rendered, first: window.__bytesAtVisible}));
  await context.close();
  return {...result, script: metrics.ScriptDuration * 1000, scriptAtVisible: early.ScriptDuration * 1000, bytes};
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return {median: q(0.5), p25: q(0.25), p75: q(0.75)};
};
const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const libs = (process.env.BENCH_LIBS ?? Object.keys(pages).join(' ')).split(/[\s,]+/).filter((l) => pages[l]);

console.log(`bench: ${RUNS} interleaved runs per library and condition, Chromium ${(await browser.version()).replace(/^\D*/, '')}, ${new Date().toISOString().slice(0, 10)}`);
for (const throttle of [1, 4]) {
  const results = Object.fromEntries(libs.map((l) => [l, []]));
  for (let i = 0; i < RUNS + 1; i++) {
    for (const lib of libs) {
      const r = await measure(`/bench/page/${lib}`, throttle, () => Promise.race([window.__visible, new Promise((_, no) => setTimeout(() => no(new Error('no visible "Accept all" within 20 s')), 20000))]));
      if (i > 0) results[lib].push(r); // the first round warms the server's compression cache
    }
  }
  console.log(`\nCPU ${throttle === 1 ? 'not throttled' : `throttled ${throttle}×`} — median (p25–p75)`);
  console.log(`${'library'.padEnd(10)}${'visible ms'.padStart(22)}${'script ms'.padStart(22)}${'bytes'.padStart(10)}${'at visible'.padStart(12)}${'script by visible'.padStart(19)}${'CLS'.padStart(8)}`);
  const med = {};
  for (const lib of libs) {
    const v = stats(results[lib].map((r) => r.visible));
    const s = stats(results[lib].map((r) => r.script));
    const b = stats(results[lib].map((r) => r.bytes));
    const c = stats(results[lib].map((r) => r.cls));
    const f = stats(results[lib].map((r) => r.first));
    const e = stats(results[lib].map((r) => r.scriptAtVisible));
    med[lib] = {v: v.median, s: s.median, b: b.median, c: c.median, f: f.median, e: e.median};
    console.log(
      `${lib.padEnd(10)}${`${fmt(v.median)} (${fmt(v.p25)}–${fmt(v.p75)})`.padStart(22)}${`${fmt(s.median)} (${fmt(s.p25)}–${fmt(s.p75)})`.padStart(22)}${String(b.median).padStart(10)}${String(f.median).padStart(12)}${fmt(e.median).padStart(19)}${c.median.toFixed(3).padStart(8)}`
    );
  }
  for (const peer of libs.filter((l) => l !== 'ours' && libs.includes('ours'))) {
    console.log(
      `ours / ${peer}: visible ${(med.ours.v / med[peer].v).toFixed(2)}, script ${(med.ours.s / med[peer].s).toFixed(2)}, bytes ${(med.ours.b / med[peer].b).toFixed(2)}, bytes at visible ${(med.ours.f / med[peer].f).toFixed(2)}, script by visible ${(med.ours.e / med[peer].e).toFixed(2)}`
    );
  }
}

console.log('\nInline widgets (patient-voice.js), ms from script received to first render — median (p25–p75)');
const inlineTags = (process.env.BENCH_INLINE ?? 'pv-referral-options pv-rights-explainer pv-medical-disclaimer').split(/[\s,]+/).filter(Boolean);
for (const tag of inlineTags) {
  for (const throttle of [1, 4]) {
    const xs = [];
    for (let i = 0; i < RUNS; i++) xs.push((await measure(`/bench/inline/${tag}`, throttle, () => window.__renderedPromise)).rendered.fromScriptStart);
    const s = stats(xs);
    console.log(`${tag.padEnd(24)} CPU ${throttle}×  ${fmt(s.median)} (${fmt(s.p25)}–${fmt(s.p75)})`);
  }
}

await browser.close();
server.close();
