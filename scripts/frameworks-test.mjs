#!/usr/bin/env node
// `npm run test:frameworks`: the packed tarball in real framework apps.
//
// Each app in test/frameworks/<app>/ pins its framework in its own
// package.json + package-lock.json. Its node_modules is installed once with
// `npm ci` into a cache folder named by the hash of that lock
// ($PV_FRAMEWORKS_CACHE, default ~/.cache/pv-frameworks), so that a second
// run installs nothing. Each run then copies the app's sources there, unpacks
// the tarball into node_modules/patient-voice-widgets (checking that the
// app's tree satisfies the package's dependencies, as npm would), and runs
// the app's check.mjs: type checks, a production build, and the built app in
// headless Chromium.
//
//   npm run build && npm run test:frameworks            every app
//   node scripts/frameworks-test.mjs react next          some
//
// Also checks the tarball itself: publint --strict and Are the Types Wrong
// (esm-only profile, which covers node16 and bundler resolution).
import {execFileSync, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {homedir, tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import semver from 'semver';
import puppeteer from 'puppeteer-core';

const repo = resolve('.');
const APPS = ['react', 'next', 'vue', 'svelte', 'astro'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const apps = wanted.length ? wanted : APPS;
for (const a of apps) if (!APPS.includes(a)) throw new Error(`frameworks: no app "${a}" (apps: ${APPS.join(', ')})`);
const cacheRoot = process.env.PV_FRAMEWORKS_CACHE ?? join(homedir(), '.cache', 'pv-frameworks');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`frameworks: ${msg}`);

/** Runs a command; its output is shown only when it fails (or with `show`). */
function run(cmd, args, {cwd = repo, env = {}, show = false, expectFail = false} = {}) {
  try {
    const out = execFileSync(cmd, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20});
    if (show) process.stdout.write(out);
    if (expectFail) throw new Error(`${cmd} ${args.join(' ')} succeeded, but it should have failed`);
    return out;
  } catch (e) {
    if (expectFail && e.status) return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    if (e.stdout !== undefined) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout}\n${e.stderr}`);
    throw e;
  }
}

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon'};

/** Serves a built app's folder on 127.0.0.1 (a free port). */
function serveStatic(root) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      if (existsSync(`${file}.html`)) file = `${file}.html`;
      else if (existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
      else return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => {
    // The browser keeps its connections open: close them, or close() waits for them.
    server.close(done);
    server.closeAllConnections();
  })})));
}

/** Starts a server process (next start) and waits until `url` answers. */
async function startServer(cmd, args, {cwd, env = {}, url, timeout = 60_000}) {
  const child = spawn(cmd, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const until = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) {
      stop();
      throw new Error(`${cmd} ${args.join(' ')} did not answer at ${url} within ${timeout / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {stop, output: () => output};
}

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => ok(port));
    });
  });

let browser;
/** A page in headless Chromium, in a fresh context, that records console messages and page errors. */
async function openPage() {
  browser ??= await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-quic'],
  });
  // Its own context: cookies are per host, not per port, and every app runs
  // on 127.0.0.1 (one app's consent choice must not close the next one's banner).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => undefined));
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return {page, messages};
}

/* global document -- in functions that run in the page */
/** Text of an element's shadow root, once it has some (whitespace collapsed). */
const shadowText = (page, selector) =>
  page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return el?.shadowRoot && el.shadowRoot.textContent.trim() ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : false;
    },
    {timeout: 15_000},
    selector
  ).then((h) => h.jsonValue());

/** Gzipped size of files, in bytes. */
const gzipSize = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(f), {level: 9}).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** Messages that would mean trouble: errors, hydration and definition warnings. */
function badMessages(messages) {
  return messages.filter((m) => /^(error|pageerror|warn(ing)?):/.test(m) || /hydrat|already defined/i.test(m));
}

/**
 * The browser part of a check: opens a fresh page on a built app's folder
 * (`root`, served for the call) or on a running server (`url`), goes to
 * `path`, runs `fn(page, messages)`, then fails on console errors and
 * warnings (`badMessages`, less those matching `allow`), and closes the page
 * and the server, pass or fail.
 */
async function inBrowser({root, url, path = '/', timeout, allow}, fn) {
  const server = root ? await serveStatic(root) : undefined;
  const {page, messages} = await openPage();
  try {
    await page.goto(new URL(path, server?.url ?? url).href, timeout ? {timeout} : undefined);
    await fn(page, messages);
    const bad = badMessages(messages).filter((m) => !allow?.test(m));
    check(!bad.length, `console:\n  ${bad.join('\n  ')}`);
  } finally {
    await page.close();
    await server?.close();
  }
}

// 1. Pack, and check the package as published.
const work = mkdtempSync(join(tmpdir(), 'pv-frameworks-'));
let failed = 0;
try {
  const [info] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, info.filename);
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  log(`${info.filename}: ${info.files.length} files, ${kb(statSync(tarball).size)} packed`);
  if (!process.argv.includes('--no-lint')) {
    run(process.execPath, [join(repo, 'node_modules/publint/src/cli.js'), '--strict', repo], {show: true});
    run(process.execPath, [join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {show: true});
    log('publint --strict and attw (esm-only: node16, bundler) are clean');
  }

  // Server rendering from dist/ (what the tarball holds), under a plain
  // @lit-labs/ssr render(): French cards in French; and the ssr entry gives
  // pv-render's HTML.
  const ssr = run(process.execPath, [join(repo, 'scripts/frameworks-ssr.mjs')]);
  log(ssr.trim());

  // 2. Each app: install (cached), unpack the tarball, run its check.
  for (const app of apps) {
    const t0 = Date.now();
    const source = join(repo, 'test/frameworks', app);
    const lock = readFileSync(join(source, 'package-lock.json'));
    const key = createHash('sha256').update(readFileSync(join(source, 'package.json'))).update(lock).digest('hex').slice(0, 16);
    const dir = join(cacheRoot, `${app}-${key}`);
    const marker = join(dir, '.installed');
    if (!existsSync(marker)) {
      rmSync(dir, {recursive: true, force: true});
      mkdirSync(dir, {recursive: true});
      cpSync(join(source, 'package.json'), join(dir, 'package.json'));
      cpSync(join(source, 'package-lock.json'), join(dir, 'package-lock.json'));
      log(`${app}: npm ci into ${dir} (once for this lock)`);
      run(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: dir});
      writeFileSync(marker, new Date().toISOString());
    }
    // The app's sources, fresh each run (a build's leftovers removed).
    for (const entry of readdirSync(dir)) if (!['node_modules', 'package.json', 'package-lock.json', '.installed'].includes(entry)) rmSync(join(dir, entry), {recursive: true, force: true});
    for (const entry of readdirSync(source)) if (!['node_modules', 'package.json', 'package-lock.json'].includes(entry)) cpSync(join(source, entry), join(dir, entry), {recursive: true});
    const installed = join(dir, 'node_modules/patient-voice-widgets');
    rmSync(installed, {recursive: true, force: true});
    mkdirSync(installed, {recursive: true});
    run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    rmSync(join(dir, 'node_modules/.vite'), {recursive: true, force: true});
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      const manifest = join(dir, 'node_modules', name, 'package.json');
      check(existsSync(manifest), `${app}: the package needs ${name}@${range}, which the app's lock does not install: add it to test/frameworks/${app}/package.json`);
      const {version} = JSON.parse(readFileSync(manifest, 'utf8'));
      check(semver.satisfies(version, range), `${app}: the package needs ${name}@${range}; the app has ${version}`);
    }
    const bin = (name) => join(dir, 'node_modules/.bin', name);
    const {default: checkApp} = await import(pathToFileURL(join(dir, 'check.mjs')).href);
    try {
      await checkApp({dir, run, bin, startServer, freePort, inBrowser, shadowText, gzipSize, kb, check, log: (m) => log(`${app}: ${m}`)});
      log(`${app}: passed (${seconds(t0)})`);
    } catch (e) {
      failed++;
      console.error(`frameworks: ${app}: FAILED: ${e instanceof Error ? e.stack : e}`);
    }
  }
} finally {
  await browser?.close();
  rmSync(work, {recursive: true, force: true});
}
log(`${apps.length - failed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed ? 1 : 0);
