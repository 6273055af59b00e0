#!/usr/bin/env node
// End-to-end checks of the WordPress plugin, run by run.sh against a real
// WordPress (see there). Headless Chromium through puppeteer-core.
//
// Environment: PV_WP_URL (the site), PV_WP_CROSS (another origin, serving the
// held stand-in tracker), PV_WP_WORK (the site's directory made
// by run.sh: credentials.json, debug.log, php-errors.jsonl, apache-error.log,
// the content directory), PV_WP_VERSION (WordPress's version), PV_WP_ROOT
// (its document root, for fixtures/cli.php), PV_WP_SHOTS (optional: where to
// write the screenshots), CHROME_PATH (default /usr/bin/chromium).
//
// Ends with one line `wordpress <version>: N passed, N failed`; exits 1 on any failure.
/* global window, document -- the functions given to page.evaluate() run in the browser. */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {editorJourneys} from './e2e-editor.mjs';
import {consentDefaultsInHead, contentWithoutJavaScript} from './e2e-front.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SITE = (process.env.PV_WP_URL ?? '').replace(/\/$/, '');
const WORK = process.env.PV_WP_WORK ?? '';
/** Another origin (a second port of 127.0.0.1) serving the held tracker, as an analytics service would. */
const CROSS = (process.env.PV_WP_CROSS ?? '').replace(/\/$/, '');
const SHOTS = process.env.PV_WP_SHOTS ?? '';
const VERSION = process.env.PV_WP_VERSION ?? '?';
/** WordPress 6.x (Debian's 6.1) rather than 7.x. */
const WP6 = VERSION.startsWith('6.');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!SITE || !WORK || !CROSS) {
  console.error('e2e.mjs is run by run.sh (PV_WP_URL, PV_WP_CROSS or PV_WP_WORK is missing).');
  console.log(`wordpress ${VERSION}: 0 passed, 1 failed`);
  process.exit(1);
}
const users = JSON.parse(readFileSync(join(WORK, 'credentials.json'), 'utf8'));
const PLUGIN_DIR = join(WORK, 'wp-content/plugins/patient-voice-widgets');
const ASSETS = '/wp-content/plugins/patient-voice-widgets/assets/';
const t0 = Date.now();

// --- Checks -------------------------------------------------------------------
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`  FAIL  ${name}\n        ${String(e?.message ?? e).split('\n').join('\n        ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  assert(a === b, `${what}: expected ${b}, got ${a}`);
}
// Anything thrown outside a check (the browser does not start…) still ends with the summary line.
process.on('uncaughtException', (e) => {
  console.log(`  FAIL  ${e?.stack ?? e}`);
  console.log(`wordpress ${VERSION}: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cli(command, ...args) {
  const out = execFileSync('php', [join(here, 'fixtures/cli.php'), command, ...args], {encoding: 'utf8'});
  return JSON.parse(out.trim().split('\n').pop());
}

// --- The REST API, as the block editor uses it (application passwords) ---------
async function rest(user, method, route, body) {
  const url = `${SITE}/?rest_route=${route}`;
  const res = await fetch(url, {
    method,
    headers: {
      authorization: 'Basic ' + Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64'),
      'content-type': 'application/json',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${method} ${route} as ${user.login}: HTTP ${res.status} ${json.code ?? ''} ${json.message ?? ''}`);
  return json;
}

// --- The browser -------------------------------------------------------------
const external = [];
const failedAssets = [];
const pageErrors = [];
const libraryWarnings = [];
/** Console errors and warnings (deprecations included) from the plugin, on every page, the admin screens included. */
const pluginConsole = [];
const fromPlugin = (text, url) => /patient-voice|pvw|data-pv|\bpv-[a-z]/i.test(text) || (url ?? '').includes('/plugins/patient-voice-widgets/');
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    // Belt and braces: even a request the interception missed cannot resolve another host.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

async function newPage(context, {front = true} = {}) {
  const page = await context.newPage();
  await page.setViewport({width: 1024, height: 800});
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(`${SITE}/`) || url === SITE || url.startsWith(`${CROSS}/stats/`) || /^(data|blob|about):/.test(url)) return void req.continue();
    external.push(url);
    void req.abort('blockedbyclient');
  });
  page.on('response', (res) => {
    if (res.url().includes(ASSETS) && res.status() >= 400) failedAssets.push(`${res.status()} ${res.url()}`);
  });
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') && fromPlugin(m.text(), m.location()?.url)) {
      pluginConsole.push(`${page.url()}: [${m.type()}] ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => {
    if (fromPlugin(`${e.message}\n${e.stack ?? ''}`)) pluginConsole.push(`${page.url()}: ${e.message}`);
  });
  if (front) {
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      const text = m.text();
      if (m.type() === 'error' && !/Failed to load resource/.test(text)) pageErrors.push(`${page.url()}: ${text}`);
      if (m.type() === 'warning' && /pv-|patient-voice|data-pv/.test(text)) libraryWarnings.push(`${page.url()}: ${text}`);
    });
  }
  return page;
}

/** Text of each widget's shadow root on the page, in document order. */
const widgetTexts = (page, tag) =>
  page.$$eval(tag, (els) =>
    els.map((el) => ({
      lang: el.getAttribute('lang'),
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }))
  );

async function waitRendered(page, tag, count) {
  await page.waitForFunction(
    (t, n) => {
      const els = [...document.querySelectorAll(t)];
      return els.length >= n && els.every((el) => !el.hidden && (el.shadowRoot?.textContent ?? '').trim().length > 20);
    },
    {timeout: 15000},
    tag,
    count
  );
}

const pluginScripts = (page) =>
  page.$$eval('script[src]', (els, assets) => els.filter((s) => s.src.includes(assets)).map((s) => ({src: s.getAttribute('src'), type: s.type})), ASSETS);

/** Logs in on wp-login.php (values set directly: the page selects the user field shortly after load, which can eat typed keys). */
async function logIn(p, user, redirect) {
  await p.goto(`${SITE}/wp-login.php?redirect_to=${encodeURIComponent(redirect)}`, {waitUntil: 'networkidle0'});
  await p.$eval('#user_login', (i, v) => (i.value = v), user.login);
  await p.$eval('#user_pass', (i, v) => (i.value = v), user.password);
  await Promise.all([p.waitForNavigation(), p.click('#wp-submit')]);
}

async function shadowButton(page, host, label) {
  const handle = await page.waitForFunction(
    (h, l) => [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === l && b.offsetParent),
    {timeout: 10000},
    host,
    label
  );
  return handle.asElement();
}

// =============================================================================
console.log(`wordpress ${VERSION}: checks against ${SITE}`);

await check('php -l passes on every PHP file of the installed plugin', () => {
  const files = readdirSync(PLUGIN_DIR, {recursive: true})
    .filter((f) => f.endsWith('.php'))
    .map((f) => join(PLUGIN_DIR, f));
  assert(files.length >= 8, `only ${files.length} PHP files found`);
  for (const f of files) execFileSync('php', ['-l', f], {stdio: 'pipe'});
});

const admin = await browser.createBrowserContext();
const adminPage = await newPage(admin, {front: false});

await check('the administrator logs in and activates the plugin on the Plugins screen', async () => {
  await logIn(adminPage, users.admin, `${SITE}/wp-admin/plugins.php`);
  assert(adminPage.url().includes('/wp-admin/plugins.php'), `not on the Plugins screen: ${adminPage.url()}`);
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#activate-patient-voice-widgets')]);
  const active = await adminPage.$('tr.active[data-slug="patient-voice-widgets"]');
  assert(active, 'the plugin is not shown as active');
  const settingsLink = await adminPage.$eval('tr[data-slug="patient-voice-widgets"] .row-actions', (el) => el.textContent);
  assert(settingsLink.includes('Settings'), `no Settings link among the plugin's actions: ${settingsLink}`);
  const option = cli('option');
  equal(option?.banner, false, 'banner after activation');
  equal(option?.categories, ['analytics', 'marketing'], 'default categories');
});

// --- Content saved by an Author, published by an Editor ---------------------------
const SHORTCODES = [
  '<!-- wp:shortcode -->\n[pvw_referral_options province="ON"]\n<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->\n[pvw_referral_options province="ON" lang="fr" heading_level="3"]\n<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->\n[pvw_rights_explainer lang="fr" compact]\n<!-- /wp:shortcode -->',
  '<!-- wp:shortcode -->\n[pvw_medical_disclaimer variant="story"]\n<!-- /wp:shortcode -->',
  // Quotes and an ampersand in a value: escaped by the plugin, shown as text by the widget.
  '<!-- wp:shortcode -->\n[pvw_medical_disclaimer org=\'Fondation "Rose" & Cie\' lang="fr"]\n<!-- /wp:shortcode -->',
  // The plugin's block.
  '<!-- wp:patient-voice/widget {"widget":"referral-options","province":"BC","mode":"guide","lang":"fr"} /-->',
].join('\n\n');
const EN_FALLBACK = 'To get a second opinion, talk to your family doctor.';
const FR_FALLBACK = 'Pour obtenir un deuxième avis médical, parlez à votre médecin de famille.';
const PLACEHOLDERS = [
  `<!-- wp:html -->\n<div class="pv-placeholder" data-pv-widget="referral-options" data-province="ON">${EN_FALLBACK}</div>\n<!-- /wp:html -->`,
  `<!-- wp:html -->\n<div data-pv-widget="referral-options" data-province="QC" data-heading-level="3" lang="fr">${FR_FALLBACK}</div>\n<!-- /wp:html -->`,
].join('\n\n');
const RAW_TAG = '<!-- wp:html -->\n<pv-referral-options province="ON"></pv-referral-options>\n<!-- /wp:html -->';
const posts = {};

await check('an Author saves (submits for review) a post with shortcodes and the plugin\'s block through the REST API; they are kept', async () => {
  const post = await rest(users.author, 'POST', '/wp/v2/posts', {title: 'Second opinion (shortcodes)', content: SHORTCODES, status: 'pending'});
  equal(post.status, 'pending', 'status');
  equal(post.author, users.author.id, 'author');
  assert(post.content.raw.includes('[pvw_referral_options province="ON"]'), `shortcode lost: ${post.content.raw}`);
  assert(post.content.raw.includes('[pvw_medical_disclaimer variant="story"]'), `shortcode lost: ${post.content.raw}`);
  assert(post.content.raw.includes('<!-- wp:patient-voice/widget {"widget":"referral-options","province":"BC"'), `block lost: ${post.content.raw}`);
  posts.shortcodes = post.id;
  posts.shortcodesRaw = post.content.raw;
});

await check('an Author saves a post with placeholder <div>s; WordPress\'s HTML filter keeps them', async () => {
  const post = await rest(users.author, 'POST', '/wp/v2/posts', {title: 'Second opinion (placeholders)', content: PLACEHOLDERS, status: 'pending'});
  assert(post.content.raw.includes('<div class="pv-placeholder" data-pv-widget="referral-options" data-province="ON">'), `placeholder changed: ${post.content.raw}`);
  assert(post.content.raw.includes('data-province="QC" data-heading-level="3" lang="fr"'), `placeholder changed: ${post.content.raw}`);
  posts.placeholders = post.id;
  posts.placeholdersRaw = post.content.raw;
});

await check('control: the same Author\'s raw <pv-referral-options> tag is stripped (so the test runs with kses on)', async () => {
  const post = await rest(users.author, 'POST', '/wp/v2/posts', {title: 'Raw tag', content: RAW_TAG, status: 'draft'});
  assert(!post.content.raw.includes('<pv-referral-options'), `kses did not strip the tag: ${post.content.raw}`);
});

await check('an Editor publishes both posts through the REST API; the content is unchanged', async () => {
  for (const [key, expected] of [
    ['shortcodes', posts.shortcodesRaw],
    ['placeholders', posts.placeholdersRaw],
  ]) {
    const post = await rest(users.editor, 'POST', `/wp/v2/posts/${posts[key]}`, {status: 'publish'});
    equal(post.status, 'publish', `${key} status`);
    equal(post.content.raw, expected, `${key} content`);
  }
});

// --- Front end, banner off ----------------------------------------------------------
const visitor = await browser.createBrowserContext();
const page = await newPage(visitor);

await check('a page without widgets gets none of the plugin\'s scripts (banner off)', async () => {
  await page.goto(`${SITE}/?p=1`, {waitUntil: 'networkidle0'});
  assert((await page.title()).includes('Hello world'), `unexpected page: ${await page.title()}`);
  equal(await pluginScripts(page), [], 'plugin scripts on a page without widgets');
  equal(await page.$$eval('link[href*="patient-voice"]', (l) => l.length), 0, 'plugin stylesheets');
  equal(await page.$('pv-consent-banner'), null, 'banner while off');
});

await check('shortcodes: the widgets render in English and French, with the module autoloader from the site', async () => {
  await page.goto(`${SITE}/?p=${posts.shortcodes}`, {waitUntil: 'networkidle0'});
  const scripts = await pluginScripts(page);
  // Both the autoloader and reserve.js (classic) from the unminified build; their order is checked further on.
  equal(scripts.map((s) => [s.src.replace(/\?.*$/, '').replace(/^https?:\/\/[^/]+/, ''), s.type]).sort(), [[`${ASSETS}dev/autoloader.js`, 'module'], [`${ASSETS}dev/reserve.js`, '']], 'scripts (SCRIPT_DEBUG: the unminified build)');
  await waitRendered(page, 'pv-referral-options', 3);
  await waitRendered(page, 'pv-rights-explainer', 1);
  await waitRendered(page, 'pv-medical-disclaimer', 2);
  const [en, fr, block] = await widgetTexts(page, 'pv-referral-options');
  equal([block.attrs.province, block.attrs.mode, block.attrs.lang], ['BC', 'guide', 'fr'], 'block attributes');
  assert(block.text.includes('Comment obtenir un deuxième avis médical'), `French card from the block: ${block.text.slice(0, 300)}`);
  // (Pre-rendered in the page's language, which the tag then names.)
  equal([en.attrs.province, en.attrs.lang, 'data-pv-prerendered' in en.attrs], ['ON', 'en', true], 'English card attributes');
  assert(en.text.includes('How to get a second opinion') && en.text.includes('Ontario'), `English card: ${en.text.slice(0, 300)}`);
  equal([fr.attrs.province, fr.attrs.lang, fr.attrs['heading-level']], ['ON', 'fr', '3'], 'French card attributes');
  assert(fr.text.includes('Comment obtenir un deuxième avis médical') && !fr.text.includes('How to get'), `French card: ${fr.text.slice(0, 300)}`);
  const level = await page.$eval('pv-referral-options[lang="fr"]', (el) => el.shadowRoot.querySelector('h3')?.textContent.trim());
  equal(level, 'Comment obtenir un deuxième avis médical', 'French card title at heading level 3');
  const [rights] = await widgetTexts(page, 'pv-rights-explainer');
  assert(rights.text.includes('deuxième avis médical') && 'compact' in rights.attrs, `French rights explainer: ${rights.text.slice(0, 300)}`);
  const [disclaimer, org] = await widgetTexts(page, 'pv-medical-disclaimer');
  assert(disclaimer.text.includes('About personal stories'), `disclaimer: ${disclaimer.text.slice(0, 300)}`);
  equal(org.attrs.org, 'Fondation "Rose" & Cie', 'org attribute (quotes and ampersand)');
  assert(org.text.includes('Fondation "Rose" & Cie vous offre ces renseignements généraux'), `French disclaimer: ${org.text.slice(0, 300)}`);
  equal(await page.$('link[href*="pv-preload.css"]') !== null, true, 'pv-preload.css in the head of a page with widgets');
  // reserve.js: a classic script in the head (not made a module), before the autoloader.
  const order = await page.$$eval('head script[src]', (els) => els.map((el) => `${el.getAttribute('type') ?? 'classic'} ${new URL(el.src).pathname.split('/').pop()}`));
  const at = (name) => order.findIndex((line) => line.endsWith(` ${name}`));
  assert(at('reserve.js') >= 0 && !order[at('reserve.js')].startsWith('module') && at('reserve.js') < at('autoloader.js'), `reserve.js, classic, before the autoloader in the head: ${order.join(', ')}`);
});

await check('placeholders: each <div> becomes the widget (English and French) and its fallback text goes', async () => {
  await page.goto(`${SITE}/?p=${posts.placeholders}`, {waitUntil: 'networkidle0'});
  await page.waitForFunction(() => !document.querySelector('div[data-pv-widget]'), {timeout: 15000});
  await waitRendered(page, 'pv-referral-options', 2);
  const [en, fr] = await widgetTexts(page, 'pv-referral-options');
  equal(en.attrs.province, 'ON', 'English card province');
  assert(en.text.includes('How to get a second opinion') && en.text.includes('Ontario'), `English card: ${en.text.slice(0, 300)}`);
  equal([fr.attrs.province, fr.attrs.lang, fr.attrs['heading-level']], ['QC', 'fr', '3'], 'French card attributes');
  assert(fr.text.includes('Comment obtenir un deuxième avis médical') && fr.text.includes('Québec'), `French card: ${fr.text.slice(0, 300)}`);
  const body = await page.$eval('body', (b) => b.innerText);
  assert(!body.includes(EN_FALLBACK) && !body.includes(FR_FALLBACK), 'a fallback text is still on the page');
});

await check('placeholders without JavaScript: the fallback text is what readers see', async () => {
  const noscript = await browser.createBrowserContext();
  const p = await newPage(noscript);
  await p.setJavaScriptEnabled(false);
  await p.goto(`${SITE}/?p=${posts.placeholders}`, {waitUntil: 'networkidle0'});
  const body = await p.$eval('body', (b) => b.innerText);
  assert(body.includes(EN_FALLBACK) && body.includes(FR_FALLBACK), 'fallback text missing');
  await noscript.close();
});

// Only the site places a consent banner: an Author's placeholder (entities
// included, as a browser decodes them), shortcode or block makes none.
const BANNER_ATTEMPTS = [
  '<!-- wp:html -->\n<div data-pv-widget="consent-banner" data-receipt-endpoint="https://collector.example/receipt" data-mode="notice">Banner by placeholder</div>\n<!-- /wp:html -->',
  '<!-- wp:html -->\n<div data-pv-widget="PV-Consent&#45;Banner" data-mode="notice">Second try</div>\n<!-- /wp:html -->',
  '<!-- wp:shortcode -->\n[pvw_consent_banner receipt-endpoint="https://collector.example/receipt"]\n<!-- /wp:shortcode -->',
  '<!-- wp:patient-voice/widget {"widget":"consent-banner"} /-->',
  '<!-- wp:patient-voice/widget {"widget":"medical-disclaimer","variant":"story"} /-->',
].join('\n\n');

await check('an Author cannot place a consent banner: not by placeholder, shortcode or block (the site banner is off)', async () => {
  const post = await rest(users.author, 'POST', '/wp/v2/posts', {title: 'Banner attempts', content: BANNER_ATTEMPTS, status: 'publish'});
  equal(post.status, 'publish', 'status');
  assert(post.content.raw.includes('data-pv-widget="consent-banner"'), `kses changed the placeholder, so this proves nothing: ${post.content.raw}`);
  assert(!/data-pv-widget="(consent-banner|PV-Consent)/i.test(post.content.rendered), `REST content.rendered: ${post.content.rendered}`);
  const p = await newPage(await browser.createBrowserContext());
  await p.goto(`${SITE}/?p=${post.id}`, {waitUntil: 'networkidle0'});
  await waitRendered(p, 'pv-medical-disclaimer', 1);
  await sleep(500);
  equal(await p.$$eval('pv-consent-banner', (els) => els.length), 0, 'consent banners on the page');
  equal(await p.$$eval('[data-pv-widget]', (els) => els.map((e) => e.getAttribute('data-pv-widget'))), [], 'placeholders left for the autoloader');
  const body = await p.$eval('body', (b) => b.innerText);
  assert(body.includes('Banner by placeholder') && body.includes('Second try'), 'the refused placeholders\' text is gone');
  assert(body.includes('[pvw_consent_banner'), 'the unknown shortcode is not shown as text');
  await p.browserContext().close();
});

// The helpers, for the checks in the other e2e-*.mjs files.
const t = {browser, newPage, check, assert, equal, sleep, SITE, users, rest, cli, logIn, waitRendered, widgetTexts, VERSION, WP6, posts};

// The block editor through its UI, as an Author and a Contributor (e2e-editor.mjs).
await editorJourneys(t);
// Pre-rendered widgets: without JavaScript, in the feed and REST, no layout shift (e2e-front.mjs).
await contentWithoutJavaScript(t);

// --- Settings page -----------------------------------------------------------------------
const shot = async (name, p = adminPage, fullPage = true) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, {recursive: true});
  await p.screenshot({path: join(SHOTS, name), fullPage});
};

await check('Settings → Patient Voice Widgets: the page is listed under Settings and shows every setting', async () => {
  await adminPage.goto(`${SITE}/wp-admin/options-general.php?page=patient-voice-widgets`);
  const link = await adminPage.$('#menu-settings a[href="options-general.php?page=patient-voice-widgets"]');
  assert(link, 'no "Patient Voice Widgets" entry under Settings');
  equal(await adminPage.$eval('.wrap h1', (h) => h.textContent.trim()), 'Patient Voice Widgets', 'title');
  const names = await adminPage.$$eval('.wrap form [name^="pvw_settings"]', (els) => [...new Set(els.map((e) => e.name))]);
  for (const n of ['banner', 'policy_url', 'revision', 'categories][', 'mode', 'position', 'settings_button', 'gated', 'default_province']) {
    assert(names.includes(`pvw_settings[${n}]`), `no field ${n}: ${names.join(', ')}`);
  }
  await shot('settings-defaults.png');
});

const EXPECTED = {
  banner: true,
  settings_button: true,
  mode: 'opt-in',
  position: 'bottom',
  categories: ['analytics'],
  revision: '2026-11',
  policy_url: '/privacy/',
  gated: 'pv-e2e-tracker analytics\nMixed.Case-Tracker analytics',
  default_province: 'ON',
};
// Typed into "Scripts held until consent": two good lines, then a junk line,
// an unknown handle and an unknown category, each refused by line number.
const HELD_INPUT = [
  'pv-e2e-tracker analytics',
  'Mixed.Case-Tracker analytics',
  '"><script>alert(1)</script> marketing',
  'no-such-script analytics',
  'jquery-core cookies',
].join('\n');
const errorNotices = (p) => p.$$eval('.wrap .notice-error, .wrap .error', (els) => els.map((e) => e.innerText.trim()));

await check('the administrator turns the banner on and saves the settings', async () => {
  await adminPage.click('#pvw-banner');
  await adminPage.type('#pvw-policy-url', '/privacy/');
  await adminPage.$eval('#pvw-revision', (i) => (i.value = ''));
  await adminPage.type('#pvw-revision', '2026-11');
  await adminPage.click('input[name="pvw_settings[categories][]"][value="marketing"]');
  await adminPage.$eval('#pvw-gated', (t, v) => (t.value = v), HELD_INPUT);
  await adminPage.select('#pvw-province', 'ON');
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#submit')]);
  const option = cli('option');
  for (const [k, v] of Object.entries(EXPECTED)) equal(option[k], v, k);
});

await check('held scripts: the mixed-case handle is kept as typed; the junk line, the unknown handle and the unknown category are refused once each, naming the line', async () => {
  const errors = await errorNotices(adminPage);
  equal(errors.length, 3, `error notices (${errors.join(' | ')})`);
  assert(errors[0].includes('line 3 (""><script>alert(1)</script> marketing")') && errors[0].includes('is not a script handle'), `junk line: ${errors[0]}`);
  assert(errors[1].includes('line 4 ("no-such-script analytics")') && errors[1].includes('no page of this site has registered a script with the handle "no-such-script"'), `unknown handle: ${errors[1]}`);
  assert(errors[2].includes('line 5 ("jquery-core cookies")') && errors[2].includes('the category "cookies" does not exist'), `unknown category: ${errors[2]}`);
  equal(await adminPage.$$eval('.wrap script, .wrap img', (els) => els.length), 0, 'markup from the junk line in the page');
  equal(await adminPage.$eval('#pvw-gated', (t) => t.value), EXPECTED.gated, 'the textarea after saving');
  const held = await adminPage.$$eval('.pvw-held-list li', (els) => els.map((li) => li.innerText.trim()));
  equal(held, ["pv-e2e-tracker — analytics (registered on the site's pages)", "Mixed.Case-Tracker — analytics (registered on the site's pages)"], 'list of held scripts');
  await shot('settings-banner-on.png');
});

await check('a bad revision is refused with a message; the previous one is kept', async () => {
  await adminPage.$eval('#pvw-revision', (i) => (i.value = ''));
  await adminPage.type('#pvw-revision', 'May 2026!');
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#submit')]);
  const text = await adminPage.$eval('.wrap', (w) => w.innerText);
  assert(text.includes('The policy revision may only use letters, digits'), 'no error message');
  equal((await errorNotices(adminPage)).length, 1, 'error notices (each shown once)');
  equal(cli('option').revision, '2026-11', 'revision');
  equal(cli('option').gated, EXPECTED.gated, 'held scripts kept on the next save');
});

await check('French admin (user language fr_CA): the settings page, its province names and its messages are in French', async () => {
  equal(cli('locale', users.admin.login, 'fr_CA'), 'fr_CA', 'admin locale');
  try {
    await adminPage.goto(`${SITE}/wp-admin/options-general.php?page=patient-voice-widgets`);
    const text = await adminPage.$eval('.wrap', (w) => w.innerText);
    for (const s of ['Bandeau de consentement', 'Adresse de la politique de confidentialité', 'Scripts retenus jusqu’au consentement', 'Province ou territoire par défaut', 'Retenus actuellement']) {
      assert(text.includes(s), `"${s}" missing from the French settings page: ${text.slice(0, 400)}`);
    }
    const provinces = await adminPage.$$eval('#pvw-province option', (os) => os.map((o) => o.textContent.trim()));
    for (const p of ['Colombie-Britannique', 'Terre-Neuve-et-Labrador', 'Île-du-Prince-Édouard', 'Québec']) assert(provinces.includes(p), `province names: ${provinces.join(', ')}`);
    await shot('settings-fr.png');
    await adminPage.$eval('#pvw-revision', (i) => (i.value = 'mai 2026!'));
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('#submit')]);
    const errors = await errorNotices(adminPage);
    equal(errors.length, 1, `error notices (${errors.join(' | ')})`);
    assert(errors[0].includes('La version de la politique ne peut contenir que des lettres'), `French message: ${errors[0]}`);
  } finally {
    cli('locale', users.admin.login, '');
  }
});

// --- Front end, banner on ----------------------------------------------------------
const accepting = await browser.createBrowserContext();
const ap = await newPage(accepting);

await check('banner on: every page shows it first in <body>, with the settings, and holds the tracker', async () => {
  await ap.goto(`${SITE}/?p=1`, {waitUntil: 'networkidle0'});
  const first = await ap.$eval('body', (b) => b.firstElementChild?.localName);
  equal(first, 'pv-consent-banner', 'first element of <body>');
  const attrs = await ap.$eval('pv-consent-banner', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  // The gate starts a held script from another origin only when the banner lists it: the plugin lists its held scripts' origins.
  for (const [k, v] of Object.entries({mode: 'opt-in', position: 'bottom', categories: 'analytics', revision: '2026-11', 'policy-url': '/privacy/', 'allowed-origins': [CROSS, SITE].sort().join(' ')})) {
    equal(attrs[k], v, `banner ${k}`);
  }
  equal((await pluginScripts(ap)).map((s) => [s.src.replace(/^.*\/assets\/(dev\/)?|\?.*$/g, ''), s.type]), [['consent-defaults.js', ''], ['autoloader.js', 'module']], 'consent-defaults.js and one module script on a page without widgets');
  // WordPress prints no CSP nonce: with none on the page, the gate's nonce rule does not apply (the held scripts must still run).
  equal(await ap.$$eval('script', (els) => els.filter((s) => s.nonce || s.hasAttribute('nonce')).length), 0, 'scripts with a nonce');
  await shadowButton(ap, 'pv-consent-banner', 'Accept all');
  await shadowButton(ap, 'pv-consent-banner', 'Reject all');
  const gated = await ap.$$eval('script[data-pv-consent]', (els) => els.map((s) => [s.type, s.dataset.pvConsent, s.src.replace(/\?.*$/, '')]));
  equal(
    gated,
    [
      ['text/plain', 'analytics', `${CROSS}/stats/pv-e2e-tracker.js`],
      ['text/plain', 'analytics', `${SITE}/wp-content/mu-plugins/pv-e2e-mixed.js`],
    ],
    'held scripts'
  );
  await sleep(300);
  equal(await ap.evaluate(() => window.pvE2eTracker ?? null), null, 'the tracker ran before consent');
  equal(await ap.evaluate(() => window.pvE2eMixed ?? null), null, 'the mixed-case tracker ran before consent');
  const settings = await ap.waitForFunction(() => document.querySelector('pv-consent-settings')?.shadowRoot?.textContent.includes('Cookie settings'), {timeout: 10000});
  assert(await settings.jsonValue(), 'no "Cookie settings" button');
});

await check('"Accept all" starts both held trackers once (one from another origin, listed in allowed-origins; one from the site); the choice is remembered on the next page', async () => {
  const button = await shadowButton(ap, 'pv-consent-banner', 'Accept all');
  await button.click();
  await ap.waitForFunction(() => window.pvE2eTracker === 1 && window.pvE2eMixed === 1, {timeout: 10000});
  await sleep(300);
  equal(await ap.evaluate(() => [window.pvE2eTracker, window.pvE2eMixed]), [1, 1], 'both trackers run once');
  equal(await ap.$eval('pv-consent-banner', (el) => el.hasAttribute('open')), false, 'banner open after the choice');
  await ap.goto(`${SITE}/?p=${posts.placeholders}`, {waitUntil: 'networkidle0'});
  await ap.waitForFunction(() => window.pvE2eTracker === 1, {timeout: 10000});
  equal(await ap.$eval('pv-consent-banner', (el) => el.hasAttribute('open')), false, 'banner open on the next page');
  await waitRendered(ap, 'pv-referral-options', 2);
  const [en, fr] = await widgetTexts(ap, 'pv-referral-options');
  assert(en.text.includes('How to get a second opinion') && fr.text.includes('Comment obtenir un deuxième avis médical'), 'widgets with the banner on');
});

await check('"Reject all" keeps the tracker from running, now and on the next page', async () => {
  const rejecting = await browser.createBrowserContext();
  const rp = await newPage(rejecting);
  await rp.goto(`${SITE}/?p=${posts.shortcodes}`, {waitUntil: 'networkidle0'});
  await (await shadowButton(rp, 'pv-consent-banner', 'Reject all')).click();
  await rp.waitForFunction(() => !document.querySelector('pv-consent-banner').hasAttribute('open'), {timeout: 10000});
  await sleep(500);
  equal(await rp.evaluate(() => [window.pvE2eTracker ?? null, window.pvE2eMixed ?? null]), [null, null], 'trackers after "Reject all"');
  await rp.reload({waitUntil: 'networkidle0'});
  await sleep(500);
  equal(await rp.evaluate(() => window.pvE2eTracker ?? null), null, 'tracker on the next page');
  equal(await rp.$eval('pv-consent-banner', (el) => el.hasAttribute('open')), false, 'banner asks again');
  await rejecting.close();
});

await check('a French page: the banner speaks French', async () => {
  // The banner follows the page's language; a French site (WPLANG fr_CA) gives <html lang="fr-CA">.
  const fr = await browser.createBrowserContext();
  const fp = await newPage(fr);
  await fp.goto(`${SITE}/?p=1`, {waitUntil: 'domcontentloaded'});
  await fp.evaluate(() => document.documentElement.setAttribute('lang', 'fr-CA'));
  await shadowButton(fp, 'pv-consent-banner', 'Tout accepter');
  await fr.close();
});

await consentDefaultsInHead(t);

const EDITOR_TEXT = {
  en: {label: 'Medical disclaimer', sidebar: 'Organization name', variant: 'Personal story', summary: 'Personal story · Compact · Français'},
  fr: {label: 'Avertissement médical', sidebar: 'Nom de l’organisme', variant: 'Témoignage', summary: 'Témoignage · Forme compacte · Français'},
};
for (const lang of ['en', 'fr']) await check(`the block editor, as an Author${lang === 'fr' ? ' with French as her language (the block\'s JavaScript translations)' : ''}: the "Patient Voice widget" block is offered and shows its settings`, async () => {
  const expected = EDITOR_TEXT[lang];
  if (lang === 'fr') cli('locale', users.author.login, 'fr_CA');
  const ctx = await browser.createBrowserContext();
  const ep = await newPage(ctx, {front: false});
  const errors = [];
  ep.on('pageerror', (e) => errors.push(e.message));
  await logIn(ep, users.author, `${SITE}/wp-admin/post-new.php`);
  const ready = await ep
    .waitForFunction(() => window.wp?.blocks?.getBlockType('patient-voice/widget') && window.wp.data.select('core/editor').getCurrentPostId(), {timeout: 60000})
    .catch(() => null);
  if (!ready) {
    const state = await ep.evaluate(() => ({
      url: window.location.href,
      blocks: !!window.wp?.blocks,
      ours: !!window.wp?.blocks?.getBlockType('patient-voice/widget'),
      text: document.body.innerText.slice(0, 200),
    }));
    throw new Error(`the editor did not load with the block: ${JSON.stringify(state)}; errors: ${errors.join(' | ')}`);
  }
  await ep.evaluate(() => {
    const block = window.wp.blocks.createBlock('patient-voice/widget', {widget: 'medical-disclaimer', variant: 'story', lang: 'fr', compact: true});
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  // The editor's canvas may be an iframe (block themes): look in every frame.
  let label = '';
  let summary = '';
  for (let i = 0; i < 50 && !label; i++) {
    for (const frame of ep.frames()) {
      [label, summary] = await frame
        .evaluate(() => ['label', 'instructions'].map((part) => document.querySelector(`.wp-block-patient-voice-widget .components-placeholder__${part}`)?.textContent ?? ''))
        .catch(() => ['', '']);
      if (label) break;
    }
    if (!label) await sleep(200);
  }
  equal(label, expected.label, 'the block in the editor');
  // The summary names each setting by its label in the admin's language, not by its code (story, fr).
  assert(summary.startsWith(`${expected.summary} — `), `the block's summary: expected "${expected.summary} — …", got "${summary}"`);
  const sidebar = await ep
    .waitForFunction((t) => document.querySelector('.block-editor-block-inspector')?.textContent.includes(t), {timeout: 10000}, expected.sidebar)
    .catch(() => null);
  const inspector = await ep.evaluate(() => document.querySelector('.block-editor-block-inspector')?.textContent ?? '(no block inspector)');
  assert(sidebar, `no widget settings in the sidebar: ${inspector.slice(0, 300)}`);
  const choices = await ep.$$eval('.block-editor-block-inspector select option', (os) => os.map((o) => o.textContent.trim()));
  assert(choices.includes(expected.variant), `variant labels: ${choices.join(', ')}`);
  if (lang === 'fr') await shot('block-sidebar-fr.png', ep, false);
  equal(errors, [], 'script errors in the editor');
  if (lang === 'fr') cli('locale', users.author.login, '');
  await ctx.close();
});

// The consent log, the privacy policy per language, each settings error once (e2e-consent-log.mjs).
await (await import('./e2e-consent-log.mjs')).consentLogChecks({browser, newPage, check, assert, equal, cli, logIn, shadowButton, shot, users, SITE, adminPage});

// --- Whole run ---------------------------------------------------------------------------
await check('no request left 127.0.0.1 (every page, the admin screens included)', () => {
  equal(external, [], 'requests to other hosts');
});

await check('every file of the plugin the pages asked for was served', () => {
  equal(failedAssets, [], 'failed requests');
});

await check('no script error and no warning from the widgets on the front end', () => {
  equal(pageErrors, [], 'errors');
  equal(libraryWarnings, [], 'widget warnings');
});

await check('no browser console error, warning or deprecation from the plugin on any page (admin screens and block editor included; SCRIPT_DEBUG on)', () => {
  equal(pluginConsole, [], 'console messages from the plugin');
});

await browser.close();

await check('uninstall removes the plugin\'s option, the consent log\'s table and its daily purge', () => {
  assert(cli('option') !== false, 'the option is missing before uninstall');
  const r = cli('uninstall');
  equal(r, {active: false, option: false, table: null, cron: false}, 'after uninstall');
});

await check('no PHP error, warning, notice or deprecation from the plugin with WP_DEBUG on', () => {
  // WordPress 6.1 itself raises deprecations on PHP 8.2 (Requests' return
  // types, null passed to trim() on the login page): those are WordPress's.
  // Every message raised at run time is traced with its call stack
  // (php-errors.jsonl, written by the test's mu-plugin); compile-time ones
  // are only in the debug log, with their file.
  const ours = (s) => /\/plugins\/patient-voice-widgets\//.test(s);
  const traces = readFileSync(join(WORK, 'php-errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const debug = readFileSync(join(WORK, 'debug.log'), 'utf8').split('\n').filter((l) => /PHP /.test(l));
  const apache = readFileSync(join(WORK, 'apache-error.log'), 'utf8').split('\n').filter((l) => /PHP /.test(l));
  const phpFromPlugin = [
    ...traces.filter((t) => ours(t.file) || t.frames.some(ours)).map((t) => `${t.message} at ${t.file} (${t.request})`),
    ...debug.filter(ours),
    ...apache,
  ];
  equal(phpFromPlugin.slice(0, 10), [], 'PHP messages from the plugin');
  if (!WP6) {
    // WordPress 7 runs clean on this PHP: any message at all fails.
    equal([...traces.map((t) => `${t.message} at ${t.file} (${t.request})`), ...debug].slice(0, 10), [], `PHP messages on WordPress ${VERSION}`);
    return;
  }
  const untraced = debug.filter((l) => !traces.some((t) => l.includes(t.message)) && !/Return type of Requests_/.test(l));
  equal(untraced.slice(0, 10), [], 'debug.log messages neither traced nor known WordPress 6.1 ones');
  const core = new Set(debug.map((l) => l.replace(/^\[[^\]]*\] /, '')));
  console.log(`        (WordPress core raised ${core.size} distinct deprecation(s) on PHP ${execFileSync('php', ['-r', 'echo PHP_VERSION;'], {encoding: 'utf8'})}; none involve the plugin)`);
});

console.log(`wordpress ${VERSION}: the checks took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`wordpress ${VERSION}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
