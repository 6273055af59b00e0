#!/usr/bin/env node
// Test fixtures for pre-rendered HTML: renders every example that is
// configured by attributes alone, in English and French, with the same code
// as `pv-render`, into test/fixtures/generated/ssr.json. Needs `npm run build`.
import {mkdirSync, writeFileSync} from 'node:fs';
import {renderWidget, parseWidgetTag} from '../dist/ssr/render.js';
import {examples} from '../dist/examples.js';

const out = [];
for (const [tag, list] of Object.entries(examples)) {
  for (const example of list) {
    try {
      parseWidgetTag(example.html);
    } catch {
      continue; // has content (slotted text or a JSON child): not pre-renderable
    }
    for (const lang of ['en', 'fr']) {
      const snippet = example.html.replace(/^<([a-z0-9-]+)/, `<$1 lang="${lang}"`);
      out.push({id: example.id, tag, lang, snippet, html: await renderWidget(snippet)});
    }
  }
}
mkdirSync('test/fixtures/generated', {recursive: true});
writeFileSync('test/fixtures/generated/ssr.json', JSON.stringify(out, null, 1));
console.log(`render-fixtures: ${out.length} pre-rendered examples`);
