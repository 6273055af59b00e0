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
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, posix, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {zipSync} from 'fflate';
import {readWidgets} from '../../scripts/widgets.mjs';
import {compileTranslations, poProblems} from './i18n.mjs';
import {prerender} from './prerender.mjs';

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
if (!existsSync(join(cdn, 'autoloader.js')) || !existsSync(join(root, 'dist/ssr/render.js'))) {
  console.log('build:wordpress: dist/ is missing, running `npm run build`');
  const r = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) fail('`npm run build` failed');
}

// 2. The plugin's version must be the library's.
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = readFileSync(join(source, `${slug}.php`), 'utf8');
const header = /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1];
const constant = /define\(\s*'PVW_VERSION',\s*'([^']+)'/.exec(main)?.[1];
const stable = /^Stable tag:\s*(\S+)/m.exec(readFileSync(join(source, 'readme.txt'), 'utf8'))?.[1];
const blockVersion = JSON.parse(readFileSync(join(source, 'blocks/widget/block.json'), 'utf8')).version;
for (const [where, v] of [['the plugin header', header], ['PVW_VERSION', constant], ['readme.txt "Stable tag"', stable], ['blocks/widget/block.json "version"', blockVersion]]) {
  if (v !== version) fail(`${where} says ${v ?? 'nothing'}, package.json says ${version}: make them equal.`);
}

// 2b. readme.txt against the rules of WordPress.org's readme validator.
const readmeProblems = (text, plugin) => {
  const problems = [];
  const lines = text.split(/\r?\n/);
  const name = /^=== (.+) ===$/.exec(lines[0])?.[1];
  if (name !== plugin['Plugin Name']) problems.push(`the first line must be "=== ${plugin['Plugin Name']} ===" (the plugin's name)`);
  const headers = {};
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(lines[i]);
    if (m) headers[m[1].trim()] = m[2].trim();
    else problems.push(`header line ${i + 1} is not "Name: value"`);
  }
  for (const h of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
    if (!headers[h]) problems.push(`the "${h}" header is missing`);
  }
  if ((headers.Tags ?? '').split(',').filter((t) => t.trim()).length > 5) problems.push('more than 5 tags (WordPress.org shows only 5)');
  for (const h of ['Requires at least', 'Requires PHP']) {
    if (headers[h] && headers[h] !== plugin[h]) problems.push(`"${h}: ${headers[h]}" differs from the plugin header (${plugin[h]})`);
  }
  if (headers['Tested up to'] && !/^\d+\.\d+$/.test(headers['Tested up to'])) problems.push('"Tested up to" must be a major version such as 7.1');
  const short = lines.slice(i).find((l) => l.trim() !== '') ?? '';
  if (short.startsWith('==')) problems.push('the short description (the paragraph after the headers) is missing');
  else if (short.length > 150) problems.push(`the short description is ${short.length} characters (150 at most)`);
  for (const section of ['Description', 'Installation', 'Changelog']) {
    if (!lines.includes(`== ${section} ==`)) problems.push(`the "== ${section} ==" section is missing`);
  }
  return problems;
};
const pluginHeader = Object.fromEntries([...main.matchAll(/^\s*\*\s*([A-Za-z ]+):\s*(.+)$/gm)].map((m) => [m[1].trim(), m[2].trim()]));
const readmeIssues = readmeProblems(readFileSync(join(source, 'readme.txt'), 'utf8'), pluginHeader);
if (readmeIssues.length) fail(`readme.txt: ${readmeIssues.join('; ')}.`);
if (!existsSync(join(source, (pluginHeader['Domain Path'] ?? '').replace(/^\//, '')))) fail(`"Domain Path: ${pluginHeader['Domain Path']}" is not a folder of the plugin.`);

// 3. Stage the plugin folder.
rmSync(stage, {recursive: true, force: true});
rmSync(zipPath, {force: true});
mkdirSync(out, {recursive: true});
cpSync(source, stage, {recursive: true, filter: (p) => !/(^|[\\/])(\.[^\\/]*|assets)$/.test(relative(source, p))});

// 4. The library's files: the autoloader, the chunks it imports (followed
// through the import graph, so stale chunks of earlier builds are left
// behind) and the preload stylesheet; nothing else of dist/cdn/ (the plugin
// loads nothing else). Source maps are not shipped.
const assets = join(stage, 'assets');
mkdirSync(assets, {recursive: true});
const copyGraph = (from, to, entry) => {
  const queue = [entry];
  const copied = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (copied.has(file)) continue;
    if (!existsSync(join(from, file))) fail(`${relative(root, join(from, file))} is imported but missing: run \`npm run build\` again.`);
    copied.add(file);
    let text = readFileSync(join(from, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
    }
    text = text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
    mkdirSync(dirname(join(to, file)), {recursive: true});
    writeFileSync(join(to, file), text);
  }
  return copied;
};
if (!existsSync(join(cdn, 'autoloader.js'))) fail('dist/cdn/autoloader.js is missing.');
copyGraph(cdn, assets, 'autoloader.js');
cpSync(join(cdn, 'pv-preload.css'), join(assets, 'pv-preload.css'));
// Google Consent Mode's default, printed first in <head> while the banner is on.
copyGraph(cdn, assets, 'consent-defaults.js');
copyGraph(cdn, assets, 'reserve.js');

// The same autoloader and chunks unminified, from the library's own rollup
// configuration without its minifier: what WordPress loads with SCRIPT_DEBUG,
// and the readable source WordPress.org asks for (guideline 4).
{
  const {rollup} = await import('rollup');
  process.chdir(root);
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const devBuild = join(out, '.dev-build');
  rmSync(devBuild, {recursive: true, force: true});
  for (const entry of ['autoloader', 'consent-defaults', 'reserve']) {
    const config = configs.find((c) => c.input && typeof c.input === 'object' && entry in c.input);
    if (!config) fail(`rollup.config.mjs has no ${entry} build.`);
    const bundle = await rollup({input: config.input, plugins: config.plugins.filter((p) => p.name !== 'terser'), onwarn: () => {}});
    await bundle.write({...config.output, dir: devBuild, sourcemap: false});
    await bundle.close();
    copyGraph(devBuild, join(assets, 'dev'), `${entry}.js`);
  }
  rmSync(devBuild, {recursive: true, force: true});
}

// The widgets pre-rendered by the library's server rendering, for every
// combination of the choices the block and the shortcodes offer
// (prerender.mjs; read by includes/prerendered.php).
const prerendered = await prerender(root, assets);

// The translations: each languages/<domain>-<locale>.po becomes the .mo PHP
// reads and the JSON the block's script reads (i18n.mjs); the .po files
// themselves stay out of the zip.
const untranslated = poProblems();
if (untranslated.length) fail(`translations: ${untranslated.slice(0, 5).join('; ')} (see integrations/wordpress/i18n.mjs)`);
const stagedLanguages = join(stage, 'languages');
for (const f of readdirSync(stagedLanguages).filter((name) => name.endsWith('.po'))) rmSync(join(stagedLanguages, f));
const translationFiles = compileTranslations(stagedLanguages);

// The widgets and their tags (src/widgets.ts), for the plugin's PHP
// (includes/widgets.php, includes/assets.php): the autoloader loads every one.
const widgets = await readWidgets();
const php = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
const pad = Math.max(...widgets.map((w) => php(w.name).length));
const fileComment = (what) => `<?php\n/**\n * ${what}\n *\n * @package PatientVoiceWidgets\n */\n\n`;
writeFileSync(
  join(assets, 'build-info.php'),
  fileComment('Written by integrations/wordpress/build.mjs from src/widgets.ts: the library\'s version and widgets.') +
    `if ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\nreturn array(\n\t'version' => ${php(version)},\n\t'widgets' => array(\n` +
    widgets.map((w) => `\t\t${php(w.name).padEnd(pad)} => array( ${w.tags.map(php).join(', ')} ),\n`).join('') +
    `\t),\n);\n`
);
const tags = widgets.flatMap((w) => w.tags);
for (const dir of [assets, join(assets, 'dev')]) writeFileSync(join(dir, 'index.php'), fileComment('Silence is golden.').trimEnd() + '\n');

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
  `build:wordpress: ${relative(root, zipPath)} (${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB; library ${version}; autoloader loads ${tags.join(', ')}; ${translationFiles.length} translation files; pre-rendered: ${Object.entries(prerendered).map(([w, n]) => `${w} ${n}`).join(', ')})`
);
