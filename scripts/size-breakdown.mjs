#!/usr/bin/env node
// What the bytes of a dist/cdn/ file are: attributes every minified byte to
// the source module it came from (through the file's source map), and shows
// each module's share of the file's raw and (estimated) brotli size.
//
//   node scripts/size-breakdown.mjs [dist/cdn/consent-banner.js …]   (after `npm run build`)
import {readFileSync, existsSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';
import {SourceMapConsumer} from 'source-map-js';
import {parse} from 'acorn';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/cdn/patient-voice.js', 'dist/cdn/consent-banner.js'];

/** Groups a source path into something readable: a package, or a file of ours. */
function group(source) {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  return source.replace(/^(\.\.\/)+/, '').replace(/^src\//, '');
}

for (const file of files) {
  if (!existsSync(file) || !existsSync(`${file}.map`)) {
    console.error(`size-breakdown: ${file} or its .map is missing; run \`npm run build\``);
    process.exit(1);
  }
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const bytes = new Map();
  const add = (key, n) => bytes.set(key, (bytes.get(key) ?? 0) + n);
  let mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    add(m.source ? group(m.source) : '(unmapped)', Buffer.byteLength(line.slice(m.generatedColumn, end)));
  }
  const total = Buffer.byteLength(code);
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
  add('(unmapped)', Math.max(0, total - mapped));
  const brotli = brotliCompressSync(Buffer.from(code), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  console.log(`\n${file}: ${total} bytes raw, ${brotli} brotli-11 (module shares of brotli are estimates: raw share × brotli)`);
  console.log(`${'module'.padEnd(58)}${'raw'.padStart(9)}${'share'.padStart(8)}${'≈brotli'.padStart(9)}`);
  for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1])) {
    if (n / total < 0.005) continue;
    console.log(`${key.slice(0, 57).padEnd(58)}${String(n).padStart(9)}${`${((100 * n) / total).toFixed(1)}%`.padStart(8)}${String(Math.round((brotli * n) / total)).padStart(9)}`);
  }
  // The words a person reads, in both languages: every string (and every
  // template literal's text) of three words or more, compressed together on
  // their own. Short labels ("OK", "Choose") are left out, so this is a floor.
  const sentences = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && typeof node.value === 'string') sentences.push(node.value);
    if (node.type === 'TemplateElement') sentences.push(node.value.cooked ?? node.value.raw);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parse(code, {ecmaVersion: 'latest', sourceType: 'module'}));
  const words = sentences.filter((x) => /\p{L}{2,}[\s\u00a0]+\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u.test(x) && !/[{};]|<\w/.test(x));
  const text = words.join('\n');
  const textBrotli = brotliCompressSync(Buffer.from(text), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  console.log(`text: ${words.length} sentence-like strings, ${Buffer.byteLength(text)} bytes raw, ${textBrotli} brotli-11 on their own`);
}
