#!/usr/bin/env node
// Builds the WordPress plugin: integrations/wordpress/dist/patient-voice-widgets/
// (the plugin folder, with the library's CDN files in assets/) and
// integrations/wordpress/dist/patient-voice-widgets.zip (upload it under
// Plugins → Add New → Upload Plugin). Runs `npm run build` first when
// dist/cdn/ is missing. (Outside the top-level dist/, so the npm package
// does not carry the plugin.)
//
//   node integrations/wordpress/build.mjs [--out DIR]
//
// Node only: the zip is written with fflate (no `zip` program needed).
// Entries get a fixed date, so the same input gives the same zip.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, posix, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {readWidgets} from '../../scripts/widgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const slug = 'patient-voice-widgets';
const source = join(here, slug);
const cdn = join(root, 'dist/cdn');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'integrations/wordpress/dist');
const stage = join(out, slug);
const zipPath = join(out, `${slug}.zip`);

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

// 1. The library's build.
if (!existsSync(join(cdn, 'autoloader.js'))) {
  console.log('build:wordpress: dist/cdn/ is missing, running `npm run build`');
  const r = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) fail('`npm run build` failed');
}

// 2. The plugin's version must be the library's.
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = readFileSync(join(source, `${slug}.php`), 'utf8');
const header = /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1];
const constant = /define\(\s*'PVW_VERSION',\s*'([^']+)'/.exec(main)?.[1];
const stable = /^Stable tag:\s*(\S+)/m.exec(readFileSync(join(source, 'readme.txt'), 'utf8'))?.[1];
for (const [where, v] of [['the plugin header', header], ['PVW_VERSION', constant], ['readme.txt "Stable tag"', stable]]) {
  if (v !== version) fail(`${where} says ${v ?? 'nothing'}, package.json says ${version}: make them equal.`);
}

// 3. Stage the plugin folder.
rmSync(stage, {recursive: true, force: true});
rmSync(zipPath, {force: true});
mkdirSync(out, {recursive: true});
cpSync(source, stage, {recursive: true, filter: (p) => !/(^|[\\/])(\.[^\\/]*|assets)$/.test(relative(source, p))});

// 4. The library's files: every top-level script and stylesheet of dist/cdn/,
// and the chunks they import (followed through the import graph, so stale
// chunks of earlier builds are left behind). Source maps are not shipped.
const assets = join(stage, 'assets');
mkdirSync(assets, {recursive: true});
const entries = readdirSync(cdn).filter((f) => /\.(js|css)$/.test(f) && statSync(join(cdn, f)).isFile());
const queue = [...entries];
const copied = new Set();
while (queue.length) {
  const file = queue.shift();
  if (copied.has(file)) continue;
  const from = join(cdn, file);
  if (!existsSync(from)) fail(`dist/cdn/${file} is imported but missing: run \`npm run build\` again.`);
  copied.add(file);
  let text = readFileSync(from, 'utf8');
  if (file.endsWith('.js')) {
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
    }
    text = text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  }
  mkdirSync(dirname(join(assets, file)), {recursive: true});
  writeFileSync(join(assets, file), text);
}
if (!copied.has('autoloader.js')) fail('dist/cdn/autoloader.js is missing.');

// The widgets and their tags (src/widgets.ts), for the plugin's PHP
// (includes/widgets.php, includes/assets.php): the autoloader loads every one.
const widgets = await readWidgets();
const php = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
writeFileSync(
  join(assets, 'build-info.php'),
  `<?php\n// Written by integrations/wordpress/build.mjs from src/widgets.ts.\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\nreturn array(\n\t'version' => ${php(version)},\n\t'widgets' => array(\n` +
    widgets.map((w) => `\t\t${php(w.name)} => array( ${w.tags.map(php).join(', ')} ),\n`).join('') +
    `\t),\n);\n`
);
const tags = widgets.flatMap((w) => w.tags);
writeFileSync(join(assets, 'index.php'), '<?php\n// Silence is golden.\n');

// Every file of the staged plugin, in a stable order (the zip's).
const files = readdirSync(stage, {recursive: true, withFileTypes: true})
  .filter((f) => f.isFile())
  .map((f) => relative(stage, join(f.parentPath, f.name)).split(sep).join('/'))
  .sort();

// 5. `php -l` on every PHP file, when PHP is installed.
const lint = spawnSync('php', ['-v'], {stdio: 'ignore'});
if (!lint.error) {
  for (const f of files.filter((name) => name.endsWith('.php'))) {
    const r = spawnSync('php', ['-l', join(stage, f)], {encoding: 'utf8'});
    if (r.status !== 0) fail(`php -l ${f}:\n${r.stdout}${r.stderr}`);
  }
}

// 6. The zip (stored paths start with the plugin's folder name, as WordPress
// expects), with a fixed date and -rw-r--r-- so the same input gives the same bytes.
const MTIME = new Date(2026, 0, 1); // local midnight: zip dates have no time zone
const zip = zipSync(
  Object.fromEntries(files.map((f) => [`${slug}/${f}`, [readFileSync(join(stage, f)), {level: 9, mtime: MTIME, os: 3, attrs: (0o100644 << 16) >>> 0}]]))
);
writeFileSync(zipPath, zip);
console.log(
  `build:wordpress: ${relative(root, zipPath)} (${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB; library ${version}; autoloader loads ${tags.join(', ')})`
);
