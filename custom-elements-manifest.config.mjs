// `npm run manifest`: custom-elements.json from the components' JSDoc, made
// to describe the package (dist paths, definitions, event types, defaults;
// scripts/manifest-plugins.mjs), plus editor data made from it: VS Code
// (html.customData, css.customData) and JetBrains (web-types), and the
// framework types (scripts/framework-types.mjs).
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {readFileSync} from 'node:fs';

/**
 * `theme` belongs to every widget through their base class, PvElement
 * (src/internal/, outside the globs): its attribute and field are added to
 * each widget, with the JSDoc written on PvElement's `theme`.
 */
function baseTheme() {
  const source = readFileSync('src/internal/pv-element.ts', 'utf8');
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*theme\?:/.exec(source)?.[1];
  if (!doc) throw new Error('manifest: no JSDoc on PvElement.theme');
  const description = doc.split('\n').map((l) => l.replace(/^\s*\*\s?/, '')).join(' ').replace(/\s+/g, ' ').trim();
  const type = {text: "'auto' | 'light' | 'dark' | undefined"};
  const inheritedFrom = {name: 'PvElement', module: 'src/internal/pv-element.ts'};
  return {
    name: 'pv-base-theme',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement || !d.tagName?.startsWith('pv-') || d.attributes?.some((a) => a.name === 'theme')) continue;
          d.attributes = [...(d.attributes ?? []), {name: 'theme', type, description, fieldName: 'theme', inheritedFrom}];
          d.members = [...(d.members ?? []), {kind: 'field', name: 'theme', type, description, attribute: 'theme', reflects: true, inheritedFrom}];
        }
      }
    },
  };
}
import {distManifest, dedupeCssData} from './scripts/manifest-plugins.mjs';
import {frameworkTypesPlugin} from './scripts/framework-types.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.test-support.ts',
    'src/**/*.cases.ts',
    'src/**/*.examples.ts',
    'src/**/*.styles.ts',
    'src/components/*/define.ts',
    'src/components/*/fixtures/**',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [
    baseTheme(),
    await distManifest(),
    customElementVsCodePlugin({outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json'}),
    dedupeCssData('dist/editor/vscode.css-custom-data.json'),
    // Paths in the manifest are already the shipped ones (dist/…), from the package root.
    customElementJetBrainsPlugin({outdir: 'dist/editor', webTypesFileName: 'web-types.json', packageJson: false, modulePathTemplate: (_name, path) => path.replace(/^dist\//, '../')}),
    frameworkTypesPlugin(),
  ],
};
