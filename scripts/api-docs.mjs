#!/usr/bin/env node
// Writes docs/api.md from dist/custom-elements.json: every widget's
// attributes, events, slots, ::part()s and --pv-* custom properties.
// `--check` fails instead when docs/api.md is not up to date.
import {readFileSync, writeFileSync, existsSync} from 'node:fs';

const cem = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const decls = cem.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const out = [
  '# API reference',
  '',
  'Generated from `custom-elements.json` by `node scripts/api-docs.mjs` (the build makes the manifest from the',
  "components' JSDoc). Do not edit by hand. Every widget also takes `lang` (see README).",
  '',
];
for (const d of decls) {
  out.push(`## \`<${d.tagName}>\``, '', cell(d.summary || d.description), '');
  if (d.attributes?.length) {
    out.push('| Attribute | Property | Type | Default | Description |', '|---|---|---|---|---|');
    for (const a of d.attributes) out.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | \`${cell(a.type?.text)}\` | ${a.default ? `\`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`);
    out.push('');
  }
  const section = (title, items, fmt) => {
    if (!items?.length) return;
    out.push(`**${title}**`, '');
    for (const i of items) out.push(`- ${fmt(i)}`);
    out.push('');
  };
  section('Events', d.events, (e) => `\`${e.name}\`${e.description ? ` — ${cell(e.description)}` : ''}`);
  section('Slots', d.slots, (s) => `${s.name ? `\`${s.name}\`` : 'default'}${s.description ? ` — ${cell(s.description)}` : ''}`);
  section('Parts (`::part()`)', d.cssParts, (p) => `\`${p.name}\`${p.description ? ` — ${cell(p.description)}` : ''}`);
  section('CSS custom properties', d.cssProperties, (p) => `\`${p.name}\`${p.description ? ` — ${cell(p.description)}` : ''}`);
}
const text = out.join('\n').trimEnd() + '\n';
if (process.argv.includes('--check')) {
  if (!existsSync('docs/api.md') || readFileSync('docs/api.md', 'utf8') !== text) {
    console.error('api-docs: docs/api.md is out of date; run `npm run docs` and commit it');
    process.exit(1);
  }
  console.log(`api-docs: docs/api.md is up to date (${decls.length} widgets)`);
} else {
  writeFileSync('docs/api.md', text);
  console.log(`api-docs: wrote docs/api.md (${decls.length} widgets)`);
}
