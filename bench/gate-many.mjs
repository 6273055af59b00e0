#!/usr/bin/env node
/* global window, document */ // page.evaluate() callbacks run in the page
// `node bench/gate-many.mjs` (after `npm run build`): how the consent gate
// activates many gated elements. A page with the one-file consent banner
// (dist/cdn/consent-banner.js) and N gated inline scripts (N = 20,000 by
// default, GATE_N to change) is opened in headless Chromium, and in Firefox
// ESR when installed; two cases:
//
//   at consent: the N scripts are in the page, then consent.set() grants them;
//   added later: consent is given first, then the N scripts are appended, 500
//   per task (as a page adds content; one parse of 20,000 is a long task by itself).
//
//   idle: the same page with no gated script, the heartbeat alone for 1.5 s:
//   what the machine itself adds to the gaps and long tasks (on a busy
//   machine the page waits for a CPU now and then, gate or not).
//
// Prints, per browser and case, the time until every script has run, the
// longest gap between two beats of a setTimeout(0) heartbeat (how long the
// page could not answer: works in both browsers) and, in Chromium, the
// longest task of each run reported by PerformanceObserver('longtask') (tasks
// over 50 ms only; "-" when there was none). On a machine busy with other
// work these are wall times that also hold the waits for a CPU (the idle case
// shows how much). Medians of GATE_RUNS runs (default 3).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';

const N = Number(process.env.GATE_N) || 20000;
const RUNS = Number(process.env.GATE_RUNS) || 3;
if (!existsSync('dist/cdn/consent-banner.js')) throw new Error('run `npm run build` first');
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
if (!chrome) throw new Error('no Chromium found (apt-get install chromium, or set CHROME_PATH)');

const scripts = (n) => '<script type="text/plain" data-pv-consent="analytics">__count++</script>'.repeat(n);
const page = (inPage) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gate</title>
<script>window.__count = 0; window.__longtasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({type: 'longtask'}); } catch {}</script>
</head><body><pv-consent-banner></pv-consent-banner><main id="main">${inPage ? scripts(N) : ''}</main>
<script type="module" src="/dist/cdn/consent-banner.js"></script></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/at-consent' || url.pathname === '/added-later' || url.pathname === '/idle') {
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'});
    return res.end(page(url.pathname === '/at-consent'));
  }
  if (url.pathname === '/dist/cdn/consent-banner.js') {
    res.writeHead(200, {'content-type': 'text/javascript', 'cache-control': 'no-store'});
    return res.end(await readFile('dist/cdn/consent-banner.js'));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Runs one case in a fresh page: answers {total, gap, longtask} in ms. */
async function once(browser, kind) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    await tab.goto(`${origin}/${kind}`, {waitUntil: 'load'});
    await tab.waitForFunction(() => !!window.patientVoice?.consent && !!document.querySelector('pv-consent-banner')?.open, {timeout: 60000});
    return await tab.evaluate(
      (n, later, html) =>
        new Promise((resolve) => {
          let last = performance.now();
          let gap = 0;
          const start = performance.now();
          const beat = () => {
            const now = performance.now();
            gap = Math.max(gap, now - last);
            last = now;
            if (n ? window.__count < n : now - start < 1500) return void setTimeout(beat);
            // Long tasks are reported a moment after they end.
            // Only the tasks that began after the start (the page's loading is reported late too).
            const longest = () => Math.max(-1, ...window.__longtasks.filter(([t]) => t >= start).map(([, d]) => d));
            setTimeout(() => resolve({total: now - start, gap, longtask: longest() < 0 ? null : longest()}), 100);
          };
          if (later) {
            window.patientVoice.consent.set({analytics: true});
            // As a page would add them: 500 at a time, each batch in a task of its own (parsing 20,000 at once is a long task by itself).
            const main = document.getElementById('main');
            const batch = html.slice(0, html.length / (n / 500));
            for (let i = 0; i < n / 500; i++) setTimeout(() => main.insertAdjacentHTML('beforeend', batch));
          } else if (n) {
            window.patientVoice.consent.set({analytics: true});
          }
          setTimeout(beat);
        }),
      kind === 'idle' ? 0 : N,
      kind === 'added-later',
      kind === 'added-later' ? scripts(N) : ''
    );
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browsers = [
  ['Chromium', () => puppeteer.launch({executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu']})],
  ...(firefox ? [['Firefox', () => puppeteer.launch({browser: 'firefox', executablePath: firefox, headless: true})]] : []),
];
console.log(`gate: ${N} gated inline scripts, median of ${RUNS} runs`);
try {
  for (const [name, launch] of browsers) {
    const browser = await launch();
    try {
      for (const kind of ['at-consent', 'added-later', 'idle']) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await once(browser, kind));
        const lt = runs.map((r) => r.longtask);
        // Each run's longest task ("-": none over 50 ms): one slow run on a busy machine shows as such.
        const longtask = name === 'Chromium' ? `longest task per run ${lt.map((v) => (v === null ? '-' : v.toFixed(0))).join(', ')} ms` : 'no longtask API';
        const what = kind === 'idle' ? 'no gated script, 1500 ms' : `all run in ${median(runs.map((r) => r.total)).toFixed(0).padStart(5)} ms`;
        console.log(`${name.padEnd(9)} ${kind.padEnd(12)} ${what}; longest heartbeat gap ${median(runs.map((r) => r.gap)).toFixed(0).padStart(4)} ms; ${longtask}`);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
