#!/usr/bin/env node
// Test fixtures for pre-rendered HTML: renders every example that is
// configured by attributes alone, in English and French, with the same code
// as `pv-render`, into test/fixtures/generated/ssr.json. Needs `npm run build`.
import {deepStrictEqual} from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {renderWidget, parseWidgetTag} from '../dist/ssr/render.js';
import {examples} from '../dist/examples.js';

// The snippet is read as a browser reads it (parse5), here in Node where it runs.
const parsed = (snippet) => {
  try {
    return parseWidgetTag(snippet);
  } catch (e) {
    return e.message.replace(/[,.:].*/s, '');
  }
};
const cases = [
  [
    `  <PV-Medical-Disclaimer Variant='story' compact org="A &quot;B&quot; &amp; &#x27;C&#39; &lt;d&gt; &eacute;" org="ignored"/>  `,
    {tag: 'pv-medical-disclaimer', attributes: [['variant', 'story'], ['compact', ''], ['org', `A "B" & 'C' <d> é`]]},
  ],
  ['<pv-rights-explainer heading-level = 3 variant=compact></pv-rights-explainer>', {tag: 'pv-rights-explainer', attributes: [['heading-level', '3'], ['variant', 'compact']]}],
  ['<pv-medical-disclaimer>Text</pv-medical-disclaimer>', 'Expected one widget tag with attributes only'],
  ['<pv-medical-disclaimer></pv-medical-disclaimer><pv-rights-explainer>', 'Expected one widget tag with attributes only'],
  // Any attribute name is parsed; render() then keeps only the widget's own and the safe global ones.
  ['<pv-medical-disclaimer data_x="1">', {tag: 'pv-medical-disclaimer', attributes: [['data_x', '1']]}],
  ['<pv-nope>', 'Unknown widget <pv-nope>'],
];
for (const [snippet, expected] of cases) deepStrictEqual(parsed(snippet), expected, snippet);

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
console.log(`render-fixtures: ${out.length} pre-rendered examples; ${cases.length} snippets parsed as expected`);
