// Framework type declarations, generated from the manifest at the end of
// `cem analyze` (custom-elements-manifest.config.mjs), so that they list the
// same tags, attributes and events as custom-elements.json, typed from the
// classes (`PvMedicalDisclaimer['variant']`) and the one event map:
//
//   dist/frameworks/jsx.d.ts     React 19 JSX.IntrinsicElements   patient-voice-widgets/jsx
//   dist/frameworks/vue.d.ts     Vue GlobalComponents             patient-voice-widgets/vue
//   dist/frameworks/svelte.d.ts  Svelte 5 SvelteHTMLElements      patient-voice-widgets/svelte
//
// Each has an empty .js beside it: the entries are for types, and importing
// one at run time is harmless.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const OUT = 'dist/frameworks';
const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs. Do not edit.\n';
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());
/** dist/components/x/x.js → ../components/x/x.js (from dist/frameworks/). */
const fromOut = (path) => path.replace(/^dist\//, '../');

/** The custom elements of the manifest, with what each framework's types need. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const attributes = (decl.attributes ?? []).map((a) => {
        // A field's type is the class's own (PvX['field']); an attribute
        // without a field is one the element writes itself: left out.
        const type = a.fieldName ? `${decl.name}['${a.fieldName}']` : undefined;
        return {name: a.name, type, description: a.description};
      }).filter((a) => a.type);
      const events = (decl.events ?? []).map((e) => ({name: e.name, type: `PvEventMap['${e.name}']`, description: e.description}));
      out.push({tag: decl.tagName, className: decl.name, module: mod.path, description: decl.summary ?? '', attributes, events});
    }
  }
  return out;
}

const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
const members = (items, indent) => items.map((i) => `${doc(i.description, indent)}${indent}'${i.key}'?: ${i.type};\n`).join('');

function imports(elements) {
  return (
    "import type {PvEventMap} from '../internal/events.js';\n" +
    elements.map((e) => `import type {${e.className}} from '${fromOut(e.module)}';\n`).join('') +
    "export type * from '../types.js';\n"
  );
}

/** Attribute props, named as in HTML, and event props named `on<event>` (React 19 and Svelte 5 listen to `onpv-…`). */
const htmlStyle = (e) => [
  ...e.attributes.map((a) => ({key: a.name, type: a.type, description: a.description})),
  ...e.events.map((ev) => ({key: `on${ev.name}`, type: `(event: ${ev.type}) => void`, description: ev.description})),
];

export function jsxTypes(elements) {
  const entries = elements.map((e) => `${doc(`\`<${e.tag}>\`: ${e.description}`, '      ')}      '${e.tag}': Props<${e.className}> & {\n${members(htmlStyle(e), '        ')}      };\n`);
  return (
    HEADER +
    "import type {DetailedHTMLProps, HTMLAttributes} from 'react';\n" +
    imports(elements) +
    '\ntype Props<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;\n\n' +
    "declare module 'react' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements {\n" +
    entries.join('') +
    '    }\n  }\n}\n'
  );
}

export function vueTypes(elements) {
  // Vue templates write attributes kebab-case (camelized by vue-tsc) and
  // listen with `@pv-consent-change`, which it checks as `onPvConsentChange`.
  const entries = elements.map((e) => {
    const items = [
      ...e.attributes.map((a) => ({key: camel(a.name), type: a.type, description: a.description})),
      ...e.events.map((ev) => ({key: `on${pascal(ev.name)}`, type: `(event: ${ev.type}) => void`, description: ev.description})),
    ];
    return `${doc(`\`<${e.tag}>\`: ${e.description}`, '    ')}    '${e.tag}': DefineComponent<HTMLAttributes & {\n${members(items, '      ')}    }>;\n`;
  });
  return HEADER + "import type {DefineComponent, HTMLAttributes} from 'vue';\n" + imports(elements) + "\ndeclare module 'vue' {\n  interface GlobalComponents {\n" + entries.join('') + '  }\n}\n';
}

export function svelteTypes(elements) {
  const entries = elements.map((e) => `${doc(`\`<${e.tag}>\`: ${e.description}`, '    ')}    '${e.tag}': HTMLAttributes<${e.className}> & {\n${members(htmlStyle(e), '      ')}    };\n`);
  return (
    HEADER +
    "import type {HTMLAttributes} from 'svelte/elements';\n" +
    imports(elements) +
    "\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n" +
    entries.join('') +
    '  }\n}\n'
  );
}

export function frameworkTypesPlugin() {
  return {
    name: 'pv-framework-types',
    packageLinkPhase({customElementsManifest}) {
      const elements = elementsOf(customElementsManifest);
      mkdirSync(OUT, {recursive: true});
      for (const [name, text] of Object.entries({jsx: jsxTypes(elements), vue: vueTypes(elements), svelte: svelteTypes(elements)})) {
        writeFileSync(join(OUT, `${name}.d.ts`), text);
        writeFileSync(join(OUT, `${name}.js`), `// Types only: see ${name}.d.ts.\nexport {};\n`);
      }
      // `patient-voice-widgets/consent-defaults.js` and `/reserve.js` are
      // classic scripts (IIFEs for <head>), exported so that bundlers can
      // give their URL.
      writeFileSync('dist/cdn/consent-defaults.d.ts', '// A classic script for <head>, before Google\'s tag: it sends Consent Mode\'s default and exports nothing.\nexport {};\n');
      writeFileSync('dist/cdn/reserve.d.ts', '// A classic script for <head>, before the widgets\' module: it keeps their space from the first paint and exports nothing.\nexport {};\n');
    },
  };
}
