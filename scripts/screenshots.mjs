#!/usr/bin/env node
// Screenshots for the widget READMEs: each widget's first (main) example,
// in English and French, rendered from the one-file build
// (dist/cdn/patient-voice.js; run `npm run build` first), 640 px wide,
// clipped to the widget, written to src/components/<widget>/screenshots/.
// Run by hand when a widget's look changes: `node scripts/screenshots.mjs`.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
/* global document, window, customElements -- code run in the page by puppeteer */
import puppeteer from 'puppeteer-core';
import sharp from 'sharp';
import ts from 'typescript';
import {chromeArgs, chromePath} from '../web-test-runner.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WIDGETS = {
  'referral-options': 'referralOptionsExamples',
  'rights-explainer': 'rightsExplainerExamples',
  'medical-disclaimer': 'medicalDisclaimerExamples',
  'consent-banner': 'consentBannerExamples',
};
const LIMIT = 80 * 1024;
/** A long widget (every referral route) shows its top: a README picture, not a full page. */
const MAX_HEIGHT = 2000;
if (!existsSync(join(root, 'dist/cdn/patient-voice.js'))) {
  console.error('screenshots: no dist/cdn/patient-voice.js; run `npm run build` first.');
  process.exit(1);
}

/** A widget's examples, from its .examples.ts (which imports only a type). */
async function examples(widget, name) {
  const source = readFileSync(join(root, `src/components/${widget}/${widget}.examples.ts`), 'utf8');
  const {outputText} = ts.transpileModule(source, {compilerOptions: {module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022}});
  return (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`))[name];
}

/** A palette PNG (text on flat colours needs few): a tenth of Chromium's size. */
const optimize = (png) => sharp(png).png({palette: true, colours: 32, dither: 0.5, compressionLevel: 9, effort: 10}).toBuffer();

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
const pages = new Map();
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (pages.has(path)) return res.writeHead(200, {'content-type': TYPES['.html']}).end(pages.get(path));
  const file = join(root, path);
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({executablePath: chromePath, headless: true, args: chromeArgs.filter((a) => !a.startsWith('--headless'))});
let over = 0;
try {
  for (const [widget, name] of Object.entries(WIDGETS)) {
    const [main] = await examples(widget, name);
    const tag = /^<([a-z-]+)/.exec(main.html)[1];
    mkdirSync(join(root, `src/components/${widget}/screenshots`), {recursive: true});
    for (const lang of ['en', 'fr']) {
      pages.set(`/${widget}-${lang}.html`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;background:#fff}</style><script type="module" src="/dist/cdn/patient-voice.js"></script></head><body>${main.html}</body></html>`);
      const page = await browser.newPage();
      await page.setViewport({width: 640, height: 800, deviceScaleFactor: 1});
      await page.goto(`${origin}/${widget}-${lang}.html`, {waitUntil: 'load'});
      await page.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        await document.querySelector(tag).updateComplete;
        await document.fonts.ready;
      }, tag);
      // The banner is fixed to the window: its box is the shadow root's, not the host's.
      const box = await page.evaluate((tag, max) => {
        const host = document.querySelector(tag);
        const boxes = [host, ...host.shadowRoot.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width && r.height);
        const x = Math.max(0, Math.min(...boxes.map((r) => r.left)) - 8);
        const y = Math.max(0, Math.min(...boxes.map((r) => r.top + window.scrollY)) - 8);
        return {x, y, width: Math.min(640, Math.max(...boxes.map((r) => r.right)) + 8) - x, height: Math.min(max, Math.max(...boxes.map((r) => r.bottom + window.scrollY)) + 8 - y)};
      }, tag, MAX_HEIGHT);
      const png = await optimize(Buffer.from(await page.screenshot({clip: box, captureBeyondViewport: true, type: 'png'})));
      const file = `src/components/${widget}/screenshots/${widget}-${lang}.png`;
      writeFileSync(join(root, file), png);
      if (png.length > LIMIT) over++;
      console.log(`  ${file.padEnd(62)} ${Math.round(box.width)}×${Math.round(box.height)}  ${(png.length / 1024).toFixed(1)} KiB${png.length > LIMIT ? '  (over 80 KiB)' : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(over ? 1 : 0);
