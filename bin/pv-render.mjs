#!/usr/bin/env node
// Pre-renders a widget tag to HTML with declarative shadow DOM (readable with
// JavaScript off; hydrated by the library's script when present).
//
//   npx pv-render '<pv-medical-disclaimer variant="story" lang="fr">'
//   npx pv-render --lang fr '<pv-medical-disclaimer>'   (lang when the tag has none)
//
// Prints the HTML to standard output.
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';

const args = process.argv.slice(2);
let lang = 'en';
const snippets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lang') lang = args[++i] ?? 'en';
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log("usage: pv-render [--lang en|fr] '<pv-widget attr=\"value\">' …");
    process.exit(0);
  } else snippets.push(args[i]);
}
if (!snippets.length) {
  console.error("usage: pv-render [--lang en|fr] '<pv-widget attr=\"value\">' …");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const {renderWidget} = await import(join(here, '..', 'dist', 'ssr', 'render.js'));
try {
  for (const s of snippets) process.stdout.write((await renderWidget(s, lang)) + '\n');
} catch (e) {
  console.error(`pv-render: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
