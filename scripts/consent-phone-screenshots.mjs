#!/usr/bin/env node
// Screenshots of the consent banner's first layer as a person first sees it
// on a phone: the live bar over a page of text, at 320×568, 360×640 and
// 375×667, in English and French, from the one-file build
// (dist/cdn/patient-voice.js; run `npm run build` first). Written to
// src/components/consent-banner/screenshots/consent-phone-<width>x<height>-<lang>.png.
// Run by hand when the first layer changes: `npm run screenshots:consent`.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
/* global document, window, customElements, requestAnimationFrame -- code run in the page by puppeteer */
import puppeteer from 'puppeteer-core';
import sharp from 'sharp';
import {chromeArgs, chromePath} from '../web-test-runner.config.mjs';
import {serve} from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [
  [320, 568],
  [360, 640],
  [375, 667],
];
const OUT = 'src/components/consent-banner/screenshots';
if (!existsSync(join(root, 'dist/cdn/patient-voice.js'))) {
  console.error('consent-phone-screenshots: no dist/cdn/patient-voice.js; run `npm run build` first.');
  process.exit(1);
}

/** The page behind the bar: a heading and paragraphs, as an article of a partner site. */
const ARTICLE = {
  en: '<h1>Breast cancer: after the diagnosis</h1>' + '<p>Your care team will explain each step of the treatment plan. Write down your questions before each visit, and bring someone with you if you can.</p>'.repeat(6),
  fr: '<h1>Cancer du sein\u00a0: après le diagnostic</h1>' + '<p>Votre équipe soignante vous expliquera chaque étape du plan de traitement. Notez vos questions avant chaque rendez-vous et venez avec une personne de confiance si vous le pouvez.</p>'.repeat(6),
};

const optimize = (png) => sharp(png).png({palette: true, colours: 32, dither: 0.5, compressionLevel: 9, effort: 10}).toBuffer();

const pages = new Map();
const {url: origin, close} = await serve(root, pages);

const browser = await puppeteer.launch({executablePath: chromePath, headless: true, args: chromeArgs.filter((a) => !a.startsWith('--headless'))});
mkdirSync(join(root, OUT), {recursive: true});
try {
  for (const lang of ['en', 'fr']) {
    pages.set(`/${lang}.html`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;line-height:1.5;background:#fff;color:#1a1a1a}</style>
      <script type="module" src="/dist/cdn/patient-voice.js"></script></head>
      <body><pv-consent-banner policy-url="/privacy"></pv-consent-banner><main>${ARTICLE[lang]}</main></body></html>`);
    for (const [width, height] of SIZES) {
      const page = await browser.newPage();
      await page.setViewport({width, height, deviceScaleFactor: 1});
      await page.goto(`${origin}/${lang}.html`, {waitUntil: 'load'});
      const cover = await page.evaluate(async () => {
        await customElements.whenDefined('pv-consent-banner');
        const el = document.querySelector('pv-consent-banner');
        await el.updateComplete;
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const bar = el.shadowRoot.querySelector('.bar');
        return bar.getBoundingClientRect().height / window.innerHeight;
      });
      const png = await optimize(Buffer.from(await page.screenshot({type: 'png'})));
      const file = `${OUT}/consent-phone-${width}x${height}-${lang}.png`;
      writeFileSync(join(root, file), png);
      console.log(`  ${file.padEnd(72)} bar ${Math.round(cover * 100)} % of the window  ${(png.length / 1024).toFixed(1)} KiB`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await close();
}
