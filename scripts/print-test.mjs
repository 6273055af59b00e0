#!/usr/bin/env node
/* global document, customElements -- code run in the page by puppeteer */
// `npm run test:print` (part of `npm test`, after the build): what a reader
// gets on paper from <pv-referral-options>, whose cards keep their details in
// closed <details> on screen. Chromium and Firefox ESR each print the page
// (dist/cdn/referral-options.js, English and French) to PDF as "Save as PDF"
// does; poppler's `pdftotext` reads the PDF back. Every sentence to say and
// every item to bring (inside the closed disclosures) must be on paper, and
// the summary that opens them must not. The browser tests cannot show this
// in Firefox (its print media cannot be emulated there). Needs `pdftotext`
// (Debian: apt-get install -y poppler-utils; .ci/run installs it).
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {serve} from './static-server.mjs';
import {chromeArgs, chromePath} from '../web-test-runner.config.mjs';

if (!existsSync('dist/cdn/referral-options.js')) throw new Error('run `npm run build` first');
if (spawnSync('pdftotext', ['-v']).error) {
  console.error('test:print: pdftotext not found (Debian/Ubuntu: apt-get install -y poppler-utils)');
  process.exit(1);
}
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));

let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

// Line breaks and ligatures (ﬁ) of the PDF's text do not count.
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Print</title>
<script type="module" src="/dist/cdn/referral-options.js"></script></head>
<body><pv-referral-options province="ON"></pv-referral-options></body></html>`;
const server = await serve('.', new Map([['/en', page('en')], ['/fr', page('fr')]]));
const tmp = mkdtempSync(join(tmpdir(), 'pv-print-'));
const browsers = [
  ['chromium', () => puppeteer.launch({executablePath: chromePath, headless: true, args: chromeArgs.filter((a) => !a.startsWith('--headless'))})],
  ...(firefoxPath ? [['firefox', () => puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true})]] : []),
];
if (!firefoxPath) console.log('test:print: !!!!! SKIPPED Firefox: not installed (Debian: apt-get install -y firefox-esr) !!!!!');
try {
  for (const [name, launch] of browsers) {
    const browser = await launch();
    try {
      for (const lang of ['en', 'fr']) {
        const tab = await browser.newPage();
        await tab.goto(`${server.url}/${lang}`, {waitUntil: 'load'});
        const shown = await tab.evaluate(async () => {
          await customElements.whenDefined('pv-referral-options');
          const el = document.querySelector('pv-referral-options');
          await el.updateComplete;
          const root = el.shadowRoot;
          const texts = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
          return {
            closed: [...root.querySelectorAll('details')].filter((d) => !d.open).length,
            inside: [...texts('[part~="route-details"] .say'), ...texts('[part~="route-details"] ul:not(.ask) > li'), ...texts('[part~="route-details"] .label')],
            summary: root.querySelector('[part~="route-summary"]').textContent,
            line: texts('[part~="route-line"]'),
          };
        });
        const file = join(tmp, `${name}-${lang}.pdf`);
        writeFileSync(file, await tab.pdf({format: 'letter'}));
        await tab.close();
        const paper = norm(execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'}));
        const missing = shown.inside.map(norm).filter((t) => !paper.includes(t));
        check(shown.closed === 4 && shown.inside.length >= 20, `${name} ${lang}: 4 closed disclosures on screen holding ${shown.inside.length} texts`);
        check(missing.length === 0, `${name} ${lang}: every sentence, item and label of the closed details is printed${missing.length ? `; missing: ${missing.join(' | ')}` : ''}`);
        check(shown.line.every((t) => paper.includes(norm(t))), `${name} ${lang}: each card's line is printed`);
        check(!paper.includes(norm(shown.summary)), `${name} ${lang}: the summary ("${norm(shown.summary)}") is not printed`);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(tmp, {recursive: true, force: true});
}
console.log(`test:print: ${passed} checks passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
