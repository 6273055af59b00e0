#!/usr/bin/env node
// `npm run bench:pages` (builds first; `node bench/pages.mjs` alone reuses
// dist/): partner-like article pages (bench/partner-pages.mjs) that embed one
// content widget on each documented path — the script tag, the autoloader, a
// placeholder, pre-rendered HTML — in English and French, and the same page
// without any widget as the baseline, each measured by Lighthouse 12.8.2
// (mobile, simulated throttling, performance only) in headless Chromium,
// interleaved (every page once, then again…). Prints the medians of CLS, LCP,
// TBT and the performance score per page, and LCP as a ratio to the
// baseline's in the same language, from the same run. A benchmark, not a test.
//
//   node bench/pages.mjs [--runs 3] [--quick] [--all] [--filter TEXT]
//     --quick   one run, English only
//     --all     every content example (default: disclaimer-story, referral-guide, rights-full, rights-compact)
//     --filter  only the pages whose name contains TEXT (the baselines always run)
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {PATHS, partnerPage} from './partner-pages.mjs';
import {serve} from '../scripts/static-server.mjs';
import {examples} from '../dist/examples.js';
import {renderWidget} from '../dist/ssr/render.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const RUNS = Number(value('--runs', quick ? 1 : 3));
const filter = value('--filter', '');
const LANGS = quick ? ['en'] : ['en', 'fr'];
const MAIN = ['disclaimer-story', 'referral-guide', 'rights-full', 'rights-compact'];
const CONTENT = ['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options'];

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!existsSync('dist/cdn/patient-voice.js')) throw new Error('run `npm run build` first (`npm run bench:pages` does)');
if (!chromePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROME_PATH)');

// --- the pages ---
const pages = new Map();
const rows = []; // {name, lang, url, baseline}
const attributesOnly = (html) => /^<([a-z-]+)[^>]*><\/\1>$/.test(html.trim());
for (const lang of LANGS) {
  const name = `baseline (no widget) ${lang}`;
  pages.set(`/page/baseline-${lang}`, partnerPage({path: 'script', lang}));
  rows.push({name, lang, url: `/page/baseline-${lang}`, baseline: true});
}
for (const tag of CONTENT) {
  for (const example of examples[tag]) {
    if (!flag('--all') && !MAIN.includes(example.id)) continue;
    for (const path of PATHS) {
      if (path === 'placeholder' && !attributesOnly(example.html)) continue;
      for (const lang of LANGS) {
        const name = `${example.id} · ${path} ${lang}`;
        if (filter && !name.includes(filter)) continue;
        const snippet = example.html.replace(/^<([a-z0-9-]+)/, `<$1 lang="${lang}"`);
        let widget = snippet;
        if (path === 'prerendered') {
          try {
            widget = await renderWidget(snippet);
          } catch {
            continue; // has content: not pre-renderable
          }
        }
        const url = `/page/${example.id}-${path}-${lang}`;
        pages.set(url, partnerPage({path, lang, widget, title: example.id}));
        rows.push({name, lang, url});
      }
    }
  }
}

// --- Lighthouse, interleaved ---
const server = await serve('.', pages);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const results = new Map(rows.map((r) => [r.name, []]));
const started = Date.now();
const chromeVersion = execFileSync(chromePath, ['--version'], {encoding: 'utf8'}).trim();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const row of rows) {
      const {lhr} = await lighthouse(`${server.url}${row.url}`, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance']});
      if (lhr.runtimeError) throw new Error(`${row.name}: ${lhr.runtimeError.message}`);
      results.get(row.name).push({
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        score: Math.round(lhr.categories.performance.score * 100),
      });
      process.stderr.write(`\r  run ${run + 1}/${RUNS}, ${row.name.padEnd(48)}`);
    }
  }
} finally {
  process.stderr.write('\n');
  await chrome.kill();
  await server.close();
}

// --- the table ---
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (name, key) => median(results.get(name).map((r) => r[key]));
const lines = [
  `bench:pages: Lighthouse 12.8.2, mobile, simulated throttling, ${chromeVersion}, ${new Date().toISOString().slice(0, 10)}; medians of ${RUNS} run${RUNS > 1 ? 's' : ''}; ${Math.round((Date.now() - started) / 1000)} s in all`,
  '',
  '| page | CLS | LCP ms | LCP / baseline | TBT ms | performance |',
  '|---|---:|---:|---:|---:|---:|',
];
let worst = 0;
for (const row of rows) {
  const base = med(`baseline (no widget) ${row.lang}`, 'lcp');
  const cls = med(row.name, 'cls');
  if (!row.baseline) worst = Math.max(worst, cls);
  lines.push(
    `| ${row.name} | ${cls.toFixed(3)} | ${Math.round(med(row.name, 'lcp'))} | ${(med(row.name, 'lcp') / base).toFixed(2)} | ${Math.round(med(row.name, 'tbt'))} | ${Math.round(med(row.name, 'score'))} |`
  );
}
lines.push('', `worst CLS of any widget page: ${worst.toFixed(3)} (goal ≤ 0.010)`);
console.log(lines.join('\n'));
