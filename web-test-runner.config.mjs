// Browser tests: every src/**/*.test.ts runs in headless Chromium (Debian's
// `chromium`, or Chrome via CHROME_PATH), TypeScript compiled by esbuild.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import {probe} from './test/probe.mjs';
import {partnerPage} from './bench/partner-pages.mjs';
import {gateCsp} from './test/gate-csp.mjs';
import {streamedPage} from './test/streamed-page.mjs';

// The content checks count syllables with `syllable`, an ES module whose two
// dependencies are CommonJS: the test server converts those on the fly.
const cjsForTests = ['**/node_modules/pluralize/**', '**/node_modules/normalize-strings/**'];
const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

export const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean)
  .find((p) => existsSync(p));
if (!chromePath) {
  throw new Error('No Chromium or Chrome found. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROME_PATH).');
}

/**
 * Host names that resolve to this machine, for tests that need a site's real
 * layout of domains (a shared parent domain, public suffixes): Chromium maps
 * them with --host-resolver-rules, Firefox with network.dns.localDomains.
 */
export const TEST_HOSTS = ['www.patient.test', 'dons.patient.test', 'www.sante.qc.ca'];

export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  `--host-resolver-rules=${TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
];

// Firefox ESR runs too when it is installed (Debian: apt-get install firefox-esr),
// driven by the same puppeteer-core over WebDriver BiDi. PV_BROWSERS=chromium
// (or firefox) limits the run to one browser.
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));
const wanted = (process.env.PV_BROWSERS ?? 'chromium firefox').split(/[\s,]+/);

/** Counts what every browser ran and prints one closing line: `tests: N passed, N failed`. */
function summaryLine() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    if (!suite) return;
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) count(s);
  };
  return {
    onTestRunFinished({sessions}) {
      passed = failed = skipped = 0;
      for (const session of sessions) {
        count(session.testResults);
        // A file that failed to load, or threw outside any test, counts as one failure.
        if (session.errors.length) failed++;
      }
    },
    stop() {
      // Printed at exit so that it is the very last line, after the default
      // reporter's own output.
      process.once('exit', () => {
        process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}

/**
 * The strict policy partner sites may run (README, "Content Security Policy"):
 * pages under /test/csp/ are served with it. `pv-test` is the test page's own
 * Trusted Types policy (it parses the examples' HTML); the library needs only
 * `lit-html` and `pv-consent`.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html pv-consent pv-test',
].join('; ');

/**
 * A consent-receipt endpoint for the tests, as a site would run one:
 * `POST /test-receipts/<box>` keeps the request's method, headers and body
 * (`/test-receipts/fail/<box>` keeps it and answers 503); `GET
 * /test-receipts/<box>` answers what the box holds, as JSON. Any other
 * method is kept too, so a CORS preflight would show.
 */
const receiptBoxes = new Map();
function receiptEndpoint(ctx, next) {
  const m = /^\/test-receipts\/(fail\/)?([\w-]+)$/.exec(ctx.path);
  if (!m) return next();
  const box = receiptBoxes.get(m[2]) ?? [];
  receiptBoxes.set(m[2], box);
  if (ctx.method === 'GET') {
    ctx.body = box;
    return undefined;
  }
  return new Promise((resolve) => {
    let body = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (chunk) => (body += chunk));
    ctx.req.on('end', () => {
      box.push({method: ctx.method, headers: ctx.headers, body});
      ctx.status = m[1] ? 503 : 204;
      resolve();
    });
  });
}

/**
 * The partner-like article pages of `npm run bench:pages`, for the
 * layout-shift test: `GET /__partner/<example id>/<path>/<lang>` answers the
 * page that embeds that example on that documented path, with the library's
 * files answered after `?delay=<ms>` (default 300: slower than a first
 * paint, so that any space the page does not keep shows as a shift) and a
 * `layout-shift` observer first in <head> that adds up `window.__cls`; and,
 * for browsers without that API (Firefox), the same score computed frame by
 * frame from the positions of the page's own content (`window.__score`; every
 * move in px in `window.__moves`, seen or not).
 * `?snippet=` replaces the README's script lines (the test's control case).
 * Examples from dist/examples.js, pre-rendered HTML from
 * test/fixtures/generated/ssr.json (`npm test` makes both before this runs).
 */
const CLS_OBSERVER = `<script>window.__cls=0;window.__shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput){window.__cls+=e.value;window.__shifts.push(e.value)}}).observe({type:'layout-shift',buffered:true});</script>`;
// Last in <body>: it starts while the page is still waiting for the library.
// The Layout Instability API's score, from positions: each frame, the page's
// own paragraphs and footer that moved, the visible part of where they were
// and are (impact), times the longest move over the viewport's larger side.
const MOVE_WATCH = `<script>window.__moves=[];window.__score=0;(()=>{const els=[...document.querySelectorAll('main>p,footer')];let prev;const tick=()=>{const vw=innerWidth,vh=innerHeight;const now=els.map((e)=>e.getBoundingClientRect());if(prev){let area=0,dist=0;now.forEach((r,i)=>{const p=prev[i],d=r.top-p.top;if(!d)return;const top=Math.max(Math.min(r.top,p.top),0),bottom=Math.min(Math.max(r.bottom,p.bottom),vh),seen=Math.max(0,bottom-top)*Math.max(0,Math.min(r.right,vw)-Math.max(r.left,0));window.__moves.push(Math.round(d*10)/10);if(!seen)return;area+=seen;dist=Math.max(dist,Math.abs(d))});if(area)window.__score+=Math.min(1,area/(vw*vh))*(dist/Math.max(vw,vh))}prev=now;requestAnimationFrame(tick)};requestAnimationFrame(tick)})();</script>`;
/**
 * `/__held/<id>/dist/…` serves dist/ as it is, but holds the consent banner's
 * lazy chunks (dist/cdn/lazy/, but for its first step's French) until `GET /__release/<id>`: a test sees
 * what the first step shows before the rest has loaded, as on a slow network.
 */
const held = new Map();
const hold = (id) => {
  if (!held.has(id)) {
    let release;
    held.set(id, {promise: new Promise((r) => (release = r)), release});
  }
  return held.get(id);
};
async function heldChunks(ctx, next) {
  const release = /^\/__release\/([\w-]+)$/.exec(ctx.path);
  if (release) {
    hold(release[1]).release();
    ctx.status = 204;
    return undefined;
  }
  const m = /^\/__held\/([\w-]+)(\/dist\/.*)$/.exec(ctx.path);
  if (!m) return next();
  // `/__held/missing-…/`: a site that uploaded consent-banner.js without its lazy/ folder.
  if (m[1].startsWith('missing-') && m[2].startsWith('/dist/cdn/lazy/') && !m[2].includes('-first-')) {
    ctx.status = 404;
    return undefined;
  }
  // All but the first step's French, which it loads before it shows anything.
  if (m[2].startsWith('/dist/cdn/lazy/') && !m[2].includes('-first-')) await hold(m[1]).promise;
  ctx.url = m[2];
  ctx.set('Cache-Control', 'no-store');
  return next();
}

async function partnerPages(ctx, next) {
  const slow = /^\/__slow\/(\d+)(\/dist\/.*)$/.exec(ctx.path);
  if (slow) {
    await new Promise((r) => setTimeout(r, Number(slow[1])));
    ctx.url = slow[2];
    return next();
  }
  const m = /^\/__partner\/([\w-]+)\/(\w+)\/(en|fr)$/.exec(ctx.path);
  if (!m) return next();
  const [, id, path, lang] = m;
  const {examples} = await import('./dist/examples.js');
  const example = Object.values(examples).flat().find((e) => e.id === id);
  let widget = example?.html.replace(/^<([a-z0-9-]+)/, `<$1 lang="${lang}"`);
  if (path === 'prerendered') {
    const {readFile} = await import('node:fs/promises');
    const fixtures = JSON.parse(await readFile('test/fixtures/generated/ssr.json', 'utf8'));
    widget = fixtures.find((f) => f.id === id && f.lang === lang)?.html;
  }
  if (!widget) {
    ctx.status = 404;
    ctx.body = `no ${path} page for ${id}`;
    return undefined;
  }
  const delay = Number(ctx.query.delay ?? 300);
  let page = partnerPage({path, lang, widget, base: `/__slow/${delay}/dist/cdn/`}).replace('<head>', `<head>${CLS_OBSERVER}`).replace('</body>', `${MOVE_WATCH}</body>`);
  if (typeof ctx.query.snippet === 'string') page = page.replace(/(<script src="[^"]*reserve\.js"><\/script>\n)?<script type="module"[^>]*><\/script>/, ctx.query.snippet.replaceAll('{base}', `/__slow/${delay}/dist/cdn/`));
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = page;
  return undefined;
}

/**
 * `executeServerCommand('pv-render', {snippets, lang})`: the render API's
 * results for each snippet, from dist/ssr/render.js in a process of its own
 * (test/render-batch.mjs). `executeServerCommand('pv-render-cli', {args})`:
 * runs bin/pv-render.mjs and answers its {status, stdout, stderr}.
 */
function renderCommand(command, payload) {
  const cli = command === 'pv-render-cli';
  const args = cli ? ['bin/pv-render.mjs', ...payload.args] : ['test/render-batch.mjs'];
  const run = spawnSync(process.execPath, args, {input: cli ? '' : JSON.stringify(payload), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
  if (cli) return {status: run.status, stdout: run.stdout, stderr: run.stderr};
  if (run.status !== 0) throw new Error(`render-batch failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Firefox ESR through puppeteer-core, with some of its own preferences. */
const firefoxLauncher = (prefs) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: prefs},
  });

export default {
  middleware: [
    receiptEndpoint,
    heldChunks,
    probe,
    partnerPages,
    gateCsp,
    streamedPage,
    (ctx, next) => {
      if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  rootDir: '.',
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per browser: with pages in parallel, tests that need
  // keyboard focus or animation frames stalled (seen in Chromium and Firefox).
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 10000}},
  mimeTypes: {'**/node_modules/normalize-strings/*.json': 'js'},
  plugins: [
    json({include: '**/node_modules/normalize-strings/*.json'}),
    commonjs({include: cjsForTests}),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    {
      // `executeServerCommand('pv-media-features', {features})`: emulates CSS
      // media features the stock command leaves out for puppeteer (forced-colors).
      // Answers false where the browser cannot (the test then says so and skips).
      // `executeServerCommand('pv-visit', {url, script})`: opens `url` in a new
      // tab of the same browser (a top-level page with first-party cookies, on
      // any of TEST_HOSTS), runs `script` (an expression; a promise is awaited)
      // once it has loaded, closes the tab and answers the script's JSON value.
      name: 'pv-commands',
      async executeCommand({command, payload, session}) {
        if (command === 'pv-visit') {
          const tab = await session.browser.getPage(session.id).browser().newPage();
          try {
            await tab.goto(payload.url, {waitUntil: 'load'});
            return await tab.evaluate(payload.script);
          } finally {
            await tab.close();
          }
        }
        if (command === 'pv-render' || command === 'pv-render-cli') return renderCommand(command, payload);
        if (command !== 'pv-media-features') return undefined;
        try {
          const page = session.browser.getPage(session.id);
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', {features: payload.features});
          return true;
        } catch {
          return false;
        }
      },
    },
  ],
  browsers: [
    wanted.includes('chromium') && chromeLauncher({launchOptions: {executablePath: chromePath, headless: true, args: chromeArgs}}),
    wanted.includes('firefox') &&
      firefoxPath &&
      firefoxLauncher({'network.dns.localDomains': TEST_HOSTS.join(',')}),
  ].filter(Boolean),
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  groups: firefoxPath && wanted.includes('firefox')
    ? [
        {
          // Forced colours and reduced motion, which Firefox's driver cannot
          // emulate, set as the browser's own preferences instead.
          name: 'firefox-user-settings',
          files: ['src/hostile/user-settings.test.ts'],
          browsers: [
            firefoxLauncher({'ui.prefersReducedMotion': 1, 'browser.display.document_color_use': 2}),
          ],
        },
      ]
    : [],
  reporters: [defaultReporter(), summaryLine()],
};
