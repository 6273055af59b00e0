#!/usr/bin/env node
// Consumer test, step 1 (Node): pack the package as npm would publish it,
// install the tarball into the small app in test/consumer/, type-check the
// app against the installed types, and bundle it with rollup into
// test/fixtures/generated/consumer/app.js. Step 2 is src/consumer.test.ts,
// which loads that bundle in the browser. Needs `npm run build` first.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, mkdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'pv-consumer-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, {cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});

try {
  // 1. Pack, and check what the tarball holds.
  const [info] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], repo));
  const files = info.files.map((f) => f.path);
  const unwanted = files.filter((f) => /(\.test\.|\.test-support\.|\.cases\.|\/test-support\/|\/hostile\/|\/content-checks\/|^demo\/|^src\/|^test\/|\.map$)/.test(f));
  if (unwanted.length) throw new Error(`the tarball holds files users do not need:\n  ${unwanted.join('\n  ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/patient-voice.js', 'dist/cdn/autoloader.js', 'dist/cdn/consent-defaults.js', 'dist/custom-elements.json', 'bin/pv-render.mjs']) {
    if (!files.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
  }
  const tarball = join(work, info.filename);
  console.log(`consumer: ${info.filename}: ${statSync(tarball).size} bytes packed, ${info.unpackedSize} unpacked, ${files.length} files`);

  // 2. Install it into a copy of the fixture app.
  const app = join(work, 'app');
  cpSync(join(repo, 'test/consumer'), app, {recursive: true});
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], app);

  // 3. The README's pre-render command, from the installed package. Without
  // the optional peer @lit-labs/ssr it says what to install; with it, it
  // prints the HTML and nothing else.
  const npx = npm === 'npm.cmd' ? 'npx.cmd' : 'npx';
  const renderArgs = ['--no', 'pv-render', '<pv-medical-disclaimer lang="fr">'];
  const missing = spawnSync(npx, renderArgs, {cwd: app, encoding: 'utf8'});
  if (missing.status === 0 || !/npm install @lit-labs\/ssr/.test(missing.stderr)) {
    throw new Error(`without @lit-labs/ssr, npx pv-render should exit with a message naming it; got ${missing.status}: ${missing.stderr.slice(0, 200)}`);
  }
  const ssrVersion = JSON.parse(readFileSync(join(repo, 'node_modules/@lit-labs/ssr/package.json'), 'utf8')).version;
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `@lit-labs/ssr@${ssrVersion}`], app);
  const rendered = run(npx, renderArgs, app);
  if (!rendered.startsWith('<pv-medical-disclaimer') || !rendered.includes('shadowrootmode')) {
    throw new Error(`npx pv-render printed something other than the widget's HTML:\n${rendered.slice(0, 200)}`);
  }
  console.log(`consumer: npx pv-render prints only the HTML (${rendered.length} characters)`);

  // 4. Type-check the app against the installed package's types.
  run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  console.log('consumer: the app type-checks against the installed package');

  // 5. Bundle it with rollup, resolving the package from the app's node_modules.
  const bundle = await rollup({
    input: join(app, 'build/app.js'),
    plugins: [nodeResolve({rootDir: app, exportConditions: ['production', 'default']})],
    onwarn: (w) => {
      throw new Error(`rollup: ${w.message}`);
    },
  });
  const out = join(repo, 'test/fixtures/generated/consumer');
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  await bundle.write({dir: out, format: 'es', entryFileNames: 'app.js'});
  await bundle.close();
  console.log('consumer: bundled into test/fixtures/generated/consumer/app.js');
} finally {
  rmSync(work, {recursive: true, force: true});
}
