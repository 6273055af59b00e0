#!/usr/bin/env node
/* global document, window, customElements -- code run in the page by puppeteer */
// `node bench/referral-height.mjs`: how tall <pv-referral-options> is on a
// phone. Renders the referral examples from src/ (esbuild, no build needed)
// in headless Chromium at 320, 375 and 1280 CSS px (16 px font), in English
// and French, and prints the widget's height as rendered (what a patient
// sees first) and with every disclosure open, and the height of each part
// as rendered. Options: --only=<example id substring>, --widths=320,375.
import {dirname, join, resolve} from 'node:path';
import {createServer} from 'node:http';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {chromeArgs, chromePath} from '../web-test-runner.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only') ?? 'referral-';
const widths = (arg('widths') ?? '320,375,1280').split(',').map(Number);

const bundle = await build({
  stdin: {
    contents: `import {allExamples} from './src/content-checks/rendered-text.ts';
import {openDisclosures} from './src/test-support/helpers.ts';
window.pvBench = {allExamples, openDisclosures};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
  ignoreAnnotations: true,
  tsconfig: join(root, 'tsconfig.json'),
});
const script = bundle.outputFiles[0].text;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}</style>
<script type="module" src="/bench.js"></script></head><body><div id="box"></div></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return res.writeHead(200, {'content-type': 'text/javascript'}).end(script);
  res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({executablePath: chromePath, headless: true, args: chromeArgs.filter((a) => !a.startsWith('--headless'))});
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, {waitUntil: 'load'});
  await tab.waitForFunction(() => window.pvBench, {polling: 50});
  const list = await tab.evaluate(() =>
    window.pvBench
      .allExamples()
      .filter(({tag}) => tag === 'pv-referral-options')
      .map(({tag, example}) => ({tag, id: example.id, html: example.html}))
  );
  console.log('example            lang  width  as rendered  disclosures open   parts as rendered (px)');
  for (const ex of list.filter((e) => e.id.includes(only))) {
    for (const lang of ['en', 'fr']) {
      for (const width of widths) {
        await tab.setViewport({width, height: 900});
        const m = await tab.evaluate(
          async (tag, html, lang) => {
            const box = document.getElementById('box');
            box.setAttribute('lang', lang);
            box.innerHTML = html;
            await customElements.whenDefined(tag);
            const el = box.firstElementChild;
            await el.updateComplete;
            const h = (e) => Math.round(e.getBoundingClientRect().height);
            const shown = h(el);
            const parts = [...el.shadowRoot.querySelectorAll('[part~="base"] > [part]')]
              .filter((p) => h(p))
              .map((p) => `${p.getAttribute('part')} ${h(p)}`);
            await window.pvBench.openDisclosures(el);
            const open = h(el);
            box.innerHTML = '';
            return {shown, open, parts};
          },
          ex.tag,
          ex.html,
          lang
        );
        console.log(
          `${ex.id.padEnd(18)} ${lang.padEnd(5)} ${String(width).padStart(5)}  ${String(m.shown).padStart(11)}  ${String(m.open).padStart(16)}   ${m.parts.join(', ')}`
        );
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
