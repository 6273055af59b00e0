// `npm start`: serves demo/ with live reload at once; TypeScript is compiled
// on the fly, so the demo page needs no build. PORT=8080 npm start serves on
// another port (default 8000).
//
// The embed builder (demo/builder.html) and consent.html read the build
// (dist/custom-elements.json, dist/cdn/) from the server's own copy,
// .demo/dist/, so that `npm test` or `npm run build`, which delete and rebuild
// dist/, never break a running demo. The server starts first and prints the
// demo's URL; the build runs behind it (`npm run build`, its output in
// .demo/build.log) and a line says when the builder is ready. A build left
// from an earlier run is served meanwhile. PV_START_BUILD=0 skips the build.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, openSync, rmSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';

const port = Number(process.env.PORT) || 8000;
const base = `http://127.0.0.1:${port}`;
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

/** 'building' until .demo/dist/ holds a build, then 'ready' ('failed' if the build failed and none is there). */
let builder = 'building';
function copyBuild() {
  rmSync('.demo/dist', {recursive: true, force: true});
  cpSync('dist', '.demo/dist', {recursive: true});
}
mkdirSync('.demo', {recursive: true});
const stale = existsSync('dist/cdn/patient-voice.js') && existsSync('dist/custom-elements.json');
if (stale) {
  copyBuild();
  builder = 'ready';
}

function build() {
  if (process.env.PV_START_BUILD === '0') {
    if (!stale) console.log('  Embed builder: no build in dist/ (run `npm run build`, then restart).');
    return;
  }
  const log = openSync('.demo/build.log', 'w');
  const child = spawn('npm', ['run', 'build', '--silent'], {stdio: ['ignore', log, log]});
  child.on('exit', (code) => {
    if (code === 0) {
      copyBuild();
      builder = 'ready';
      console.log(`\n  Embed builder ready (build took ${seconds()} s): ${base}/demo/builder.html\n`);
    } else {
      if (!stale) builder = 'failed';
      console.log(`\n  The build failed (exit ${code}); the embed builder ${stale ? 'keeps the previous build' : 'cannot run'}. See .demo/build.log.\n`);
    }
  });
  // The build stops with the server.
  process.once('exit', () => child.exitCode === null && child.kill());
}

const urls = () =>
  console.log(
    `\n  Demo: ${base}/demo/\n  Embed builder: ${base}/demo/builder.html${
      builder === 'building' ? ' (building the library first: about a minute; a line says when it is ready)' : ''
    }\n  (PORT=… npm start for another port)\n`
  );

/** Until the first build is there, the builder's page says so instead of failing. */
const waitPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Building…</title>
<p>The embed builder needs the library's build, which <code>npm start</code> is making now (about a minute).
The terminal says when it is ready; then reload this page.</p></html>`;

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  nodeResolve: true,
  watch: true,
  // The URLs stay on screen: the terminal is not cleared on each rebuild, and
  // they are printed again after it.
  clearTerminalOnReload: false,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    {
      name: 'demo-url',
      serverStart({fileWatcher}) {
        urls();
        build();
        let timer;
        fileWatcher.on('change', () => {
          clearTimeout(timer);
          timer = setTimeout(urls, 300);
        });
      },
    },
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      if (builder !== 'ready' && ctx.path === '/demo/builder.html') {
        ctx.type = 'html';
        ctx.status = 503;
        ctx.body = waitPage;
        return undefined;
      }
      if (ctx.path.startsWith('/dist/')) ctx.url = `/.demo${ctx.url}`;
      return next();
    },
  ],
};
