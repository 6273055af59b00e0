// `npm run manifest`: custom-elements.json from the components' JSDoc, plus
// editor data made from it: VS Code (html.customData) and JetBrains (web-types).
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.examples.ts', 'src/**/*.styles.ts', 'src/components/*/define.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json'}),
    customElementJetBrainsPlugin({outdir: 'dist/editor', webTypesFileName: 'web-types.json', packageJson: true}),
  ],
};
