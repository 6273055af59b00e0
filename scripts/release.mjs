#!/usr/bin/env node
// `npm run release`: a download for sites without Node.
//
//   release/patient-voice-widgets-<version>/
//     patient-voice/            every file of dist/cdn/ (upload this folder)
//     integrity.json            SHA-384 of each file, in SRI form
//     START-HERE.html           each widget live, in English and French, and the snippet to copy
//     builder/                  the embed builder, a static page
//     patient-voice-widgets.zip the WordPress plugin
//     patient-voice-widgets-<version>.tgz  the npm package (`npm install ./…tgz`)
//   release/patient-voice-widgets-<version>.zip   all of the above
//
// The version is package.json's; CHANGELOG.md must have a section for it,
// `## [<version>] - YYYY-MM-DD` (rename "Unreleased" when releasing). Reads the
// build in dist/ (`npm run release` builds first).
//
//   node scripts/release.mjs [--out DIR] [--changelog FILE]
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {builderBundle} from './builder-bundle.mjs';
import {startHere} from './release-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const {name, version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const changelog = resolve(arg('--changelog') ?? join(root, 'CHANGELOG.md'));

/** The CHANGELOG section of `version`: `## [1.2.0] - 2026-03-01` (or `## 1.2.0`), up to the next `## `. */
function changelogSection(text, v) {
  const esc = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^## \\[?${esc}\\]?(?:\\s.*)?$`, 'm').exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const next = rest.search(/^## /m);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

const notes = changelogSection(readFileSync(changelog, 'utf8'), version);
if (!notes) {
  fail(
    `${relative(root, changelog) || changelog} has no section for ${version}. Rename "## [Unreleased]" to "## [${version}] - ${new Date().toISOString().slice(0, 10)}" (and start a new empty "Unreleased"), or change package.json's version.`
  );
}

const cdn = join(root, 'dist/cdn');
if (!existsSync(join(cdn, 'patient-voice.js')) || !existsSync(join(root, 'dist/custom-elements.json'))) fail('dist/ is not built: run `npm run build` (or `npm run release`).');

const out = resolve(arg('--out') ?? join(root, 'release'));
const base = `${name}-${version}`;
const folder = join(out, base);
rmSync(folder, {recursive: true, force: true});
rmSync(`${folder}.zip`, {force: true});
mkdirSync(folder, {recursive: true});

const walk = (dir) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
    .sort();

// 1. The script-tag files, as built.
cpSync(cdn, join(folder, 'patient-voice'), {recursive: true});

// 2. The embed builder, static: its page, its script (demo/builder.ts and
// what it imports, bundled into one file), the manifest it reads.
const builder = join(folder, 'builder');
mkdirSync(builder, {recursive: true});
writeFileSync(join(builder, 'builder.js'), await builderBundle());
cpSync(join(root, 'demo/builder.css'), join(builder, 'builder.css'));
cpSync(join(root, 'dist/custom-elements.json'), join(builder, 'custom-elements.json'));
writeFileSync(
  join(builder, 'index.html'),
  readFileSync(join(root, 'demo/builder.html'), 'utf8')
    .replace('<script type="module" src="./builder.ts"></script>', '<script type="module" src="./builder.js"></script>')
    .replace(/data-library="[^"]*"/, 'data-library="../patient-voice/patient-voice.js"')
    .replace(/data-manifest="[^"]*"/, 'data-manifest="./custom-elements.json"')
);

// 3. The WordPress plugin zip, built into a temporary folder.
const tmp = mkdtempSync(join(tmpdir(), 'pv-release-'));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, {cwd: root, encoding: 'utf8'});
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
};
run(process.execPath, ['integrations/wordpress/build.mjs', '--out', tmp]);
cpSync(join(tmp, 'patient-voice-widgets.zip'), join(folder, 'patient-voice-widgets.zip'));

// 4. The npm package, as `npm pack` makes it.
const packed = JSON.parse(run('npm', ['pack', '--silent', '--json', '--pack-destination', tmp]));
cpSync(join(tmp, packed[0].filename), join(folder, packed[0].filename));
rmSync(tmp, {recursive: true, force: true});

// 5. integrity.json: every file's SHA-384 in SRI form, by path in the folder
// (START-HERE.html, which quotes some of them, is written after).
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const integrity = Object.fromEntries(walk(folder).map((f) => [f, sri(join(folder, f))]));
writeFileSync(join(folder, 'integrity.json'), JSON.stringify({version, algorithm: 'sha384', files: integrity}, null, 2) + '\n');

// 6. START-HERE.html.
writeFileSync(join(folder, 'START-HERE.html'), startHere({version, integrity, notes}));

// 7. One zip of the folder (paths start with its name), fixed dates.
const MTIME = new Date(2026, 0, 1);
const files = walk(folder);
const zip = zipSync(Object.fromEntries(files.map((f) => [`${base}/${f}`, [readFileSync(join(folder, f)), {level: 9, mtime: MTIME}]])));
writeFileSync(`${folder}.zip`, zip);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`release: ${relative(process.cwd(), folder) || folder}/ (${files.length} files)`);
for (const f of files.filter((f) => !f.startsWith('patient-voice/chunks/') && !f.endsWith('.map'))) {
  console.log(`  ${f.padEnd(44)} ${kib(readFileSync(join(folder, f)).length).padStart(10)}`);
}
console.log(`  (+ ${files.filter((f) => f.startsWith('patient-voice/chunks/') || f.endsWith('.map')).length} chunks and source maps)`);
console.log(`release: ${relative(process.cwd(), `${folder}.zip`)} (${kib(zip.length)})`);
