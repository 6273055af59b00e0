// End-to-end checks of the consent log, the privacy policy per language and
// the settings errors, called by e2e.mjs (with its browser and helpers) on
// each WordPress it tests. Needs the banner on (e2e.mjs turns it on first)
// and the test's mu-plugin pv-e2e-consent-log.php (a stand-in for Polylang's
// and WPML's public API, and a nonce for any action, for the capability case).
//
// It leaves the settings as it found them, the consent log off, the site in
// English with no privacy page and no stand-in multilingual plugin.
/* global window, document, navigator -- the functions given to page.evaluate() run in the browser. */
import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {request} from 'node:http';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The consent log's fixtures/consent-log-cli.php: one line of JSON. */
function logCli(command, ...args) {
  const out = execFileSync('php', [join(here, 'fixtures/consent-log-cli.php'), command, ...args], {encoding: 'utf8'});
  return JSON.parse(out.trim().split('\n').pop());
}

/** The columns of the log's table: the receipt, its time of arrival, nothing about the visitor. */
const COLUMNS = ['log_id', 'receipt_id', 'prev_id', 'event', 'method', 'choices', 'revision', 'lang', 'lib_version', 'text_hash', 'gpc', 'policy_url', 'client_time', 'received_gmt'];

/** Parses CSV (RFC 4180: quoted cells, "" for a quote, CRLF lines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export async function consentLogChecks(t) {
  const {browser, newPage, check, assert, equal, cli, logIn, shadowButton, shot, users, SITE, adminPage} = t;
  const SETTINGS = `${SITE}/wp-admin/options-general.php?page=patient-voice-widgets`;
  const LOG = `${SITE}/wp-admin/tools.php?page=pvw-consent-log`;
  const errorNotices = (p) => p.$$eval('.wrap .notice-error, .wrap .error', (els) => els.map((e) => e.innerText.trim()));
  const before = cli('option');

  /** Fills the settings form (checkboxes: true/false; other fields: their value) and saves it; the error notices after. */
  async function saveSettings(fields, p = adminPage) {
    await p.goto(SETTINGS);
    // The server's checks, not the browser's (the number field's min and max).
    await p.$eval('form[action="options.php"]', (f) => (f.noValidate = true));
    for (const [selector, value] of Object.entries(fields)) {
      await p.$eval(selector, (el, v) => (el.type === 'checkbox' ? (el.checked = v) : (el.value = v)), value);
    }
    await Promise.all([p.waitForNavigation(), p.click('#submit')]);
    return errorNotices(p);
  }

  const receipts = {};
  let endpoint = '';
  const receipt = (over = {}) => ({
    v: 1,
    id: randomBytes(12).toString('hex'),
    prev: null,
    event: 'given',
    method: 'accept-all',
    choices: {analytics: true},
    revision: '2026-11',
    lang: 'en',
    version: '0.1.0',
    textHash: 'ab'.repeat(32),
    gpc: false,
    ts: Date.now(),
    policy: `${SITE}/privacy/`,
    ...over,
  });
  /**
   * POSTs a body as the banner does (text/plain, no cookies), on a connection
   * of its own (fetch's kept-alive connections can meet Apache closing them).
   */
  const send = (body) =>
    new Promise((resolve, reject) => {
      const data = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      const req = request(endpoint, {method: 'POST', agent: false, headers: {'content-type': 'text/plain;charset=UTF-8', 'content-length': data.length}}, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(text);
          } catch {
            // Not JSON: json stays null.
          }
          resolve({status: res.statusCode, json});
        });
      });
      req.on('error', reject);
      req.end(data);
    });
  const rows = () => logCli('rows').rows;

  // --- The consent log -------------------------------------------------------------------------------
  await check('consent log: the administrator turns it on (default retention 36 months); Tools → Consent log is listed; the banner\'s receipt-endpoint is the plugin\'s REST route', async () => {
    equal(logCli('rows').table, true, 'the table, made on activation');
    equal(await saveSettings({'#pvw-log': true}), [], 'errors');
    const option = cli('option');
    equal([option.log, option.log_months], [true, 36], 'log settings');
    assert(await adminPage.$('#menu-tools a[href="tools.php?page=pvw-consent-log"]'), 'no "Consent log" under Tools');
    const p = await newPage(await browser.createBrowserContext());
    await p.setJavaScriptEnabled(false);
    await p.goto(`${SITE}/?p=1`);
    endpoint = await p.$eval('pv-consent-banner', (el) => el.getAttribute('receipt-endpoint'));
    await p.browserContext().close();
    assert(endpoint && new URL(endpoint).origin === SITE && /pvw\/v1\/receipts/.test(decodeURIComponent(endpoint)), `receipt-endpoint: ${endpoint}`);
  });

  await check('consent log: "Accept all" in the browser sends a receipt that the site keeps (no IP address, no user agent); a withdrawal chains to it', async () => {
    const ctx = await browser.createBrowserContext();
    const p = await newPage(ctx);
    await p.goto(`${SITE}/?p=1`, {waitUntil: 'networkidle0'});
    const sent = p.waitForResponse((r) => r.url() === endpoint && r.request().method() === 'POST', {timeout: 15000});
    await (await shadowButton(p, 'pv-consent-banner', 'Accept all')).click();
    const response = await sent;
    equal(response.status(), 201, 'the endpoint\'s answer');
    const body = JSON.parse(response.request().postData());
    receipts.accept = body.id;
    const userAgent = await p.evaluate(() => navigator.userAgent);
    // A withdrawal, through the banner's JS API.
    const withdrawn = p.waitForResponse((r) => r.url() === endpoint && r.request().method() === 'POST', {timeout: 15000});
    await p.evaluate(() => window.patientVoice.consent.set({analytics: false}));
    equal((await withdrawn).status(), 201, 'the withdrawal\'s answer');
    await ctx.close();
    const {columns, rows: stored} = logCli('rows');
    equal(columns, COLUMNS, 'the table\'s columns');
    const a = stored.find((r) => r.receipt_id === body.id);
    const w = stored.find((r) => r.prev_id === body.id);
    equal([a.receipt_id, a.prev_id, a.event, a.method, JSON.parse(a.choices), a.revision, a.lang, a.gpc], [body.id, null, 'given', 'accept-all', {analytics: true}, '2026-11', 'en', '0'], 'the accept receipt');
    assert(/^[0-9a-f]{64}$/.test(a.text_hash) && a.text_hash === body.textHash, `text hash: ${a.text_hash}`);
    equal([w.prev_id, w.event, w.method, JSON.parse(w.choices)], [body.id, 'withdrawn', 'api', {analytics: false}], 'the withdrawal receipt');
    receipts.withdrawn = w.receipt_id;
    const ours = (hits) => hits.filter((h) => /pvw|log row/.test(h));
    // The site itself is on 127.0.0.1, the visitor's address: a policy URL names it, so that column is left out here.
    equal(ours(logCli('grep', '127.0.0.1', 'policy_url')), [], 'the IP address stored (the plugin\'s options, transients and log)');
    equal(ours(logCli('grep', userAgent)), [], 'the user agent stored');
    equal(ours(logCli('grep', 'HeadlessChrome')), [], 'the browser\'s name stored');
  });

  await check('consent log: a visitor\'s "Reject all" is kept too', async () => {
    const ctx = await browser.createBrowserContext();
    const p = await newPage(ctx);
    await p.goto(`${SITE}/?p=1`, {waitUntil: 'networkidle0'});
    const sent = p.waitForResponse((r) => r.url() === endpoint && r.request().method() === 'POST', {timeout: 15000});
    await (await shadowButton(p, 'pv-consent-banner', 'Reject all')).click();
    receipts.reject = JSON.parse((await sent).request().postData()).id;
    await ctx.close();
    const row = rows().find((r) => r.receipt_id === receipts.reject);
    equal([row?.event, row?.method, row && JSON.parse(row.choices)], ['given', 'reject-all', {analytics: false}], 'the reject receipt');
  });

  await check('Tools → Consent log lists the receipts, newest first, and filters them by event, category choice and date', async () => {
    await adminPage.goto(LOG);
    const listed = () => adminPage.$$eval('table.pvw-log tbody tr[data-receipt]', (trs) => trs.map((tr) => tr.dataset.receipt));
    equal(await listed(), [receipts.reject, receipts.withdrawn, receipts.accept], 'rows');
    const first = await adminPage.$$eval('table.pvw-log tbody tr[data-receipt]:last-child td', (tds) => tds.map((td) => td.innerText.trim()));
    equal(first.slice(1, 7), ['Given (first choice)', '"Accept all"', 'analytics', '—', '2026-11', 'en'], 'the accept row');
    const filtered = async (query) => {
      await adminPage.goto(`${LOG}&${query}`);
      return listed();
    };
    equal(await filtered('event=given&choice=analytics%3A1'), [receipts.accept], 'given, analytics allowed');
    equal(await filtered('choice=analytics%3A0'), [receipts.reject, receipts.withdrawn], 'analytics refused');
    equal(await filtered('event=withdrawn'), [receipts.withdrawn], 'withdrawn');
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10);
    equal((await filtered(`from=${today}&to=${tomorrow}`)).length, 3, 'from today');
    equal(await filtered(`from=${tomorrow}`), [], 'from the day after tomorrow');
    equal(await adminPage.$eval('table.pvw-log tbody', (b) => b.innerText.trim()), 'No receipt.', 'an empty list');
    // The form's own fields give the same result.
    await adminPage.goto(LOG);
    await adminPage.select('#pvw-log-event', 'given');
    await adminPage.select('#pvw-log-choice', 'analytics:0');
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('#pvw-log-filter')]);
    equal(await listed(), [receipts.reject], 'the filter form');
  });

  await check('French admin (fr_CA): Tools → Consent log in French', async () => {
    equal(cli('locale', users.admin.login, 'fr_CA'), 'fr_CA', 'admin locale');
    try {
      await adminPage.goto(LOG);
      const text = await adminPage.$eval('.wrap', (w) => w.innerText);
      for (const s of ['Registre des consentements', 'Aucune adresse IP', '3 reçus']) assert(text.includes(s), `"${s}" missing: ${text.slice(0, 600)}`);
      equal(await adminPage.$eval('#pvw-log-csv', (b) => b.value), 'Télécharger en CSV', 'the export button');
      const cells = await adminPage.$$eval(`tr[data-receipt="${receipts.accept}"] td`, (tds) => tds.map((td) => td.innerText.trim()));
      equal(cells.slice(1, 3), ['Donné (premier choix)', '«\u00a0Tout accepter\u00a0»'], 'the accept row in French');
      await shot('consent-log-fr.png');
    } finally {
      cli('locale', users.admin.login, '');
    }
  });

  await check('Tools → Consent log: 50 receipts a page, with links to the others', async () => {
    equal(logCli('seed', '55', '10'), 58, 'receipts after seeding');
    await adminPage.goto(LOG);
    equal(await adminPage.$$eval('table.pvw-log tbody tr[data-receipt]', (trs) => trs.length), 50, 'rows on page 1');
    assert((await adminPage.$eval('.pvw-log-count', (e) => e.textContent)).includes('58 receipts'), 'count');
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('.pvw-log-pages a.next')]);
    equal(await adminPage.$$eval('table.pvw-log tbody tr[data-receipt]', (trs) => trs.length), 8, 'rows on page 2');
    const today = new Date().toISOString().slice(0, 10);
    await adminPage.goto(`${LOG}&from=${today}`);
    equal(await adminPage.$$eval('table.pvw-log tbody tr[data-receipt]', (trs) => trs.length), 3, 'from today (the seeded ones are 10 days old)');
  });

  /** The CSV the export form downloads, fetched in the page (its cookies). */
  const downloadCsv = (p, change = {}) =>
    p.evaluate(async (change) => {
      const form = document.querySelector('form.pvw-log-export');
      const params = new URLSearchParams(new FormData(form));
      for (const [k, v] of Object.entries(change)) params.set(k, v);
      // getAttribute: the form's field named "action" hides the form's own action property.
      const res = await fetch(`${form.getAttribute('action')}?${params}`, {credentials: 'same-origin'});
      const bytes = new Uint8Array(await res.arrayBuffer());
      // TextDecoder drops the byte order mark: its bytes are returned apart.
      return {status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes)};
    }, change);

  await check('CSV export: the receipts matching the filters, a cell that looks like a formula made text', async () => {
    const formula = receipt({revision: '=HYPERLINK("http://evil.example","x")', choices: {analytics: true, marketing: false}});
    equal((await send(formula)).status, 201, 'a receipt whose revision starts with "="');
    await adminPage.goto(`${LOG}&event=given`);
    const csv = await downloadCsv(adminPage);
    equal(csv.status, 200, 'status');
    assert(/^text\/csv/.test(csv.type) && /attachment; filename="consent-log-\d{4}-\d{2}-\d{2}\.csv"/.test(csv.disposition), `headers: ${csv.type} / ${csv.disposition}`);
    equal(csv.bom, [0xef, 0xbb, 0xbf], 'the byte order mark');
    const table = parseCsv(csv.text);
    equal(table[0].slice(0, 8), ['received_utc', 'receipt_id', 'previous_id', 'event', 'method', 'allowed', 'refused', 'revision'], 'header');
    const ids = table.slice(1).map((r) => r[1]);
    assert(ids.includes(receipts.accept) && ids.includes(receipts.reject) && !ids.includes(receipts.withdrawn), 'filtered by event=given');
    equal(ids.length, 58, 'every "given" receipt, not only the first page');
    const accept = table.find((r) => r[1] === receipts.accept);
    equal([accept[3], accept[4], accept[5], accept[6], accept[7], accept[8]], ['given', 'accept-all', 'analytics', '', '2026-11', 'en'], 'the accept row');
    assert(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(accept[0]), `time: ${accept[0]}`);
    const bad = table.find((r) => r[1] === formula.id);
    equal(bad[7], '\'=HYPERLINK("http://evil.example","x")', 'the formula cell');
    equal([bad[5], bad[6]], ['analytics', 'marketing'], 'allowed, refused');
    // And on the screen it is text.
    assert((await adminPage.$eval(`tr[data-receipt="${formula.id}"]`, (tr) => tr.innerText)).includes('=HYPERLINK("http://evil.example","x")'), 'the revision on the screen');
    const onlyAccept = parseCsv((await downloadCsv(adminPage, {choice: 'analytics:1', from: new Date().toISOString().slice(0, 10)})).text);
    equal(onlyAccept.slice(1).map((r) => r[1]).sort(), [receipts.accept, formula.id].sort(), 'filtered by choice and date');
    const noNonce = await downloadCsv(adminPage, {_wpnonce: 'x'});
    assert(noNonce.status === 403 && !noNonce.text.includes(receipts.accept), `without a valid nonce: ${noNonce.status} ${noNonce.text.slice(0, 100)}`);
  });

  await check('an Editor (no manage_options) cannot see Tools → Consent log nor export it, even with a nonce of her own; a visitor cannot read receipts', async () => {
    const ctx = await browser.createBrowserContext();
    const p = await newPage(ctx, {front: false});
    await logIn(p, users.editor, `${SITE}/wp-admin/tools.php`);
    equal(await p.$('#menu-tools a[href="tools.php?page=pvw-consent-log"]'), null, 'the menu entry');
    const screen = await p.goto(LOG);
    const text = await p.$eval('body', (b) => b.innerText);
    assert(screen.status() === 403 && !text.includes(receipts.accept), `the screen: ${screen.status()} ${text.slice(0, 200)}`);
    const nonce = await p.evaluate(async (site) => (await fetch(`${site}/wp-admin/admin-ajax.php?action=pve2e_nonce&for=pvw_consent_log_csv`)).text(), SITE);
    assert(/^[0-9a-f]{10}$/.test(nonce), `the Editor's nonce: ${nonce}`);
    const csv = await p.evaluate(async (site, nonce) => {
      const res = await fetch(`${site}/wp-admin/admin-post.php?action=pvw_consent_log_csv&_wpnonce=${nonce}`);
      return {status: res.status, type: res.headers.get('content-type'), text: await res.text()};
    }, SITE, nonce);
    assert(csv.status === 403 && !/csv/.test(csv.type) && !csv.text.includes(receipts.accept), `the export: ${csv.status} ${csv.type} ${csv.text.slice(0, 200)}`);
    await ctx.close();
    const anonymous = await fetch(`${SITE}/wp-admin/admin-post.php?action=pvw_consent_log_csv`, {redirect: 'manual'});
    const anonymousText = await anonymous.text();
    assert(!/csv/.test(anonymous.headers.get('content-type') ?? '') && !anonymousText.includes(receipts.accept), `the export, logged out: ${anonymous.status}`);
    const read = await fetch(endpoint);
    equal(read.status, 404, 'GET on the endpoint (no route to read receipts)');
  });

  await check('the endpoint refuses oversize (413), garbage and receipts not in the format (400), keeps a repeated receipt once', async () => {
    const count = rows().length;
    const big = receipt({revision: 'x'.repeat(60), choices: Object.fromEntries(Array.from({length: 19}, (_, i) => [`c${i}`, true]))});
    const huge = JSON.stringify(big).replace('"policy":', `"pad":"${'x'.repeat(5000)}","policy":`);
    equal((await send(huge)).status, 413, 'a 5 KB body');
    equal((await send('x'.repeat(200000))).status, 413, 'a 200 KB body');
    for (const [what, body] of [
      ['not JSON', 'hello'],
      ['a JSON array', '[1,2]'],
      ['an unknown field', {...receipt(), ip: '203.0.113.9'}],
      ['a missing field', Object.fromEntries(Object.entries(receipt()).filter(([k]) => k !== 'textHash'))],
      ['version 2', receipt({v: 2})],
      ['a bad id', receipt({id: '<script>'})],
      ['a bad event', receipt({event: 'hacked'})],
      ['a choice that is not true/false', receipt({choices: {analytics: 'yes'}})],
      ['"necessary" as a choice', receipt({choices: {necessary: false}})],
      ['a time in ten years', receipt({ts: Date.now() + 10 * 365 * 86400000})],
      ['a javascript: policy', receipt({policy: 'javascript:alert(1)'})],
      ['markup in the revision', receipt({revision: '<b>1</b>'})],
    ]) {
      const r = await send(body);
      equal(r.status, 400, `${what} (${JSON.stringify(r.json)})`);
    }
    const again = receipt();
    equal((await send(again)).status, 201, 'a receipt');
    const second = await send(again);
    equal([second.status, second.json?.stored], [200, false], 'the same receipt again');
    equal(rows().length, count + 1, 'rows added');
  });

  await check('the endpoint limits a client to 60 receipts in 10 minutes (429), by a hash of its address that is not kept beyond the window', async () => {
    const rate = logCli('rate').filter((r) => r.option_name.startsWith('_transient_pvw_rl_'));
    equal(rate.length, 1, 'one client\'s counter');
    assert(/^_transient_pvw_rl_[0-9a-f]{40}$/.test(rate[0].option_name) && !rate[0].option_value.includes('127.0.0.1'), `the counter: ${JSON.stringify(rate)}`);
    // The window's count so far, as if this client had sent 55 receipts: then 5 more pass and the rest are refused.
    const counted = logCli('rate-count', '55');
    // The receipts above, the refused ones included: about 20.
    assert(counted.before.count >= 15 && counted.before.count < 60, `the count so far: ${JSON.stringify(counted.before)}`);
    equal(counted.after.count, 55, 'the count set');
    const count = rows().length;
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await send(receipt())).status);
    equal(statuses, [201, 201, 201, 201, 201, 429, 429, 429, 429, 429], 'statuses');
    equal(rows().length, count + 5, 'rows added');
    const garbage = await send('x');
    equal(garbage.status, 429, 'garbage over the limit (the limit comes first)');
    const used = logCli('rate');
    const expires = Number(used.find((r) => r.option_name.startsWith('_transient_timeout_'))?.option_value);
    assert(expires > Date.now() / 1000 && expires <= Date.now() / 1000 + 600, `the counter expires in ${expires - Date.now() / 1000} s`);
    logCli('forget-rate');
    equal((await send(receipt())).status, 201, 'after the window');
  });

  await check('retention: the daily wp-cron event deletes receipts older than 36 months and keeps younger ones', async () => {
    equal(logCli('age', receipts.accept, '37'), 1, 'aged the accept receipt');
    equal(logCli('age', receipts.reject, '35'), 1, 'aged the reject receipt');
    const count = rows().length;
    const cron = logCli('cron');
    equal(cron.schedule, 'daily', 'the purge\'s schedule');
    assert(cron.next > Date.now() / 1000 - 86400 && cron.next < Date.now() / 1000 + 86400 * 2, `next run: ${cron.next}`);
    equal(cron.left, count - 1, 'rows after the purge');
    const ids = rows().map((r) => r.receipt_id);
    assert(!ids.includes(receipts.accept) && ids.includes(receipts.reject), 'the 37-month-old receipt is gone, the 35-month-old one kept');
  });

  // --- Privacy policy per language ----------------------------------------------------------------------
  const pages = logCli('privacy-pages');
  /** The banner's policy-url and the page's <html lang> on a post (JavaScript off: what the server printed). */
  const policyOn = async (post) => {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    await p.setJavaScriptEnabled(false);
    await p.goto(`${SITE}/?p=${post}`);
    const r = await p.evaluate(() => [document.documentElement.lang, document.querySelector('pv-consent-banner')?.getAttribute('policy-url') ?? null]);
    await ctx.close();
    return r;
  };
  try {
    await check('privacy policy per language: the typed English and French addresses follow the site\'s language (<html lang>)', async () => {
      equal(await saveSettings({'#pvw-policy-url': '/privacy/', '#pvw-policy-url-fr': '/confidentialite/'}), [], 'errors');
      equal([cli('option').policy_url, cli('option').policy_url_fr], ['/privacy/', '/confidentialite/'], 'saved');
      equal(await policyOn(pages.post_en), ['en-US', '/privacy/'], 'an English site');
      logCli('set', 'WPLANG', '"fr_CA"');
      equal(await policyOn(pages.post_en), ['fr-CA', '/confidentialite/'], 'a French site');
    });
    logCli('set', 'WPLANG', '""');

    await check('privacy policy per language, with Polylang (stand-in): each post\'s language picks its typed address', async () => {
      logCli('set', 'pve2e_multilingual', '"polylang"');
      equal(await policyOn(pages.post_en), ['en-US', '/privacy/'], 'the English post');
      equal(await policyOn(pages.post_fr), ['fr-CA', '/confidentialite/'], 'the French post');
    });

    await check('privacy policy per language, addresses empty: each language\'s privacy page (Polylang, WPML stand-ins), else the site\'s', async () => {
      equal(await saveSettings({'#pvw-policy-url': '', '#pvw-policy-url-fr': ''}), [], 'errors');
      equal(logCli('privacy-page', String(pages.page_en)), pages.page_en, 'Settings → Privacy');
      for (const plugin of ['polylang', 'wpml']) {
        logCli('set', 'pve2e_multilingual', JSON.stringify(plugin));
        equal(await policyOn(pages.post_en), ['en-US', pages.url_en], `${plugin}: the English post`);
        equal(await policyOn(pages.post_fr), ['fr-CA', pages.url_fr], `${plugin}: the French post`);
      }
      logCli('set', 'pve2e_multilingual', 'null');
      equal(await policyOn(pages.post_fr), ['en-US', pages.url_en], 'no multilingual plugin: the site\'s privacy page');
      logCli('privacy-page', '0');
      equal(await policyOn(pages.post_en), ['en-US', null], 'no page, no address: no link');
    });
  } finally {
    logCli('set', 'WPLANG', '""');
    logCli('set', 'pve2e_multilingual', 'null');
    logCli('privacy-page', '0');
  }

  // --- Each settings error once --------------------------------------------------------------------------
  await check('each settings error is shown once, also on the first save (when WordPress sanitizes twice)', async () => {
    const saved = cli('option');
    try {
      logCli('set-option', 'null');
      equal(cli('option'), false, 'no option before the first save');
      // Four bad values, and a held script whose category the banner does not ask for: a warning that, unlike
      // the errors (whose values the first pass has already replaced), WordPress's second pass would raise again.
      const errors = await saveSettings({
        '#pvw-revision': 'May 2026!',
        '#pvw-policy-url': 'javascript:alert(1)',
        '#pvw-policy-url-fr': 'ftp://example.org',
        '#pvw-log-months': '0',
        '#pvw-gated': 'pv-e2e-tracker functional',
      });
      equal(errors.length, 4, `error notices (${errors.join(' | ')})`);
      const warnings = await adminPage.$$eval('.wrap .notice-warning', (els) => els.map((e) => e.innerText.trim()));
      equal(warnings.length, 1, `warning notices (${warnings.join(' | ')})`);
      assert(warnings[0].includes('"pv-e2e-tracker" is held until "functional" is allowed'), `the warning: ${warnings[0]}`);
      equal(new Set(errors).size, 4, 'distinct notices');
      for (const s of ['The policy revision may only use', 'The English privacy policy address', 'The French privacy policy address', 'Keep receipts for 1 to 120 months']) {
        equal(errors.filter((e) => e.includes(s)).length, 1, `"${s}…"`);
      }
      const option = cli('option');
      equal([option.policy_url, option.policy_url_fr, option.log_months, option.gated], ['', '', 36, 'pv-e2e-tracker functional'], 'after the first save');
      const again = await saveSettings({'#pvw-log-months': '121', '#pvw-gated': ''});
      equal(again.length, 1, `a second save with one error: notices (${again.join(' | ')})`);
      const updated = await adminPage.$$eval('.wrap .notice-success, .wrap .updated', (els) => els.map((e) => e.innerText.trim()));
      assert(updated.length <= 1, `"Settings saved." shown ${updated.length} times`);
    } finally {
      logCli('set-option', JSON.stringify(saved));
    }
  });

  // Leave the settings as they were (the consent log off).
  logCli('set-option', JSON.stringify({...before, log: false}));
}
