// `npm run manifest`: custom-elements.json from the components' JSDoc, made
// to describe the package (dist paths, definitions, event types, defaults;
// scripts/manifest-plugins.mjs), plus editor data made from it: VS Code
// (html.customData, css.customData) and JetBrains (web-types), and the
// framework types (scripts/framework-types.mjs).
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
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
    await distManifest(),
    customElementVsCodePlugin({outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json'}),
    dedupeCssData('dist/editor/vscode.css-custom-data.json'),
    // Paths in the manifest are already the shipped ones (dist/…), from the package root.
    customElementJetBrainsPlugin({outdir: 'dist/editor', webTypesFileName: 'web-types.json', packageJson: false, modulePathTemplate: (_name, path) => path.replace(/^dist\//, '../')}),
    frameworkTypesPlugin(),
  ],
};
