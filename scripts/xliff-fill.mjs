#!/usr/bin/env node
// Translator's helper: fills missing <target>s in xliff/fr.xlf from a JSON
// file that maps each English source string to its French.
//
//   node scripts/xliff-fill.mjs my-strings.fr.json
//
// In the JSON, write a placeholder as {expression}: the English
// msg(str`Hello ${name}`) is the key "Hello {name}", and its French
// "Bonjour {name}". XML special characters are written plainly (&, <, >) and
// escaped here. Existing targets are never changed. Prints what is still missing.
import {readFileSync, writeFileSync} from 'node:fs';

const file = 'xliff/fr.xlf';
const map = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const PH = /<x id="(\d+)" equiv-text="\$\{([^"]*)\}"\/>/g;

let filled = 0;
const missing = [];
const xml = readFileSync(file, 'utf8').replace(/<trans-unit\b[\s\S]*?<\/trans-unit>/g, (unit) => {
  if (/<target>/.test(unit)) return unit;
  const source = /<source>([\s\S]*?)<\/source>/.exec(unit)[1];
  const ids = new Map();
  const key = unescapeXml(source.replace(PH, (_, id, expr) => (ids.set(unescapeXml(expr), id), `{${unescapeXml(expr)}}`)));
  const french = map[key];
  if (typeof french !== 'string') {
    missing.push(key);
    return unit;
  }
  const target = escapeXml(french).replace(/\{([^{}]+)\}/g, (whole, expr) =>
    ids.has(expr) ? `<x id="${ids.get(expr)}" equiv-text="\${${escapeXml(expr).replace(/"/g, '&quot;')}}"/>` : whole
  );
  filled++;
  return unit.replace('</source>', `</source>\n  <target>${target}</target>`);
});
writeFileSync(file, xml);
console.log(`xliff-fill: ${filled} filled; ${missing.length} still missing`);
for (const m of missing) console.log(`  missing: ${JSON.stringify(m)}`);
