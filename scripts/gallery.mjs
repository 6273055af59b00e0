#!/usr/bin/env node
// `npm run gallery`: a review tool, not a test. Screenshots (PNG) of every
// declared example of every widget, in every state a reader can reach
// without typing (the content checks' `eachState`), in English and French,
// at 320, 375 and 1280 CSS pixels, in five looks:
//   light       the default page
//   dark        prefers-color-scheme: dark emulated (the page says
//               `color-scheme: light dark`, as a dark-aware site does)
//   dark-host   a dark site that sets the --pv-* tokens itself (no scheme)
//   forced      forced-colors: active emulated
//   print       the page printed to PDF by Chromium (US Letter, as a
//               browser's "Save as PDF"), each page turned into a PNG by
//               poppler's `pdftoppm` and the pages stacked in one picture:
//               page breaks, orphaned headings and printed addresses show.
//               Needs `pdftoppm` (Debian: apt-get install -y poppler-utils);
//               without it print is skipped, with a message.
// and gallery/index.html, a contact sheet to look at them side by side.
// The widgets are compiled from src/ with esbuild (no `npm run build`
// needed). Output: gallery/ (ignored by git). Options: --only=<example id
// or widget tag substring>, --out=<folder>.
//
// Every look at every width is shot for the widget with its disclosures
// open; as rendered (disclosures closed), light at each width, dark at
// 375 px and print (what a closed disclosure prints). The other states
// (each picker option, each combination of the guide's answers, each button
// pressed: a copy, a dialog; dozens per referral example) are shot light and
// dark at 375 px, which keeps a full run under five minutes on two cores
// (from a fresh clone, `npm ci && npm run gallery`: 3 min 44 s). A state
// that looks the same as one already shot is left out.
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {execFile, spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';
import sharp from 'sharp';
/* global document, window, customElements -- code run in the page by puppeteer */
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {chromeArgs, chromePath} from '../web-test-runner.config.mjs';

const started = performance.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = resolve(root, arg('out') ?? 'gallery');
const only = arg('only');

const WIDTHS = [320, 375, 1280];
/** Print is a PDF (US Letter at 96 dpi: 816 px wide), shot once: paper has no 320 px. */
const PRINT_WIDTH = 816;
/** Poppler's PDF → PNG converter, when installed. */
const pdftoppm = spawnSync('pdftoppm', ['-v']).error ? undefined : 'pdftoppm';
const LOOKS = ['light', 'dark', 'dark-host', 'forced', ...(pdftoppm ? ['print'] : [])];
if (!pdftoppm) console.warn('gallery: print skipped: pdftoppm not found (Debian/Ubuntu: apt-get install -y poppler-utils; macOS: brew install poppler)');
const run = promisify(execFile);
const pdfDir = mkdtempSync(join(tmpdir(), 'pv-gallery-'));
let pdfCount = 0;

/**
 * A PDF's pages as one PNG at `path`: pdftoppm at 96 dpi (one CSS pixel a
 * pixel), the pages one under the other on grey, 16 px apart. Returns the height.
 */
async function pdfToPng(pdf, path) {
  const base = join(pdfDir, String(pdfCount++));
  writeFileSync(`${base}.pdf`, pdf);
  await run(pdftoppm, ['-png', '-r', '96', `${base}.pdf`, base]);
  const pages = readdirSync(pdfDir)
    .filter((f) => f.startsWith(`${base.slice(pdfDir.length + 1)}-`) && f.endsWith('.png'))
    .sort((x, y) => x.localeCompare(y, 'en', {numeric: true}))
    .map((f) => join(pdfDir, f));
  const metas = await Promise.all(pages.map((f) => sharp(f).metadata()));
  const gap = 16;
  const width = Math.max(...metas.map((m) => m.width));
  const height = metas.reduce((h, m) => h + m.height, 0) + gap * (metas.length - 1);
  let top = 0;
  const layers = pages.map((input, i) => {
    const layer = {input, top, left: 0};
    top += metas[i].height + gap;
    return layer;
  });
  await sharp({create: {width, height, channels: 3, background: '#8a8f98'}}).composite(layers).png({compressionLevel: 6}).toFile(path);
  for (const f of [`${base}.pdf`, ...pages]) rmSync(f, {force: true});
  return {height, pages: pages.length};
}
const LANGS = ['en', 'fr'];
/** A very tall state (every referral route at 320 px) is cut there: enough to review, and it keeps the run short. */
const MAX_HEIGHT = 4000;

// The page script: the widgets and the content checks' state walker, from source.
const bundle = await build({
  stdin: {
    contents: `import {allExamples, eachState} from './src/content-checks/rendered-text.ts';
window.pvGallery = {allExamples, eachState};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
  // package.json's "sideEffects" is for the built dist/ files: from source,
  // the registering imports (src/index.ts) must stay.
  ignoreAnnotations: true,
  tsconfig: join(root, 'tsconfig.json'),
});
const script = bundle.outputFiles[0].text;

// The dark site of `dark-host`: its own colours, handed to the widgets through the tokens.
const DARK_HOST = `
  body.dark-host { background: #14181f; color: #e8eaed;
    --pv-color-text: #e8eaed; --pv-color-background: #14181f; --pv-color-surface: #1e2530;
    --pv-color-border: #8b95a5; --pv-color-accent: #8ab4f8; --pv-color-accent-text: #0b1220;
    --pv-color-focus: #fbbc04; }`;

const page = (lang) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: Canvas; color: CanvasText; }
  ${DARK_HOST}
</style>
<script>
  // Timers of a second or more (a copy button's "Copied" going back to "Copy")
  // are held, so that a pressed state stays on screen while it is shot.
  const plain = window.setTimeout.bind(window);
  window.setTimeout = (fn, ms, ...rest) => (ms >= 1000 ? 0 : plain(fn, ms, ...rest));
  // The system clipboard of a tab that has no focus may never answer: the
  // gallery shows what the widget does once a copy worked.
  if (navigator.clipboard) navigator.clipboard.writeText = async () => {};
</script>
<script type="module" src="/gallery.js"></script>
</head><body><div id="stage" lang="${lang}"></div></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/gallery.js') return res.writeHead(200, {'content-type': 'text/javascript'}).end(script);
  if (url.pathname === '/page') return res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page(url.searchParams.get('lang')));
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

// Two browsers work at once, one tab each: a background tab is not painted,
// and its screenshots wait for ever. One page walks all the states of an
// example: no protocol timeout.
const launch = () => puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  protocolTimeout: 0,
  args: [
    ...chromeArgs.filter((a) => !a.startsWith('--headless')),
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});
const browsers = await Promise.all([launch(), launch()]);
const [browser] = browsers;

/** The box to shoot: the host and everything shown in its shadow root (a modal dialog too), clipped to the page width. */
const boxOf = (max) => {
  const host = document.querySelector('#stage > *');
  // Only what is shown: a closed <details> keeps boxes for its hidden content.
  const shown = [...host.shadowRoot.querySelectorAll('*')].filter((e) => e.checkVisibility());
  const boxes = [host, ...shown].map((e) => e.getBoundingClientRect()).filter((r) => r.width && r.height);
  const x = Math.max(0, Math.min(...boxes.map((r) => r.left)) - 8);
  const y = Math.max(0, Math.min(...boxes.map((r) => r.top + window.scrollY)) - 8);
  const right = Math.min(document.documentElement.clientWidth, Math.max(...boxes.map((r) => r.right)) + 8);
  const bottom = Math.max(...boxes.map((r) => r.bottom + window.scrollY)) + 8;
  return {x, y, width: right - x, height: Math.min(max, bottom - y)};
};

const failed = [];
const shots = []; // {tag, example, title, lang, state, n, look, width, file, height}
const examples = await (async () => {
  const p = await browser.newPage();
  await p.goto(`${origin}/page?lang=en`, {waitUntil: 'load'});
  await p.waitForFunction(() => window.pvGallery, {polling: 50});
  const list = await p.evaluate(() => window.pvGallery.allExamples().map(({tag, example}) => ({tag, ...example})));
  await p.close();
  return list.filter((e) => !only || e.id.includes(only) || e.tag.includes(only));
})();

async function shoot(job, browser) {
  const {ex, lang} = job;
  const tab = (await browser.pages())[0] ?? (await browser.newPage());
  const cdp = await tab.createCDPSession();
  const look = async (name) => {
    await cdp.send('Emulation.setEmulatedMedia', {
      media: name === 'print' ? 'print' : 'screen',
      features: [
        {name: 'prefers-color-scheme', value: name === 'dark' ? 'dark' : 'light'},
        {name: 'forced-colors', value: name === 'forced' ? 'active' : 'none'},
      ],
    });
    await tab.evaluate((dark) => document.body.classList.toggle('dark-host', dark), name === 'dark-host');
  };
  let n = 0;
  const seen = new Set();
  await tab.exposeFunction('pvShot', async (state, signature) => {
    // A state that looks like one already shot (the same shadow DOM) is left out.
    if (seen.has(signature) && state !== 'disclosures open') return;
    seen.add(signature);
    const i = n++;
    // Every look at every width for the widget with its disclosures open; as
    // rendered, light at each width and dark; any other state light and dark at 375 px.
    const plan =
      state === 'as rendered'
        ? [...WIDTHS.map((w) => ['light', w]), ['dark', 375], ...(pdftoppm ? [['print', PRINT_WIDTH]] : [])]
        : state === 'disclosures open'
          ? LOOKS.flatMap((name) => (name === 'print' ? [[name, PRINT_WIDTH]] : WIDTHS.map((w) => [name, w])))
          : [['light', 375], ['dark', 375]];
    plan.sort((x, y) => x[1] - y[1]);
    let width = 0;
    for (const [name, w] of plan) {
      const file = `${ex.tag}/${ex.id}/${lang}-${String(i).padStart(2, '0')}-${name}-${w}.png`;
      mkdirSync(dirname(join(out, file)), {recursive: true});
      if (name === 'print') {
        // The page as the browser prints it, the widget alone on its page
        // (an emulated screen medium would win over the PDF's print medium).
        await look('print');
        const pdf = await tab.pdf({format: 'letter', margin: {top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in'}});
        const {height, pages} = await pdfToPng(pdf, join(out, file));
        shots.push({tag: ex.tag, id: ex.id, title: ex.title, lang, state, n: i, look: 'print', pages, width: w, file, height});
        continue;
      }
      // One tall window per width, so that a shot needs no resize of its own.
      if (w !== width) await tab.setViewport({width: (width = w), height: MAX_HEIGHT, deviceScaleFactor: 1});
      await look(name);
      {
        const clip = await tab.evaluate(boxOf, MAX_HEIGHT);
        await tab.screenshot({path: join(out, file), clip, optimizeForSpeed: true});
        shots.push({tag: ex.tag, id: ex.id, title: ex.title, lang, state, n: i, look: name, width, file, height: Math.round(clip.height)});
      }
    }
    await look('light');
  });
  tab.on('error', (e) => console.error('page crashed:', e.message));
  tab.on('console', (m) => process.env.PV_DEBUG && console.log(ex.id, lang, m.text()));
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(`${origin}/page?lang=${lang}`, {waitUntil: 'load'});
  await tab.waitForFunction(() => window.pvGallery, {polling: 50});
  await tab.evaluate(async (tag, html) => {
    const stage = document.getElementById('stage');
    stage.innerHTML = html;
    await customElements.whenDefined(tag);
    const el = stage.querySelector(tag);
    await el.updateComplete;
    // What the reader sees: the shadow DOM's markup, nested shadow roots and the open dialog included.
    const signature = (node) =>
      node.innerHTML +
      [...node.querySelectorAll('*')]
        .map((e) => (e.checked ? `#${e.id}` : '') + (e.localName === 'select' ? `=${e.value}` : '') + (e.shadowRoot ? signature(e.shadowRoot) : ''))
        .join('');
    await window.pvShot('as rendered', signature(el.shadowRoot));
    await window.pvGallery.eachState(el, (state) => window.pvShot(state === 'initial' ? 'disclosures open' : state, signature(el.shadowRoot)));
  }, ex.tag, ex.html);
  await tab.close();
}

try {
  const jobs = examples.flatMap((ex) => LANGS.map((lang) => ({ex, lang})));
  // Two tabs at a time: this is sized for a 2-core machine.
  const workers = browsers.map(async (b) => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      try {
        await shoot(job, b);
      } catch (e) {
        failed.push(`${job.ex.id} (${job.lang}): ${e instanceof Error ? e.message : e}`);
      }
    }
  });
  await Promise.all(workers);
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  server.close();
  rmSync(pdfDir, {recursive: true, force: true});
}

// The contact sheet: one section per example, one row per state and language, the looks × widths side by side.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
const byExample = new Map();
for (const s of shots) {
  const key = `${s.tag} ${s.id}`;
  if (!byExample.has(key)) byExample.set(key, []);
  byExample.get(key).push(s);
}
const order = examples.map((e) => `${e.tag} ${e.id}`);
let body = '';
for (const key of order) {
  const list = byExample.get(key) ?? [];
  if (!list.length) continue;
  const {tag, id, title} = list[0];
  body += `<section id="${esc(id)}"><h2>&lt;${esc(tag)}&gt; — ${esc(title)} <small>(${esc(id)})</small></h2>`;
  const rows = new Map();
  for (const s of list) {
    const k = `${s.lang}-${s.n}`;
    if (!rows.has(k)) rows.set(k, []);
    rows.get(k).push(s);
  }
  for (const [, row] of [...rows].sort(([a], [b]) => a.localeCompare(b, 'en', {numeric: true}))) {
    body += `<div class="row"><h3>${esc(row[0].lang.toUpperCase())} · ${esc(row[0].state)}</h3><div class="cells">`;
    for (const s of row) {
      body += `<figure class="${esc(s.look)}"><a href="${esc(s.file)}"><img loading="lazy" src="${esc(s.file)}" alt="" width="${Math.min(s.width, 320)}"></a><figcaption>${esc(s.look)} · ${s.pages ? `PDF, ${s.pages} page${s.pages > 1 ? 's' : ''}` : `${s.width}px`}</figcaption></figure>`;
    }
    body += '</div></div>';
  }
  body += '</section>';
}
const nav = order
  .map((k) => byExample.get(k)?.[0])
  .filter(Boolean)
  .map((s) => `<a href="#${esc(s.id)}">${esc(s.id)}</a>`)
  .join(' ');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>patient-voice-widgets gallery</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; background: #f6f7f9; }
  nav { position: sticky; top: 0; background: #f6f7f9; padding: .5rem 0; line-height: 2; }
  section { margin-block: 2rem; }
  .row h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
  .cells { display: flex; gap: .75rem; overflow-x: auto; align-items: flex-start; }
  figure { margin: 0; flex: none; }
  figure img { display: block; max-width: 320px; height: auto; border: 1px solid #bbb; background: #fff; }
  figcaption { font-size: .8rem; }
</style></head><body>
<h1>patient-voice-widgets: every example, every state</h1>
<p>${shots.length} screenshots. Looks: light; dark (prefers-color-scheme: dark); dark-host (a dark site setting the --pv-* tokens);
forced (forced-colors: active); print (${pdftoppm ? 'printed to a US Letter PDF by Chromium, its pages as PNG by pdftoppm' : 'skipped: pdftoppm was not found'}). Widths: ${WIDTHS.join(', ')} px. Click a picture for full size.</p>
<nav>${nav}</nav>
${body}
</body></html>`
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`gallery: ${shots.length} screenshots of ${examples.length} examples (${new Set(shots.map((s) => `${s.id} ${s.lang} ${s.n}`)).size} states × looks × widths) in ${seconds} s`);
for (const f of failed) console.error(`gallery: failed: ${f}`);
console.log(`gallery: open ${join(out, 'index.html')}`);
process.exitCode = failed.length ? 1 : 0;
