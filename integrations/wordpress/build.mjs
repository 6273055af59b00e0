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
// Node only: the zip is written with node:zlib (no `zip` program needed).
// Entries get a fixed date, so the same input gives the same zip.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, posix, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deflateRawSync} from 'node:zlib';

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

// What the autoloader loads by itself (the plugin adds consent-banner.js only if the banner is not among them).
const autoloader = readFileSync(join(cdn, 'autoloader.js'), 'utf8');
const tags = [...new Set([...autoloader.matchAll(/["'](pv-[a-z0-9-]+)["']\s*:\s*(?:\(\)|[\w$]+)\s*=>/g)].map((m) => m[1]))].sort();
const php = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
writeFileSync(
  join(assets, 'build-info.php'),
  `<?php\n// Written by integrations/wordpress/build.mjs.\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\nreturn array(\n\t'version'    => ${php(version)},\n\t'autoloader' => array( ${tags.map(php).join(', ')} ),\n);\n`
);
writeFileSync(join(assets, 'index.php'), '<?php\n// Silence is golden.\n');

// 5. `php -l` on every PHP file, when PHP is installed.
const phpFiles = [];
const walk = (dir) => {
  for (const f of readdirSync(dir, {withFileTypes: true})) {
    const p = join(dir, f.name);
    if (f.isDirectory()) walk(p);
    else if (f.name.endsWith('.php')) phpFiles.push(p);
  }
};
walk(stage);
const lint = spawnSync('php', ['-v'], {stdio: 'ignore'});
if (!lint.error) {
  for (const f of phpFiles) {
    const r = spawnSync('php', ['-l', f], {encoding: 'utf8'});
    if (r.status !== 0) fail(`php -l ${relative(stage, f)}:\n${r.stdout}${r.stderr}`);
  }
}

// 6. The zip (stored paths start with the plugin's folder name, as WordPress expects).
const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01

function writeZip(dir, prefix) {
  const files = [];
  const collect = (d) => {
    for (const f of readdirSync(d, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, f.name);
      if (f.isDirectory()) collect(p);
      else files.push(p);
    }
  };
  collect(dir);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(`${prefix}/${relative(dir, file).split(/[\\/]/).join('/')}`, 'utf8');
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, {level: 9});
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // external attributes: -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return {zip: Buffer.concat([...locals, ...centrals, end]), count: files.length};
}

const {zip, count} = writeZip(stage, slug);
writeFileSync(zipPath, zip);
console.log(
  `build:wordpress: ${relative(root, zipPath)} (${count} files, ${(zip.length / 1024).toFixed(0)} KiB; library ${version}; autoloader loads ${tags.join(', ')})`
);
