// Script-tag builds. `tsc -p tsconfig.build.json` first compiles src/ to dist/
// (unbundled ES modules + .d.ts for npm users, Lit left as an import); rollup
// then bundles that JS, with Lit and both languages inside, for <script type="module">:
//
//   dist/cdn/patient-voice.js   every widget, one file (+ hydration of pre-rendered HTML)
//   dist/cdn/autoloader.js      loads each widget's chunk on first sight; chunks share Lit
//   dist/cdn/<widget>.js        one widget, standalone
//   dist/cdn/consent-defaults.js   Google Consent Mode's default: a classic script for <head>
//   dist/cdn/reserve.js         keeps the widgets' space before the first paint: a classic script for <head>
import {copyFileSync, mkdirSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {readWidgets} from './scripts/widgets.mjs';

// The script-tag builds run in browsers only: the stand-ins that let the npm
// entries load without a DOM (src/internal/no-dom.ts) are left out.
const browserOnly = {
  name: 'browser-only',
  load: (id) => (/\/dist\/internal\/no-dom(-end)?\.js$/.test(id) ? 'export function removeStandIns() {}' : null),
};

const plugins = () => [
  browserOnly,
  nodeResolve({exportConditions: ['production', 'default']}),
  // Minifies the css`` stylesheets only. html`` templates are left exactly as
  // written: hydration of pre-rendered HTML (pv-render, built from the
  // unminified dist/) needs the same template strings in the browser.
  minifyLiterals({include: ['dist/**'], failOnError: true, options: {shouldMinify: () => false}}),
  // `//# allFunctionsCalledOnLoad` (V8's explicit compile hint, Chromium 136+;
  // a plain comment elsewhere): a page loads these files to run them, so V8
  // compiles every function up front, off the main thread while the file
  // streams in, instead of lazily on the main thread at first call. Measured
  // with `npm run bench`: about a quarter less main-thread script time.
  terser({module: true, ecma: 2022, compress: {passes: 2}, format: {comments: false, preamble: '//# allFunctionsCalledOnLoad'}}),
];
const output = {dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: true};

const widgets = await readWidgets();

// The optional "not yet loaded" CSS snippet ships next to the scripts.
const copyPreloadCss = {
  name: 'copy-preload-css',
  writeBundle() {
    mkdirSync('dist/cdn', {recursive: true});
    copyFileSync('src/preload.css', 'dist/cdn/pv-preload.css');
  },
};

export default [
  {input: {'patient-voice': 'dist/bundle.js'}, output: {...output, inlineDynamicImports: true}, plugins: [...plugins(), copyPreloadCss]},
  {
    input: {autoloader: 'dist/autoloader.js'},
    output: {
      ...output,
      // A widget's chunk is named after its folder (every one starts at a define.js).
      // (A widget's chunk that shares modules with a lazy one of its own, like the
      // consent dialog's services view, may have no facade: found by its define.js.)
      chunkFileNames: (chunk) => {
        const define = chunk.facadeModuleId?.endsWith('/define.js') ? chunk.facadeModuleId : chunk.moduleIds.find((id) => /\/components\/[^/]+\/define\.js$/.test(id));
        return define ? `chunks/${basename(dirname(define))}-[hash].js` : 'chunks/[name]-[hash].js';
      },
      // Lit's element layer, localisation, the shared internals and the French
      // templates load once, in `shared`, whichever widget comes first.
      // lit-html stays in its own chunk: hydration support needs it and must
      // run before lit-element is evaluated. The helpers only the content
      // widgets use (dates, quotation marks, bilingual data, copy + announce)
      // load with the first of them, so that a page with the banner alone
      // does not pay for them.
      manualChunks(id) {
        // Named, or rollup puts it into `shared` with lit-element (a manual
        // chunk takes its dependencies along), and hydration support, which
        // imports it, would then evaluate lit-element before itself.
        if (/node_modules\/lit-html\//.test(id)) return 'lit-html';
        if (/node_modules\/(lit|lit-element|@lit\/reactive-element|@lit\/localize)\//.test(id)) return 'shared';
        if (/\/dist\/internal\/(format|bilingual|copy|copy-status)\.js$/.test(id)) return 'content-shared';
        if (/\/dist\/internal\//.test(id) || /\/dist\/generated\/locales\/fr\/internal\.js$/.test(id)) return 'shared';
        return undefined;
      },
    },
    plugins: plugins(),
  },
  {
    // A classic (not module) script that runs where it stands in <head>, before
    // Google's tag: an IIFE. It bundles the banner's own record reader.
    input: {'consent-defaults': 'dist/components/consent-banner/consent-defaults.js'},
    output: {dir: 'dist/cdn', format: 'iife', entryFileNames: '[name].js', sourcemap: true},
    plugins: [nodeResolve(), terser({ecma: 2020, compress: {passes: 2}, format: {comments: false}})],
  },
  {
    // Classic too: it must run before the first paint where `blocking="render"`
    // does not exist (src/reserve-early.ts).
    input: {reserve: 'dist/reserve-early.js'},
    output: {dir: 'dist/cdn', format: 'iife', entryFileNames: '[name].js', sourcemap: true},
    plugins: [nodeResolve(), terser({ecma: 2020, compress: {passes: 2}, format: {comments: false}})],
  },
  // One file per widget; a widget with a first step (the consent banner's
  // first layer) loads the rest from lazy/ when it is needed.
  ...widgets.map((w) => ({
    input: {[w.name]: w.first ?? w.built},
    output: w.first ? {...output, chunkFileNames: `lazy/${w.name}-[name]-[hash].js`} : {...output, inlineDynamicImports: true},
    plugins: plugins(),
  })),
];
