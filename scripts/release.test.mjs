#!/usr/bin/env node
// `npm run test:release` (part of `npm test`, after the build): makes a
// release into a temporary folder, unpacks its zip, serves it with a plain
// static server (node:http) and drives headless Chromium through it:
//
//   - without a CHANGELOG section for the version, the release fails;
//   - every hash of integrity.json matches its file;
//   - START-HERE.html shows every widget, in English and French, with no console error;
//   - the embed builder (builder/index.html, no dev server) makes a French
//     Quebec referral card and a reviewed disclaimer; each of the three
//     snippets, copied with its button and pasted into a plain page with only
//     the released script, renders in French;
//   - the builder at 320 px wide has no horizontal scroll.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {unzipSync} from 'fflate';
/* global document, navigator, customElements, getComputedStyle -- code run in the page by puppeteer */
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pv-release-test-'));
let failed = 0;
let passed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
};

// 1. No section for the version: the release stops.
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
writeFileSync(join(tmp, 'no-section.md'), changelog.replace(new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?.*$`, 'gm'), '## [older]'));
const refused = spawnSync(process.execPath, ['scripts/release.mjs', '--out', join(tmp, 'refused'), '--changelog', join(tmp, 'no-section.md')], {cwd: root, encoding: 'utf8'});
check(refused.status === 1 && refused.stderr.includes(`no section for ${version}`), 'a release without a CHANGELOG section for its version fails');

// 2. A release with one (the test's own CHANGELOG: "Unreleased" named as the version).
writeFileSync(join(tmp, 'CHANGELOG.md'), changelog.replace(/^## \[Unreleased\]/m, `## [${version}] - 2026-01-01`));
const made = spawnSync(process.execPath, ['scripts/release.mjs', '--out', join(tmp, 'out'), '--changelog', join(tmp, 'CHANGELOG.md')], {cwd: root, encoding: 'utf8'});
check(made.status === 0, `release made${made.status ? `: ${made.stderr}` : ''}`);
if (made.status !== 0) process.exit(1);

// 3. Unpack the zip: that is what a site gets.
const site = join(tmp, 'site');
const base = `patient-voice-widgets-${version}`;
for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(tmp, 'out', `${base}.zip`))))) {
  if (path.endsWith('/')) continue;
  mkdirSync(dirname(join(site, path)), {recursive: true});
  writeFileSync(join(site, path), bytes);
}
const folder = join(site, base);
const {files} = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8'));
const bad = Object.entries(files).filter(([f, h]) => !existsSync(join(folder, f)) || `sha384-${createHash('sha384').update(readFileSync(join(folder, f))).digest('base64')}` !== h);
check(Object.keys(files).length > 10 && bad.length === 0, `integrity.json: ${Object.keys(files).length} hashes, ${bad.length} wrong${bad.length ? ` (${bad.map(([f]) => f).join(', ')})` : ''}`);
for (const f of ['patient-voice/patient-voice.js', 'patient-voice/autoloader.js', 'patient-voice-widgets.zip', `patient-voice-widgets-${version}.tgz`, 'builder/index.html', 'builder/builder.js']) {
  check(f in files, `the release has ${f}`);
}

// 4. A plain static server: files as they are, nothing else.
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json'};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  // Browsers ask for it on their own; a real site has one.
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const at = `${origin}/${base}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--no-default-browser-check'],
});
await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

/** A page that records console errors and uncaught exceptions. */
async function open(url, width = 1000) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 800});
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, {waitUntil: 'load'});
  return {page, errors};
}
/** Text of every rendered widget `tag` on the page, after its update. */
const widgetText = (page, tag) =>
  page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    const els = [...document.querySelectorAll(tag)];
    await Promise.all(els.map((e) => e.updateComplete));
    return els.map((e) => ({text: e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', styled: (e.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0, inlineStyle: !!e.shadowRoot?.querySelector('style')}));
  }, tag);

try {
  // 5. START-HERE.html.
  {
    const {page, errors} = await open(`${at}/START-HERE.html`);
    for (const tag of ['pv-referral-options', 'pv-rights-explainer', 'pv-medical-disclaimer', 'pv-consent-banner']) {
      const shown = await widgetText(page, tag);
      check(shown.length === 2 && shown.every((s) => s.text.trim().length > 40), `START-HERE.html shows ${tag} twice (English and French)`);
    }
    const [en, fr] = await widgetText(page, 'pv-medical-disclaimer');
    check(en.text !== fr.text && /\b(le|la|les|des)\b/.test(fr.text), 'START-HERE.html: the French section is in French');
    check((await page.$eval('.not-loaded', (p) => getComputedStyle(p).display)) === 'none', 'START-HERE.html hides its "not showing?" note once the widgets load');
    check(errors.length === 0, `START-HERE.html: no console error${errors.length ? ` (${errors.join(' | ')})` : ''}`);
    await page.close();
  }

  // 6. The embed builder, from the release folder.
  const {page, errors} = await open(`${at}/builder/index.html?lang=fr`);
  await page.waitForSelector('input[name="widget"]');
  const first = await page.$$eval('input[name="widget"]', (rs) => rs.map((r) => r.value));
  check(first[0] !== 'pv-consent-banner' && first.indexOf('pv-consent-banner') > first.indexOf('pv-medical-disclaimer'), `the builder lists content widgets first, the banner last (${first.join(', ')})`);
  check((await page.$eval('h1', (h) => h.textContent)) === "Générateur d'intégration", 'the builder speaks French with ?lang=fr');
  const scriptUrl = `${at}/patient-voice/patient-voice.js`;
  await page.type('#script-url', scriptUrl);
  await page.$eval('#script-url', (i) => i.dispatchEvent(new Event('change', {bubbles: true})));

  /** Chooses a widget, French and `set` options, then copies each snippet with its button. */
  async function build(tag, set) {
    await page.click(`input[name="widget"][value="${tag}"]`);
    await page.click('input[name="lang"][value="fr"]');
    await set();
    await page.waitForFunction(() => (document.getElementById('out-prerender')?.textContent ?? '').includes('shadowrootmode'), {timeout: 15000});
    const copied = {};
    for (const id of ['out-tag', 'out-placeholder', 'out-prerender']) {
      await page.click(`[data-copy="${id}"]`);
      await page.waitForFunction((id) => document.querySelector(`[data-copy="${id}"]`).classList.contains('copied'), {}, id);
      copied[id] = await page.evaluate(() => navigator.clipboard.readText());
    }
    return copied;
  }
  /** Pastes a snippet into a plain page (nothing else on it) and returns what renders. */
  async function pasted(name, snippet, tag) {
    writeFileSync(join(site, `${name}.html`), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${name}</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`);
    const {page: p, errors: errs} = await open(`${origin}/${name}.html`);
    await p.waitForFunction((tag) => !!document.querySelector(tag), {timeout: 20000}, tag);
    const shown = await widgetText(p, tag);
    await p.close();
    return {shown: shown[0], errs};
  }

  const card = await build('pv-referral-options', async () => {
    await page.select('#opt-province', 'QC');
  });
  // The options in French too: the descriptions (the manifest is English) and the provinces' names.
  const hint = await page.$eval('#opt-mode-hint', (h) => h.textContent);
  check(hint.startsWith('Comment les parcours'), `the builder in French describes the options in French ("${hint}")`);
  check((await page.$eval('#opt-province', (s) => s.selectedOptions[0].textContent)) === 'Québec (QC)', 'the builder names the province in French');
  // Subresource integrity: the hash of the very file the release ships, in both script lines.
  const fileSri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(folder, f))).digest('base64')}`;
  check(card['out-tag'].includes(`integrity="${fileSri('patient-voice/patient-voice.js')}" crossorigin="anonymous"`), 'referral card: the copied tag snippet carries the SRI hash of patient-voice.js');
  check(card['out-placeholder'].includes(`integrity="${fileSri('patient-voice/autoloader.js')}" crossorigin="anonymous"`), 'referral card: the copied placeholder snippet carries the SRI hash of autoloader.js');
  check(/integrity\.json/.test(await page.$eval('#sri-note', (p) => p.textContent)), 'the builder says its script lines carry the integrity hash');
  check(card['out-tag'].includes(`src="${scriptUrl}"`) && card['out-tag'].includes('province="QC"') && card['out-tag'].includes('lang="fr"'), 'referral card: the tag snippet has the typed script URL, QC and lang="fr"');
  const disclaimer = await build('pv-medical-disclaimer', async () => {
    await page.click('input[name="opt-variant"][value="reviewed"]');
    await page.type('#opt-reviewed-by', 'Dre Camille Exemple');
    await page.type('#opt-reviewed-on', '2026-01-15');
  });
  const FRENCH = {'pv-referral-options': /Québec/, 'pv-medical-disclaimer': /Dre Camille Exemple.*(révis|15 janvier 2026)|(révis|15 janvier 2026).*Dre Camille Exemple/};
  for (const [tag, copied] of [['pv-referral-options', card], ['pv-medical-disclaimer', disclaimer]]) {
    for (const [form, snippet] of Object.entries(copied)) {
      const {shown, errs} = await pasted(`${tag}-${form}`, snippet, tag);
      check(!!shown && FRENCH[tag].test(shown.text) && shown.styled, `${tag}, ${form} pasted alone in a page renders in French${shown ? '' : ' (nothing rendered)'}`);
      if (form === 'out-prerender') check(!!shown && !shown.inlineStyle, `${tag}: the pre-rendered snapshot is replaced by the live widget`);
      check(errs.length === 0, `${tag}, ${form}: no console error${errs.length ? ` (${errs.join(' | ')})` : ''}`);
    }
  }
  // The pre-rendered form shows in French with no script at all.
  {
    const noScript = disclaimer['out-prerender'].replace(/<script[^>]*><\/script>\n?/, '');
    writeFileSync(join(site, 'no-script.html'), `<!doctype html><html lang="en"><body>${noScript}</body></html>`);
    const {page: p} = await open(`${origin}/no-script.html`);
    const text = await p.$eval('pv-medical-disclaimer', (e) => e.shadowRoot?.textContent ?? '');
    check(/Dre Camille Exemple/.test(text) && /révis/i.test(text), 'the pre-rendered disclaimer shows in French with no script');
    await p.close();
  }
  check(errors.length === 0, `the builder: no console error${errors.length ? ` (${errors.join(' | ')})` : ''}`);
  await page.close();

  // 7. 320 px: nothing scrolls sideways.
  for (const lang of ['en', 'fr']) {
    const {page: narrow} = await open(`${at}/builder/index.html?lang=${lang}&widget=pv-referral-options`, 320);
    await narrow.waitForFunction(() => (document.getElementById('out-prerender')?.textContent ?? '').includes('shadowrootmode'), {timeout: 15000});
    const {scroll, client} = await narrow.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    check(scroll <= client, `the builder (${lang}) at 320 px: no horizontal scroll (content ${scroll} px, window ${client} px)`);
    await narrow.close();
  }

  // 8. axe on the builder in both languages, with a widget in its preview.
  for (const lang of ['en', 'fr']) {
    const {page: a} = await open(`${at}/builder/index.html?lang=${lang}&widget=pv-referral-options`);
    await a.waitForFunction(() => (document.getElementById('out-prerender')?.textContent ?? '').includes('shadowrootmode'), {timeout: 15000});
    await a.addScriptTag({path: join(root, 'node_modules/axe-core/axe.min.js')});
    const violations = await a.evaluate(async () => (await globalThis.axe.run(document, {resultTypes: ['violations']})).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    check(violations.length === 0, `the builder (${lang}): no axe violation${violations.length ? ` (${violations.join(' | ')})` : ''}`);
    await a.close();
  }

  // 9. Keyboard only: Tab reaches the widget choice, an option and a copy button; Enter and Space copy.
  {
    const {page: k} = await open(`${at}/builder/index.html?lang=en&widget=pv-referral-options`);
    await k.waitForFunction(() => (document.getElementById('out-prerender')?.textContent ?? '').includes('shadowrootmode'), {timeout: 15000});
    const reached = new Set();
    for (let i = 0; i < 80 && reached.size < 3; i++) {
      await k.keyboard.press('Tab');
      const at = await k.evaluate(() => {
        const el = document.activeElement;
        if (el?.matches('input[name="widget"]')) return 'widget';
        if (el?.matches('#options [data-attr]')) return 'option';
        if (el?.matches('[data-copy="out-tag"]')) return 'copy';
        return '';
      });
      if (at) reached.add(at);
      if (at === 'copy') break;
    }
    check(['widget', 'option', 'copy'].every((w) => reached.has(w)), `Tab reaches the widget choice, an option and the first copy button (reached: ${[...reached].join(', ') || 'none'})`);
    for (const key of ['Enter', 'Space']) {
      await k.evaluate(() => navigator.clipboard.writeText(''));
      await k.focus(key === 'Enter' ? '[data-copy="out-tag"]' : '[data-copy="out-placeholder"]');
      await k.keyboard.press(key);
      const id = key === 'Enter' ? 'out-tag' : 'out-placeholder';
      const shown = await k
        .waitForFunction((id) => {
          const b = document.querySelector(`[data-copy="${id}"]`);
          return b.classList.contains('copied') && b.textContent === 'Copied ✓' && getComputedStyle(b).visibility === 'visible' && document.getElementById('copy-status').textContent === 'Copied to the clipboard.';
        }, {timeout: 3000}, id)
        .then(() => true, () => false);
      const clip = await k.evaluate(() => navigator.clipboard.readText());
      check(shown && clip.includes('<script'), `${key} on a focused copy button copies and shows "Copied ✓" and the status line`);
    }
    await k.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(tmp, {recursive: true, force: true});
}
console.log(`release test: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
