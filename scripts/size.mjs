#!/usr/bin/env node
// Prints raw, gzip -9 and brotli-11 bytes of every script in dist/cdn/ and
// fails when one is over its budget (brotli). Run after `npm run build`.
// `--report` prints the same table and the overruns but does not fail.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';

const root = 'dist/cdn';
if (!existsSync(root)) {
  console.error('size: dist/cdn/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Budgets in brotli bytes: [pattern, limit, why]. First match wins. */
const budgets = [
  [/^consent-banner\.js$/, 11000, 'consent banner alone, with Lit and both languages (0.8 × vanilla-cookieconsent)'],
  [/^patient-voice\.js$/, 20000, 'all four widgets in one file, both languages'],
  [/^autoloader\.js$/, 1500, 'the loader itself'],
  [/^chunks\/(medical-disclaimer|rights-explainer|referral-options|consent-banner)-.*\.js$/, 4000, 'one widget chunk beyond the shared Lit chunks'],
];

const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, {withFileTypes: true})) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.js')) files.push(p);
  }
};
walk(root);
files.sort();

let failed = 0;
const rows = files.map((file) => {
  const buf = readFileSync(file);
  const name = relative(root, file);
  const gzip = gzipSync(buf, {level: 9}).length;
  const brotli = brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length}}).length;
  const budget = budgets.find(([re]) => re.test(name));
  const over = budget && brotli > budget[1];
  if (over) failed++;
  return {name, raw: buf.length, gzip, brotli, budget: budget ? budget[1] : undefined, over};
});

const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(48)}${pad('raw', 9)}${pad('gzip-9', 9)}${pad('brotli', 9)}${pad('budget', 9)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(48)}${pad(r.raw, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}${pad(r.budget ?? '—', 9)}${r.over ? '  OVER' : ''}`);
}
if (failed) {
  console.error(`size: ${failed} file(s) over budget`);
  for (const r of rows.filter((x) => x.over)) {
    const why = budgets.find(([re]) => re.test(r.name))[2];
    console.error(`  ${r.name}: ${r.brotli} > ${r.budget} bytes brotli (${why})`);
  }
  if (!process.argv.includes('--report')) process.exit(1);
} else {
  console.log(`size: ${rows.length} files, all within budget`);
}
