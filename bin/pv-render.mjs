#!/usr/bin/env node
// Pre-renders a widget tag to HTML with declarative shadow DOM (readable with
// JavaScript off; hydrated by the library's script when present).
//
//   npx pv-render '<pv-medical-disclaimer variant="story" lang="fr">'
//   npx pv-render --lang fr '<pv-medical-disclaimer>'   (lang when the tag has none)
//
// Prints only the HTML to standard output, or with `--out FILE` writes it to
// FILE (`npm run render -- --out snippet.html '<…>'`: npm's own header lines
// go to the terminal, never into the file). What it leaves out of the input
// (attributes that are not the widget's own or a safe global one: on*,
// style, autofocus, tabindex …; invalid characters) is said on standard error.
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';

const args = process.argv.slice(2);
let lang = 'en';
let out;
const snippets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lang') lang = args[++i] ?? 'en';
  else if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log("usage: pv-render [--lang en|fr] [--out FILE] '<pv-widget attr=\"value\">' …");
    process.exit(0);
  } else snippets.push(args[i]);
}
if (!snippets.length) {
  console.error("usage: pv-render [--lang en|fr] [--out FILE] '<pv-widget attr=\"value\">' …");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
// @lit-labs/ssr is an optional peer dependency: only server rendering needs it.
const {render} = await import(join(here, '..', 'dist', 'ssr', 'render.js')).catch((e) => {
  if (!/@lit-labs\/ssr/.test(String(e?.message))) throw e;
  console.error('pv-render: server rendering needs the optional peer dependency @lit-labs/ssr (version 4): run `npm install @lit-labs/ssr@^4`.');
  process.exit(1);
});
try {
  let html = '';
  for (const s of snippets) {
    const result = await render(s, {lang});
    for (const w of result.warnings) console.error(`pv-render: ${w}`);
    html += result.html + '\n';
  }
  if (out) {
    writeFileSync(out, html);
    console.error(`pv-render: wrote ${out}`);
  } else process.stdout.write(html);
} catch (e) {
  console.error(`pv-render: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
