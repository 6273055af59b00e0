#!/usr/bin/env node
// Fails when any source string has no French translation.
// 1. `lit-localize extract` brings xliff/*.xlf up to date with the sources
//    (new strings appear with no <target>).
// 2. Every <trans-unit> must have a non-empty <target> whose placeholders are
//    exactly the source's.
// 3. `lit-localize build` regenerates src/generated/locales/, then
//    split-locales.mjs writes one French module per widget from it.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {splitLocales} from './split-locales.mjs';

const run = (args) => execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', ...args], {stdio: 'pipe'});

run(['extract']);
const problems = [];
let total = 0;
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  for (const unit of xml.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? []) {
    total++;
    const id = /id="([^"]+)"/.exec(unit)?.[1];
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1];
    const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');
    if (target === undefined || !target.trim()) {
      problems.push(`${file} ${id}: no translation for "${source}"`);
    } else if (placeholders(source) !== placeholders(target)) {
      problems.push(`${file} ${id}: placeholders differ between source and target`);
    }
  }
}
if (problems.length) {
  console.error(`l10n: ${problems.length} of ${total} strings are not translated:\n  ${problems.join('\n  ')}`);
  console.error('Add a <target> for each in xliff/fr.xlf, then run `npm run l10n`.');
  process.exit(1);
}
run(['build']);
try {
  await splitLocales();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
console.log(`l10n: ${total} strings, every one translated (xliff/ → src/generated/locales/)`);
